import type { Context, MiddlewareHandler } from 'hono'
import { costOfBytes, type ApiKeys, type Identity, type RateLimiter, type RateLimitOutcome } from '../access/index.js'
import { RateMeter } from '../access/rate-meter.js'
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
    // The webhooks have their own access; GET /v1 only points to the documentation.
    if (c.req.path.startsWith('/v1/webhooks/') || c.req.path === '/v1') return next()
    const identity: Identity | undefined = keys.size > 0 ? await keys.identify(c.req.header('authorization')) : undefined
    if (identity?.ok) c.set('keyId', identity.keyId)
    // The client's address only when a limiter counts it (on Node, reading it costs a lookup per request).
    if (limiter) await limit(c, limiter, identity?.ok ? `key:${identity.keyId}` : `client:${clientKey(c)}`)
    if (identity && !identity.ok) throw unauthorized(identity.reason)
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
    if (limiter) await limit(c, limiter, `webhook:${known ? name : '?'}:${clientKey(c)}`)
    await next()
  }
}

/**
 * Counts the request; the meter stays on the context for the RateLimit fields, for a batch's
 * documents and, once the body is read, for its further 64 KiB units (`chargeBody`).
 */
async function limit(c: Context<AppEnv>, limiter: RateLimiter, key: string): Promise<void> {
  const meter = new RateMeter(limiter, key)
  c.set('rateMeter', meter)
  c.set('chargeBody', async (bytes) => {
    const extra = costOfBytes(bytes) - 1
    if (extra > 0) refuseUnless(await meter.spend(extra))
  })
  refuseUnless(await meter.spend())
}

function refuseUnless(outcome: RateLimitOutcome): void {
  if (outcome.success) return
  const seconds = Math.max(1, Math.ceil(outcome.retryAfter ?? 1))
  throw new HttpError(429, 'rate_limited', { count: seconds }, { 'retry-after': String(seconds) })
}

/**
 * The RateLimit-Policy and RateLimit fields on every counted response, errors included (the
 * app's onError has made the error's response by the time this goes on).
 */
export function rateLimitHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    const meter = c.get('rateMeter')
    if (!meter) return
    for (const [name, value] of Object.entries(meter.headers())) c.res.headers.set(name, value)
  }
}

function unauthorized(reason: 'missing' | 'scheme' | 'invalid'): HttpError {
  const challenge = reason === 'invalid' ? `${REALM}, error="invalid_token"` : REALM
  return new HttpError(401, 'unauthorized', reason === 'missing' ? {} : { context: reason }, { 'www-authenticate': challenge })
}
