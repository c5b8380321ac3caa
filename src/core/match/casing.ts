import { squashForm } from '../text/chars.js'

function hasCase(text: string): boolean {
  return text.toUpperCase() !== text.toLowerCase()
}

/** ALL CAPS: every cased letter is upper case, and there is at least one. */
export function isAllCaps(text: string): boolean {
  return hasCase(text) && text === text.toUpperCase()
}

function capitalize(text: string): string {
  const first = text.codePointAt(0)
  if (first === undefined) return text
  const head = String.fromCodePoint(first)
  return head.toUpperCase() + text.slice(head.length)
}

function startsLower(text: string): boolean {
  const first = text.codePointAt(0)
  if (first === undefined) return false
  const head = String.fromCodePoint(first)
  return head !== head.toUpperCase() && head === head.toLowerCase()
}

/**
 * Whether the text matched a variant in a casing we trust: as written, ALL CAPS, or with a
 * capital first letter (sentence start). Other casings ("rovno", "KIev") are left alone:
 * lower case often means another word altogether.
 */
export function acceptsCasing(casing: Casing, matched: string): boolean {
  const got = SQUASHABLE.test(matched) ? squashForm(matched) : matched
  return got === casing.asWritten || (got === casing.upper && isAllCaps(got)) || got === casing.capitalized
}

/** The casings a form is accepted in, computed once per form. */
export interface Casing {
  asWritten: string
  upper: string
  capitalized: string | undefined
}

const SQUASHABLE = /[\s’ʼ‘‐‑]/u

export function casingOf(form: string): Casing {
  const asWritten = squashForm(form)
  return { asWritten, upper: asWritten.toUpperCase(), capitalized: startsLower(asWritten) ? capitalize(asWritten) : undefined }
}

const OPENERS = /["“”„«»‘’'(\[¡¿—–-]/u

/** Start of text, of a line, or after . ! ? … — where a lower-case form is capitalized. */
export function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0) {
    const ch = text[i]!
    if (ch === '\n' || ch === '\r') return true
    if (/\s/u.test(ch) || OPENERS.test(ch)) {
      i--
      continue
    }
    return ch === '.' || ch === '!' || ch === '?' || ch === '…'
  }
  return true
}

/** The replacement in the casing the input asks for. */
export function caseLike(matched: string, replacement: string, sentenceStart: boolean): string {
  if (isAllCaps(matched) && matched.length > 1) return replacement.toUpperCase()
  if (sentenceStart && startsLower(replacement) && !startsLower(matched)) return capitalize(replacement)
  return replacement
}
