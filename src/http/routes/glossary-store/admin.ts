import type { MiddlewareHandler } from 'hono'
import type { ApiKeys } from '../../access/index.js'
import type { AppEnv } from '../../env.js'
import { HttpError } from '../../http-error.js'
import type { LiveGlossaries } from '../../../store/live.js'

/**
 * The glossary-management routes: only with a store (else 403 `read_only`), and only for an
 * admin key (ADMIN_API_KEYS; an ordinary key is 403 `forbidden`). With no admin key
 * configured, nobody can change a glossary: writing house style is never open by default.
 */
export function adminOnly(adminKeys: ApiKeys, live: LiveGlossaries | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!live) throw new HttpError(403, 'read_only')
    if (adminKeys.size === 0) throw new HttpError(403, 'forbidden', { context: 'disabled' })
    const identity = await adminKeys.identify(c.req.header('authorization'))
    if (!identity.ok) throw new HttpError(403, 'forbidden')
    c.set('keyId', identity.keyId)
    await next()
  }
}
