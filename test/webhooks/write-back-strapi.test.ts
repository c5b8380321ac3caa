import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { handleDelivery, type Integration, type ReportBody } from '../../src/webhooks/index.js'
import { startStrapiMock, type StrapiDocument, type StrapiMock } from './mock-cms/strapi.js'
import { deps, fixture, integration, strapiDelivery } from './support/deliveries.js'
import { replayOf } from './support/replay.js'

const SECRET = 'strapi-webhook-token'
const TOKEN = 'strapi-api-token'
const DOC = 'lr5wju2og49bf820kj9kz8c3'

interface StrapiPayload {
  event: string
  createdAt: string
  uid: string
  entry: StrapiDocument & { locale: string }
}

let cms: StrapiMock
let strapi: Integration
let payload: StrapiPayload

beforeAll(async () => {
  cms = await startStrapiMock(TOKEN)
})
afterAll(() => cms.close())

beforeEach(() => {
  payload = fixture<StrapiPayload>('strapi-entry-update.json')
  cms.documents.clear()
  cms.requests.length = 0
  cms.writes = 0
  cms.afterGet = undefined
  cms.seed('articles', payload.entry, 'en')
  strapi = configured({ 'api::article.article': 'articles' })
})

function configured(collections: Record<string, string>): Integration {
  return integration({
    name: 'strapi',
    provider: 'strapi',
    secrets: [SECRET],
    fields: [{ name: 'title', format: 'text' }, { name: 'lede', format: 'html' }, { name: 'body', format: 'rich-text' }],
    mode: 'write-back',
    writeBack: { token: TOKEN, baseUrl: cms.url, collections, timeoutMs: 2000 },
  })
}

const deliver = (body: unknown = payload, shared = deps({ fetch })) => handleDelivery(strapi, strapiDelivery(body, { secret: SECRET }), shared)
const stored = () => cms.documents.get(`articles/${DOC}/en/draft`)!

describe('Strapi write-back', () => {
  it('checks updatedAt, then updates the draft in its locale without publishing', async () => {
    const result = await deliver()
    expect(result.status).toBe(200)
    expect((result.body as ReportBody).writeBack).toEqual({ outcome: 'written', version: stored().updatedAt })
    expect(cms.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET /api/articles/${DOC}?status=draft&locale=en`,
      `PUT /api/articles/${DOC}?status=draft&locale=en`,
    ])
    const { data } = JSON.parse(cms.requests[1]!.body) as { data: Record<string, unknown> }
    expect(Object.keys(data)).toEqual(['title', 'lede', 'body'])
    expect(stored()).toMatchObject({ title: 'Zelensky visits Kyiv', slug: 'zelenskyy-visits-kiev', publishedAt: null })
  })

  it('writes once for the same delivery twice', async () => {
    const shared = deps({ fetch })
    const first = await deliver(payload, shared)
    const second = await deliver(payload, shared)
    expect(second.body).toEqual(replayOf(first.body))
    expect(cms.writes).toBe(1)
  })

  it('writes nothing when the entry was saved after the delivery: 409', async () => {
    cms.bump('articles', DOC, 'en')
    const result = await deliver()
    expect(result).toMatchObject({ status: 409, body: { error: { code: 'version_conflict', retryable: false, details: { delivered: payload.entry.updatedAt, current: stored().updatedAt } } } })
    expect(cms.requests.map((r) => r.method)).toEqual(['GET'])
    expect(stored().title).toBe('Zelenskyy visits Kiev')
  })

  it('makes no request when nothing changes, so the entry.update our write causes ends the loop', async () => {
    await deliver()
    cms.requests.length = 0
    const next = { ...payload, createdAt: payload.createdAt, entry: { ...stored(), locale: 'en' } }
    const result = await deliver(next)
    expect((result.body as ReportBody).writeBack).toEqual({ outcome: 'unchanged' })
    expect(cms.requests).toEqual([])
  })

  it('needs the content type\'s REST endpoint', async () => {
    strapi = configured({})
    expect(await deliver()).toMatchObject({ status: 422, body: { error: { code: 'unknown_content_type', retryable: false } } })
    expect(cms.requests).toEqual([])
  })

  it('ignores publish, unpublish and delete events', async () => {
    for (const event of ['entry.publish', 'entry.unpublish', 'entry.delete', 'media.create']) {
      const result = await deliver({ ...payload, event })
      expect(result).toMatchObject({ status: 200, body: { outcome: 'ignored', event } })
    }
    expect(cms.requests).toEqual([])
  })

  it('answers a retry after its own write landed (answer lost, store forgotten) as written, without writing again', async () => {
    const first = await deliver(payload, deps({ fetch }))
    expect((first.body as ReportBody).writeBack).toMatchObject({ outcome: 'written' })
    // A fresh store: the process restarted without IDEMPOTENCY_DB_FILE, and Strapi's delivery comes again.
    const retry = await deliver(payload, deps({ fetch }))
    expect(retry.status).toBe(200)
    expect((retry.body as ReportBody).writeBack).toEqual({ outcome: 'written', version: stored().updatedAt })
    expect(cms.writes).toBe(1)
  })

  it('refuses to write when an editor saves while the delivery is processed, between its read and our write', async () => {
    // The editor's save lands after the delivery was sent and before our re-read: caught, nothing written.
    const editing: typeof fetch = async (input, init) => {
      if ((init?.method ?? 'GET') === 'GET') {
        Object.assign(stored(), { title: 'Zelenskyy in Kiev, says editor' })
        cms.bump('articles', DOC, 'en')
      }
      return fetch(input, init)
    }
    const result = await deliver(payload, deps({ fetch: editing }))
    expect(result).toMatchObject({ status: 409, body: { error: { code: 'version_conflict', retryable: false } } })
    expect(cms.writes).toBe(0)
    expect(stored().title).toBe('Zelenskyy in Kiev, says editor')
  })

  it('refuses to write a field whose value changed although updatedAt did not', async () => {
    Object.assign(stored(), { title: 'Changed under the same updatedAt' })
    const result = await deliver()
    expect(result).toMatchObject({ status: 409, body: { error: { code: 'version_conflict' } } })
    expect(cms.writes).toBe(0)
    expect(stored().title).toBe('Changed under the same updatedAt')
  })

  it('keeps an edit to another field that lands between our read and our write (only the changed fields are sent)', async () => {
    cms.afterGet = () => {
      cms.afterGet = undefined
      Object.assign(stored(), { slug: 'edited-meanwhile' })
      cms.bump('articles', DOC, 'en')
    }
    const result = await deliver()
    expect((result.body as ReportBody).writeBack).toMatchObject({ outcome: 'written' })
    expect(stored()).toMatchObject({ slug: 'edited-meanwhile', title: 'Zelensky visits Kyiv' })
  })

  it('is report-only unless the integration opts in with "mode": "write-back"', async () => {
    strapi = integration({ name: 'strapi', provider: 'strapi', secrets: [SECRET], fields: [{ name: 'title', format: 'text' }], writeBack: { token: TOKEN, baseUrl: cms.url, collections: { 'api::article.article': 'articles' } } })
    const result = await deliver()
    expect(result.body).toMatchObject({ outcome: 'normalized', mode: 'report' })
    expect((result.body as ReportBody).writeBack).toBeUndefined()
    expect(cms.requests).toEqual([])
  })
})
