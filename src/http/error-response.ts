import type { Context } from 'hono'
import { defaultLocale, t } from '../i18n/index.js'
import type { AppEnv } from './env.js'
import { HttpError } from './http-error.js'
import { jsonResponse } from './json-response.js'

const internalError = new HttpError(500, 'internal_error')

/** The only place errors become responses: `{"error": {"code", "message"}}`. */
export function errorResponse(error: unknown, c: Context<AppEnv>): Response {
  let httpError: HttpError
  if (error instanceof HttpError) {
    httpError = error
  } else {
    c.set('error', error)
    httpError = internalError
  }
  const { status, code, params, headers } = httpError
  const message = t(c.get('locale') ?? defaultLocale, `error.${code}`, params)
  return jsonResponse({ error: { code, message } }, status, headers)
}
