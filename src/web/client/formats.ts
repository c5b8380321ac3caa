/** The text formats the service reads, and how the page guesses one from a file or a text. */
export const formats = ['text', 'markdown', 'html'] as const
export type Format = (typeof formats)[number]

const extensions: Record<string, Format> = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' }
const fileExtension: Record<Format, string> = { text: 'txt', markdown: 'md', html: 'html' }
const mediaType: Record<Format, string> = { text: 'text/plain', markdown: 'text/markdown', html: 'text/html' }

/** The format a file's name says, if it says one. */
export function formatOfName(name: string): Format | undefined {
  const dot = name.lastIndexOf('.')
  return dot === -1 ? undefined : extensions[name.slice(dot + 1).toLowerCase()]
}

/**
 * The format a pasted text looks like: HTML when it opens with a tag or holds block tags,
 * Markdown when lines start as Markdown blocks do or links are written the Markdown way, else
 * plain text. A guess, shown to the editor with an override.
 */
export function guessFormat(text: string): Format {
  const head = text.slice(0, 20_000)
  if (/^\s*(<!doctype html|<html[\s>]|<(p|div|article|section|h[1-6]|ul|ol|table|figure|blockquote)[\s>])/i.test(head)) return 'html'
  if ((head.match(/<\/(p|div|h[1-6]|li|a|em|strong|b|i|span)>/gi)?.length ?? 0) >= 2) return 'html'
  const markdownLines = head.match(/^(#{1,6} \S|[*+-] \S|\d+\. \S|> \S|```)/gm)?.length ?? 0
  const markdownInline = head.match(/\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*/g)?.length ?? 0
  if (markdownLines >= 1 || markdownInline >= 1) return 'markdown'
  return 'text'
}

/** The name a download gets: the opened file's name, else `story` with the format's extension. */
export function downloadName(fileName: string | undefined, format: Format, suffix = ''): string {
  const name = fileName ?? `story.${fileExtension[format]}`
  if (suffix === '') return name
  const dot = name.lastIndexOf('.')
  return dot === -1 ? `${name}.${suffix}` : `${name.slice(0, dot)}.${suffix}${name.slice(dot)}`
}

export function mediaTypeOf(format: Format): string {
  return `${mediaType[format]};charset=utf-8`
}
