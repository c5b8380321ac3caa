import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import type { Copydesk } from '../../src/core/api.js'
import { createApp } from '../../src/http/index.js'
import { requestInit, json } from './support/request-init.js'
import { tinyGlossary } from './support/tiny-glossary.js'

/** The real core, except that normalize and detect fail unexpectedly. */
function failingCopydesk(): Copydesk {
  const real = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
  return {
    ...real,
    normalize: () => {
      throw new Error('boom at /srv/copydesk/secret/path.ts:12')
    },
    detect: () => {
      throw 'not even an Error'
    },
  }
}

describe('unexpected errors', () => {
  it('answer 500 internal_error with a generic message and log the error', async () => {
    const lines: string[] = []
    const app = createApp({ copydesk: failingCopydesk(), log: (line) => lines.push(line) })
    const res = await app.request('/v1/normalize', requestInit('POST', { text: 'Kiev' }))
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal_error', message: 'Internal error: the request could not be completed', retryable: true },
    })
    expect(text).not.toContain('boom')
    expect(text).not.toContain('secret')
    const line = JSON.parse(lines[0]!)
    expect(line.status).toBe(500)
    expect(line.error).toContain('boom at /srv/copydesk/secret/path.ts:12')
  })

  it('handle thrown non-errors too', async () => {
    const lines: string[] = []
    const app = createApp({ copydesk: failingCopydesk(), log: (line) => lines.push(line) })
    const res = await app.request('/v1/detect', requestInit('POST', { text: 'Kiev' }))
    expect(res.status).toBe(500)
    expect((await json(res)).error.code).toBe('internal_error')
    expect(JSON.parse(lines[0]!).error).toContain('NonErrorThrown: not even an Error')
  })
})

describe('createApp', () => {
  it('refuses a default glossary that is not loaded', () => {
    const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
    expect(() => createApp({ copydesk, config: { defaultGlossary: 'news' } })).toThrow(
      'Default glossary "news" is not loaded; loaded: tiny',
    )
  })

  it('uses config.defaultGlossary over the core default', async () => {
    const copydesk = createCopydesk({ glossaries: [tinyGlossary(), tinyGlossary('other')], defaultGlossary: 'tiny' })
    const app = createApp({ copydesk, config: { defaultGlossary: 'other' }, log: () => {} })
    const res = await app.request('/v1/normalize', requestInit('POST', { text: 'Kiev', language: 'en' }))
    expect((await json(res)).glossary.id).toBe('other')
  })
})
