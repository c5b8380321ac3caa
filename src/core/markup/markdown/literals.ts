import { isAsciiAlpha } from './chars.js'
import type { Span } from '../../text/spans.js'
import { type InlineToken, mdastLiterals, textRuns } from './literals-mdast.js'
import { email, http, isAtext, previousEmail, previousWww, www } from './literals-micromark.js'

/** [start, end) in an inline token's content. */
export type { Span } from '../../text/spans.js'

/**
 * GFM autolink literals (https://github.github.com/gfm/#autolinks-extension-): `www.…`,
 * `http(s)://…` and e-mail addresses written as plain text, which GFM renders as links. They
 * are never prose; markdown-it (with linkify off) leaves them as text, so they are found here,
 * over the inline content, as micromark and mdast find them:
 * 1. micromark-extension-gfm-autolink-literal, in the source: where one may start (after what
 *    character, and not inside a link text or an open `[`), how far its domain and path run,
 *    and which trailing punctuation it leaves out;
 * 2. then mdast-util-gfm-autolink-literal, with regular expressions over the text that is left
 *    (it finds some that micromark does not, such as one inside an open `[`).
 * Returns the spans in order.
 */
export function findLiteralAutolinks(content: string, children: readonly InlineToken[]): Span[] {
  if (!mayHaveLiteral(content) || !mayHaveLiteral(textOutsideLinks(children))) return []
  return literalAutolinks(content, children)
}

/**
 * findLiteralAutolinks past its filters, for a caller that has passed them already on the same
 * text (simple-chunks.ts, on its parts).
 */
export function literalAutolinks(content: string, children: readonly InlineToken[]): Span[] {
  const spans = micromarkLiterals(content, children)
  const more = mdastLiterals(textRuns(content, children, spans))
  if (more.length === 0) return spans
  return [...spans, ...more].sort((x, y) => x[0] - y[0])
}

function micromarkLiterals(content: string, children: readonly InlineToken[]): Span[] {
  const starts: { at: number; kind: 'email' | 'www' | 'http' }[] = []
  let linkDepth = 0
  let brackets = 0
  for (const t of children) {
    if (t.type === 'link_open') linkDepth++
    else if (t.type === 'link_close') linkDepth--
    if (t.type !== 'text' || linkDepth > 0 || !t.map) continue
    const [a, b] = t.map
    for (let p = a; p < b; p++) {
      const c = content.charCodeAt(p)
      if (c === 0x5b) brackets++
      else if (c === 0x5d) brackets = Math.max(0, brackets - 1)
      if (brackets > 0) continue
      if (c === 0x40) {
        let s = p
        while (s > 0 && isAtext(content.charCodeAt(s - 1))) s--
        if (s < p && previousEmail(content.charCodeAt(s - 1))) starts.push({ at: s, kind: 'email' })
      } else if ((c === 0x68 || c === 0x48) && !isAsciiAlpha(content.charCodeAt(p - 1))) starts.push({ at: p, kind: 'http' })
      else if ((c === 0x77 || c === 0x57) && previousWww(content.charCodeAt(p - 1))) starts.push({ at: p, kind: 'www' })
    }
  }
  starts.sort((x, y) => x.at - y.at || (x.kind === 'email' ? -1 : y.kind === 'email' ? 1 : 0))
  const spans: Span[] = []
  let last = -1
  for (const { at, kind } of starts) {
    if (at < last) continue
    const end = kind === 'email' ? email(content, at) : kind === 'www' ? www(content, at) : http(content, at)
    if (end > at) {
      spans.push([at, end])
      last = end
    }
  }
  return spans
}

/**
 * What both steps below read, joined: the text tokens (characters, escapes, references, soft
 * breaks) outside link texts. A literal's `@`, `://` or `www.` is in there; a link's
 * destination (`[NATO](https://www.nato.int)`, in every paragraph of some articles) is not.
 */
function textOutsideLinks(children: readonly InlineToken[]): string {
  let text = ''
  let linkDepth = 0
  for (const t of children) {
    if (t.type === 'link_open') linkDepth++
    else if (t.type === 'link_close') linkDepth--
    else if (linkDepth === 0 && (t.type === 'text' || t.type === 'text_special')) text += t.content
    else if (linkDepth === 0 && t.type === 'softbreak') text += '\n'
  }
  return text
}

/** A quick filter: every literal holds an `@`, a `://` or a `www.`. */
export function mayHaveLiteral(content: string): boolean {
  return content.includes('@') || content.includes('://') || /www\./i.test(content)
}
