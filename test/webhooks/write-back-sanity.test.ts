import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { handleDelivery, type Integration, type ReportBody } from '../../src/webhooks/index.js'
import { startSanityMock, type SanityDocument, type SanityMock } from './mock-cms/sanity.js'
import { deps, fixture, integration, sanityDelivery } from './support/deliveries.js'
import { replayOf } from './support/replay.js'

const SECRET = 'sanity-webhook-secret'
const TOKEN = 'sk-sanity-token'

let cms: SanityMock
let sanity: Integration

beforeAll(async () => {
  cms = await startSanityMock(TOKEN, 'production')
})
afterAll(() => cms.close())

beforeEach(() => {
  cms.documents.clear()
  cms.requests.length = 0
  cms.writes = 0
  cms.seed(fixture<SanityDocument>('sanity-document.json'))
  cms.seed(fixture<SanityDocument>('sanity-field-level.json'))
  sanity = integration({
    name: 'sanity',
    provider: 'sanity',
    secrets: [SECRET],
    localeField: 'language',
    fields: [{ name: 'title', format: 'text' }, { name: 'summary', format: 'text' }, { name: 'body', format: 'rich-text' }],
    // Not a real mapping: it makes the 'pt-BR' value change, to test the quoted JSONMatch path.
    locales: { 'pt-BR': 'en' },
    mode: 'write-back',
    writeBack: { token: TOKEN, projectId: 'abc123', dataset: 'production', baseUrl: cms.url, timeoutMs: 2000 },
  })
})

const deliver = (document: unknown, shared = deps({ fetch })) => handleDelivery(sanity, sanityDelivery(document, { secret: SECRET }), shared)

describe('Sanity write-back', () => {
  it('patches only the changed paths, guarded by ifRevisionID', async () => {
    const doc = fixture<SanityDocument>('sanity-document.json')
    const result = await deliver(doc)
    expect(result.status).toBe(200)
    const stored = cms.documents.get(doc._id)!
    expect((result.body as ReportBody).writeBack).toEqual({ outcome: 'written', version: stored._rev })
    const { mutations } = JSON.parse(cms.requests[0]!.body) as { mutations: { patch: { id: string; ifRevisionID: string; set: Record<string, unknown> } }[] }
    expect(mutations).toHaveLength(1)
    expect(mutations[0]!.patch.ifRevisionID).toBe(doc._rev)
    expect(Object.keys(mutations[0]!.patch.set)).toEqual(['title', 'body'])
    expect(stored.title).toBe('Zelensky visits Kyiv')
    expect(stored.slug).toEqual(doc.slug)
    expect(JSON.stringify(stored.body)).toContain('Officials in Kyiv ')
  })

  it('writes field-level and internationalized-array values at their own paths', async () => {
    const doc = fixture<SanityDocument>('sanity-field-level.json')
    expect((await deliver(doc)).status).toBe(200)
    const { mutations } = JSON.parse(cms.requests[0]!.body) as { mutations: { patch: { set: Record<string, unknown> } }[] }
    expect(mutations[0]!.patch.set).toEqual({
      'title.en': 'Kyiv at night',
      'title.es': 'Kiev de noche',
      "title['pt-BR']": 'Kyiv à noite',
      'summary[_key=="en"].value': 'Zelensky in Kyiv',
      'summary[_key=="de"].value': 'Selenskyj in Kyjiw',
    })
    const stored = cms.documents.get(doc._id)!
    expect(stored.title).toEqual({ _type: 'localeString', en: 'Kyiv at night', es: 'Kiev de noche', 'pt-BR': 'Kyiv à noite' })
  })

  it('writes once for the same delivery twice', async () => {
    const shared = deps({ fetch })
    const doc = fixture<SanityDocument>('sanity-document.json')
    const first = await deliver(doc, shared)
    const second = await deliver(doc, shared)
    expect(second.body).toEqual(replayOf(first.body))
    expect(cms.writes).toBe(1)
  })

  it('writes nothing when the revision moved on: Sanity answers 409', async () => {
    const doc = fixture<SanityDocument>('sanity-document.json')
    cms.bump(doc._id)
    const result = await deliver(doc)
    expect(result).toMatchObject({ status: 409, body: { error: { code: 'version_conflict', retryable: false, details: { delivered: doc._rev } } } })
    expect(cms.writes).toBe(0)
    expect(cms.documents.get(doc._id)!.title).toBe('Zelenskyy visits Kiev')
  })

  it('makes no request when nothing changes', async () => {
    const doc = { ...fixture<SanityDocument>('sanity-document.json'), title: 'Zelensky visits Kyiv', body: [] }
    const result = await deliver(doc)
    expect((result.body as ReportBody).writeBack).toEqual({ outcome: 'unchanged' })
    expect(cms.requests).toEqual([])
  })

  it('needs _rev in the projection to write back', async () => {
    const { _rev, ...withoutRevision } = fixture<SanityDocument>('sanity-document.json')
    const result = await deliver(withoutRevision)
    expect(result).toMatchObject({ status: 422, body: { error: { code: 'invalid_payload', message: { key: 'sanity-rev-required' } } } })
    expect(cms.requests).toEqual([])
  })

  it('ignores deletes', async () => {
    const result = await handleDelivery(sanity, sanityDelivery(fixture('sanity-document.json'), { secret: SECRET }, 'delete'), deps({ fetch }))
    expect(result).toMatchObject({ status: 200, body: { outcome: 'ignored', event: 'delete' } })
    expect(cms.requests).toEqual([])
  })
})
