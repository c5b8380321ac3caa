/**
 * Signers for the HTTP webhook tests, written from each provider's documentation with
 * WebCrypto (the same files run on Node and inside workerd, which has no node:crypto):
 * a test signs a delivery as the CMS would, then sends it through the route.
 */
const encoder = new TextEncoder()

async function hmac(secret: string, data: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(data)))
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

/** Copydesk-Signature: t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">. */
export async function signGeneric(body: string, secret: string, nowMs = Date.now()): Promise<string> {
  const t = Math.floor(nowMs / 1000)
  return `t=${t},v1=${hex(await hmac(secret, `${t}.${body}`))}`
}

/** sanity-webhook-signature: t=<ms>,v1=<base64url HMAC-SHA256 of "<t>.<body>">, as @sanity/webhook. */
export async function signSanity(body: string, secret: string, nowMs = Date.now()): Promise<string> {
  return `t=${nowMs},v1=${base64url(await hmac(secret, `${nowMs}.${body}`))}`
}

/**
 * The x-contentful-* headers of `signRequest` (@contentful/node-apps-toolkit): an HMAC over the
 * method, the path, the signed headers (lower-cased, sorted) and the body.
 */
export async function signContentful(
  request: { method: string; path: string; headers: Record<string, string>; body: string },
  secret: string,
  nowMs = Date.now(),
): Promise<Record<string, string>> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase().trim()] = value.trim()
  const signedHeaders = [...Object.keys(headers), 'x-contentful-signed-headers', 'x-contentful-timestamp'].sort().join(',')
  headers['x-contentful-timestamp'] = String(nowMs)
  headers['x-contentful-signed-headers'] = signedHeaders
  const canonicalHeaders = Object.entries(headers)
    .sort(([a], [b]) => (a > b ? 1 : -1))
    .map(([name, value]) => `${name}:${value}`)
    .join(';')
  const [pathname, search] = request.path.split('?')
  const path = encodeURI(search ? `${pathname}?${encodeURIComponent(search)}` : pathname!)
  const signature = hex(await hmac(secret, [request.method, path, canonicalHeaders, request.body].join('\n')))
  return { 'x-contentful-signature': signature, 'x-contentful-signed-headers': signedHeaders, 'x-contentful-timestamp': String(nowMs) }
}
