import { isRetryable } from '../http/retryable.js'
import type { WebhookMessage } from './messages.js'
import type { DeliveryResult, ErrorCode } from './types.js'

/**
 * Error answers. `retryable` follows from the status alone, so the two can never disagree:
 * 429 and 5xx (the CMS was unreachable, slow or rate-limited us) may succeed later; any other
 * 4xx will fail the same way every time.
 */
export function errorResult(status: number, code: ErrorCode, message: WebhookMessage, extra: { details?: Record<string, unknown>; headers?: Record<string, string> } = {}): DeliveryResult {
  const error = { code, message, retryable: isRetryable(status), ...(extra.details ? { details: extra.details } : {}) }
  return { status, body: { error }, ...(extra.headers ? { headers: extra.headers } : {}) }
}

export function isError(result: DeliveryResult): boolean {
  return 'error' in result.body
}
