import { bearerAuth } from 'hono/bearer-auth'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { createApp, HttpError } from '../../src/http/index.js'
import { json, requestInit } from './support/request-init.js'
import { tinyGlossary } from './support/tiny-glossary.js'

/**
 * A Hono middleware that throws its own `HTTPException` (bodyLimit, bearerAuth...) gets our
 * error shape with its status, in the request's locale, never a 500. Runs in both runtimes.
 */
describe("a Hono middleware's HTTPException", () => {
  const app = createApp({ copydesk: createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' }), log: () => {} })
  app.post('/extra/limited', bodyLimit({ maxSize: 8 }), (c) => c.text('ok'))
  app.get('/extra/bearer', bearerAuth({ token: 'a-token-of-some-length' }), (c) => c.text('ok'))
  app.get('/extra/teapot', () => {
    throw new HTTPException(418, { message: 'I am a teapot' })
  })
  app.get('/extra/unavailable', () => {
    throw new HTTPException(503)
  })

  it('becomes our JSON error with its status: bodyLimit → 413 payload_too_large', async () => {
    const res = await app.request('/extra/limited', requestInit('POST', '{"text":"more than eight bytes"}'))
    expect(res.status).toBe(413)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await json(res)).toEqual({ error: { code: 'payload_too_large', message: 'The request body is too large', retryable: false } })
  })

  it('is rendered in the request locale', async () => {
    const res = await app.request('/extra/limited', requestInit('POST', '{"text":"more than eight bytes"}', { 'accept-language': 'es' }))
    expect(res.status).toBe(413)
    expect(res.headers.get('content-language')).toBe('es')
    expect((await json(res)).error.message).toBe('El cuerpo de la solicitud es demasiado grande')
  })

  it("keeps the middleware's headers: bearerAuth → 401 unauthorized with WWW-Authenticate", async () => {
    const res = await app.request('/extra/bearer')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect((await json(res)).error).toMatchObject({ code: 'unauthorized', retryable: false })
  })

  it('any other status keeps its status, with a generic code; a 5xx is retryable', async () => {
    const teapot = await app.request('/extra/teapot')
    expect(teapot.status).toBe(418)
    expect(await json(teapot)).toEqual({ error: { code: 'request_failed', message: 'The request could not be completed (HTTP status 418)', retryable: false } })
    const unavailable = await app.request('/extra/unavailable')
    expect(unavailable.status).toBe(503)
    expect((await json(unavailable)).error).toMatchObject({ code: 'internal_error', retryable: true })
  })

  it('our HttpError is one', () => {
    expect(new HttpError(400, 'invalid_request')).toBeInstanceOf(HTTPException)
  })
})
