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
  if (walkable() && hashCanonical(value, walked, new OpenObjects(), undefined) && walkable()) return walked.digest()
  const text = new Cyrb53()
  text.raw(canonical(value))
  return text.digest()
}

/**
 * `contentVersion` of `records` each copied without its key `omitted`, and `last` after them:
 * a glossary's concepts without their file names. Hashed as the records are walked, leaving the
 * key out, not as 100,000 copies made to be hashed once. A record the walk would not read as it
 * reads the copy (not an object with Object's prototype: a hole, null, a list, a class
 * instance, no prototype) has the copies made and hashed, as before: the version cannot differ.
 */
export function contentVersionWithout(records: readonly unknown[], omitted: string, last: unknown): string {
  if (Array.isArray(records) && walkable()) {
    const walked = new Cyrb53()
    const open = new OpenObjects()
    let plain = true
    walked.unit(OPEN_BRACKET)
    for (let i = 0; plain && i < records.length; i++) {
      const record: unknown = records[i]
      if (i > 0) walked.unit(COMMA)
      plain = record !== null && typeof record === 'object' && Object.getPrototypeOf(record) === Object.prototype && hashCanonical(record, walked, open, omitted)
    }
    if (plain && records.length > 0) walked.unit(COMMA)
    if (plain && hashCanonical(last, walked, open, undefined) && walkable()) {
      walked.unit(CLOSE_BRACKET)
      return walked.digest()
    }
  }
  const parts: unknown[] = records.map((record) => {
    const { [omitted]: _omitted, ...rest } = record as Record<string, unknown>
    return rest
  })
  parts.push(last)
  return contentVersion(parts)
}

/**
 * Whether the walk may read objects by for-in: it enumerates inherited keys too, and those of
 * Object's prototype (none, unless a library added one) would be read as the objects' own.
 * Asked before and after the walk.
 */
function walkable(): boolean {
  for (const _key in Object.prototype) return false
  return true
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

  /** One unit: the walk's punctuation. */
  unit(code: number): void {
    this.h1 = Math.imul(this.h1 ^ code, 2654435761)
    this.h2 = Math.imul(this.h2 ^ code, 1597334677)
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
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const BACKSLASH = 0x5c
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
/** JSON.stringify's short escapes; other units below 0x20 and lone surrogates are \uXXXX. */
const ESCAPES: Record<number, string> = { 0x22: '\\"', 0x5c: '\\\\', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t' }


/**
 * The keys and values of the objects a walk has open, each object's from where its parent's end
 * (`top`), sorted in place. Read by for-in, an object costs no array of its keys, and its values
 * are loaded by the enumeration's own field index instead of a keyed lookup per key (which, over
 * the concepts' few shapes, was megamorphic): for 100,000 concepts, 300,000 objects.
 */
class OpenObjects {
  readonly keys: string[] = []
  readonly values: unknown[] = []
  top = 0
}

/**
 * Feeds `hash` the text `canonical(value)` would return, as it walks `value` (an object without
 * its key `omitted`, if given; not its objects'). False, with `hash` spent, for anything but
 * plain JSON data (arrays, objects with Object's or no prototype and no index-like key or
 * toJSON, strings, finite numbers, booleans, null; no undefined in an array): the caller hashes
 * `canonical`'s text then. One function, recursive: split, each half was optimized with the
 * other inlined (round 30).
 */
function hashCanonical(value: unknown, hash: Cyrb53, open: OpenObjects, omitted: string | undefined): boolean {
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
    hash.unit(OPEN_BRACKET)
    for (let i = 0; i < value.length; i++) {
      if (i > 0) hash.unit(COMMA)
      const item: unknown = value[i]
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol' || !hashCanonical(item, hash, open, undefined)) return false
    }
    hash.unit(CLOSE_BRACKET)
    return true
  }
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  const record = value as Record<string, unknown>
  const { keys, values } = open
  const start = open.top
  let end = start
  // Own keys only, as Object.keys: Object's prototype has none that enumerate (`walkable`).
  for (const key in record) {
    if (key === omitted) continue
    keys[end] = key
    values[end] = record[key]
    end++
  }
  // In place, by code unit (as Array.prototype.sort): a handful of keys. A large object (a
  // user's note in thousands of language codes) is left to sort: insertion grows as its square.
  if (end - start > FEW_KEYS) {
    const sorted = keys.slice(start, end).sort()
    for (let i = 0; i < sorted.length; i++) {
      keys[start + i] = sorted[i]!
      values[start + i] = record[sorted[i]!]
    }
  } else for (let i = start + 1; i < end; i++) {
    const key = keys[i]!
    const item = values[i]
    let j = i - 1
    while (j >= start && keys[j]! > key) {
      keys[j + 1] = keys[j]!
      values[j + 1] = values[j]
      j--
    }
    keys[j + 1] = key
    values[j + 1] = item
  }
  open.top = end
  hash.unit(OPEN_BRACE)
  let first = true
  for (let i = start; i < end; i++) {
    const key = keys[i]!
    // `canonical` falls back to its slow path on an index-like key, and its copies would lose a "__proto__".
    if (isIndexKey(key) || key === '__proto__') return false
    const item = values[i]
    // JSON.stringify leaves out what it cannot write.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
    if (!first) hash.unit(COMMA)
    first = false
    hash.quoted(key)
    hash.unit(COLON)
    if (!hashCanonical(item, hash, open, undefined)) return false
  }
  open.top = start
  hash.unit(CLOSE_BRACE)
  return true
}
