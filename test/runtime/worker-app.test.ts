import { describe, expect, it } from 'vitest'
import { createWorkerApp } from '../../src/runtime/worker/app.js'

/**
 * The Workers wiring, driven from Node with a stand-in binding (the real one runs in workerd:
 * `lockedCall` in test/workers/call.ts and the access tests of test/http).
 */
function binding(answer: () => boolean | Promise<boolean>) {
  const keys: string[] = []
  return { keys, limit: async ({ key }: { key: string }) => (keys.push(key), { success: await answer() }) }
}

describe('createWorkerApp', () => {
  it('counts with the RATE_LIMITER binding, per client by CF-Connecting-IP, and answers 429 with its period', async () => {
    let allowed = 2
    const limiter = binding(() => allowed-- > 0)
    const { app } = createWorkerApp({ RATE_LIMIT: '2', RATE_LIMIT_PERIOD: '10', RATE_LIMITER: limiter })
    const get = () => app.request('/v1/glossaries', { headers: { 'cf-connecting-ip': '2001:db8::7' } })
    expect((await get()).status).toBe(200)
    expect((await get()).status).toBe(200)
    const refused = await get()
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('10')
    expect(limiter.keys).toEqual(Array(3).fill('client:2001:db8:0:0::/64'))
  })

  it('lets requests through when the binding fails', async () => {
    const { app } = createWorkerApp({ RATE_LIMITER: binding(() => Promise.reject(new Error('unavailable'))) })
    expect((await app.request('/v1/glossaries')).status).toBe(200)
  })

  it('reads only the text bindings as configuration, secrets included', async () => {
    const { service } = createWorkerApp({ RATE_LIMIT: '0', API_KEYS: 'worker-secret-key-0123456789', SOME_KV: { get() {} } })
    expect(service.config.apiKeys).toEqual(['worker-secret-key-0123456789'])
  })

  it.each([
    [{ RATE_LIMIT: '120' }, 'RATE_LIMIT is 120 but the Worker has no RATE_LIMITER binding ([[ratelimits]] in wrangler.toml); set RATE_LIMIT to "0" to run without a limit'],
    [{ RATE_LIMIT_PERIOD: '30', RATE_LIMITER: binding(() => true) }, 'RATE_LIMIT_PERIOD must be 10 or 60 on Workers (the periods of the rate-limiting binding), got "30"'],
    [{ RATE_LIMIT: '0', WEBHOOKS_FILE: 'webhooks.json' }, 'WEBHOOKS_FILE cannot be read here (Workers have no file system): put the JSON in WEBHOOKS, a variable or a secret'],
    [{ RATE_LIMIT: '0', WEBHOOKS: '{"integrations": [{"name": "wire", "provider": "generic", "secrets": [{"env": "WIRE_SECRET"}], "fields": [{"name": "headline", "format": "text"}]}]}' }, 'WEBHOOKS is invalid:\nintegrations[0] "wire": "secrets[0]" names environment variable WIRE_SECRET, which is not set'],
  ])('refuses to start with %j', (bindings, message) => {
    expect(() => createWorkerApp(bindings)).toThrow(new Error(message))
  })

  it('resolves webhook secrets from Worker secrets', () => {
    const webhooks = '{"integrations": [{"name": "wire", "provider": "generic", "secrets": [{"env": "WIRE_SECRET"}], "fields": [{"name": "headline", "format": "text"}]}]}'
    const { service } = createWorkerApp({ RATE_LIMIT: '0', WEBHOOKS: webhooks, WIRE_SECRET: 'from-wrangler-secret-put' })
    expect(service.integrations[0]!.secrets).toEqual(['from-wrangler-secret-put'])
  })
})
