import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { defaultLocale, t } from '../i18n/index.js'
import type { AppEnv } from './env.js'
import { HttpError, isRetryable, type ErrorCode } from './http-error.js'
import { jsonResponse } from './json-response.js'
import { localeHeaders } from './middleware/locale.js'

const internalError = new HttpError(500, 'internal_error')

/**
 * The code of an `HTTPException` thrown by something else than our handlers (a Hono
 * middleware such as `bodyLimit`), by its status. Its message has no parameters.
 */
const codeOfStatus: Readonly<Record<number, ErrorCode>> = {
  401: 'unauthorized',
  404: 'not_found',
  413: 'payload_too_large',
  429: 'rate_limited',
}

/**
 * The only place errors thrown by the app become responses: `{"error": {"code", "message",
 * "retryable"}}`, the message in the request's locale (Content-Language says which). Webhook
 * answers have the same shape (src/http/routes/webhook.ts). Any `HTTPException` keeps its
 * status (a Hono middleware's too); anything else thrown is a 500.
 */
export function errorResponse(error: unknown, c: Context<AppEnv>): Response {
  const { status, code, params, headers, details } = asHttpError(error, c)
  const locale = c.get('locale') ?? defaultLocale
  const message = t(locale, `error.${code}`, params)
  return jsonResponse({ error: { code, message, retryable: isRetryable(status), ...details } }, status, { ...localeHeaders(locale), ...headers })
}

interface Failure {
  status: number
  code: ErrorCode
  params: HttpError['params']
  headers: Readonly<Record<string, string>>
  details?: Readonly<Record<string, unknown>>
}

function asHttpError(error: unknown, c: Context<AppEnv>): Failure {
  if (error instanceof HttpError) return error
  if (error instanceof HTTPException && error.status >= 400) {
    const { status } = error
    const code = codeOfStatus[status] ?? (status >= 500 ? 'internal_error' : 'request_failed')
    return { status, code, params: { method: c.req.method, path: c.req.path.slice(0, 200), status }, headers: headersOf(error.res) }
  }
  c.set('error', error)
  return internalError
}

/** The headers a middleware put on its own response (`WWW-Authenticate`, `Retry-After`), not its body's. */
function headersOf(res: Response | undefined): Record<string, string> {
  const headers: Record<string, string> = {}
  res?.headers.forEach((value, name) => {
    if (name !== 'content-type' && name !== 'content-length') headers[name] = value
  })
  return headers
}
