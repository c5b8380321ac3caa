import type { MiddlewareHandler } from 'hono'
import { pickLocale } from '../../i18n/index.js'
import type { AppEnv } from '../env.js'

/** Picks the language of the response's messages from Accept-Language (English by default). */
export function locale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('locale', pickLocale(c.req.header('accept-language')))
    await next()
  }
}
