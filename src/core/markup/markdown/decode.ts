import { decodeHTMLStrict } from 'entities'
import type { BlockBuilder } from '../block-builder.js'

/** https://spec.commonmark.org/0.31.2/#ascii-punctuation-character */
const PUNCTUATION = /[!-/:-@[-`{-~]/

/** https://spec.commonmark.org/0.31.2/#entity-and-numeric-character-references */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\dA-Fa-f]{1,6})|[A-Za-z][A-Za-z\d]{0,31});/y

/**
 * Decodes Markdown inline text at source [start, end) into `out` and returns what it shows:
 * backslash escapes (`Kiev\'s`, https://spec.commonmark.org/0.31.2/#backslash-escapes) and
 * character references (`&rsquo;`) become segments that remember their source range, and a NUL
 * an atom (it shows as U+FFFD).
 * Callers compare the result with what the parser produced and discard it on any difference,
 * so a rule we get subtly wrong costs prose, never correctness.
 */
export function decodeMarkdown(source: string, start: number, end: number, out: BlockBuilder): string {
  let decoded = ''
  let run = start
  let i = start
  while (i < end) {
    const c = source[i]
    let length = 0
    let value = ''
    if (c === '\0') {
      // The parser reads NUL as U+FFFD (CommonMark, "Insecure characters"): no letter, so an atom, as in a paragraph.
      if (i > run) decoded += textRun(source, run, i, out)
      out.atom(i, i + 1)
      decoded += '\uFFFD'
      run = ++i
      continue
    }
    if (c === '\\' && i + 1 < end && PUNCTUATION.test(source[i + 1]!)) {
      length = 2
      value = source[i + 1]!
    } else if (c === '&') {
      REFERENCE.lastIndex = i
      const m = REFERENCE.exec(source)
      if (m && i + m[0].length <= end) {
        value = m[1] ? numeric(m[1], 10) : m[2] ? numeric(m[2], 16) : named(m[0])
        if (value) length = m[0].length
      }
    }
    if (length === 0) {
      i++
      continue
    }
    if (i > run) decoded += textRun(source, run, i, out)
    out.ref(i, i + length, value)
    decoded += value
    i += length
    run = i
  }
  if (end > run) decoded += textRun(source, run, end, out)
  return decoded
}

/** Source [from, to) as a text segment of `out`; returns it. (Not a closure over decodeMarkdown's state: this runs for every title and alt text.) */
function textRun(source: string, from: number, to: number, out: BlockBuilder): string {
  const text = source.slice(from, to)
  out.text(from, to, text)
  return text
}

/** As CommonMark says (and markdown-it does): controls, surrogates, noncharacters and out-of-range become U+FFFD. */
function numeric(digits: string, base: number): string {
  const code = Number.parseInt(digits, base)
  const unsafe =
    code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160) ||
    (code > 0xd7ff && code < 0xe000) || (code > 0xfdcf && code < 0xfdf0) ||
    (code & 0xffff) === 0xffff || (code & 0xffff) === 0xfffe || code > 0x10ffff
  return unsafe ? '\uFFFD' : String.fromCodePoint(code)
}

/** A named reference is one only if it names an HTML entity; `&kiev;` is literal text. */
function named(reference: string): string {
  const value = decodeHTMLStrict(reference)
  return value === reference ? '' : value
}
