/**
 * The few primitives the webhook code needs, on WebCrypto (`crypto.subtle`) only: it exists on
 * Node and in workerd alike, so nothing here imports `node:crypto`.
 */

import { concatBytes } from '../http/bytes.js'

export type Bytes = Uint8Array<ArrayBuffer>

const encoder = new TextEncoder()

export function utf8(text: string): Bytes {
  return encoder.encode(text) as Bytes
}

/** A copy backed by a plain ArrayBuffer (what WebCrypto's `BufferSource` wants). */
export function toBytes(input: Uint8Array | string): Bytes {
  if (typeof input === 'string') return utf8(input)
  const copy = new Uint8Array(input.byteLength)
  copy.set(input)
  return copy
}

/** The parts one after the other (signing schemes prefix the body with a timestamp or a request line). */
export function concat(...parts: Uint8Array[]): Bytes {
  return concatBytes(parts)
}

function hmacKey(secret: string, usage: 'sign' | 'verify') {
  return crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage])
}

export async function hmacSha256(secret: string, data: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), toBytes(data)))
}

/**
 * Whether one of `signatures` is the HMAC-SHA256 of `data` under one of `secrets` (several
 * during a rotation). The work is one MAC per secret, whatever the number of candidates (a
 * header stuffed with hundreds of values costs no more hashing of the body), and every candidate
 * is compared with every MAC in constant time: neither which secret nor how much of a forged
 * signature was right shows in the timing.
 */
export async function verifyHmacSha256(secrets: readonly string[], data: Uint8Array, signatures: Uint8Array | readonly Uint8Array[]): Promise<boolean> {
  const candidates = signatures instanceof Uint8Array ? [signatures] : signatures
  const macs = await Promise.all(secrets.map((secret) => hmacSha256(secret, data)))
  let matched = false
  for (const mac of macs) {
    for (const candidate of candidates) {
      if (equalBytes(mac, candidate)) matched = true
    }
  }
  return matched
}

/**
 * Constant-time equality of two byte strings: every byte is compared, whatever differs first.
 * The lengths are not secret here (a MAC's length is public), so a length mismatch answers at once.
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false
  let diff = 0
  for (let i = 0; i < a.byteLength; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}

export async function sha256(data: Uint8Array | string): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', toBytes(data)))
}

/**
 * Constant-time equality of two strings of any length: both are hashed first, so the loop
 * always runs over 32 bytes and neither the length nor the first differing byte leaks.
 */
export async function timingSafeEqualText(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([sha256(a), sha256(b)])
  let diff = 0
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!
  return diff === 0
}

export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0')
  return out
}

/** Lower- or upper-case hex to bytes; undefined when it is not hex of an even length. */
export function fromHex(hex: string): Bytes | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

/**
 * Base64url (RFC 4648 §5, padding optional) to bytes; undefined when it is not canonical
 * base64url. The unused low bits of the last character must be zero: otherwise two strings
 * would decode to the same bytes, and a library comparing the strings (as @sanity/webhook does)
 * would refuse what we accept.
 */
export function fromBase64Url(text: string): Bytes | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return undefined
  const unpadded = text.replace(/=+$/, '')
  if (unpadded.length % 4 === 1) return undefined
  const base64 = unpadded.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return toBase64Url(out) === unpadded ? out : undefined
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
