import type { MiddlewareHandler } from 'hono'
import { secureHeaders as honoSecureHeaders } from 'hono/secure-headers'
import type { AppEnv } from '../env.js'

/**
 * Security headers on every response (Hono's secureHeaders): no sniffing, no framing, no
 * referrer, HSTS, and a Content-Security-Policy that lets a JSON response load or run nothing
 * even if a browser were made to render it. Cross-origin calls from a browser are governed by
 * CORS (./cors.ts), which these headers do not restrict.
 */
export function secureHeaders(): MiddlewareHandler<AppEnv> {
  const headers = honoSecureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    xFrameOptions: 'DENY',
    // The editor's page (src/web/page.ts) sets a policy of its own, which lets its inlined
    // script and style run by their hashes; every other response gets the one above.
    overwrite: false,
  })
  return async (c, next) => {
    await headers(c, next)
    // A page sets its own policy (c.set('contentSecurityPolicy')), as strict as it can be.
    const own = c.get('contentSecurityPolicy')
    if (own !== undefined) c.res.headers.set('content-security-policy', own)
  }
}
