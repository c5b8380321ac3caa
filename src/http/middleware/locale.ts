import type { MiddlewareHandler } from 'hono'
import { pickLocale, type Locale } from '../../i18n/index.js'
import type { AppEnv } from '../env.js'

/**
 * Picks the language of the response's messages from Accept-Language (English by default).
 * A route that reads a body may then override it with the body's `locale` field; errors
 * raised before that (415, 413, invalid JSON) keep this one.
 */
export function locale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('locale', pickLocale(c.req.header('accept-language')))
    await next()
  }
}

/** Headers of a response whose messages are in `locale`. */
export function localeHeaders(locale: Locale): Readonly<Record<string, string>> {
  return { 'content-language': locale, vary: 'Accept-Language' }
}
