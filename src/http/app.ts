import { Hono } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import type { Config } from '../config/index.js'
import { defaultConfig } from '../config/index.js'
import type { Copydesk, NormalizeOffThread } from '../core/api.js'
import type { LiveGlossaries } from '../store/live.js'
import { apiKeys, type RateLimiter } from './access/index.js'
import type { AppEnv } from './env.js'
import { errorResponse } from './error-response.js'
import { glossaryCatalog } from './glossary-catalog.js'
import { HttpError } from './http-error.js'
import packageJson from '../../package.json' with { type: 'json' }
import { apiAccess, cors, errorsOnly, locale, rateLimitHeaders, requestId, requestLog, secureHeaders, webhookAccess, type ClientKey, type Log } from './middleware/index.js'
import { glossaryStoreRoutes } from './routes/glossary-store/index.js'
import { detectRoute, exportGlossaryRoute, getGlossaryRoute, healthRoute, listGlossariesRoute, normalizeBatchRoute, normalizeRoute, referenceRoutes, translateProvidersRoute, translateRoute, webhookRoute, type NormalizeRunner } from './routes/index.js'
import { maxBatchDocuments } from './schemas/index.js'
import type { Translator } from '../translate/translate.js'
import { webhookDeps, type WebhookOptions } from './webhook-deps.js'
import { editorPage } from '../web/page.js'

export interface AppOptions {
  /** The core; with a glossary store, its `copydesk` (the active versions). */
  copydesk: Copydesk
  /** Versioned glossaries that admin keys change at run time. Default: none, glossaries are read-only. */
  glossaryStore?: LiveGlossaries
  /**
   * Defaults: a body limit of 1 MiB, the copydesk's default glossary, no API keys (open), no
   * admin keys, no CORS origins. The rate limit itself is the `rateLimiter`'s.
   */
  config?: Partial<Pick<Config, 'bodyLimit' | 'defaultGlossary' | 'apiKeys' | 'adminApiKeys' | 'corsOrigins' | 'maxChanges' | 'maxResponseBytes' | 'idempotencyClaimSeconds'>>
  /** Runs normalizations (Node: large texts on a worker-thread pool). Default: on the request's thread. */
  runNormalize?: NormalizeRunner
  /** Normalizes for webhooks (Node: large values on the worker-thread pool). Default: on the request's thread. */
  normalizeOffThread?: NormalizeOffThread
  /** Receives one JSON line per request. Default: console.log. */
  log?: Log
  /** Counts requests per API key or client (see docs/configuration.md, "Access and limits"). Default: no limit. */
  rateLimiter?: RateLimiter
  /** The client of a request, for rate limits without an API key: the runtime's client address. Default: one "unknown" client. */
  clientKey?: ClientKey
  /** The CMS webhook integrations. Default: none. */
  webhooks?: WebhookOptions
  /** Machine translation (POST /v1/translate). Default: none, the route answers 503. */
  translator?: Translator
}

/** The Copydesk HTTP API as a Hono app, the same for Node and Workers. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { copydesk, rateLimiter: limiter, glossaryStore: live } = options
  const adminKeys = options.config?.adminApiKeys ?? defaultConfig.adminApiKeys
  const bodyLimit = options.config?.bodyLimit ?? defaultConfig.bodyLimit
  const defaultGlossary = options.config?.defaultGlossary ?? copydesk.defaultGlossary
  const log = options.log ?? ((line: string) => console.log(line))
  const clientKey = options.clientKey ?? (() => 'unknown')
  const integrations = options.webhooks?.integrations ?? []
  const catalog = glossaryCatalog(copydesk)
  if (!catalog.get(defaultGlossary)) {
    throw new Error(`Default glossary ${JSON.stringify(defaultGlossary)} is not loaded; loaded: ${catalog.ids.join(', ')}`)
  }

  const app = new Hono<AppEnv>()
  app.use(requestId())
  app.use(requestLog(log))
  app.use(secureHeaders())
  app.use(cors(options.config?.corsOrigins ?? defaultConfig.corsOrigins))
  app.use(locale())
  app.use(errorsOnly())
  app.use(rateLimitHeaders())
  app.use('/v1/webhooks/:integration', webhookAccess({ limiter, clientKey, integrations: new Set(integrations.map((i) => i.name)) }))
  // With API keys, an admin key is accepted wherever an API key is; without, the API stays open
  // (admin keys alone lock only the glossary-management routes, which take nothing else).
  const keys = options.config?.apiKeys ?? defaultConfig.apiKeys
  app.use('/v1/*', apiAccess({ keys: apiKeys(keys.length > 0 ? [...keys, ...adminKeys] : []), limiter, clientKey }))
  // With a store, the active versions are read again when older than GLOSSARY_REFRESH_MS. A
  // store that cannot be read leaves the versions served as they were: it is logged, not fatal.
  if (live) app.use(async (c, next) => {
    await live.refresh().catch((error: unknown) => log(JSON.stringify({ event: 'glossary-store-unreadable', requestId: c.get('requestId'), error: String(error) })))
    await next()
  })
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

  // Each route is described in src/http/openapi/ (routeDocs): test/http/openapi.test.ts checks it.
  const reference = referenceRoutes({ version: packageJson.version, bodyLimit, maxBatchDocuments })
  app.get('/', editorPage())
  app.get('/healthz', healthRoute(catalog))
  app.get('/openapi.json', reference.openApi)
  app.get('/docs', reference.page)
  app.get('/docs/reference.css', reference.style)
  app.get('/v1', reference.links)
  // One set of limits for a document, alone or in a batch.
  const normalizeOptions = {
    copydesk,
    catalog,
    defaultGlossary,
    bodyLimit,
    maxChanges: options.config?.maxChanges ?? defaultConfig.maxChanges,
    maxResponseBytes: options.config?.maxResponseBytes ?? defaultConfig.maxResponseBytes,
    ...(options.runNormalize ? { runNormalize: options.runNormalize } : {}),
  }
  app.post('/v1/normalize', normalizeRoute(normalizeOptions))
  app.post('/v1/normalize/batch', normalizeBatchRoute(normalizeOptions))
  app.post('/v1/detect', detectRoute({ copydesk, bodyLimit }))
  app.post('/v1/translate', translateRoute({ translator: options.translator, catalog, defaultGlossary, bodyLimit, maxChanges: normalizeOptions.maxChanges, maxResponseBytes: normalizeOptions.maxResponseBytes }))
  app.get('/v1/translate/providers', translateProvidersRoute(options.translator))
  app.get('/v1/glossaries', listGlossariesRoute(catalog))
  app.get('/v1/glossaries/:id', getGlossaryRoute(catalog))
  app.get('/v1/glossaries/:id/export', exportGlossaryRoute(copydesk))
  app.route('/v1/glossaries', glossaryStoreRoutes({ live, adminKeys: apiKeys(adminKeys), bodyLimit }))
  app.post('/v1/webhooks/:integration', webhookRoute({ integrations, deps: webhookDeps(copydesk, defaultGlossary, { claimTtlSeconds: options.config?.idempotencyClaimSeconds, maxChanges: normalizeOptions.maxChanges, ...(options.normalizeOffThread ? { normalize: options.normalizeOffThread } : {}), ...(options.webhooks ?? { integrations }) }, options.translator), bodyLimit }))

  app.notFound((c) => errorResponse(new HttpError(404, 'not_found', { method: c.req.method, path: c.req.path.slice(0, 200) }), c))
  app.onError(errorResponse)
  return app
}
