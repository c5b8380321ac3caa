import type { MiddlewareHandler } from 'hono'
import { requestId as assignRequestId } from 'hono/request-id'
import type { AppEnv } from '../env.js'

/** The header that carries the request id, in and out. */
export const REQUEST_ID_HEADER = 'X-Request-Id'

/**
 * Gives every request an id (`c.get('requestId')`, in the request log) and every response the
 * header: the X-Request-Id received when it is well-formed (at most 128 letters, digits, "_",
 * "-" or "="), so that a caller's id follows the request, else a new UUID. The header is set
 * again once the response exists, whichever middleware or handler built it.
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  const assign = assignRequestId({ headerName: REQUEST_ID_HEADER, limitLength: 128 })
  return async (c, next) => {
    await assign(c, next)
    // On the response's own headers: `c.header` after the handler would rebuild the response
    // from its body stream, which makes every answer stream through a web ReadableStream.
    c.res.headers.set(REQUEST_ID_HEADER, c.get('requestId'))
  }
}
