import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { AI_BINDING, createWorkerApp } from '../../src/runtime/worker/app.js'
import { call, json } from '../http/support/call.js'
import aiStandIn from './stand-ins/ai.js'

// The test-only bindings of vitest.config.ts are not in Cloudflare.Env: read by name, as unknown.
const bindings: Readonly<Record<string, unknown>> = { ...env }

// Runs only in the workers project, inside workerd: the Worker's registry and its AI binding.
describe('translation on Workers', () => {
  it('has the AI binding of wrangler.toml ([ai]), which only runs on Cloudflare', async () => {
    const ai = bindings[AI_BINDING] as { run?: unknown }
    expect(typeof ai.run).toBe('function')
    // The worker entry configures workers-ai from it (its calls need Cloudflare's network).
    const body = await json(await call('GET', '/v1/translate/providers'))
    expect(body.providers.map((p: { id: string }) => p.id)).toEqual(['workers-ai'])
  })

  it('never has DeepL, whose client is Node-only, even with a key set', async () => {
    const { app } = createWorkerApp({ ...bindings, AI: aiStandIn(), RATE_LIMIT: '0', DEEPL_AUTH_KEY: 'a-key-0123456789' })
    const body = (await (await app.request('/v1/translate/providers')).json()) as { providers: { id: string }[] }
    expect(body.providers.map((p) => p.id)).toEqual(['workers-ai'])
    expect(() => createWorkerApp({ ...bindings, RATE_LIMIT: '0', TRANSLATE_PROVIDER: 'deepl' })).toThrow('TRANSLATE_PROVIDER is "deepl", which is not configured here (configured: workers-ai)')
  })

  it('adds Apertium where APERTIUM_URL is set, and answers 503 when it is not reachable', async () => {
    const { app } = createWorkerApp({ ...bindings, RATE_LIMIT: '0', APERTIUM_URL: 'http://127.0.0.1:9' })
    const res = await app.request('/v1/translate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Hola', from: 'es', to: 'en', provider: 'apertium' }) })
    expect(res.status).toBe(503)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('provider_unavailable')
  })

  it('answers 503 when the model fails, and normalize keeps working', async () => {
    const failing = { run: async () => Promise.reject(new Error('3040: Capacity temporarily exceeded')) }
    const { app } = createWorkerApp({ ...bindings, RATE_LIMIT: '0', AI: failing })
    const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const res = await post('/v1/translate', { text: 'Hola', from: 'es', to: 'en' })
    expect(res.status).toBe(503)
    expect(((await res.json()) as { error: { code: string; retryable: boolean } }).error).toEqual(expect.objectContaining({ code: 'provider_unavailable', retryable: true }))
    expect((await post('/v1/normalize', { text: 'Kiev', language: 'en' })).status).toBe(200)
  })
})
