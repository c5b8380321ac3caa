import { concat, sha256, toHex, utf8 } from '../crypto.js'

/**
 * A delivery id for senders that give none: the signing time and the body's SHA-256. A retry
 * that is signed anew gets a new id; a captured request replayed inside the window does not.
 */
export async function digestDeliveryId(signedAt: string, body: Uint8Array): Promise<string> {
  return `${signedAt}.${toHex(await sha256(concat(utf8(`${signedAt}.`), body)))}`
}
