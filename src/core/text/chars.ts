/**
 * Per-code-unit classification for the matcher's hot loop. Tables are filled lazily so
 * startup stays cheap on Workers; each BMP code unit is classified by a Unicode regex once.
 */

const WORD = 1
const OTHER = 2
const wordTable = new Uint8Array(0x10000)
const WORD_RE = /[\p{L}\p{M}\p{N}_]/u

/** Letters, marks, digits and `_` make words; everything else is a boundary. */
export function isWordUnit(code: number): boolean {
  let cls = wordTable[code]
  if (cls === 0) {
    cls = WORD_RE.test(String.fromCharCode(code)) ? WORD : OTHER
    wordTable[code] = cls
  }
  return cls === WORD
}

/** Whether the code point ending just before `index` is part of a word. */
export function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false
  const code = text.charCodeAt(index - 1)
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const point = text.codePointAt(index - 2)
    if (point !== undefined && point > 0xffff) return WORD_RE.test(String.fromCodePoint(point))
  }
  return isWordUnit(code)
}

/** Whether the code point starting at `index` is part of a word. */
export function isWordAt(text: string, index: number): boolean {
  if (index >= text.length) return false
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index)
    if (point !== undefined && point > 0xffff) return WORD_RE.test(String.fromCodePoint(point))
  }
  return isWordUnit(code)
}

/**
 * Whether a form whose last code unit is `text[end - 1]` may end at `end`: after a word unit,
 * where no word goes on; after an apostrophe (a soft sign: "Kievan Rus'", "Nova Kakhovka'"),
 * also only there, since before a letter it is a possessive's ("Kievan Rus's", "the Nova
 * Kakhovka's zoo" came out "Nova Kakhovkas"); after any other non-word unit ("Tex."), anywhere.
 */
export function formMayEndAt(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1)
  return (!isWordUnit(last) && foldUnit(last) !== APOSTROPHE) || !isWordAt(text, end)
}

/** Whitespace that may separate the words of a multi-word term (incl. no-break spaces). */
const spaceTable = new Uint8Array(0x10000)
for (const code of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) spaceTable[code] = 1
for (let code = 0x2000; code <= 0x200a; code++) spaceTable[code] = 1

/** One table read: the matcher's loops ask this of most units they pass. */
export function isSpaceUnit(code: number): boolean {
  return spaceTable[code] === 1
}

export const SPACE = 0x20
const APOSTROPHE = 0x27
const HYPHEN = 0x2d
const foldTable = new Int32Array(0x10000).fill(-1)

/**
 * Folds one code unit for matching: lower case (where that keeps one code unit), and
 * typographic apostrophes and hyphens to their ASCII forms, so "Kharkiv’s" and "Kharkiv's"
 * match alike. Diacritics are not folded: "Volodímir" is a variant in its own right.
 */
export function foldUnit(code: number): number {
  let folded = foldTable[code]!
  if (folded === -1) {
    if (code === 0x2019 || code === 0x02bc || code === 0x2018) folded = APOSTROPHE
    else if (code === 0x2010 || code === 0x2011) folded = HYPHEN
    else if (code >= 0xd800 && code <= 0xdfff) folded = code
    else {
      const lower = String.fromCharCode(code).toLowerCase()
      folded = lower.length === 1 ? lower.charCodeAt(0) : code
    }
    foldTable[code] = folded
  }
  return folded
}

const ASCII = /^[\x00-\x7f]*$/
const ASCII_SPACES = /[\t-\r ]+/g

/**
 * Folds a whole form the way the matcher walks text: whitespace runs become one space. The
 * result is a flat string (not a rope of one-unit pieces), since it is hashed and compared
 * hundreds of thousands of times when a large glossary is compiled.
 */
export function foldForm(form: string): string {
  // Most forms are printable ASCII with single spaces between words: only the case to fold
  // (no regular expression, no copy but the lower-cased one).
  let plain = form.length > 0
  for (let i = 0; i < form.length && plain; i++) {
    const code = form.charCodeAt(i)
    plain = (code > SPACE && code < 0x7f) || (code === SPACE && i > 0 && i < form.length - 1 && form.charCodeAt(i - 1) !== SPACE)
  }
  if (plain) return form.toLowerCase()
  // ASCII: foldUnit is ASCII lower case and isSpaceUnit is [\t-\r ], so one native pass each.
  if (ASCII.test(form)) return form.replace(ASCII_SPACES, ' ').trim().toLowerCase()
  const codes: number[] = []
  let inSpace = false
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i)
    if (isSpaceUnit(code)) {
      inSpace = true
      continue
    }
    if (inSpace && codes.length > 0) codes.push(SPACE)
    inSpace = false
    codes.push(foldUnit(code))
  }
  let out = ''
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096))
  return out
}

/** Collapses whitespace runs to one space and folds apostrophes, keeping case. */
export function squashForm(form: string): string {
  return form.trim().replace(/\s+/gu, ' ').replace(/[’ʼ‘]/gu, "'").replace(/[‐‑]/gu, '-')
}
