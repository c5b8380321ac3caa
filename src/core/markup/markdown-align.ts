import type { BlockBuilder } from './block-builder.js'
import { decodeMarkdown } from './markdown-decode.js'

/**
 * Maps an mdast text node back to its source. The node's value is its source range minus what
 * the parser dropped: escapes and references decoded, and around each line ending the
 * container prefixes of the next line (`> `, list indentation) and the whitespace that
 * paragraphs strip (https://spec.commonmark.org/0.31.2/#paragraphs). The line endings
 * themselves are kept as written.
 *
 * Line by line, we try where the next line's content starts — after each `>` of the prefix,
 * or after the whole run of spaces, tabs and `>` — smallest first, and keep the first decoding
 * that matches the value. Content never starts with raw whitespace, so the true start is among
 * the candidates, and a smaller candidate would add prefix characters the value does not have.
 * Returns false (and adds nothing) when the source cannot explain the value.
 */
export function alignText(source: string, start: number, end: number, value: string, out: BlockBuilder): boolean {
  const mark = out.mark()
  let i = start
  let j = 0
  for (let first = true; ; first = false) {
    let eol = i
    while (eol < end && source[eol] !== '\n' && source[eol] !== '\r') eol++
    const eolLength = eol >= end ? 0 : source.startsWith('\r\n', eol) ? 2 : 1
    const consumed = alignLine(source, i, eol, eolLength > 0, first, value, j, eolLength, out)
    if (consumed < 0) {
      out.rollback(mark)
      return false
    }
    j += consumed
    if (eolLength === 0) break
    out.text(eol, eol + eolLength, source.slice(eol, eol + eolLength))
    j += eolLength
    i = eol + eolLength
  }
  if (j === value.length) return true
  out.rollback(mark)
  return false
}

/** Decodes one line's content into `out`; the number of value characters it matched, or -1. */
function alignLine(
  source: string, lineStart: number, eol: number, hasEol: boolean, first: boolean,
  value: string, j: number, eolLength: number, out: BlockBuilder,
): number {
  let trimmed = eol
  if (hasEol) while (trimmed > lineStart && (source[trimmed - 1] === ' ' || source[trimmed - 1] === '\t')) trimmed--
  for (const contentStart of candidates(source, lineStart, eol, first)) {
    for (const contentEnd of trimmed === eol ? [eol] : [trimmed, eol]) {
      if (contentStart > contentEnd) continue
      const mark = out.mark()
      const decoded = decodeMarkdown(source, contentStart, contentEnd, out)
      const next = j + decoded.length
      const fits = value.startsWith(decoded, j) &&
        (hasEol ? value.startsWith(source.slice(eol, eol + eolLength), next) : next === value.length)
      if (fits) return decoded.length
      out.rollback(mark)
    }
  }
  return -1
}

function candidates(source: string, lineStart: number, eol: number, first: boolean): number[] {
  if (first) return [lineStart]
  const out: number[] = []
  let p = lineStart
  for (; p < eol; p++) {
    const c = source[p]
    if (c === '>') out.push(p)
    else if (c !== ' ' && c !== '\t') break
  }
  out.push(p)
  return out
}
