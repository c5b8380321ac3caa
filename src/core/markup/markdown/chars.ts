/** Character classes as micromark names them (GFM autolink literals). */

export function isAsciiAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

export function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiAlpha(c) || (c >= 0x30 && c <= 0x39)
}

/** micromark's markdownLineEndingOrSpace or unicodeWhitespace. */
export function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || (c > 0x7f && /\s/.test(String.fromCharCode(c))) || c === 0x0c || c === 0x0b
}

/** CommonMark's ASCII punctuation character (markdown-it's isMdAsciiPunct). */
export function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)
}

/** micromark's unicodePunctuation: \p{P} or \p{S}. */
export function isPunctuation(c: number): boolean {
  if (c < 0x80) return isAsciiPunctuation(c)
  return /[\p{P}\p{S}]/u.test(String.fromCharCode(c))
}
