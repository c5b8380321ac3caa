import { describe, expect, it } from 'vitest'
import { call, json, lockedCall } from './support/call.js'
import { bearer, LOCKED } from './support/locked-env.js'

/** CORS_ORIGINS in both runtimes: the locked target allows LOCKED.origin; the service as shipped allows none. */
const allowed = LOCKED.origin
const denied = 'https://elsewhere.example.org'
const key = bearer(LOCKED.keys.cors)

function preflight(origin: string, client: string): Promise<Response> {
  return lockedCall(
    'OPTIONS',
    '/v1/normalize',
    undefined,
    { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    client,
  )
}

const list = (value: string | null) => (value ?? '').split(',').map((item) => item.trim().toLowerCase())

describe('CORS for the configured origins', () => {
  it('answers the preflight of an allowed origin, without a key: Authorization and Content-Type allowed', async () => {
    const res = await preflight(allowed, '192.0.2.131')
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed)
    expect(list(res.headers.get('access-control-allow-headers'))).toEqual(expect.arrayContaining(['authorization', 'content-type']))
    expect(list(res.headers.get('access-control-allow-methods'))).toEqual(expect.arrayContaining(['get', 'post']))
    expect(res.headers.get('access-control-max-age')).toBe('600')
    expect(list(res.headers.get('vary'))).toContain('origin')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('lets an allowed origin read the answer and its request id', async () => {
    const res = await lockedCall('POST', '/v1/normalize', { text: 'Kiev', language: 'en' }, { ...key, origin: allowed })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed)
    expect(list(res.headers.get('access-control-expose-headers'))).toEqual(expect.arrayContaining(['x-request-id', 'retry-after', 'content-language', 'ratelimit', 'ratelimit-policy']))
    expect(list(res.headers.get('vary'))).toEqual(expect.arrayContaining(['origin', 'accept-language']))
    // An error, too: the page must be able to read why.
    const refused = await lockedCall('GET', '/v1/glossaries', undefined, { origin: allowed }, '192.0.2.132')
    expect(refused.status).toBe(401)
    expect(refused.headers.get('access-control-allow-origin')).toBe(allowed)
  })

  it('gives another origin no CORS header, its preflight included', async () => {
    const res = await lockedCall('GET', '/v1/glossaries', undefined, { ...key, origin: denied })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect(list(res.headers.get('vary'))).toContain('origin')
    const pre = await preflight(denied, '192.0.2.133')
    expect(pre.status).toBe(401)
    expect(pre.headers.get('access-control-allow-origin')).toBeNull()
    expect(pre.headers.get('access-control-allow-headers')).toBeNull()
    // An allowed origin's OPTIONS that is not a preflight is an ordinary request.
    expect((await lockedCall('OPTIONS', '/v1/normalize', undefined, { ...key, origin: allowed })).status).toBe(405)
  })

  it('is off without CORS_ORIGINS', async () => {
    const res = await call('GET', '/v1/glossaries', undefined, { origin: allowed })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    const pre = await call('OPTIONS', '/v1/normalize', undefined, { origin: allowed, 'access-control-request-method': 'POST' })
    expect(pre.status).toBe(405)
    expect(pre.headers.get('access-control-allow-origin')).toBeNull()
    expect((await json(pre)).error.code).toBe('method_not_allowed')
  })
})
