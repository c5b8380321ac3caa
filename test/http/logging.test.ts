import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { createApp, keyId } from '../../src/http/index.js'
import { parseIntegrations } from '../../src/webhooks/index.js'
import { requestInit } from './support/request-init.js'
import { signGeneric } from './support/sign.js'
import { tinyGlossary } from './support/tiny-glossary.js'

const KEY = 'log-test-key-5e1f0c2b9a8d7e6f'
const SECRET = 'log-test-webhook-secret-3c4d5e6f'

function loggedApp() {
  const lines: string[] = []
  const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
  const app = createApp({ copydesk, log: (line) => lines.push(line), config: { bodyLimit: 1000 } })
  return { app, lines }
}

describe('request log', () => {
  it('writes one JSON line per request with its id, sizes, counts and no text', async () => {
    const { app, lines } = loggedApp()
    const body = JSON.stringify({ text: 'A secret draft about Kiev', language: 'en' })
    const res = await app.request('/v1/normalize?token=abc', requestInit('POST', body))
    const responseBytes = (await res.arrayBuffer()).byteLength
    expect(lines).toHaveLength(1)
    const line = JSON.parse(lines[0]!)
    expect(line).toEqual({
      method: 'POST',
      path: '/v1/normalize',
      status: 200,
      durationMs: expect.any(Number),
      requestBytes: body.length,
      responseBytes,
      requestId: res.headers.get('x-request-id'),
      changes: 1,
      suggestions: 0,
      warnings: 0,
    })
    expect(line.durationMs).toBeGreaterThanOrEqual(0)
    expect(lines[0]).not.toContain('secret')
    expect(lines[0]).not.toContain('token')
  })

  it('counts suggestions apart from applied changes', async () => {
    const { app, lines } = loggedApp()
    await app.request('/v1/normalize', requestInit('POST', JSON.stringify({ text: 'A draft about Kiev', language: 'en', apply: 'none' })))
    expect(JSON.parse(lines[0]!)).toMatchObject({ changes: 0, suggestions: 1 })
  })

  it('logs errors with their status', async () => {
    const { app, lines } = loggedApp()
    await app.request('/nowhere')
    await app.request('/v1/normalize', requestInit('POST', '{'))
    await app.request('/v1/normalize', requestInit('POST', 'x'.repeat(2000)))
    await app.request('/healthz', { method: 'DELETE' })
    expect(lines.map((l) => [JSON.parse(l).path, JSON.parse(l).status])).toEqual([
      ['/nowhere', 404],
      ['/v1/normalize', 400],
      ['/v1/normalize', 413],
      ['/healthz', 405],
    ])
    for (const line of lines) expect(JSON.parse(line).requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('keeps serving when the log sink throws', async () => {
    const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
    const app = createApp({ copydesk, log: () => { throw new Error('disk full') } })
    expect((await app.request('/healthz')).status).toBe(200)
  })

  it('names the API key by its id and the webhook by its integration, and never logs a key, a secret or the text', async () => {
    const lines: string[] = []
    const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
    const integrations = parseIntegrations({ integrations: [{ name: 'wire', provider: 'generic', secrets: [SECRET], fields: [{ name: 'headline', format: 'text' }] }] })
    const app = createApp({ copydesk, config: { apiKeys: [KEY] }, webhooks: { integrations }, log: (line) => lines.push(line) })

    const text = 'Confidential draft: the minister met in Kiev and Kharkov'
    await app.request('/v1/normalize', requestInit('POST', { text, language: 'en' }, { authorization: `Bearer ${KEY}` }))
    await app.request('/v1/normalize', requestInit('POST', { text }, { authorization: `Bearer ${KEY.slice(0, -1)}x` }))
    const delivery = JSON.stringify({ id: 'story-1', locale: 'en', fields: { headline: text } })
    const signature = await signGeneric(delivery, SECRET)
    await app.request('/v1/webhooks/wire', requestInit('POST', delivery, { 'copydesk-signature': signature }))
    const wrong = signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0')
    await app.request('/v1/webhooks/wire', requestInit('POST', delivery, { 'copydesk-signature': wrong }))

    const parsed = lines.map((line) => JSON.parse(line))
    expect(parsed.map((l) => [l.path, l.status, l.keyId, l.integration])).toEqual([
      ['/v1/normalize', 200, await keyId(KEY), undefined],
      ['/v1/normalize', 401, undefined, undefined],
      ['/v1/webhooks/wire', 200, undefined, 'wire'],
      ['/v1/webhooks/wire', 401, undefined, 'wire'],
    ])
    expect(parsed[0]).toMatchObject({ changes: 2, warnings: 0 })
    expect(parsed[2]).toMatchObject({ fields: 1, skipped: 0, changes: 2 })
    expect(parsed[0].keyId).toMatch(/^[0-9a-f]{12}$/)
    const all = lines.join('\n')
    for (const secret of [KEY, KEY.slice(0, 12), SECRET, signature, signature.slice(-64), 'Confidential', 'Kharkov', 'story-1']) expect(all).not.toContain(secret)
  })
})
