import { functionWordLead } from '../markup/function-words.js'
import { paragraphAround } from '../text/paragraphs.js'
import { quotations } from '../text/quotes.js'
import type { Change } from './change.js'

/** A quotation or paragraph of the text in another language than the copy around it, and that language. */
export interface ForeignSpan {
  start: number
  end: number
  code: string
}

const NON_SPACE = /\S/

/**
 * The quotations of `text`, and with `paragraphs` its paragraphs that hold one of `changes` (the
 * copy's findings, in order), whose function words say they are in another language than
 * `language` (functionWordLead): an English tweet quoted in Spanish copy, a French minister
 * quoted in German, a post in English pasted as a paragraph of its own into a Spanish story. The
 * copy's house style is not theirs: "Kyiv" in an English quotation is right, and its Spanish
 * "Kiev" would change the quoted words. A paragraph is read only in plain text of more than one
 * (markup's blocks are detected on their own), by its words outside its quotations; a quotation
 * inside a foreign paragraph is part of it.
 *
 * Every quotation is read, a finding of the copy in it or not: an English quotation's "Kiev" is
 * no finding of Spanish copy (Spanish writes Kiev), yet English style changes it, as it would if
 * the quotation also held a Kharkov. Most quotations settle in the copy's language within a few
 * words. Paragraphs are read only where they hold a finding, from the findings outwards: reading
 * every paragraph's words cost 8-13 ms a megabyte, a fifth of a full normalize.
 */
export function foreignSpans(text: string, language: string, paragraphs: boolean, changes: readonly Change[], confirm: ConfirmSpan): ForeignSpan[] {
  const out: ForeignSpan[] = []
  const all = quotations(text)
  if (changes.length === 0 && all.length === 0) return out
  // Quotations read with the paragraph around a finding, or part of a foreign paragraph.
  const done = new Uint8Array(all.length)
  const separators = text.includes('\u2029')
  let q = 0
  let c = 0
  while (c < changes.length) {
    const { start, end } = paragraphAround(text, changes[c]!.start, separators)
    while (q < all.length && all[q]!.start < start) q++
    const first = q
    while (q < all.length && all[q]!.start < end) q++
    const quotes = all.slice(first, q)
    // The only paragraph with words in it is the copy itself, blank lines around it or not.
    const alone = !NON_SPACE.test(text.slice(0, start)) && !NON_SPACE.test(text.slice(end))
    // The paragraph is read without its quotations (the copy's words decide its language), and
    // they are read on their own unless the paragraph is foreign as a whole.
    const whole = paragraphs && !alone && foreign(text, language, start, end, out, confirm, mergeRanges(quotes, changes, c, end))
    for (let k = first; k < q; k++) {
      const quote = all[k]!
      done[k] = 1
      while (c < changes.length && changes[c]!.start < quote.start) c++
      if (!whole) foreign(text, language, quote.start, quote.end, out, confirm, mergeRanges([], changes, c, quote.end))
    }
    while (c < changes.length && changes[c]!.start < end) c++
    // A finding that ends a paragraph's text would be found again: the next paragraph starts past `end`.
    while (c < changes.length && changes[c]!.start <= end) c++
  }
  // The quotations of paragraphs without a finding, on their own; then every span in text order.
  const before = out.length
  for (let k = 0; k < all.length; k++) if (done[k] === 0) foreign(text, language, all[k]!.start, all[k]!.end, out, confirm)
  if (out.length > before && before > 0) out.sort((a, b) => a.start - b.start)
  return out
}

/**
 * `ranges` (in order) and the changes from the c-th on that start before `end`, in order of
 * their starts: what a span's language is not read in. Its quotations, and its names, the
 * copy's findings: they are what normalizing the span changes, so that read with them, the
 * span's language could change with its names, and a second run would undo the first.
 */
function mergeRanges(ranges: readonly { start: number; end: number }[], changes: readonly Change[], c: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let r = 0
  for (; c < changes.length && changes[c]!.start < end; c++) {
    while (r < ranges.length && ranges[r]!.start <= changes[c]!.start) out.push(ranges[r++]!)
    out.push(changes[c]!)
  }
  while (r < ranges.length) out.push(ranges[r++]!)
  return out
}

/**
 * Whether text[start, end) is in another language than `language`; if so, it is added to `out`.
 * The function words only propose: their lists are short, and a German paragraph with "in" twice
 * and one "die" reads as Dutch by them (dpa copy, test/fixtures/passages). `confirm` (the
 * language detector on the span) must say the same language.
 */
function foreign(text: string, language: string, start: number, end: number, out: ForeignSpan[], confirm: ConfirmSpan, skip?: readonly { start: number; end: number }[]): boolean {
  const code = functionWordLead(text, language, start, end, skip)
  if (code === undefined || !confirm(start, end, code)) return false
  out.push({ start, end, code })
  return true
}

/** Whether text[start, end) is in language `code`, as a detector reads it: asked only of a span the function words propose. */
export type ConfirmSpan = (start: number, end: number, code: string) => boolean

/**
 * The findings in text[start, end) by the house style of `code`, in the text's offsets; undefined
 * when the glossary has none for that language.
 */
export type FindInSpan = (code: string, start: number, end: number) => Change[] | undefined

/**
 * `changes` (the copy's language's findings over the whole text, in order) with each foreign
 * span's findings replaced by its own language's (`findIn`). Where the glossary has no house
 * style for the span's language, the copy's findings inside it are held as `heldIn` says
 * (`other-language`): that style may not be the span's, and the text does not decide. A span a
 * finding of the copy crosses into is left to the copy (no form holds a quotation mark or a
 * blank line, so none should).
 */
export function withForeignSpans(changes: readonly Change[], spans: readonly ForeignSpan[], findIn: FindInSpan, heldIn: (change: Change) => Change): Change[] {
  const out: Change[] = []
  let k = 0
  for (const quote of spans) {
    for (; k < changes.length && changes[k]!.end <= quote.start; k++) out.push(changes[k]!)
    let inside = k
    while (inside < changes.length && changes[inside]!.start < quote.end) inside++
    const crossed = k < inside && (changes[k]!.start < quote.start || changes[inside - 1]!.end > quote.end)
    const own = crossed ? undefined : findIn(quote.code, quote.start, quote.end)
    if (own !== undefined) for (const change of own) out.push(change)
    else for (let j = k; j < inside; j++) out.push(crossed ? changes[j]! : heldIn(changes[j]!))
    k = inside
  }
  for (; k < changes.length; k++) out.push(changes[k]!)
  return out
}
