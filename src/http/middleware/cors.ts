import type { MiddlewareHandler } from 'hono'
import { cors as honoCors } from 'hono/cors'
import type { AppEnv } from '../env.js'
import { REQUEST_ID_HEADER } from './request-id.js'

/** What a page of an allowed origin may send and read. */
const ALLOW_METHODS = ['GET', 'HEAD', 'POST']
const ALLOW_HEADERS = ['Authorization', 'Content-Type', 'Accept-Language', REQUEST_ID_HEADER]
const EXPOSE_HEADERS = [REQUEST_ID_HEADER, 'Retry-After', 'Content-Language', 'WWW-Authenticate', 'RateLimit', 'RateLimit-Policy', 'Copydesk-Not-Carried']
const MAX_AGE_SECONDS = 600

/**
 * CORS for the configured origins only (Hono's cors). A request from an allowed origin gets
 * `Access-Control-Allow-Origin`; its preflight (OPTIONS with Access-Control-Request-Method) is
 * answered 204 with the methods and headers above (Authorization and Content-Type included,
 * for the editor page). Any other request, a preflight from another origin included, gets no
 * CORS header and goes on to the routes (a 401 or 405), so a browser keeps that origin out.
 * With a list of origins, every response varies by Origin. No origins: no CORS at all.
 */
export function cors(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  if (origins.length === 0) return (_c, next) => next()
  const any = origins.includes('*')
  const allowed = new Set(origins)
  const handle = honoCors({
    origin: any ? '*' : [...allowed],
    allowMethods: ALLOW_METHODS,
    allowHeaders: ALLOW_HEADERS,
    exposeHeaders: EXPOSE_HEADERS,
    maxAge: MAX_AGE_SECONDS,
  })
  return async (c, next) => {
    const origin = c.req.header('origin')
    const fromAllowedOrigin = origin !== undefined && (any || allowed.has(origin))
    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined
    if (fromAllowedOrigin && (preflight || c.req.method !== 'OPTIONS')) return handle(c, next)
    await next()
    // In place: `c.header` would rebuild the response around its body stream (./in-place.test.ts).
    if (!any) c.res.headers.append('Vary', 'Origin')
  }
}
