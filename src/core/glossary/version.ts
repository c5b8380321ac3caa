const INDEX_KEY = /^(?:0|[1-9]\d*)$/

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
 * A content hash (cyrb53, 53 bits as 14 hex digits): runtime-free and synchronous, unlike
 * WebCrypto. Not for security: only to tell glossary versions apart.
 */
export function contentVersion(value: unknown): string {
  const text = canonical(value)
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}
