import { createHmac } from 'node:crypto'

/**
 * Signers written from each provider's documentation with node:crypto — independently of the
 * WebCrypto code under test — so a test signs like the CMS would.
 */

/** Copydesk-Signature: t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">. */
export function signGeneric(body: string, secret: string | string[], timestampMs: number): string {
  const t = Math.floor(timestampMs / 1000)
  const secrets = Array.isArray(secret) ? secret : [secret]
  return [`t=${t}`, ...secrets.map((s) => `v1=${createHmac('sha256', s).update(`${t}.${body}`).digest('hex')}`)].join(',')
}

/** sanity-webhook-signature, as `encodeSignatureHeader` of @sanity/webhook. */
export function signSanity(body: string, secret: string, timestampMs: number): string {
  return `t=${timestampMs},v1=${createHmac('sha256', secret).update(`${timestampMs}.${body}`, 'utf8').digest('base64url')}`
}

/**
 * The three x-contentful-* headers, as `signRequest` of @contentful/node-apps-toolkit computes
 * them for a request with the given (already lower-cased) headers to sign.
 */
export function signContentful(input: { method: string; path: string; headers: Record<string, string>; body: string }, secret: string, timestampMs: number): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(input.headers)) headers[name.toLowerCase().trim()] = value.trim()
  const names = [...Object.keys(headers), 'x-contentful-signed-headers', 'x-contentful-timestamp'].sort()
  const signedHeaders = names.join(',')
  headers['x-contentful-timestamp'] = String(timestampMs)
  headers['x-contentful-signed-headers'] = signedHeaders
  const canonicalHeaders = Object.entries(headers).sort(([a], [b]) => (a > b ? 1 : -1)).map(([k, v]) => `${k}:${v}`).join(';')
  const [pathname, search] = input.path.split('?')
  const path = encodeURI(search ? `${pathname}?${encodeURIComponent(search)}` : pathname!)
  const signature = createHmac('sha256', secret).update([input.method, path, canonicalHeaders, input.body].join('\n')).digest('hex')
  return { 'x-contentful-signature': signature, 'x-contentful-signed-headers': signedHeaders, 'x-contentful-timestamp': String(timestampMs) }
}
