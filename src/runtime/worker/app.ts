import type { Hono } from 'hono'
import type { Config } from '../../config/index.js'
import { clientBucket, createApp, type AppEnv, type ClientKey, type RateLimiter } from '../../http/index.js'
import { bindingRateLimiter, type RateLimitBinding } from './binding-rate-limiter.js'
import { createService, type Service } from '../service.js'
import { d1GlossaryStore, type D1Like } from '../../store/d1/index.js'
import { serveFromStore } from '../glossary-store.js'
import { workerRegistry } from '../../translate/providers/index.js'
import type { AiBinding } from '../../translate/provider.js'
import { translatorFromEnv } from '../../translate/registry.js'
import { D1IdempotencyStore, IDEMPOTENCY_DB_BINDING, isD1Binding } from './d1-idempotency-store.js'

/** The name of the rate-limiting binding in wrangler.toml (`[[ratelimits]]`). */
export const RATE_LIMIT_BINDING = 'RATE_LIMITER'

/** The name of the D1 binding of the glossary store (`[[d1_databases]]`); without it, glossaries are read-only. */
export const GLOSSARY_DB_BINDING = 'GLOSSARY_DB'

/** The rate-limiting binding supports these periods only (seconds). */
const BINDING_PERIODS = [10, 60]

/**
 * The app as the Workers runtime serves it, from the Worker's bindings: `[vars]` and secrets
 * (the string ones) are the configuration, as process.env is on Node; the `RATE_LIMITER`
 * binding counts requests; clients are told apart by `CF-Connecting-IP`, which Cloudflare sets
 * (a client cannot choose it). Throws, so the Worker does not start, on a configuration error.
 */
export function createWorkerApp(bindings: Readonly<Record<string, unknown>>): { app: Hono<AppEnv>; service: Service } {
  const service = createService(stringBindings(bindings))
  const { config, copydesk, integrations } = service
  const rateLimiter = workerRateLimiter(config, bindings[RATE_LIMIT_BINDING])
  // The store is read on the first request (D1 is I/O, which a Worker does only in a request),
  // then again when the versions served are older than GLOSSARY_REFRESH_MS.
  const d1 = bindings[GLOSSARY_DB_BINDING]
  const glossaryStore = isD1(d1) ? serveFromStore(config, copydesk, d1GlossaryStore(d1)) : undefined
  const served = glossaryStore?.copydesk ?? copydesk
  // Workers AI through the AI binding ([ai] in wrangler.toml); Apertium only where APERTIUM_URL is set.
  const ai = isAiBinding(bindings[AI_BINDING]) ? bindings[AI_BINDING] : undefined
  const { translator } = translatorFromEnv(stringBindings(bindings), served, { registry: workerRegistry, apertiumUrl: undefined, ai })
  // Webhook answers in D1 when the binding exists (shared by every isolate), else per isolate.
  const database = bindings[IDEMPOTENCY_DB_BINDING]
  const store = isD1Binding(database) ? new D1IdempotencyStore(database) : undefined
  const app = createApp({
    copydesk: served,
    ...(glossaryStore ? { glossaryStore } : {}),
    config,
    ...(rateLimiter ? { rateLimiter } : {}),
    clientKey: connectingIp,
    webhooks: { integrations, ...(store ? { store } : {}) },
    translator,
  })
  return { app, service }
}

/** The name of the Workers AI binding in wrangler.toml (`[ai]`). */
export const AI_BINDING = 'AI'

function isAiBinding(value: unknown): value is AiBinding {
  return typeof value === 'object' && value !== null && typeof (value as { run?: unknown }).run === 'function'
}

const connectingIp: ClientKey = (c) => clientBucket(c.req.header('cf-connecting-ip'))

function workerRateLimiter(config: Config, binding: unknown): RateLimiter | undefined {
  if (config.rateLimit === 0) return undefined
  if (!isRateLimitBinding(binding)) {
    throw new Error(
      `RATE_LIMIT is ${config.rateLimit} but the Worker has no ${RATE_LIMIT_BINDING} binding ([[ratelimits]] in wrangler.toml); set RATE_LIMIT to "0" to run without a limit`,
    )
  }
  if (!BINDING_PERIODS.includes(config.rateLimitPeriod)) {
    throw new Error(`RATE_LIMIT_PERIOD must be 10 or 60 on Workers (the periods of the rate-limiting binding), got "${config.rateLimitPeriod}"`)
  }
  return bindingRateLimiter(binding, config.rateLimit, config.rateLimitPeriod)
}

function isD1(value: unknown): value is D1Like {
  return typeof value === 'object' && value !== null && typeof (value as { prepare?: unknown }).prepare === 'function' && typeof (value as { batch?: unknown }).batch === 'function'
}

function isRateLimitBinding(value: unknown): value is RateLimitBinding {
  return typeof value === 'object' && value !== null && typeof (value as { limit?: unknown }).limit === 'function'
}

/** The bindings that are text: `[vars]` and secrets (not the rate limiter, KV namespaces…). */
function stringBindings(bindings: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(bindings).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}
