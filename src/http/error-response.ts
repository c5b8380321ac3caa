import type { Context } from 'hono'
import { defaultLocale, t } from '../i18n/index.js'
import type { AppEnv } from './env.js'
import { HttpError } from './http-error.js'
import { jsonResponse } from './json-response.js'
import { localeHeaders } from './middleware/locale.js'

const internalError = new HttpError(500, 'internal_error')

/**
 * The only place errors thrown by the app become responses: `{"error": {"code", "message",
 * "retryable"}}`, the message in the request's locale (Content-Language says which). Webhook
 * answers have the same shape (src/http/routes/webhook.ts).
 */
export function errorResponse(error: unknown, c: Context<AppEnv>): Response {
  let httpError: HttpError
  if (error instanceof HttpError) {
    httpError = error
  } else {
    c.set('error', error)
    httpError = internalError
  }
  const { status, code, params, headers } = httpError
  const locale = c.get('locale') ?? defaultLocale
  const message = t(locale, `error.${code}`, params)
  return jsonResponse({ error: { code, message, retryable: isRetryable(status) } }, status, { ...localeHeaders(locale), ...headers })
}

/** Whether sending the same request again can succeed: after a 429 (later) or a 5xx; never after another 4xx. */
export function isRetryable(status: number): boolean {
  return status === 429 || status >= 500
}
