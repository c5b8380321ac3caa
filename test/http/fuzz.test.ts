import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { glossaries } from '../../src/generated/glossaries.js'
import { createApp } from '../../src/http/index.js'
import { parseIntegrations } from '../../src/webhooks/index.js'
import { lockedIntegrations, lockedEnv, LOCKED } from './support/locked-env.js'
import { signGeneric } from './support/sign.js'

/**
 * Random methods, paths, bodies, headers and content types at every route of an app configured
 * with everything (API keys, CORS, the four webhook providers): the answer is always 2xx or
 * 4xx, never 5xx; a 4xx always has a JSON body with `error.code`, `error.message` and
 * `error.retryable`; nothing throws. Runs in both runtimes (it builds its own app).
 */
const env = lockedEnv()
const key = LOCKED.keys.auth
const app = createApp({
  copydesk: createCopydesk({ glossaries }),
  config: { apiKeys: Object.values(LOCKED.keys), corsOrigins: [LOCKED.origin], bodyLimit: 64 * 1024 },
  webhooks: { integrations: parseIntegrations(lockedIntegrations, env) },
  log: () => {},
})

const routes = [
  ['GET', '/'],
  ['GET', '/healthz'],
  ['POST', '/v1/normalize'],
  ['POST', '/v1/detect'],
  ['GET', '/v1/glossaries'],
  ['GET', '/v1/glossaries/news'],
  ['POST', '/v1/webhooks/wire'],
  ['POST', '/v1/webhooks/contentful-main'],
  ['POST', '/v1/webhooks/sanity-news'],
  ['POST', '/v1/webhooks/strapi-blog'],
] as const

const segment = fc.string({ maxLength: 12 }).map(encodeURIComponent)
const path = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...routes.map(([, p]) => p)) },
  fc.tuple(fc.constantFrom(...routes.map(([, p]) => p)), segment).map(([p, s]) => `${p}/${s}`),
  fc.tuple(fc.constantFrom('/v1/glossaries/', '/v1/webhooks/', '/v1/', '/'), segment).map(([p, s]) => `${p}${s}`),
  fc.tuple(fc.constantFrom(...routes.map(([, p]) => p)), segment).map(([p, s]) => `${p}?q=${s}`),
)
const method = fc.oneof({ weight: 3, arbitrary: fc.constant('ROUTE') }, fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'))

const deep = (n: number) => fc.constantFrom(`${'['.repeat(n)}${']'.repeat(n)}`, `{"text":"Kiev","x":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`, '['.repeat(n), `{"id":"x","fields":{"headline":${'['.repeat(n)}}}`)
const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.record({ text: fc.jsonValue({ maxDepth: 2 }), language: fc.constantFrom('auto', 'en', 'es', 'xx', 42), format: fc.constantFrom('text', 'html', 'markdown', 'pdf'), locale: fc.constantFrom('de', 'uk', 'zz', '') }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ id: fc.jsonValue({ maxDepth: 1 }), locale: fc.constantFrom('en-US', 'es-ES', 'fr', ''), fields: fc.dictionary(fc.constantFrom('headline', 'body', 'title', 'x'), fc.jsonValue({ maxDepth: 3 })) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
)
const body = fc.oneof(
  fc.constant(undefined),
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ maxLength: 200 }),
  { weight: 3, arbitrary: jsonish },
  deep(3000),
)

const printable = fc.stringMatching(/^[\x20-\x7e]{0,60}$/)
const headerName = fc.oneof(
  fc.constantFrom('accept-language', 'origin', 'x-request-id', 'copydesk-signature', 'idempotency-key', 'x-contentful-topic', 'x-contentful-signature', 'x-contentful-timestamp', 'x-contentful-signed-headers', 'sanity-webhook-signature', 'sanity-operation', 'x-strapi-event', 'access-control-request-method'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
)
const headers = fc.dictionary(headerName, printable, { maxKeys: 5 })
const authorization = fc.oneof(fc.constant(undefined), { weight: 4, arbitrary: fc.constant(`Bearer ${key}`) }, printable, printable.map((s) => `Bearer ${s}`))
const contentType = fc.oneof(
  fc.constant(undefined),
  { weight: 4, arbitrary: fc.constant('application/json') },
  fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'application/vnd.contentful.management.v1+json', 'text/plain', 'multipart/form-data; boundary=x', ''),
  printable,
)

const request = fc.record({ method, path, body, headers, authorization, contentType, signed: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)) })

describe('fuzz: every route', () => {
  it('answers 2xx or 4xx with a JSON error, never 5xx, never a throw', async () => {
    const seen = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const route = routes.find(([, p]) => r.path.split('?')[0] === p)
        const verb = r.method === 'ROUTE' ? (route?.[0] ?? 'GET') : r.method
        const sent: Record<string, string> = { ...r.headers }
        if (r.authorization !== undefined) sent.authorization = r.authorization
        if (r.contentType !== undefined) sent['content-type'] = r.contentType
        const init: RequestInit = { method: verb, headers: sent }
        if (verb !== 'GET' && verb !== 'HEAD' && r.body !== undefined) {
          init.body = r.body
          // A valid signature now and then, so that random payloads get past it to the parsers and the core.
          if (r.signed && r.path === '/v1/webhooks/wire' && typeof r.body === 'string') sent['copydesk-signature'] = await signGeneric(r.body, LOCKED.secrets.wire)
        }
        const res = await app.request(r.path, init)
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1)
        expect(res.status, `${verb} ${r.path}`).toBeLessThan(500)
        expect(res.status).toBeGreaterThanOrEqual(200)
        expect(res.headers.get('x-request-id')).toBeTruthy()
        const text = await res.text()
        if (res.status >= 400 && verb !== 'HEAD') {
          const parsed = JSON.parse(text) as { error: { code: unknown; message: unknown; retryable: unknown } }
          expect(typeof parsed.error.code).toBe('string')
          expect(typeof parsed.error.message).toBe('string')
          expect(parsed.error.retryable).toBe(false)
        } else if (res.status === 200 && verb !== 'HEAD') {
          // Every route answers JSON but the editor's page (GET /), which is HTML. The path as
          // a URL parser resolves it: "/." and "/a/.." are "/" (https://url.spec.whatwg.org/#double-dot-path-segment).
          if (res.headers.get('content-type') === 'text/html; charset=utf-8') expect(new URL(r.path, 'http://localhost').pathname).toBe('/')
          else JSON.parse(text)
        }
      }),
      { numRuns: 400 },
    )
    // The requests reached the routes, not only the guards.
    expect(seen.get(200)).toBeGreaterThan(0)
    expect([...seen.keys()].filter((status) => status !== 401).length).toBeGreaterThan(3)
  }, 60_000)
})
