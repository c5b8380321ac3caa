import type { MarkdownParser } from './parser.js'

/**
 * Whether content [start, end) is exactly an inline link's resource `(url "title")`: markdown-it
 * sometimes ends a link elsewhere when its resource does not parse (`[Kiev]( and ![Kiev]` reads
 * as a reference `[Kiev]( and ![Kiev]`), and such a link is not read as one here.
 */
export function isInlineResource(helpers: MarkdownParser['helpers'], s: string, start: number, end: number): boolean {
  if (s[start] !== '(' || s[end - 1] !== ')') return false
  let pos = skipSpace(s, start + 1, end)
  if (pos < end - 1) {
    const destination = helpers.parseLinkDestination(s, pos, end - 1)
    if (!destination.ok) return false
    pos = skipSpace(s, destination.pos, end)
    if (pos < end - 1 && pos > destination.pos) {
      const title = helpers.parseLinkTitle(s, pos, end - 1)
      if (!title.ok) return false
      pos = skipSpace(s, title.pos, end)
    }
  }
  return pos === end - 1
}

function skipSpace(s: string, pos: number, end: number): number {
  while (pos < end && (s[pos] === ' ' || s[pos] === '\t' || s[pos] === '\n')) pos++
  return pos
}
