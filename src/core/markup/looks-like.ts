/**
 * Whether plain text looks written in Markdown or HTML, for the warning given when a caller
 * sends such text as `format: "text"` (then markup is normalized as if it were prose, and
 * a name inside a link target or an attribute could change). Only strong signs count: an
 * element tag with a known name, or at least two lines of block-level Markdown syntax, or a
 * link `[text](url)`; a single "#" or "*" in prose does not.
 */
export function looksLikeMarkup(text: string): 'html' | 'markdown' | undefined {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text
  // The literal checks first: each expression needs its mark, and most prose has neither.
  if (sample.includes('<') && htmlTag.test(sample)) return 'html'
  if (sample.includes('](') && markdownLink.test(sample)) return 'markdown'
  let blocks = 0
  for (const match of sample.matchAll(markdownBlock)) if (match && ++blocks >= 2) return 'markdown'
  return undefined
}

const htmlTag = /<\/?(?:p|a|div|span|br|h[1-6]|ul|ol|li|em|strong|b|i|blockquote|table|tr|td|img|section|article|figure|figcaption|html|body|head)(?:\s[^<>]*)?\/?>/i

const markdownLink = /\[[^\]\n]+\]\((?:https?:\/\/|\/|#|\.)[^)\s]*\)/

// Headings, list items, quotes, fences, at the start of a line.
const markdownBlock = /^(?:#{1,6} \S|[*+-] \S|\d{1,3}[.)] \S|> |```|~~~)/gm
