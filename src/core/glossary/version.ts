const INDEX_KEY = /^(?:0|[1-9]\d*)$/
/** INDEX_KEY's test, run only on a key that starts with a digit (100,000 concepts have most of a million keys, none of them one). */
const isIndexKey = (key: string): boolean => {
  const first = key.charCodeAt(0)
  return first >= 0x30 && first <= 0x39 && INDEX_KEY.test(key)
}

/**
 * Stable JSON: object keys sorted, so the same content always hashes the same. JSON.stringify
 * does the work natively, given each object as a copy with its keys in order; an object with
 * an integer-like key (which JavaScript always enumerates first) takes the slow path, so the
 * text, and the version, stay those of `canonicalSlow`.
 */
export function canonical(value: unknown): string {
  let indexKey = false
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    const sorted: Record<string, unknown> = {}
    for (const k of Object.keys(v).sort()) {
      if (INDEX_KEY.test(k)) indexKey = true
      sorted[k] = (v as Record<string, unknown>)[k]
    }
    return sorted
  })
  return indexKey || text === undefined ? canonicalSlow(value) : text
}

/** The straightforward version, kept as the reference `canonical` must agree with (and its fallback). */
export function canonicalSlow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalSlow).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalSlow((value as Record<string, unknown>)[k])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * A content hash (cyrb53, 53 bits as 14 hex digits) of `canonical(value)`: runtime-free and
 * synchronous, unlike WebCrypto. Not for security: only to tell glossary versions apart.
 *
 * The hash is fed as the canonical text is walked (`hashCanonical`), never building it: for
 * 100,000 concepts the text is 15 MB, and its key-sorted copies of every object were most of
 * what a compile allocated. A value the walk does not take as plain JSON data (a Set, a
 * `toJSON`, an index-like key, a hole) is hashed from `canonical`'s text instead.
 */
export function contentVersion(value: unknown): string {
  const walked = new Cyrb53()
  if (hashCanonical(value, walked)) return walked.digest()
  const text = new Cyrb53()
  text.raw(canonical(value))
  return text.digest()
}

/** cyrb53's state: units fed in order, then `digest`. */
class Cyrb53 {
  private h1 = 0xdeadbeef
  private h2 = 0x41c6ce57

  /** The code units of `text`, as they are. */
  raw(text: string): void {
    let h1 = this.h1
    let h2 = this.h2
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      h1 = Math.imul(h1 ^ code, 2654435761)
      h2 = Math.imul(h2 ^ code, 1597334677)
    }
    this.h1 = h1
    this.h2 = h2
  }

  /** `JSON.stringify(text)`: quoted, with JSON's escapes (lone surrogates too, as well-formed JSON.stringify writes them). */
  quoted(text: string): void {
    let h1 = Math.imul(this.h1 ^ QUOTE, 2654435761)
    let h2 = Math.imul(this.h2 ^ QUOTE, 1597334677)
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code >= 0x20 && code !== QUOTE && code !== BACKSLASH && (code < 0xd800 || code > 0xdfff)) {
        h1 = Math.imul(h1 ^ code, 2654435761)
        h2 = Math.imul(h2 ^ code, 1597334677)
        continue
      }
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
        // A pair stands as it is.
        const low = text.charCodeAt(++i)
        h1 = Math.imul(Math.imul(h1 ^ code, 2654435761) ^ low, 2654435761)
        h2 = Math.imul(Math.imul(h2 ^ code, 1597334677) ^ low, 1597334677)
        continue
      }
      const escaped = ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, '0')}`
      for (let k = 0; k < escaped.length; k++) {
        const unit = escaped.charCodeAt(k)
        h1 = Math.imul(h1 ^ unit, 2654435761)
        h2 = Math.imul(h2 ^ unit, 1597334677)
      }
    }
    this.h1 = Math.imul(h1 ^ QUOTE, 2654435761)
    this.h2 = Math.imul(h2 ^ QUOTE, 1597334677)
  }

  digest(): string {
    let h1 = this.h1
    let h2 = this.h2
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
  }
}

/** Up to this many keys, an object's are sorted by insertion: no scratch space. */
const FEW_KEYS = 16
const QUOTE = 0x22
const BACKSLASH = 0x5c
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
/** JSON.stringify's short escapes; other units below 0x20 and lone surrogates are \uXXXX. */
const ESCAPES: Record<number, string> = { 0x22: '\\"', 0x5c: '\\\\', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t' }

/**
 * Feeds `hash` the text `canonical(value)` would return, as it walks `value`. False, with
 * `hash` spent, for anything but plain JSON data (arrays, objects with Object's or no
 * prototype and no index-like key or toJSON, strings, finite numbers, booleans, null; no
 * undefined in an array): the caller hashes `canonical`'s text then.
 */
function hashCanonical(value: unknown, hash: Cyrb53): boolean {
  switch (typeof value) {
    case 'string':
      hash.quoted(value)
      return true
    case 'number':
      hash.raw(Number.isFinite(value) ? String(value) : 'null')
      return true
    case 'boolean':
      hash.raw(value ? 'true' : 'false')
      return true
    case 'object':
      break
    default:
      return false
  }
  if (value === null) {
    hash.raw('null')
    return true
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false
  if (Array.isArray(value)) {
    hash.raw('[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) hash.raw(',')
      const item: unknown = value[i]
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol' || !hashCanonical(item, hash)) return false
    }
    hash.raw(']')
    return true
  }
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  // In place, by code unit (as Array.prototype.sort): a handful of keys, and sort's scratch
  // space per object was a sixth of a large compile's allocation. A large object (a user's
  // note in thousands of language codes) is left to sort: insertion grows as its square.
  if (keys.length > FEW_KEYS) keys.sort()
  else for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!
    let j = i - 1
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!
      j--
    }
    keys[j + 1] = key
  }
  hash.raw('{')
  let first = true
  for (const key of keys) {
    // `canonical` falls back to its slow path on an index-like key, and its copies would lose a "__proto__".
    if (isIndexKey(key) || key === '__proto__') return false
    const item = record[key]
    // JSON.stringify leaves out what it cannot write.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
    if (!first) hash.raw(',')
    first = false
    hash.quoted(key)
    hash.raw(':')
    if (!hashCanonical(item, hash)) return false
  }
  hash.raw('}')
  return true
}
