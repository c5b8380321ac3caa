import { HTTPException } from 'hono/http-exception'
import type { MessageParams } from '../i18n/index.js'

export { isRetryable } from './retryable.js'

/** Stable error codes of the HTTP API; each has a message `error.<code>` in every locale. */
export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'invalid_field'
  | 'unknown_glossary'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unsupported_language'
  | 'unauthorized'
  | 'rate_limited'
  | 'request_failed'
  | 'too_many_changes'
  | 'response_too_large'
  | 'bad_request'
  | 'request_timeout'
  | 'headers_too_large'
  | 'internal_error'
  | 'forbidden'
  | 'read_only'
  | 'invalid_document'
  | 'invalid_glossary'
  | 'unknown_version'
  | 'unsupported_pair'
  | 'provider_not_configured'
  | 'provider_unavailable'
  | 'provider_timeout'
  | 'provider_bad_answer'

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 408 | 413 | 415 | 422 | 429 | 431 | 500 | 502 | 503 | 504

/**
 * An expected failure of a request: Hono's `HTTPException` with a stable code and the
 * parameters of its message. Handlers throw it; `app.onError` renders
 * `{"error": {"code", "message", "retryable"}}` with the message from `error.<code>` and `params`.
 */
export class HttpError extends HTTPException {
  override readonly name = 'HttpError'
  declare readonly status: ErrorStatus

  constructor(
    status: ErrorStatus,
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly headers: Readonly<Record<string, string>> = {},
    /** Data beside code, message and retryable in the error body, e.g. the `issues` of a glossary. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(status, { message: code })
  }
}
