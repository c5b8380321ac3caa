import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config.js'
import { call, json, target } from '../http/support/call.js'

// Runs only in the workers project: checks that the contract suite there really drives the
// worker entry inside workerd, configured by wrangler.toml's [vars].
describe('the worker in workerd', () => {
  it('is what the contract suite calls', async () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers')
    expect(target).toBe('worker')
    const res = await call('GET', '/healthz')
    expect(res.status).toBe(200)
    expect((await json(res)).status).toBe('ok')
  })

  it('is configured by the [vars] of wrangler.toml, parsed like process.env on Node', async () => {
    expect(env).toMatchObject({ DEFAULT_GLOSSARY: 'news', BODY_LIMIT: '1048576', DETECTOR: 'eld' })
    const config = parseConfig({ ...env })
    const res = await call('POST', '/v1/normalize', 'x'.repeat(config.bodyLimit + 1))
    expect(res.status).toBe(413)
    expect((await json(res)).error.message).toBe(`The request body exceeds the limit of ${config.bodyLimit} bytes`)
    const normalized = await json(await call('POST', '/v1/normalize', { text: 'Kiev', language: 'en' }))
    expect(normalized.glossary.id).toBe(config.defaultGlossary)
  })
})
