import type { BlockBuilder } from '../block-builder.js'
import { decodeMarkdown } from './decode.js'

/**
 * Decodes an image's alt text from the source of its label (`![alt](…)`): the parser gives
 * `alt` as a plain string without position. The label ends at one of the `]` that follow; the
 * right one is where the decoding equals `alt`. Alt text with markup in it (`![*Kiev*](…)`)
 * does not decode to `alt` and stays as it is.
 */
export function decodeAlt(source: string, start: number, end: number, alt: string, out: BlockBuilder): boolean {
  if (source[start] !== '!' || source[start + 1] !== '[') return false
  for (let q = source.indexOf(']', start + 2); q >= 0 && q < end; q = source.indexOf(']', q + 1)) {
    const mark = out.mark()
    if (sameText(decodeMarkdown(source, start + 2, q, out), alt)) return true
    out.rollback(mark)
  }
  return false
}

/**
 * Decodes a link title (https://spec.commonmark.org/0.31.2/#link-title) from the end of an
 * inline link `[…](url "title")` (`paren`) or of a definition `[x]: url 'title'`. Returns the
 * title's closing delimiter, or undefined when the source does not decode to `title`.
 */
export function decodeTitle(
  source: string, start: number, end: number, paren: boolean, title: string, out: BlockBuilder,
): '"' | "'" | ')' | undefined {
  const range = titleRange(source, start, end, paren)
  if (!range) return undefined
  const mark = out.mark()
  if (sameText(decodeMarkdown(source, range[0], range[1], out), title)) return source[range[1]] as '"' | "'" | ')'
  out.rollback(mark)
  return undefined
}

/**
 * Where the title of a link or definition at source [start, end) is, between its delimiters
 * (`"…"`, `'…'`, `(…)`), found from the end; undefined when it does not end in one.
 */
export function titleRange(source: string, start: number, end: number, paren: boolean): [number, number] | undefined {
  let i = end - 1
  if (paren) {
    if (source[i] !== ')') return undefined
    i--
  }
  while (i > start && isSpace(source[i])) i--
  const close = source[i]
  if (close !== '"' && close !== "'" && close !== ')') return undefined
  const open = close === ')' ? '(' : close
  let j = i - 1
  while (j > start && !(source[j] === open && !isEscaped(source, j))) j--
  if (j <= start || !isSpace(source[j - 1])) return undefined
  return [j + 1, i]
}

/**
 * The name of a tag in a raw HTML token. The parser has already cut the token to exactly one
 * tag, comment, declaration or instruction (https://spec.commonmark.org/0.31.2/#raw-html), so
 * reading the name is all that is left; comments and the like have none.
 */
export function tagOf(html: string): { name: string; closing: boolean; selfClosing: boolean } | undefined {
  const m = /^<(\/?)([A-Za-z][A-Za-z\d-]*)/.exec(html)
  if (!m) return undefined
  return { name: m[2]!.toLowerCase(), closing: m[1] === '/', selfClosing: /\/\s*>$/.test(html) }
}

/** The decoded source equals what the parser read, which has every line ending as LF. */
function sameText(decoded: string, parsed: string): boolean {
  return decoded === parsed || (decoded.includes('\r') && decoded.replace(/\r\n?/g, '\n') === parsed)
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r'
}

/** Preceded by an odd number of backslashes. */
function isEscaped(source: string, i: number): boolean {
  let n = 0
  while (source[i - 1 - n] === '\\') n++
  return n % 2 === 1
}
