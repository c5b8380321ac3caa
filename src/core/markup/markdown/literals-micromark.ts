import { isAsciiAlpha, isAsciiAlphanumeric, isPunctuation, isWhitespace } from './chars.js'

/** micromark-extension-gfm-autolink-literal's scanners: each returns where its literal ends, or -1. */

export function email(s: string, start: number): number {
  let i = start
  while (isAtext(s.charCodeAt(i))) i++
  if (s.charCodeAt(i) !== 0x40) return -1
  i++
  let dot = false
  let data = false
  for (;;) {
    const c = s.charCodeAt(i)
    if (c === 0x2e) {
      if (!isAsciiAlphanumeric(s.charCodeAt(i + 1))) break // a dot that ends the address
      dot = true
      i++
    } else if (c === 0x2d || c === 0x5f || isAsciiAlphanumeric(c)) {
      data = true
      i++
    } else break
  }
  return data && dot && isAsciiAlpha(s.charCodeAt(i - 1)) ? i : -1
}

export function www(s: string, start: number): number {
  if (start + 4 >= s.length || !/^www\./i.test(s.slice(start, start + 4))) return -1
  const end = domain(s, start)
  return end < 0 ? -1 : path(s, end)
}

export function http(s: string, start: number): number {
  let i = start + 1
  while (i - start < 5 && isAsciiAlpha(s.charCodeAt(i))) i++
  const protocol = s.slice(start, i).toLowerCase()
  if ((protocol !== 'http' && protocol !== 'https') || !s.startsWith('://', i)) return -1
  i += 3
  const c = s.charCodeAt(i)
  if (Number.isNaN(c) || c < 0x20 || c === 0x7f || isWhitespace(c) || isPunctuation(c)) return -1
  const end = domain(s, i)
  return end < 0 ? -1 : path(s, end)
}

function domain(s: string, start: number): number {
  let underscoreInLast = false
  let underscoreInLastButOne = false
  let seen = false
  let i = start
  for (;;) {
    const c = s.charCodeAt(i)
    if (c === 0x2e || c === 0x5f) {
      if (trail(s, i)) break
      if (c === 0x5f) underscoreInLast = true
      else {
        underscoreInLastButOne = underscoreInLast
        underscoreInLast = false
      }
      i++
      continue
    }
    if (Number.isNaN(c) || isWhitespace(c) || (c !== 0x2d && isPunctuation(c))) break
    seen = true
    i++
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? -1 : i
}

/** Characters that end a path if only trail follows them. */
const PATH_PUNCTUATION = new Set([0x21, 0x22, 0x26, 0x27, 0x29, 0x2a, 0x2c, 0x2e, 0x3a, 0x3b, 0x3c, 0x3f, 0x5d, 0x5f, 0x7e])
/** Characters a trail may consist of. */
const TRAIL = new Set([0x21, 0x22, 0x27, 0x29, 0x2a, 0x2c, 0x2e, 0x3a, 0x3b, 0x3f, 0x5f, 0x7e])

function path(s: string, start: number): number {
  let open = 0
  let close = 0
  let i = start
  for (;;) {
    const c = s.charCodeAt(i)
    if (c === 0x28) {
      open++
      i++
    } else if (c === 0x29 && close < open) {
      close++
      i++
    } else if (PATH_PUNCTUATION.has(c)) {
      if (trail(s, i)) return i
      if (c === 0x29) close++
      i++
    } else if (Number.isNaN(c) || isWhitespace(c)) return i
    else i++
  }
}

/** Whether what follows `start` is trailing punctuation (and entity-like `&x;`) up to the end of the literal. */
function trail(s: string, start: number): boolean {
  let i = start
  for (;;) {
    const c = s.charCodeAt(i)
    if (TRAIL.has(c)) i++
    else if (c === 0x26) {
      i++
      if (!isAsciiAlpha(s.charCodeAt(i))) return false
      while (isAsciiAlpha(s.charCodeAt(i))) i++
      if (s.charCodeAt(i) !== 0x3b) return false
      i++
    } else if (c === 0x5d) {
      i++
      const d = s.charCodeAt(i)
      if (Number.isNaN(d) || d === 0x28 || d === 0x5b || isWhitespace(d)) return true
    } else return c === 0x3c || Number.isNaN(c) || isWhitespace(c)
  }
}

export function previousWww(c: number): boolean {
  return Number.isNaN(c) || c === 0x28 || c === 0x2a || c === 0x5f || c === 0x5b || c === 0x5d || c === 0x7e || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

export function previousEmail(c: number): boolean {
  return !(c === 0x2f || isAtext(c))
}

export function isAtext(c: number): boolean {
  return c === 0x2b || c === 0x2d || c === 0x2e || c === 0x5f || isAsciiAlphanumeric(c)
}
