/**
 * Request headers as the webhook code reads them: names lower-cased and trimmed, values as
 * received. Accepts a Fetch `Headers` (Hono, Workers) or a plain record (node:http, tests).
 */

export type HeadersInput = Headers | Readonly<Record<string, string | readonly string[] | undefined>>

export type HeaderMap = ReadonlyMap<string, string>

/**
 * A header sent twice becomes one value joined by ", " (what `Headers.get` does too); the
 * signature parsers then see a malformed value instead of silently picking one of the two.
 */
export function headerMap(input: HeadersInput): HeaderMap {
  const map = new Map<string, string>()
  const add = (name: string, value: string) => {
    const key = name.trim().toLowerCase()
    const previous = map.get(key)
    map.set(key, previous === undefined ? value : `${previous}, ${value}`)
  }
  if (typeof (input as Headers).forEach === 'function' && typeof (input as Headers).get === 'function') {
    ;(input as Headers).forEach((value, name) => add(name, value))
    return map
  }
  for (const [name, value] of Object.entries(input as Record<string, string | readonly string[] | undefined>)) {
    if (typeof value === 'string') add(name, value)
    else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') add(name, item)
  }
  return map
}

export function header(headers: HeaderMap, name: string): string | undefined {
  return headers.get(name.toLowerCase())
}
