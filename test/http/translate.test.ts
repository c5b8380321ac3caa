import { describe, expect, it } from 'vitest'
import { json, target, translateCall as call } from './support/call.js'

// The translate contract, in both runtimes: on Node through the app (./support/call.ts), in
// workerd through the Worker built from wrangler.toml's bindings (test/workers/call.ts). Both
// translate with the Workers AI provider and a stand-in of the AI binding
// (test/workers/stand-ins/ai.js), the model being unavailable here.
describe(`POST /v1/translate (${target})`, () => {
  it('translates with the names protected and in the target house style', async () => {
    const res = await call('POST', '/v1/translate', { text: 'El presidente visitó Járkov y KIEV.', from: 'es', to: 'en' })
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.text).toBe('The president visited Kharkiv and KYIV.')
    expect(body.machineTranslation).toBe(body.text)
    expect(body.provider).toEqual({ id: 'workers-ai', engine: '@cf/meta/m2m100-1.2b es-en' })
    expect(body.source).toMatchObject({ code: 'es', source: 'declared' })
    expect(body.protected).toEqual([
      { concept: 'kharkiv', start: 21, end: 27, original: 'Járkov', form: 'Kharkiv' },
      { concept: 'kyiv', start: 30, end: 34, original: 'KIEV', form: 'KYIV' },
    ])
    expect(body.changes).toEqual([])
    expect(body.warnings).toEqual([])
  })

  it('protects leaks from other languages too', async () => {
    // A German form in Spanish copy is a leak the Spanish glossary knows: protected, and out as English.
    const res = await call('POST', '/v1/translate', { text: 'El alcalde de Kyjiw habló.', from: 'es', to: 'en' })
    const body = await json(res)
    expect(body.text).toBe('The mayor of Kyiv spoke.')
  })

  it('falls back, cleanly and with a warning, when the engine breaks a placeholder', async () => {
    const res = await call('POST', '/v1/translate', { text: 'ENGINE-GLUES El alcalde de Járkov habló.', from: 'es', to: 'en' })
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.text).toBe('ENGINE-GLUES The mayor of Kharkiv spoke.')
    expect(body.text).not.toMatch(/Xq\d/i)
    expect(body.machineTranslation).toBe('ENGINE-GLUES The mayor of Járkov spoke.')
    expect(body.changes).toMatchObject([{ original: 'Járkov', replacement: 'Kharkiv', concept: 'kharkiv' }])
    expect(body.warnings).toMatchObject([{ code: 'protection-broken', provider: 'workers-ai' }])
  })

  it('answers 422 for a pair the provider does not have', async () => {
    const res = await call('POST', '/v1/translate', { text: 'Saluton', from: 'eo', to: 'en' })
    expect(res.status).toBe(422)
    const body = await json(res)
    expect(body.error.code).toBe('unsupported_pair')
    expect(body.error.message).toContain('Esperanto')
    expect(body.error.message).toContain('es → en')
  })

  it('answers 503 for a provider that is not configured, and 400 without "to"', async () => {
    const res = await call('POST', '/v1/translate', { text: 'Hola', to: 'en', provider: 'apertium' })
    expect(res.status).toBe(503)
    expect((await json(res)).error).toMatchObject({ code: 'provider_not_configured', retryable: true })
    const missing = await call('POST', '/v1/translate', { text: 'Hola' })
    expect(missing.status).toBe(400)
    expect((await json(missing)).error.code).toBe('invalid_field')
  })

  it('answers in the locale asked for', async () => {
    const res = await call('POST', '/v1/translate', { text: 'Hola', from: 'eo', to: 'en', locale: 'es' })
    expect((await json(res)).error.message).toMatch(/^«workers-ai» no traduce del esperanto/)
  })
})

describe(`GET /v1/translate/providers (${target})`, () => {
  it('lists the configured providers, reachable, with their pairs', async () => {
    const res = await call('GET', '/v1/translate/providers')
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.default).toBe('workers-ai')
    expect(body.providers.map((p: { id: string }) => p.id)).toEqual(['workers-ai'])
    expect(body.providers[0]).toMatchObject({ reachable: true, default: true, engine: 'Workers AI @cf/meta/m2m100-1.2b' })
    expect(body.providers[0].pairs).toContainEqual({ from: 'es', to: 'en' })
  })
})
