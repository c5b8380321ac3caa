import { concat, fromHex, utf8, verifyHmacSha256 } from '../../crypto.js'
import type { HeaderMap } from '../../headers.js'
import { fail, ok, type Verifier } from '../../verify/types.js'
import { withinWindow } from '../../verify/window.js'

/**
 * Contentful webhook request verification, exactly as `verifyRequest` of
 * `@contentful/node-apps-toolkit` recomputes it (src/requests/verify-request.ts and
 * sign-request.ts, https://github.com/contentful/node-apps-toolkit; the receiver side is
 * documented at https://www.contentful.com/developers/docs/webhooks/request-verification/
 * and in https://github.com/contentful-labs/request-verification-examples):
 *
 * - headers `x-contentful-signature` (hex HMAC-SHA256), `x-contentful-signed-headers` (the
 *   comma-separated names that were signed) and `x-contentful-timestamp` (milliseconds);
 * - header names are lower-cased and trimmed, values trimmed; the signed ones are picked, the
 *   two Contentful headers are added to the list if absent, the list is sorted, and
 *   `x-contentful-signed-headers` is replaced by that sorted list and `x-contentful-timestamp`
 *   by the parsed integer, both re-stringified;
 * - canonical request: `METHOD \n path \n key:value;key:value… \n body`, where path is the
 *   request path, its query string (if any) escaped and the whole passed through `encodeURI`;
 * - HMAC-SHA256 keyed with the signing secret (64 characters, one per space,
 *   https://www.contentful.com/developers/docs/webhooks/secrets/).
 *
 * The toolkit only rejects requests that are too old (30 s by default); here the window is five
 * minutes both ways. It compares the hex strings with `===`; here the bytes are compared in
 * constant time.
 */
export const CONTENTFUL_SIGNATURE = 'x-contentful-signature'
export const CONTENTFUL_SIGNED_HEADERS = 'x-contentful-signed-headers'
export const CONTENTFUL_TIMESTAMP = 'x-contentful-timestamp'

/** `getNormalizedEncodedURI` of the toolkit; undefined for a path `encodeURI` refuses (lone surrogates). */
export function contentfulPath(path: string): string | undefined {
  try {
    const [pathname = '', search] = path.split('?')
    // node's `querystring.escape` escapes the same set as `encodeURIComponent`.
    const escapedSearch = search ? encodeURIComponent(search) : ''
    return encodeURI(escapedSearch ? `${pathname}?${escapedSearch}` : pathname)
  } catch {
    return undefined
  }
}

/** The headers part of the canonical request: `name:value` pairs sorted by name, joined by ";". */
export function contentfulSignedHeaders(headers: HeaderMap, signedHeaderNames: string[], timestamp: number): string {
  const normalized = new Map<string, string>()
  for (const [name, value] of headers) normalized.set(name, value.trim())
  const picked = new Map<string, string>()
  for (const [name, value] of normalized) if (signedHeaderNames.includes(name)) picked.set(name, value)
  const names = [...picked.keys()]
  if (!picked.has(CONTENTFUL_SIGNED_HEADERS)) names.push(CONTENTFUL_SIGNED_HEADERS)
  if (!picked.has(CONTENTFUL_TIMESTAMP)) names.push(CONTENTFUL_TIMESTAMP)
  const byName = (a: string, b: string) => (a > b ? 1 : -1)
  picked.set(CONTENTFUL_TIMESTAMP, String(timestamp))
  picked.set(CONTENTFUL_SIGNED_HEADERS, names.sort(byName).join(','))
  return [...picked.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([name, value]) => `${name}:${value}`)
    .join(';')
}

export function contentfulCanonicalRequest(method: string, path: string, headers: string, body: Uint8Array): Uint8Array {
  return concat(utf8(`${method}\n${path}\n${headers}\n`), body)
}

export const verifyContentful: Verifier = async ({ headers, body, secrets, now, method, path }) => {
  const signature = headers.get(CONTENTFUL_SIGNATURE)?.trim()
  if (!signature) return fail('missing')
  const signedHeaders = headers.get(CONTENTFUL_SIGNED_HEADERS)?.trim()
  const rawTimestamp = headers.get(CONTENTFUL_TIMESTAMP)?.trim()
  if (!signedHeaders || !rawTimestamp || !/^\d{1,16}$/.test(rawTimestamp)) return fail('malformed')
  const signatureBytes = signature.length === 64 ? fromHex(signature) : undefined
  const canonicalPath = contentfulPath(path)
  if (!signatureBytes || canonicalPath === undefined) return fail('malformed')

  const timestamp = Number.parseInt(rawTimestamp, 10)
  // The toolkit splits the list as sent (no trimming): names it does not find are left out of
  // the recomputed list, and the signature then differs.
  const canonicalHeaders = contentfulSignedHeaders(headers, signedHeaders.split(','), timestamp)
  const canonical = contentfulCanonicalRequest(method.toUpperCase(), canonicalPath, canonicalHeaders, body)
  if (!(await verifyHmacSha256(secrets, canonical, signatureBytes))) return fail('mismatch')
  return withinWindow(timestamp, now) ? ok : fail('expired')
}
