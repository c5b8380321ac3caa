import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { glossaries } from '../../src/generated/glossaries.js'
import { webhookDeps } from '../../src/http/webhook-deps.js'
import { workersAi } from '../../src/translate/providers/workers-ai/index.js'
import { createTranslator, DEFAULT_TRANSLATE_TIMEOUT_MS } from '../../src/translate/translate.js'
import { handleDelivery, MemoryIdempotencyStore, type Integration, type ReportBody } from '../../src/webhooks/index.js'
import aiStandIn from '../workers/stand-ins/ai.js'
import { startContentfulMock, type ContentfulEntry, type ContentfulMock } from './mock-cms/contentful.js'
import { contentfulDelivery, fixture, integration, NOW } from './support/deliveries.js'

// Contentful per-locale translation on save: the real core and translation pipeline, with the
// Workers AI provider on its stand-in binding as the engine (a scripted word list), against the
// mock Contentful Management API of ./mock-cms.
const SECRET = 'contentful-signing-secret-0123456789abcdef0123456789abcdef01234567'
const TOKEN = 'CFPAT-test-token'
const SPACE = 'yadj1kx9rmg0'
const ENV = 'master'
const ID = '5KsDBWseXY6QegucYAoacS'
const copydesk = createCopydesk({ glossaries })

let cms: ContentfulMock
let payload: ContentfulEntry

let cf: Integration

beforeAll(async () => {
  cms = await startContentfulMock(TOKEN)
  cf = integration({
    name: 'cf',
    provider: 'contentful',
    secrets: [SECRET],
    fields: [{ name: 'title', format: 'text', translate: { from: 'es-ES', to: 'en-US' } }],
    locales: { 'en-US': 'en', 'es-ES': 'es' },
    mode: 'write-back',
    writeBack: { token: TOKEN, baseUrl: cms.url, timeoutMs: 2000 },
  })
})
afterAll(() => cms.close())
beforeEach(() => {
  payload = fixture<ContentfulEntry>('contentful-entry-save.json')
  cms.entries.clear()
  cms.requests.length = 0
  cms.writes = 0
  cms.seed(payload, SPACE, ENV)
})

function deps(ai = aiStandIn()) {
  const engine = workersAi({ apertiumUrl: undefined, deeplAuthKey: undefined, deeplServerUrl: undefined, timeoutMs: DEFAULT_TRANSLATE_TIMEOUT_MS, ai, fetch })!
  const translator = createTranslator({ copydesk, providers: [engine] })
  return { ...webhookDeps(copydesk, 'news', { integrations: [cf], fetch, now: () => NOW, store: new MemoryIdempotencyStore({ now: () => NOW }) }, translator) }
}

describe('Contentful per-locale translation', () => {
  it('translates the source locale into the target locale, normalized, under the version check', async () => {
    const result = await handleDelivery(cf, contentfulDelivery(payload, { secret: SECRET }), deps())
    expect(result.status).toBe(200)
    const body = result.body as ReportBody
    expect(body.writeBack).toEqual({ outcome: 'written', version: 8 })
    // es-ES "Zelenskyy visita Kyiv": normalized in Spanish, and translated into en-US with English house style.
    const stored = cms.entries.get(`${SPACE}/${ENV}/${ID}`)!
    expect(stored.fields.title).toEqual({ 'en-US': 'Zelensky visits Kyiv', 'es-ES': 'Zelenski visita Kiev', 'fr-FR': 'Zelensky visite Kiev' })
    expect(body.fields.find((f) => f.locale === 'en-US')).toMatchObject({ field: 'title', translatedFrom: 'es-ES', language: 'en', value: 'Zelensky visits Kyiv', changed: true })
    expect(cms.requests.find((r) => r.method === 'PUT')!.headers['x-contentful-version']).toBe('7')
  })

  it('writes nothing on the save its own write triggers (the translation is already there)', async () => {
    await handleDelivery(cf, contentfulDelivery(payload, { secret: SECRET }), deps())
    const saved = cms.entries.get(`${SPACE}/${ENV}/${ID}`)!
    const next = { ...payload, sys: { ...payload.sys, version: saved.sys.version }, fields: saved.fields }
    const again = await handleDelivery(cf, contentfulDelivery(next, { secret: SECRET }), deps())
    expect((again.body as ReportBody).writeBack).toEqual({ outcome: 'unchanged' })
    expect(cms.writes).toBe(1)
  })

  it('never overwrites a newer edit: 409 and nothing written', async () => {
    cms.bump(SPACE, ENV, ID)
    const result = await handleDelivery(cf, contentfulDelivery(payload, { secret: SECRET }), deps())
    expect(result).toMatchObject({ status: 409, body: { error: { code: 'version_conflict' } } })
    expect(cms.writes).toBe(0)
  })

  it('answers 503, retryable, and writes nothing when the engine is unavailable', async () => {
    const down = { run: () => Promise.reject(new Error('3040: Capacity temporarily exceeded')) }
    const result = await handleDelivery(cf, contentfulDelivery(payload, { secret: SECRET }), deps(down))
    expect(result).toMatchObject({ status: 503, body: { error: { code: 'translation_unavailable', retryable: true, message: { key: 'translation-unavailable', params: { locale: 'en-US', provider: 'workers-ai' } } } } })
    expect(cms.requests).toEqual([])
  })

  it('skips the translation, saying why, where no provider is configured', async () => {
    const noTranslator = webhookDeps(copydesk, 'news', { integrations: [cf], fetch, now: () => NOW })
    const result = await handleDelivery(cf, contentfulDelivery(payload, { secret: SECRET }), noTranslator)
    expect((result.body as ReportBody).skipped).toContainEqual({ field: 'title', locale: 'en-US', reason: 'no-translator', message: { key: 'skip-no-translator', params: { locale: 'en-US' } } })
  })

  it('is configured for Contentful text fields only', () => {
    const base = { name: 'x', secrets: [SECRET], locales: {}, mode: 'report' }
    expect(() => integration({ ...base, provider: 'sanity', fields: [{ name: 'title', format: 'text', translate: { from: 'es', to: 'en' } }] })).toThrow(/"fields\[0\].translate" is supported for Contentful only/)
    expect(() => integration({ ...base, provider: 'contentful', fields: [{ name: 'body', format: 'rich-text', translate: { from: 'es-ES', to: 'en-US' } }] })).toThrow(/is for text, markdown and html fields/)
    expect(() => integration({ ...base, provider: 'contentful', fields: [{ name: 'title', format: 'text', translate: { from: 'es-ES', to: 'es-es' } }] })).toThrow(/translates "es-ES" into itself/)
  })
})
