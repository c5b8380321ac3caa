import { isRetryable } from '../http/retryable.js'
import type { WebhookMessage } from './messages.js'
import type { DeliveryResult, ErrorCode } from './types.js'

/**
 * The one 4xx that a retry resolves: the IETF Idempotency-Key draft's 409 for a key whose first
 * request is still being processed (https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/,
 * "Error Scenarios"). Sent again later, the delivery gets the answer its first processing stored.
 */
const RETRYABLE_CONFLICTS: ReadonlySet<ErrorCode> = new Set(['delivery_in_progress'])

/**
 * Error answers. `retryable` follows from the status (and the code above), so the two can never
 * disagree: 429 and 5xx (the CMS was unreachable, slow or rate-limited us) may succeed later, and
 * so may a delivery in progress elsewhere; any other 4xx will fail the same way every time.
 */
export function errorResult(status: number, code: ErrorCode, message: WebhookMessage, extra: { details?: Record<string, unknown>; headers?: Record<string, string> } = {}): DeliveryResult {
  const error = { code, message, retryable: isRetryable(status) || RETRYABLE_CONFLICTS.has(code), ...(extra.details ? { details: extra.details } : {}) }
  return { status, body: { error }, ...(extra.headers ? { headers: extra.headers } : {}) }
}

export function isError(result: DeliveryResult): boolean {
  return 'error' in result.body
}

/** Whether the same delivery sent again could get another answer: such answers are not kept for replays. */
export function isRetryableResult(result: DeliveryResult): boolean {
  return 'error' in result.body ? result.body.error.retryable : isRetryable(result.status)
}
