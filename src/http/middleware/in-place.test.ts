import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../core/copydesk.js'
import { tinyGlossary } from '../../../test/http/support/tiny-glossary.js'
import { createApp } from '../app.js'
import { jsonResponse } from '../json-response.js'

/**
 * The middleware adds its headers to the handler's own response. Rebuilding it (Hono's
 * `c.header` after the handler makes `new Response(res.body, res)`) turns a body of bytes into
 * a web stream, which @hono/node-server then pumps chunk by chunk: 4× slower for a 29 KB
 * answer under load (docs/performance-history.md, HTTP).
 */
describe('the response the handler made', () => {
  const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })

  it.each([[[]], [['https://cms.example']]])('is the one sent, with every header added in place (CORS origins %j)', async (corsOrigins) => {
    const app = createApp({ copydesk, config: { corsOrigins }, log: () => {} })
    let made: Response | undefined
    app.get('/v1/probe', () => (made = jsonResponse({ ok: true }, 200, { vary: 'Accept-Language' })))
    const res = await app.request('/v1/probe', { headers: { 'x-request-id': 'probe-1' } })
    expect(res).toBe(made)
    expect(res.headers.get('x-request-id')).toBe('probe-1')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('vary')).toBe(corsOrigins.length > 0 ? 'Accept-Language, Origin' : 'Accept-Language')
    expect(await res.json()).toEqual({ ok: true })
  })
})
