import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { handleDelivery, type DeliveryRequest, type DeliveryResult, type Integration } from '../../src/webhooks/index.js'
import { contentfulDelivery, deps, fixture, genericDelivery, integration, sanityDelivery, strapiDelivery, type SignOptions } from './support/deliveries.js'

/**
 * Random bodies, headers and content types at every provider: only 4xx answers for anything
 * unsigned; for signed bodies of any shape, 200 or 4xx; for a CMS answering anything, a status
 * from the documented set with `retryable` matching it. Never a throw.
 */
const SECRET = 'fuzz-secret'

interface Provider {
  name: string
  config: Record<string, unknown>
  sign: (payload: unknown, options: SignOptions) => DeliveryRequest
  fixture: Record<string, unknown>
  /** Paths of the fixture that are replaced by random JSON. */
  paths: string[]
  proofHeaders: string[]
}

const providers: Provider[] = [
  {
    name: 'generic',
    config: { fields: [{ name: 'headline', format: 'text' }, { name: 'body', format: 'html' }] },
    sign: genericDelivery,
    fixture: fixture('generic-story.json'),
    paths: ['id', 'locale', 'fields', 'fields.headline', 'fields.body', 'fields.body.en-US'],
    proofHeaders: ['copydesk-signature', 'idempotency-key'],
  },
  {
    name: 'contentful',
    config: { fields: [{ name: 'title', format: 'text' }, { name: 'body', format: 'rich-text' }], locales: { 'en-US': 'en' } },
    sign: contentfulDelivery,
    fixture: fixture('contentful-entry-save.json'),
    paths: ['sys', 'sys.id', 'sys.type', 'sys.version', 'sys.space', 'sys.space.sys', 'sys.environment', 'fields', 'fields.title', 'fields.title.en-US', 'fields.body.en-US', 'fields.body.en-US.content'],
    proofHeaders: ['x-contentful-signature', 'x-contentful-signed-headers', 'x-contentful-timestamp', 'x-contentful-topic', 'x-contentful-idempotency-key'],
  },
  {
    name: 'sanity',
    config: { fields: [{ name: 'title', format: 'text' }, { name: 'body', format: 'rich-text' }, { name: 'summary', format: 'markdown' }], localeField: 'language' },
    sign: sanityDelivery,
    fixture: fixture('sanity-document.json'),
    paths: ['_id', '_rev', 'language', 'title', 'body', 'summary', 'body.0', 'body.0.children'],
    proofHeaders: ['sanity-webhook-signature', 'sanity-operation', 'idempotency-key', 'sanity-transaction-id'],
  },
  {
    name: 'strapi',
    config: { fields: [{ name: 'title', format: 'text' }, { name: 'lede', format: 'html' }, { name: 'body', format: 'rich-text' }] },
    sign: strapiDelivery,
    fixture: fixture('strapi-entry-update.json'),
    paths: ['event', 'uid', 'model', 'entry', 'entry.documentId', 'entry.updatedAt', 'entry.locale', 'entry.title', 'entry.body', 'entry.body.0.children'],
    proofHeaders: ['authorization', 'x-strapi-event'],
  },
]

const contentType = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'application/vnd.contentful.management.v1+json', 'text/plain', 'multipart/form-data; boundary=x', ''),
  fc.string({ maxLength: 40 }),
)
const body = fc.oneof(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), fc.json({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)))

function headersArbitrary(names: string[]) {
  return fc.dictionary(fc.oneof(fc.constantFrom(...names, 'content-type', 'idempotency-key'), fc.string({ maxLength: 20 })), fc.string({ maxLength: 120 }), { maxKeys: 6 })
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(target)
  const keys = path.split('.')
  let node: unknown = copy
  for (const key of keys.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return copy
    node = (node as Record<string, unknown>)[key]
  }
  if (typeof node === 'object' && node !== null) (node as Record<string, unknown>)[keys.at(-1)!] = value
  return copy
}

function expectWellFormed(result: DeliveryResult): void {
  expect(Number.isInteger(result.status)).toBe(true)
  if ('error' in result.body) expect(result.body.error.retryable).toBe(result.status === 429 || result.status >= 500)
  expect(() => JSON.stringify(result.body)).not.toThrow()
}

describe.each(providers)('fuzz: $name', (provider) => {
  const report = (mode = 'report', extra: Record<string, unknown> = {}): Integration =>
    integration({ name: `fuzz-${provider.name}`, provider: provider.name, secrets: [SECRET], ...provider.config, mode, ...extra })

  it('answers 4xx to random bodies, headers and content types, and never throws', async () => {
    const target = report()
    await fc.assert(fc.asyncProperty(body, headersArbitrary(provider.proofHeaders), contentType, async (raw, headers, type) => {
      const request: DeliveryRequest = { method: 'POST', path: '/v1/webhooks/fuzz', body: raw, headers: type === undefined ? headers : { ...headers, 'content-type': type } }
      const result = await handleDelivery(target, request, deps())
      expectWellFormed(result)
      expect(result.status).toBeGreaterThanOrEqual(400)
      expect(result.status).toBeLessThan(500)
    }), { numRuns: 300 })
  })

  it('answers 200 or 4xx to signed bodies of any shape', async () => {
    const target = report()
    const shaped = fc.tuple(fc.constantFrom(...provider.paths), fc.jsonValue({ maxDepth: 3 })).map(([path, value]) => setPath(provider.fixture, path, value))
    const seen = new Map<number, number>()
    await fc.assert(fc.asyncProperty(fc.oneof(shaped, fc.jsonValue({ maxDepth: 4 })), contentType, async (payload, type) => {
      // The content type is set before signing: Contentful signs it.
      const request = provider.sign(payload, { secret: SECRET, headers: type === undefined ? {} : { 'content-type': type } })
      const result = await handleDelivery(target, request, deps())
      expectWellFormed(result)
      expect(result.status === 200 || (result.status >= 400 && result.status < 500)).toBe(true)
      seen.set(result.status, (seen.get(result.status) ?? 0) + 1)
    }), { numRuns: 300 })
    // The bodies got past the signature: some were processed, some refused for their shape.
    expect(seen.get(200)).toBeGreaterThan(0)
    expect([...seen.keys()].some((status) => status === 400 || status === 415 || status === 422)).toBe(true)
  })

  if (provider.name !== 'generic') {
    it('maps any CMS answer to a documented status', async () => {
      const specific: Record<string, Record<string, unknown>> = { contentful: {}, sanity: { projectId: 'p', dataset: 'd' }, strapi: { collections: { 'api::article.article': 'articles' } } }
      const target = report('write-back', { writeBack: { token: 't', baseUrl: 'http://cms.invalid', ...specific[provider.name] } })
      const answer = fc.record({ status: fc.integer({ min: 200, max: 599 }), body: fc.oneof(fc.string({ maxLength: 50 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))), fail: fc.boolean() })
      await fc.assert(fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 3 }), async (answers) => {
        let call = 0
        const stub = (async () => {
          const next = answers[Math.min(call++, answers.length - 1)]!
          if (next.fail) throw new TypeError('fetch failed')
          return new Response(next.status === 204 || next.status === 205 || next.status === 304 ? null : next.body, { status: next.status })
        }) as typeof fetch
        const result = await handleDelivery(target, provider.sign(provider.fixture, { secret: SECRET }), deps({ fetch: stub }))
        expectWellFormed(result)
        expect([200, 404, 409, 422, 429, 502, 503]).toContain(result.status)
      }), { numRuns: 200 })
    })
  }
})
