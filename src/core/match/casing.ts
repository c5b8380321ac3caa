import { isSpaceUnit, squashForm } from '../text/chars.js'

function hasCase(text: string): boolean {
  return text.toUpperCase() !== text.toLowerCase()
}

/** ALL CAPS: every cased letter is upper case, and there is at least one. */
export function isAllCaps(text: string): boolean {
  // Most names are not in capitals: a lower-case ASCII letter says so without a copy.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x61 && code <= 0x7a) return false
  }
  return text === text.toUpperCase() && hasCase(text)
}

export function capitalize(text: string): string {
  const first = text.codePointAt(0)
  if (first === undefined) return text
  const head = String.fromCodePoint(first)
  return head.toUpperCase() + text.slice(head.length)
}

export function startsLower(text: string): boolean {
  // An ASCII letter answers without a copy (this runs for every name found). Never read past
  // the end: NaN from charCodeAt deoptimizes its caller (docs/performance-history.md).
  if (text.length === 0) return false
  const unit = text.charCodeAt(0)
  if (unit >= 0x61 && unit <= 0x7a) return true
  if (unit >= 0x41 && unit <= 0x5a) return false
  const first = text.codePointAt(0)
  if (first === undefined) return false
  const head = String.fromCodePoint(first)
  return head !== head.toUpperCase() && head === head.toLowerCase()
}

/**
 * Whether `entry` can match text starting with a lower-case letter, under the rules of
 * acceptsFormCasing and the matcher (an exception matches in any case; a variant or a keep only
 * as written, in ALL CAPS or capitalized). The prefilter skips lower-case word starts that no
 * form can take: keep the two in step.
 */
export function mayStartLower(entry: { kind: string; form: string }): boolean {
  // The first letter of the squashed form: squashing changes no leading unit that has a case
  // (it trims, and folds apostrophes and hyphens), so it is skipped for the half million forms
  // of a large glossary.
  return entry.kind === 'exception' || !isUpperStart(entry.form.trimStart())
}

function isUpperStart(text: string): boolean {
  if (text.length === 0) return false
  const unit = text.charCodeAt(0)
  if (unit >= 0x61 && unit <= 0x7a) return false
  if (unit >= 0x41 && unit <= 0x5a) return true
  const first = text.codePointAt(0)
  if (first === undefined) return false
  const head = String.fromCodePoint(first)
  return head !== head.toLowerCase()
}

/**
 * Whether the text matched a form in a casing we trust: as written, ALL CAPS, or with a
 * capital first letter (sentence start). Other casings ("rovno", "KIev") are left alone:
 * lower case often means another word altogether. Computed on demand, not kept per form:
 * the matcher asks only where a form ends at a word end, and 100,000 concepts have half a
 * million forms.
 */
export function acceptsFormCasing(form: string, matched: string): boolean {
  // Most names stand as written: no squashing, no case tests.
  if (matched === form) return true
  const got = isSquashed(matched) ? matched : squashForm(matched)
  const asWritten = isSquashed(form) ? form : squashForm(form)
  if (got === asWritten) return true
  return (isAllCaps(got) && got === asWritten.toUpperCase()) || (startsLower(asWritten) && isCapitalized(got, asWritten))
}

/** `got === capitalize(form)`, compared in place when the form starts with an ASCII letter (a form in lower case, at a sentence start). */
function isCapitalized(got: string, form: string): boolean {
  const first = form.charCodeAt(0)
  if (first < 0x61 || first > 0x7a) return got === capitalize(form)
  if (got.length !== form.length || got.charCodeAt(0) !== first - 0x20) return false
  for (let i = 1; i < got.length; i++) if (got.charCodeAt(i) !== form.charCodeAt(i)) return false
  return true
}

/**
 * Whether squashForm leaves `text` as it is: no whitespace at its ends, none between words but
 * single spaces, no typographic apostrophe or hyphen. Most multi-word names ("Plaza San
 * Miguel") are: three regex replacements a name, for nothing, were a thirtieth of a match of
 * copy as published.
 */
function isSquashed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i + 1) === 0x20) return false
    } else if (isSpaceUnit(code) || code === 0x2019 || code === 0x02bc || code === 0x2018 || code === 0x2010 || code === 0x2011) return false
  }
  return true
}

const OPENERS = new Set([...'"“”„«»‘’\'([¡¿—–-'].map((ch) => ch.charCodeAt(0)))

/**
 * Start of text, of a line, or after . ! ? … — where a lower-case form is capitalized. `from`:
 * where the text starts, for a window of a longer string (read as if cut there).
 */
export function atSentenceStart(text: string, index: number, from = 0): boolean {
  let i = index - 1
  while (i >= from) {
    const code = text.charCodeAt(i)
    if (code === 0x0a || code === 0x0d) return true
    // JavaScript's \s is isSpaceUnit's set.
    if (isSpaceUnit(code) || OPENERS.has(code)) {
      i--
      continue
    }
    return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026
  }
  return true
}

/** The replacement in the casing the input asks for. */
export function caseLike(matched: string, replacement: string, sentenceStart: boolean): string {
  if (matched.length > 1 && isAllCaps(matched)) return replacement.toUpperCase()
  if (sentenceStart && startsLower(replacement) && !startsLower(matched)) return capitalize(replacement)
  return replacement
}
