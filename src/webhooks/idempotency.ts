import { sha256, toHex } from './crypto.js'
import { errorResult, isError, isRetryableResult } from './errors.js'
import { message } from './messages.js'
import type { DeliveryResult, FieldSummary, ReportBody, ReportSummary, StoredAnswer } from './types.js'

/**
 * Idempotency of webhook deliveries, after the IETF Idempotency-Key draft
 * (https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/):
 *
 * - an answer is kept under the delivery's id *and* under the fingerprint of its signed body, so
 *   the same delivery resent under a new `Idempotency-Key` is still recognized;
 * - a delivery id already used for another body is refused, 422 (the draft's answer to a key
 *   reused with a different payload), instead of getting the first body's answer;
 * - what is kept is compact: the status and a summary (no values, no changes), at most
 *   `MAX_STORED_ANSWER_BYTES`, so the store is bounded in bytes, not only in entries;
 * - before processing, the delivery is claimed in the store, atomically: a second instance
 *   receiving it meanwhile answers 409 `delivery_in_progress`, retryable (the draft's answer for a
 *   key whose first request is still being processed), and a claim left by a crashed instance
 *   expires after `claimTtlSeconds`.
 */

/** How long a claim holds by default: above a slow delivery (translation, a CMS GET and PUT at their 8 s timeouts). */
export const DEFAULT_CLAIM_TTL_SECONDS = 120

/** `Retry-After` of a 409 `delivery_in_progress`: most deliveries are processed within seconds. */
const IN_PROGRESS_RETRY_AFTER_SECONDS = 5

/** The largest stored answer, in bytes of JSON: beyond it the summary drops its per-field list. */
export const MAX_STORED_ANSWER_BYTES = 16 * 1024

/** Hex SHA-256 of the raw body: what "the same delivery" means. */
export async function fingerprintOf(body: Uint8Array): Promise<string> {
  return toHex(await sha256(body))
}

/** The store keys of a delivery: by its id, and by its body. */
export function storeKeys(integration: string, deliveryId: string, fingerprint: string): { byId: string; byBody: string } {
  return { byId: `${integration}:${deliveryId}`, byBody: `${integration}#${fingerprint}` }
}

export function keyReused(deliveryId: string): DeliveryResult {
  return errorResult(422, 'idempotency_key_reused', message('idempotency-key-reused'), { details: { delivery: deliveryId } })
}

export function inProgress(deliveryId: string): DeliveryResult {
  return errorResult(409, 'delivery_in_progress', message('delivery-in-progress'), { details: { delivery: deliveryId }, headers: { 'retry-after': String(IN_PROGRESS_RETRY_AFTER_SECONDS) } })
}

/** The answer to keep for `result`, or undefined for one a retry could change (429, 5xx, a delivery in progress). */
export function answerToStore(fingerprint: string, result: DeliveryResult): StoredAnswer | undefined {
  if (isRetryableResult(result)) return undefined
  return { fingerprint, result: compact(result) }
}

/** A replayed answer says so (`Idempotent-Replayed: true`); a replayed error is the error. */
export function replayed(answer: StoredAnswer): DeliveryResult {
  const { result } = answer
  return isError(result) ? result : { ...result, headers: { ...result.headers, 'idempotent-replayed': 'true' } }
}

function compact(result: DeliveryResult): DeliveryResult {
  const { body } = result
  if (!('outcome' in body) || body.outcome !== 'normalized' || 'summary' in body) return result
  const summary = summarize(body)
  if (byteLength(summary) <= MAX_STORED_ANSWER_BYTES) return { ...result, body: summary }
  const { fields: _fields, skipped: _skipped, ...counts } = summary
  return { ...result, body: counts }
}

function summarize(body: ReportBody): ReportSummary {
  const { fields, skipped, outcome, ...rest } = body
  const summaries: FieldSummary[] = fields.map(({ field, locale, language, format, changed, changes, changeCount }) => ({ field, locale, language, format, changed, changeCount: changeCount ?? changes.length }))
  return { ...rest, outcome, summary: true, fieldCount: fields.length, fields: summaries, skipped }
}

function byteLength(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).byteLength
}
