import { Hono } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import type { Config } from '../config.js'
import { defaultConfig } from '../config.js'
import type { Copydesk } from '../core/api.js'
import type { AppEnv } from './env.js'
import { errorResponse } from './error-response.js'
import { glossaryCatalog } from './glossary-catalog.js'
import { HttpError } from './http-error.js'
import { errorsOnly, locale, requestLog, type Log } from './middleware/index.js'
import { detectRoute, getGlossaryRoute, healthRoute, listGlossariesRoute, normalizeRoute } from './routes/index.js'

export interface AppOptions {
  copydesk: Copydesk
  /** Only `bodyLimit` and `defaultGlossary` matter here. Defaults: 1 MiB, the copydesk's default glossary. */
  config?: Partial<Pick<Config, 'bodyLimit' | 'defaultGlossary'>>
  /** Receives one JSON line per request. Default: console.log. */
  log?: Log
}

/** The Copydesk HTTP API as a Hono app, the same for Node and Workers. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { copydesk } = options
  const bodyLimit = options.config?.bodyLimit ?? defaultConfig.bodyLimit
  const defaultGlossary = options.config?.defaultGlossary ?? copydesk.defaultGlossary
  const log = options.log ?? ((line: string) => console.log(line))
  const catalog = glossaryCatalog(copydesk)
  if (!catalog.get(defaultGlossary)) {
    throw new Error(`Default glossary ${JSON.stringify(defaultGlossary)} is not loaded; loaded: ${catalog.ids.join(', ')}`)
  }

  const app = new Hono<AppEnv>()
  app.use(requestLog(log))
  app.use(locale())
  app.use(errorsOnly())
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) =>
        errorResponse(
          new HttpError(405, 'method_not_allowed', { method: c.req.method, path: c.req.path.slice(0, 200), allowed }, { allow: allowed.join(', ') }),
          c,
        ),
    }),
  )

  app.get('/healthz', healthRoute(catalog))
  app.post('/v1/normalize', normalizeRoute({ copydesk, catalog, defaultGlossary, bodyLimit }))
  app.post('/v1/detect', detectRoute({ copydesk, bodyLimit }))
  app.get('/v1/glossaries', listGlossariesRoute(catalog))
  app.get('/v1/glossaries/:id', getGlossaryRoute(catalog))

  app.notFound((c) => errorResponse(new HttpError(404, 'not_found', { method: c.req.method, path: c.req.path.slice(0, 200) }), c))
  app.onError(errorResponse)
  return app
}
