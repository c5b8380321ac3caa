import type { Context, MiddlewareHandler } from 'hono'
import { costOfBytes, type ApiKeys, type Identity, type RateLimiter } from '../access/index.js'
import type { AppEnv } from '../env.js'
import { HttpError } from '../http-error.js'

/** Identifies the client of a request when no API key does: its address, bucketed (see `clientBucket`). */
export type ClientKey = (c: Context<AppEnv>) => string

export interface AccessOptions {
  keys: ApiKeys
  /** None: no limit. */
  limiter: RateLimiter | undefined
  clientKey: ClientKey
}

const REALM = 'Bearer realm="copydesk"'

/**
 * The API routes (`/v1/*` but the webhooks): counted against the rate limit by API key (its id)
 * when a valid one is sent, else by client, so failed attempts are limited too; then, when keys
 * are configured, refused with 401 `unauthorized` unless a valid key was sent.
 */
export function apiAccess({ keys, limiter, clientKey }: AccessOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.path.startsWith('/v1/webhooks/')) return next()
    const identity: Identity | undefined = keys.size > 0 ? await keys.identify(c.req.header('authorization')) : undefined
    if (identity?.ok) c.set('keyId', identity.keyId)
    const key = identity?.ok ? `key:${identity.keyId}` : `client:${clientKey(c)}`
    await limit(limiter, key)
    if (identity && !identity.ok) throw unauthorized(identity.reason)
    chargeBodies(c, limiter, key)
    await next()
  }
}

export interface WebhookAccessOptions {
  limiter: RateLimiter | undefined
  clientKey: ClientKey
  /** The configured integration names: deliveries to any other name share one budget per client. */
  integrations: ReadonlySet<string>
}

/**
 * `/v1/webhooks/:integration`: no API key (the provider's signature, checked by the route, is
 * the proof), but rate limited per integration and client.
 */
export function webhookAccess({ limiter, clientKey, integrations }: WebhookAccessOptions): MiddlewareHandler<AppEnv, '/v1/webhooks/:integration'> {
  return async (c, next) => {
    const name = c.req.param('integration')
    const known = integrations.has(name)
    if (known) c.set('integration', name)
    const key = `webhook:${known ? name : '?'}:${clientKey(c)}`
    await limit(limiter, key)
    chargeBodies(c, limiter, key)
    await next()
  }
}

/** Once the body is read, its further 64 KiB units are charged to the same key (`chargeBody`). */
function chargeBodies(c: Context<AppEnv>, limiter: RateLimiter | undefined, key: string): void {
  if (!limiter) return
  c.set('chargeBody', async (bytes) => {
    const extra = costOfBytes(bytes) - 1
    if (extra > 0) await limit(limiter, key, extra)
  })
}

async function limit(limiter: RateLimiter | undefined, key: string, cost = 1): Promise<void> {
  if (!limiter) return
  const outcome = await limiter.limit(key, cost)
  if (outcome.success) return
  const seconds = Math.max(1, Math.ceil(outcome.retryAfter ?? 1))
  throw new HttpError(429, 'rate_limited', { count: seconds }, { 'retry-after': String(seconds) })
}

function unauthorized(reason: 'missing' | 'scheme' | 'invalid'): HttpError {
  const challenge = reason === 'invalid' ? `${REALM}, error="invalid_token"` : REALM
  return new HttpError(401, 'unauthorized', reason === 'missing' ? {} : { context: reason }, { 'www-authenticate': challenge })
}
