/**
 * Whether sending the same request again can succeed: after a 429 (later) or a 5xx; never after
 * another 4xx. The one rule for every error answer, the API's (src/http/error-response.ts) and
 * the webhooks' (src/webhooks/errors.ts), so that `retryable` and the status never disagree.
 */
export function isRetryable(status: number): boolean {
  return status === 429 || status >= 500
}
