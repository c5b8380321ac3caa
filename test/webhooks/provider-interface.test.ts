import { describe, expect, it } from 'vitest'
import { ConfigReader } from '../../src/config/reader.js'
import { defineProvider, handleDelivery, providers, type Integration, type ReportBody } from '../../src/webhooks/index.js'
import { deps } from './support/deliveries.js'

/**
 * A CMS is a Provider: the generic pipeline (verify → idempotency → normalize fields → write
 * back → answer) reaches it only through the connector defineProvider binds to an
 * integration's settings. Here a made-up CMS, defined in the test, goes through the pipeline.
 */
interface ToySettings {
  token: string
}
interface ToyEntry {
  id: string
  rev: number
}

const toy = defineProvider<ToySettings, ToyEntry>({
  settingKeys: ['token'],
  readSettings: (read, where, value) => {
    const token = read.string(where, 'token', value.token)
    return token === undefined ? undefined : { token }
  },
  signatureHeader: () => 'X-Toy-Token',
  verify: async ({ headers }, settings) => (headers.get('x-toy-token') === settings.token ? { ok: true } : { ok: false, reason: 'mismatch' }),
  parse: async ({ json, integration }) => {
    const { id, rev, title } = json as { id: string; rev: number; title: string }
    const values = integration.fields.map((spec) => ({ field: spec.name, format: spec.format, locale: 'en', value: title, path: spec.name }))
    return { kind: 'entry', deliveryId: `${id}@${rev}`, event: 'save', entry: { id, rev }, values }
  },
  summary: (entry) => ({ id: entry.id, version: entry.rev }),
  writeBack: async ({ settings, entry, updates }) => {
    written.push({ token: settings.token, entry, values: updates.map((u) => u.value) })
    return { ok: true, outcome: { outcome: 'written', version: entry.rev + 1 } }
  },
})
const written: unknown[] = []

function toyIntegration(mode: 'report' | 'write-back'): Integration {
  const read = new ConfigReader({})
  const configured = toy.configure(read, 'integrations[0] "toy"', { token: 'let-me-in' })
  expect(read.problems).toEqual([])
  const base = { name: 'toy', secrets: ['unused'], fields: [{ name: 'title', format: 'text' as const }], locales: {}, defaultLocale: undefined, glossary: undefined, mode }
  return { ...base, provider: 'toy', ...configured!.settings, connector: configured!.connector }
}

const delivery = (token: string) => ({ method: 'POST', path: '/v1/webhooks/toy', headers: { 'x-toy-token': token, 'content-type': 'application/json' }, body: JSON.stringify({ id: 'e1', rev: 3, title: 'Kiev' }) })

describe('the Provider interface', () => {
  it('is all the pipeline needs: verify, read, summarize, write back', async () => {
    const result = await handleDelivery(toyIntegration('write-back'), delivery('let-me-in'), deps())
    expect(result.status).toBe(200)
    const body = result.body as ReportBody
    expect(body).toMatchObject({ provider: 'toy', entry: { id: 'e1', version: 3 }, writeBack: { outcome: 'written', version: 4 } })
    expect(body.fields.map((f) => f.value)).toEqual(['Kyiv'])
    expect(written).toEqual([{ token: 'let-me-in', entry: { id: 'e1', rev: 3 }, values: ['Kyiv'] }])
  })

  it("names the provider's proof header when verification fails", async () => {
    const result = await handleDelivery(toyIntegration('report'), delivery('wrong'), deps())
    expect(result.status).toBe(401)
    expect(JSON.stringify(result.body)).toContain('X-Toy-Token')
  })

  it('reads its settings with the one reader, problems named', () => {
    const read = new ConfigReader({})
    expect(toy.configure(read, 'integrations[0] "toy"', {})).toBeUndefined()
    expect(read.problems).toEqual(['integrations[0] "toy": "token" must be a non-empty string, got nothing'])
  })

  it('is how the built-in CMSs are registered', () => {
    expect(Object.keys(providers)).toEqual(['generic', 'contentful', 'sanity', 'strapi'])
    expect(providers.generic!.canWriteBack).toBe(false)
    expect(['contentful', 'sanity', 'strapi'].every((id) => providers[id]!.canWriteBack)).toBe(true)
  })
})
