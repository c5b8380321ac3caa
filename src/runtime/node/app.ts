import type { Hono } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Config } from '../../config/index.js'
import type { Copydesk, NormalizeOffThread } from '../../core/api.js'
import type { LiveGlossaries } from '../../store/live.js'
import { clientBucket, createApp, type AppEnv, type ClientKey, type Log, type NormalizeRunner } from '../../http/index.js'
import type { IdempotencyStore, Integration } from '../../webhooks/index.js'
import { MemoryRateLimiter } from './memory-rate-limiter.js'
import type { Translator } from '../../translate/translate.js'

export interface NodeAppDeps {
  copydesk: Copydesk
  /** The glossary store (GLOSSARY_DB); then `copydesk` is its `copydesk`. */
  glossaryStore?: LiveGlossaries
  integrations?: readonly Integration[]
  /** Request log sink. Default: console.log. */
  log?: Log
  /** For webhook write-back. Default: the global fetch. */
  fetch?: typeof fetch
  /** Machine translation (src/translate). Default: none. */
  translator?: Translator
  /** Where webhook answers are kept for replays. Default: in this process's memory. */
  store?: IdempotencyStore
  /** Runs normalizations (startNodeServer: large texts on a worker-thread pool). Default: on the main thread. */
  runNormalize?: NormalizeRunner
  /** The same for webhook deliveries (startNodeServer: the same pool). Default: on the main thread. */
  normalizeOffThread?: NormalizeOffThread
}

/**
 * The app as the Node runtime serves it: rate limited in process memory (RATE_LIMIT requests
 * per RATE_LIMIT_PERIOD seconds, per API key or client), clients told apart by the address of
 * the socket (@hono/node-server's getConnInfo).
 */
export function createNodeApp(config: Config, deps: NodeAppDeps): Hono<AppEnv> {
  return createApp({
    copydesk: deps.copydesk,
    ...(deps.glossaryStore ? { glossaryStore: deps.glossaryStore } : {}),
    config,
    ...(deps.log ? { log: deps.log } : {}),
    ...(deps.runNormalize ? { runNormalize: deps.runNormalize } : {}),
    ...(deps.normalizeOffThread ? { normalizeOffThread: deps.normalizeOffThread } : {}),
    ...(config.rateLimit > 0 ? { rateLimiter: new MemoryRateLimiter({ limit: config.rateLimit, periodSeconds: config.rateLimitPeriod }) } : {}),
    clientKey: socketAddress,
    webhooks: { integrations: deps.integrations ?? [], ...(deps.fetch ? { fetch: deps.fetch } : {}), ...(deps.store ? { store: deps.store } : {}) },
    ...(deps.translator ? { translator: deps.translator } : {}),
  })
}

/**
 * The peer address of the connection. Behind a reverse proxy that is the proxy's: every client
 * then shares one budget (X-Forwarded-For is not trusted: any client can send it).
 */
const socketAddress: ClientKey = (c) => {
  try {
    return clientBucket(getConnInfo(c).remote.address)
  } catch {
    return clientBucket(undefined) // app.request without a Node request (tests)
  }
}
