import type { Context } from 'hono'
import { defaultLocale, t } from '../i18n/index.js'
import type { AppEnv } from './env.js'
import { HttpError } from './http-error.js'
import { jsonResponse } from './json-response.js'
import { localeHeaders } from './middleware/locale.js'

const internalError = new HttpError(500, 'internal_error')

/**
 * The only place errors become responses: `{"error": {"code", "message"}}`, the message in
 * the request's locale (Content-Language says which).
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
  return jsonResponse({ error: { code, message } }, status, { ...localeHeaders(locale), ...headers })
}
