/**
 * Paragraphs of plain text: the text between blank lines (a line of spaces, tabs and carriage
 * returns at most) or U+2029, the paragraph separator. One definition for every rule that reads
 * a paragraph: a doubt word's paragraph (match/passage.ts) and a paragraph in another language
 * (normalize/foreign-spans.ts); quotations end where it ends (quotes.ts).
 */
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
