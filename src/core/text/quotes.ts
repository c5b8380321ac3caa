/**
 * Quotation marks and the closing mark each opening one pairs with, as newsrooms of the
 * glossary's languages write them: “…” (English, Spanish, Italian, Portuguese), „…“ and „…”
 * (German, Polish), «…» (French, Spanish, Italian, Portuguese), »…« (German), "…" (any, typed).
 * Single marks are left out: ’ is also the apostrophe ("Kyiv’s"), and a pair of them is rarely a
 * whole quotation in copy.
 */
const OPENING = /["\u201c\u201e\u00ab\u00bb]/g

/** For each opening mark, the search for its closing marks or the end of the paragraph (a blank line, spaces allowed, or U+2029). */
const CLOSING: ReadonlyMap<string, RegExp> = new Map([
  ['\u201c', /\u201d|\n[^\S\n]*\n|\u2029/g], // “ ”
  ['\u201e', /[\u201c\u201d]|\n[^\S\n]*\n|\u2029/g], // „ “ or „ ”
  ['\u00ab', /\u00bb|\n[^\S\n]*\n|\u2029/g], // « »
  ['\u00bb', /\u00ab|\n[^\S\n]*\n|\u2029/g], // » «
  ['"', /"|\n[^\S\n]*\n|\u2029/g], // " "
])

/**
 * The inside of each outermost quotation of `text` ([start, end), without its marks), in order:
 * an opening mark, then the first of its closing marks before the paragraph ends (wire copy opens
 * each paragraph of a long quote again and closes only the last). An opening mark with no closing
 * one in its paragraph is skipped; quotations inside a quotation are part of it. Regular
 * expressions find the marks.
 */
export function quotations(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  OPENING.lastIndex = 0
  for (let open = OPENING.exec(text); open !== null; open = OPENING.exec(text)) {
    const closing = CLOSING.get(open[0])!
    closing.lastIndex = open.index + 1
    const close = closing.exec(text)
    if (close === null || close[0].length !== 1 || close[0] === '\u2029') continue
    out.push({ start: open.index + 1, end: close.index })
    OPENING.lastIndex = close.index + 1
  }
  return out
}

const isLineSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0d

/**
 * [start, end) of the paragraph of `text` that holds `at`: the text between the blank lines (or
 * U+2029, when `separators` says the text has any) around it, without them. Read outwards from `at` a line at a time (`indexOf` of the
 * line breaks, native): asked for the places of a text's findings only, it reads no more of a
 * long text than the paragraphs that hold them.
 */
export function paragraphAround(text: string, at: number, separators = text.includes('\u2029')): { start: number; end: number } {
  let start = 0
  // Back: a line break whose line before is blank (spaces at most) starts the paragraph.
  // (lastIndexOf from -1 searches from 0 again: the loop stops at 0 itself.)
  for (let i = at > 0 ? text.lastIndexOf('\n', at - 1) : -1; i >= 0; i = i > 0 ? text.lastIndexOf('\n', i - 1) : -1) {
    let k = i - 1
    while (k >= 0 && isLineSpace(text.charCodeAt(k))) k--
    if (k >= 0 && text.charCodeAt(k) === 0x0a) {
      start = i + 1
      break
    }
  }
  let end = text.length
  // On: a line break whose line after is blank ends it.
  for (let i = text.indexOf('\n', at); i !== -1; i = text.indexOf('\n', i + 1)) {
    let k = i + 1
    while (k < text.length && isLineSpace(text.charCodeAt(k))) k++
    if (k < text.length && text.charCodeAt(k) === 0x0a) {
      end = i
      break
    }
  }
  // U+2029, the paragraph separator, is rare: the caller asking for many paragraphs of one text
  // says once whether it holds any (a search for it from each place would read the text again).
  if (!separators) return { start, end }
  const before = at > 0 ? text.lastIndexOf('\u2029', at - 1) : -1
  if (before >= start) start = before + 1
  const after = text.indexOf('\u2029', at)
  if (after !== -1 && after < end) end = after
  return { start, end }
}
