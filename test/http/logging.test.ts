import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { createApp } from '../../src/http/index.js'
import { requestInit } from './support/request-init.js'
import { tinyGlossary } from './support/tiny-glossary.js'

function loggedApp() {
  const lines: string[] = []
  const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
  const app = createApp({ copydesk, log: (line) => lines.push(line), config: { bodyLimit: 1000 } })
  return { app, lines }
}

describe('request log', () => {
  it('writes one JSON line per request with sizes and no text', async () => {
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
    })
    expect(line.durationMs).toBeGreaterThanOrEqual(0)
    expect(lines[0]).not.toContain('secret')
    expect(lines[0]).not.toContain('token')
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
  })

  it('keeps serving when the log sink throws', async () => {
    const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
    const app = createApp({ copydesk, log: () => { throw new Error('disk full') } })
    expect((await app.request('/healthz')).status).toBe(200)
  })
})
