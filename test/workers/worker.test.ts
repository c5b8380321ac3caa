import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/index.js'
import { call, json, target } from '../http/support/call.js'

// The test-only bindings of vitest.config.ts are not in Cloudflare.Env: read by name, as unknown.
const bindings: Readonly<Record<string, unknown>> = { ...env }
const vars = Object.fromEntries(Object.entries(bindings).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))

// Runs only in the workers project: checks that the contract suite there really drives the
// worker entry inside workerd, configured by wrangler.toml's [vars] and bindings.
describe('the worker in workerd', () => {
  it('is what the contract suite calls', async () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers')
    expect(target).toBe('worker')
    const res = await call('GET', '/healthz')
    expect(res.status).toBe(200)
    expect((await json(res)).status).toBe('ok')
  })

  it('is configured by the [vars] of wrangler.toml, parsed like process.env on Node', async () => {
    expect(env).toMatchObject({ DEFAULT_GLOSSARY: 'news', BODY_LIMIT: '1048576', DETECTOR: 'eld', RATE_LIMIT_PERIOD: '60' })
    const config = parseConfig(vars)
    const res = await call('POST', '/v1/normalize', 'x'.repeat(config.bodyLimit + 1))
    expect(res.status).toBe(413)
    expect((await json(res)).error.message).toBe(`The request body exceeds the limit of ${config.bodyLimit} bytes`)
    const normalized = await json(await call('POST', '/v1/normalize', { text: 'Kiev', language: 'en' }))
    expect(normalized.glossary.id).toBe(config.defaultGlossary)
  })

  it('has the rate-limiting binding of wrangler.toml, turned off for the contract suite (vitest.config.ts)', () => {
    expect(typeof (bindings.RATE_LIMITER as { limit?: unknown } | undefined)?.limit).toBe('function')
    expect(env).toMatchObject({ RATE_LIMIT: '0' })
  })
})
