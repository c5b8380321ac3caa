import { Hono } from 'hono'
import type { AppEnv } from './env.js'
import { errorResponse } from './error-response.js'
import { HttpError } from './http-error.js'
import { secureHeaders } from './middleware/index.js'

/** The answers a server gives before a request reaches the app: malformed HTTP, too slow, headers too large. */
export const protocolErrors = { 400: 'bad_request', 408: 'request_timeout', 431: 'headers_too_large' } as const

export type ProtocolErrorStatus = keyof typeof protocolErrors

/**
 * The response for a protocol error, made by the same `onError` and security headers as every
 * other error, so it cannot drift from them. No request was parsed, so the message is in the
 * default locale. A runtime serves it where its server lets it (Node's `clientError`).
 */
export async function protocolErrorResponse(status: ProtocolErrorStatus): Promise<Response> {
  const app = new Hono<AppEnv>()
  app.use(secureHeaders())
  app.all('*', () => {
    throw new HttpError(status, protocolErrors[status])
  })
  app.onError(errorResponse)
  return app.request('/')
}
