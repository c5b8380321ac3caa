/**
 * Quotation marks and the closing mark each opening one pairs with, as newsrooms of the
 * glossary's languages write them: “…” (English, Spanish, Italian, Portuguese), „…“ and „…”
 * (German, Polish), «…» (French, Spanish, Italian, Portuguese), »…« (German), "…" (any, typed).
 * Single marks are left out: ’ is also the apostrophe ("Kyiv’s"), and a pair of them is rarely a
 * whole quotation in copy.
 */
const OPENING = /["\u201c\u201e\u00ab\u00bb]/g

/** For each opening mark, the search for its closing marks or the end of the paragraph (a blank line, spaces, tabs and carriage returns allowed, or U+2029: as paragraphs.ts reads one). */
const CLOSING: ReadonlyMap<string, RegExp> = new Map([
  ['\u201c', /\u201d|\n[ \t\r]*\n|\u2029/g], // “ ”
  ['\u201e', /[\u201c\u201d]|\n[ \t\r]*\n|\u2029/g], // „ “ or „ ”
  ['\u00ab', /\u00bb|\n[ \t\r]*\n|\u2029/g], // « »
  ['\u00bb', /\u00ab|\n[ \t\r]*\n|\u2029/g], // » «
  ['"', /"|\n[ \t\r]*\n|\u2029/g], // " "
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
