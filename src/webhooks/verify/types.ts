import type { HeaderMap } from '../headers.js'

/** Why a delivery was refused. Every reason answers 401 and nothing of the body is processed. */
export type VerifyFailure = 'missing' | 'malformed' | 'mismatch' | 'expired'

export type VerifyResult = { ok: true } | { ok: false; reason: VerifyFailure }

export interface VerifyInput {
  /** Lower-cased names (see `headerMap`). */
  headers: HeaderMap
  /** The body exactly as received: signatures are over these bytes, never over re-encoded JSON. */
  body: Uint8Array
  /** The secrets in force; several during a rotation, any one of them verifies. */
  secrets: readonly string[]
  /** Milliseconds since the epoch. */
  now: number
  /** Only Contentful signs the request line: its method and path (with the query, if any). */
  method: string
  path: string
}

export type Verifier = (input: VerifyInput) => Promise<VerifyResult>

export const ok: VerifyResult = { ok: true }

export function fail(reason: VerifyFailure): VerifyResult {
  return { ok: false, reason }
}
