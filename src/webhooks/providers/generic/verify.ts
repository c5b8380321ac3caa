import { concat, fromHex, utf8, verifyHmacSha256 } from '../../crypto.js'
import { header } from '../../headers.js'
import { fail, ok, type Verifier } from '../../verify/types.js'
import { withinWindow } from '../../verify/window.js'

/**
 * Copydesk's own scheme, for any CMS that can sign a request (modelled on Stripe's
 * `Stripe-Signature`, https://docs.stripe.com/webhooks#verify-manually):
 *
 *     Copydesk-Signature: t=1767225600,v1=<64 hex digits>
 *
 * `t` is the signing time in unix seconds; `v1` is the hex HMAC-SHA256 of `"<t>.<raw body>"`
 * under the integration's secret. The header may carry several `v1` (a sender signing with the
 * old and the new secret during a rotation), at most MAX_SIGNATURES; one match is enough.
 * Unknown keys (a future `v2`) are ignored.
 */
export const GENERIC_SIGNATURE_HEADER = 'copydesk-signature'

/** The same, as messages name it. */
export const GENERIC_SIGNATURE_HEADER_NAME = 'Copydesk-Signature'

/** `v1` values at most: a rotation needs two; more is a header made to multiply our work. */
export const MAX_SIGNATURES = 3

export interface GenericSignature {
  timestamp: number
  signatures: Uint8Array[]
}

export function parseGenericSignature(value: string): GenericSignature | undefined {
  let timestamp: number | undefined
  const signatures: Uint8Array[] = []
  for (const part of value.split(',')) {
    const eq = part.indexOf('=')
    if (eq < 0) return undefined
    const key = part.slice(0, eq).trim()
    const item = part.slice(eq + 1).trim()
    if (key === 't') {
      if (timestamp !== undefined || !/^\d{1,12}$/.test(item)) return undefined
      timestamp = Number(item)
    } else if (key === 'v1') {
      const bytes = item.length === 64 ? fromHex(item) : undefined
      if (!bytes || signatures.length === MAX_SIGNATURES) return undefined
      signatures.push(bytes)
    }
  }
  if (timestamp === undefined || signatures.length === 0) return undefined
  return { timestamp, signatures }
}

export const verifyGeneric: Verifier = async ({ headers, body, secrets, now }) => {
  const value = header(headers, GENERIC_SIGNATURE_HEADER)
  if (value === undefined || value.trim() === '') return fail('missing')
  const parsed = parseGenericSignature(value)
  if (!parsed) return fail('malformed')
  const signed = concat(utf8(`${parsed.timestamp}.`), body)
  if (!(await verifyHmacSha256(secrets, signed, parsed.signatures))) return fail('mismatch')
  return withinWindow(parsed.timestamp * 1000, now) ? ok : fail('expired')
}
