/**
 * The configured API keys and how a request proves it holds one: `Authorization: Bearer <key>`
 * (RFC 6750). The presented token and every configured key are compared as SHA-256 digests,
 * byte by byte without stopping at the first difference, and against every key: neither the
 * length of a key nor the position of a mismatch shows in the time taken. A key is known in
 * logs and rate limits by its id, the first 12 hex digits of its SHA-256, never by itself.
 */
export type Identity = { ok: true; keyId: string } | { ok: false; reason: 'missing' | 'scheme' | 'invalid' }

export interface ApiKeys {
  /** How many keys are configured; 0 means the service is open. */
  readonly size: number
  identify(authorization: string | undefined): Promise<Identity>
}

const encoder = new TextEncoder()
const TOKEN = /^[A-Za-z0-9._~+/-]+=*$/

export function apiKeys(keys: readonly string[]): ApiKeys {
  const configured = [...keys]
  return {
    size: configured.length,
    async identify(authorization) {
      if (authorization === undefined || authorization.trim() === '') return { ok: false, reason: 'missing' }
      const match = /^\s*(\S+)(?:\s+(.*))?$/.exec(authorization)
      if (match?.[1]?.toLowerCase() !== 'bearer') return { ok: false, reason: 'scheme' }
      const token = (match[2] ?? '').trim()
      if (!TOKEN.test(token) || token.length > 1024) return { ok: false, reason: 'invalid' }
      const presented = await sha256(token)
      // Digests of the configured keys are computed per request: no promise outlives a request
      // (Workers refuse to share one across requests), and a few SHA-256 of short keys cost microseconds.
      const digests = await Promise.all(configured.map(sha256))
      let found = -1
      digests.forEach((digest, index) => {
        if (sameBytes(digest, presented)) found = index
      })
      return found === -1 ? { ok: false, reason: 'invalid' } : { ok: true, keyId: hex(presented).slice(0, 12) }
    },
  }
}

/** The id of a key in logs and rate limits: the first 12 hex digits of its SHA-256. */
export async function keyId(key: string): Promise<string> {
  return hex(await sha256(key)).slice(0, 12)
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}

/** Constant time for equal lengths (digests always are): every byte is compared. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!
  return difference === 0
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
