import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { handleDelivery, MemoryIdempotencyStore, type Integration, type ReportBody } from '../../src/webhooks/index.js'
import { startContentfulMock, type ContentfulEntry, type ContentfulMock } from './mock-cms/contentful.js'
import { contentfulDelivery, deps, fixture, integration, NOW } from './support/deliveries.js'
import { replayOf } from './support/replay.js'

const SECRET = 'contentful-signing-secret-0123456789abcdef0123456789abcdef01234567'
const TOKEN = 'CFPAT-test-token'
const SPACE = 'yadj1kx9rmg0'
const ENV = 'master'
const ID = '5KsDBWseXY6QegucYAoacS'

let cms: ContentfulMock
let cf: Integration
let payload: ContentfulEntry

beforeAll(async () => {
  cms = await startContentfulMock(TOKEN)
})
afterAll(() => cms.close())

beforeEach(() => {
  payload = fixture<ContentfulEntry>('contentful-entry-save.json')
  cms.entries.clear()
  cms.requests.length = 0
  cms.writes = 0
  cms.afterGet = undefined
  cms.seed(payload, SPACE, ENV)
  cf = configured(TOKEN)
})

function configured(token: string, baseUrl = cms.url): Integration {
  return integration({
    name: 'cf',
    provider: 'contentful',
    secrets: [SECRET],
    fields: [{ name: 'title', format: 'text' }, { name: 'body', format: 'rich-text' }],
    locales: { 'en-US': 'en', 'es-ES': 'es' },
    mode: 'write-back',
    writeBack: { token, baseUrl, timeoutMs: 2000 },
  })
}

const deliver = (entry: unknown = payload, shared = deps({ fetch })) => handleDelivery(cf, contentfulDelivery(entry, { secret: SECRET }), shared)

describe('Contentful write-back', () => {
  it('updates the changed locales under X-Contentful-Version and keeps everything else', async () => {
    const result = await deliver()
    expect(result.status).toBe(200)
    expect((result.body as ReportBody).writeBack).toEqual({ outcome: 'written', version: 8 })

    const put = cms.requests.find((r) => r.method === 'PUT')!
    expect(put.headers['x-contentful-version']).toBe('7')
    expect(put.headers['content-type']).toBe('application/vnd.contentful.management.v1+json')
    const stored = cms.entries.get(`${SPACE}/${ENV}/${ID}`)!
    expect(stored.sys.version).toBe(8)
    expect(stored.fields.title).toEqual({ 'en-US': 'Zelensky visits Kyiv', 'es-ES': 'Zelenski visita Kiev', 'fr-FR': 'Zelenskyy visite Kiev' })
    expect(stored.fields.slug).toEqual({ 'en-US': 'zelenskyy-visits-kiev' })
    expect(stored.metadata).toEqual(payload.metadata)
    expect(JSON.stringify(stored.fields.body)).toContain('GET /cities/Kiev')
    expect(cms.writes).toBe(1)
  })

  it('writes once for the same delivery twice, and answers the same', async () => {
    const shared = deps({ fetch })
    const request = contentfulDelivery(payload, { secret: SECRET })
    const both = await Promise.all([handleDelivery(cf, request, shared), handleDelivery(cf, request, shared)])
    const third = await handleDelivery(cf, request, shared)
    // Either may reach the store first (each awaits its own signature check and fingerprint): the
    // other arrived while it was processed, waited for the same answer, and got it in the stored form.
    const [processed, waited] = 'summary' in both[0].body ? [both[1], both[0]] : [both[0], both[1]]
    expect('summary' in processed.body).toBe(false)
    expect(waited.body).toEqual(replayOf(processed.body))
    expect(third.body).toEqual(replayOf(processed.body))
    expect(cms.writes).toBe(1)
  })

  it('writes nothing when an editor saved after the delivery: 409, not retryable', async () => {
    cms.bump(SPACE, ENV, ID)
    const result = await deliver()
    expect(result).toMatchObject({ status: 409, body: { error: { code: 'version_conflict', retryable: false, details: { delivered: 7, current: 8 } } } })
    expect(cms.requests.map((r) => r.method)).toEqual(['GET'])
    expect(cms.writes).toBe(0)
  })

  it('writes nothing when the edit lands between the read and the write: Contentful answers VersionMismatch', async () => {
    cms.afterGet = () => cms.bump(SPACE, ENV, ID)
    const result = await deliver()
    expect(result).toMatchObject({ status: 409, body: { error: { code: 'version_conflict' } } })
    expect(cms.writes).toBe(0)
  })

  it('makes no request at all when nothing changes, so our own save ends the loop', async () => {
    await deliver()
    cms.requests.length = 0
    // The save our write caused: the new version, with the normalized values.
    const after = structuredClone(cms.entries.get(`${SPACE}/${ENV}/${ID}`)!)
    const result = await deliver(after)
    expect(result.status).toBe(200)
    expect((result.body as ReportBody).writeBack).toEqual({ outcome: 'unchanged' })
    expect(cms.requests).toEqual([])
  })

  it('says whether a retry can help when the CMS refuses or is down', async () => {
    cf = configured('wrong-token')
    expect(await deliver()).toMatchObject({ status: 502, body: { error: { code: 'cms_unauthorized', retryable: true } } })
    cf = configured(TOKEN, 'http://127.0.0.1:9')
    expect(await deliver()).toMatchObject({ status: 503, body: { error: { code: 'cms_unavailable', retryable: true } } })
    cms.entries.clear()
    cf = configured(TOKEN)
    expect(await deliver()).toMatchObject({ status: 404, body: { error: { code: 'entry_not_found', retryable: false } } })
  })

  it('does not store retryable failures: the retry writes', async () => {
    const store = new MemoryIdempotencyStore({ now: () => NOW })
    const request = contentfulDelivery(payload, { secret: SECRET })
    cf = configured(TOKEN, 'http://127.0.0.1:9')
    expect((await handleDelivery(cf, request, deps({ fetch, store }))).status).toBe(503)
    cf = configured(TOKEN)
    expect((await handleDelivery(cf, request, deps({ fetch, store }))).status).toBe(200)
    expect(cms.writes).toBe(1)
  })

  it('answers a retry after its own write landed (answer lost, store forgotten) as written, without writing again', async () => {
    const first = await deliver(payload, deps({ fetch }))
    expect((first.body as ReportBody).writeBack).toMatchObject({ outcome: 'written' })
    const retry = await deliver(payload, deps({ fetch }))
    expect(retry.status).toBe(200)
    expect((retry.body as ReportBody).writeBack).toMatchObject({ outcome: 'written' })
    expect(cms.writes).toBe(1)
  })
})
