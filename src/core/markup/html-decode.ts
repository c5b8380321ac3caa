import { DecodingMode, HtmlEntityDecoder } from 'entities/decode'
import type { BlockBuilder } from './block-builder.js'

export { DecodingMode }

let decoded = ''
const decoder = new HtmlEntityDecoder((cp) => {
  decoded += cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp)
})

/**
 * Decodes source [start, end) — text or an attribute value — into `out`: literal runs as they
 * are, each character reference as one segment that remembers its exact source range.
 *
 * The rules are the spec's character reference state
 * (https://html.spec.whatwg.org/multipage/parsing.html#character-reference-state): in text a
 * legacy name may lack its `;` (`&copy2024`); in an attribute value it may not when followed
 * by `=` or an alphanumeric (`?a=1&copy=2` stays as is). Numeric references are remapped
 * (`&#150;` is an en dash, `&#0;` U+FFFD). `Legacy` is the text mode, `Attribute` the other.
 */
export function decodeHtml(source: string, start: number, end: number, mode: DecodingMode, out: BlockBuilder): void {
  let i = start
  while (i < end) {
    const amp = nextAmpersand(source, i)
    if (amp < 0 || amp >= end) break
    if (amp > i) out.text(i, amp, source.slice(i, amp))
    const length = referenceLength(source, amp, end, mode)
    if (length > 0) {
      out.ref(amp, amp + length, decoded)
      i = amp + length
    } else {
      out.text(amp, amp + 1, '&')
      i = amp + 1
    }
  }
  if (i < end) out.text(i, end, source.slice(i, end))
}

/** Where the last search started, in which source, and what it found (-1: no `&` after it). */
let searchedSource = ''
let searchedFrom = 0
let found = -1

/**
 * The first `&` at or after `from`. A document without one made every run of text search to
 * its end (hundreds of runs, each a scan of the rest of the document); the answer of the
 * last search holds for any later start up to it.
 */
function nextAmpersand(source: string, from: number): number {
  if (source !== searchedSource || from < searchedFrom || (found !== -1 && found < from)) {
    searchedSource = source
    searchedFrom = from
    found = source.indexOf('&', from)
  }
  return found
}

/** Length of the reference at `amp` (0 when there is none); its characters are in `decoded`. */
function referenceLength(source: string, amp: number, end: number, mode: DecodingMode): number {
  decoded = ''
  decoder.startEntity(mode)
  let length = decoder.write(source, amp + 1)
  if (length < 0) length = decoder.end()
  // The callers' ranges end at `<`, a quote, whitespace or the end of input, none of which can
  // be part of a reference; this guard only keeps a range from ever reaching past its end.
  if (length <= 0 || amp + length > end || decoded === '') return 0
  return length
}
