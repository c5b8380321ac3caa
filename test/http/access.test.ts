import { describe, expect, it } from 'vitest'
import { call, json, lockedCall, target } from './support/call.js'
import { bearer, LOCKED } from './support/locked-env.js'
import { awayFromWindowEdge } from './support/rate-window.js'

/**
 * API keys and rate limits, in both runtimes: `call` is the service as shipped (no API_KEYS:
 * open), `lockedCall` the service with keys, a limit of LOCKED.rateLimit requests per
 * LOCKED.period seconds, CORS and webhooks (support/locked-env.ts).
 */
const REALM = 'Bearer realm="copydesk"'

describe('without API_KEYS', () => {
  it('answers every /v1 route without a key', async () => {
    expect((await call('GET', '/v1/glossaries')).status).toBe(200)
    expect((await call('POST', '/v1/detect', { text: 'Kyiv is the capital of Ukraine.' })).status).toBe(200)
  })
})

describe('with API_KEYS', () => {
  it('refuses a request without a key: 401 unauthorized with a Bearer challenge', async () => {
    const res = await lockedCall('GET', '/v1/glossaries', undefined, {}, '198.51.100.1')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe(REALM)
    expect(await json(res)).toEqual({
      error: { code: 'unauthorized', message: 'This route needs an API key: send the Authorization header with Bearer followed by the key', retryable: false },
    })
  })

  it('says so in the language of the request', async () => {
    const res = await lockedCall('GET', '/v1/glossaries', undefined, { 'accept-language': 'de' }, '198.51.100.2')
    expect(res.status).toBe(401)
    expect(res.headers.get('content-language')).toBe('de')
    expect((await json(res)).error.message).toBe('Diese Route erfordert einen API-Schlüssel: Senden Sie den Header Authorization mit Bearer und dem Schlüssel')
  })

  it('refuses another scheme, a malformed token and a wrong key', async () => {
    const client = '198.51.100.3'
    const basic = await lockedCall('GET', '/v1/glossaries', undefined, { authorization: `Basic ${btoa(`user:${LOCKED.keys.auth}`)}` }, client)
    expect(basic.status).toBe(401)
    expect(basic.headers.get('www-authenticate')).toBe(REALM)
    expect((await json(basic)).error.message).toBe('The Authorization header must use the Bearer scheme, followed by the API key')

    for (const authorization of ['Bearer', 'Bearer two words', `Bearer ${LOCKED.keys.auth}!`, 'Bearer wrong-key-0123456789abcdef', `Bearer ${LOCKED.keys.auth.slice(0, -1)}`]) {
      const res = await lockedCall('GET', '/v1/glossaries', undefined, { authorization }, client)
      expect(res.status, authorization).toBe(401)
      expect(res.headers.get('www-authenticate')).toBe(`${REALM}, error="invalid_token"`)
      expect(await json(res)).toEqual({ error: { code: 'unauthorized', message: 'The API key is not valid', retryable: false } })
    }
  })

  it('answers a request with a right key, the scheme in any case', async () => {
    expect((await lockedCall('GET', '/v1/glossaries', undefined, bearer(LOCKED.keys.auth))).status).toBe(200)
    expect((await lockedCall('GET', '/v1/glossaries/news', undefined, { authorization: `bearer ${LOCKED.keys.auth}` })).status).toBe(200)
    const res = await lockedCall('POST', '/v1/normalize', { text: 'They flew to Kiev.', language: 'en' }, bearer(LOCKED.keys.auth))
    expect(res.status).toBe(200)
    expect((await json(res)).text).toBe('They flew to Kyiv.')
  })

  it('guards every /v1 route, known or not, but not /healthz', async () => {
    const client = '198.51.100.4'
    for (const [method, path] of [['POST', '/v1/normalize'], ['POST', '/v1/detect'], ['GET', '/v1/glossaries/news'], ['GET', '/v1/nowhere'], ['DELETE', '/v1/glossaries']]) {
      expect((await lockedCall(method!, path!, method === 'POST' ? { text: 'x' } : undefined, {}, client)).status, `${method} ${path}`).toBe(401)
    }
    const health = await lockedCall('GET', '/healthz', undefined, {}, client)
    expect(health.status).toBe(200)
    expect((await json(health)).status).toBe('ok')
  })

  it('does not ask webhooks for a key: their proof is the provider signature', async () => {
    const res = await lockedCall('POST', '/v1/webhooks/wire', { id: 'x', fields: {} }, {}, '198.51.100.5')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBeNull()
    expect((await json(res)).error).toMatchObject({ code: 'invalid_signature', retryable: false })
  })
})

describe('rate limit', () => {
  async function burst(send: () => Promise<Response>): Promise<Response[]> {
    await awayFromWindowEdge(LOCKED.period)
    const answers: Response[] = []
    for (let i = 0; i <= LOCKED.rateLimit; i++) answers.push(await send())
    return answers
  }

  async function expectLimited(res: Response): Promise<void> {
    expect(res.status).toBe(429)
    const retryAfter = Number(res.headers.get('retry-after'))
    expect(Number.isInteger(retryAfter)).toBe(true)
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(LOCKED.period)
    // Node's token bucket knows when the next token is back; the Workers binding only says no,
    // so the answer is its whole period.
    if (target === 'worker') expect(retryAfter).toBe(LOCKED.period)
    else expect(retryAfter).toBe(Math.ceil(LOCKED.period / LOCKED.rateLimit))
    expect(res.headers.get('x-request-id')).toBeTruthy()
    expect(await json(res)).toEqual({
      error: { code: 'rate_limited', message: `Too many requests; retry in ${retryAfter} ${retryAfter === 1 ? 'second' : 'seconds'}`, retryable: true },
    })
  }

  it('answers 429 with Retry-After once an API key has used its requests; other keys go on', async () => {
    const answers = await burst(() => lockedCall('GET', '/v1/glossaries', undefined, bearer(LOCKED.keys.limit)))
    expect(answers.slice(0, -1).map((res) => res.status)).toEqual(Array(LOCKED.rateLimit).fill(200))
    await expectLimited(answers.at(-1)!)
    // Counted by key, not by client: the same client with another key is not limited.
    expect((await lockedCall('GET', '/v1/glossaries', undefined, bearer(LOCKED.keys.other))).status).toBe(200)
  })

  it('counts requests without a valid key by client address, so guessing keys is limited too', async () => {
    const answers = await burst(() => lockedCall('GET', '/v1/glossaries', undefined, bearer('guess-0123456789abcdef'), '203.0.113.10'))
    expect(answers.slice(0, -1).map((res) => res.status)).toEqual(Array(LOCKED.rateLimit).fill(401))
    await expectLimited(answers.at(-1)!)
    expect((await lockedCall('GET', '/v1/glossaries', undefined, {}, '203.0.113.11')).status).toBe(401)
  })

  it('limits webhook deliveries per integration and client', async () => {
    const answers = await burst(() => lockedCall('POST', '/v1/webhooks/wire', { id: 'x', fields: {} }, {}, '203.0.113.20'))
    expect(answers.slice(0, -1).map((res) => res.status)).toEqual(Array(LOCKED.rateLimit).fill(401))
    await expectLimited(answers.at(-1)!)
    expect((await lockedCall('POST', '/v1/webhooks/contentful-main', { id: 'x' }, {}, '203.0.113.20')).status).toBe(401)
    expect((await lockedCall('POST', '/v1/webhooks/wire', { id: 'x', fields: {} }, {}, '203.0.113.21')).status).toBe(401)
  })

  it('does not count /healthz', async () => {
    await awayFromWindowEdge(LOCKED.period)
    for (let i = 0; i <= LOCKED.rateLimit; i++) expect((await lockedCall('GET', '/healthz', undefined, {}, '203.0.113.30')).status).toBe(200)
    expect((await lockedCall('GET', '/v1/glossaries', undefined, {}, '203.0.113.30')).status).toBe(401)
  })
})
