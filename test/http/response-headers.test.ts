import { describe, expect, it } from 'vitest'
import { call, json, lockedCall } from './support/call.js'
import { bearer, LOCKED } from './support/locked-env.js'

/** Security headers and request ids on every response, in both runtimes. */
const key = bearer(LOCKED.keys.headers)

/** One response of each kind: success, and errors from every layer (router, access, body, limits). */
async function responses(): Promise<[string, Response][]> {
  return [
    ['200', await call('GET', '/healthz')],
    ['200 normalize', await call('POST', '/v1/normalize', { text: 'Kiev' })],
    ['400', await call('POST', '/v1/normalize', '{')],
    ['404', await call('GET', '/nowhere')],
    ['405', await call('PUT', '/v1/normalize', '{}')],
    ['413', await call('POST', '/v1/detect', 'x'.repeat(1_048_577))],
    ['415', await call('POST', '/v1/detect', 'x', { 'content-type': 'text/plain' })],
    ['401', await lockedCall('GET', '/v1/glossaries', undefined, {}, '192.0.2.141')],
    ['401 webhook', await lockedCall('POST', '/v1/webhooks/wire', '{}', {}, '192.0.2.141')],
    ['204 preflight', await lockedCall('OPTIONS', '/v1/detect', undefined, { origin: LOCKED.origin, 'access-control-request-method': 'POST' }, '192.0.2.141')],
    ['200 locked', await lockedCall('GET', '/v1/glossaries', undefined, key)],
  ]
}

describe('security headers', () => {
  it('are on every response', async () => {
    for (const [what, res] of await responses()) {
      expect(res.headers.get('content-security-policy'), what).toBe("default-src 'none'; frame-ancestors 'none'")
      expect(res.headers.get('x-content-type-options'), what).toBe('nosniff')
      expect(res.headers.get('x-frame-options'), what).toBe('DENY')
      expect(res.headers.get('referrer-policy'), what).toBe('no-referrer')
      expect(res.headers.get('strict-transport-security'), what).toMatch(/^max-age=\d+/)
      expect(res.headers.get('cross-origin-resource-policy'), what).toBe('same-origin')
      expect(res.headers.get('x-powered-by'), what).toBeNull()
    }
  })
})

describe('request ids', () => {
  it('are on every response, errors included, and differ', async () => {
    const ids = new Set<string>()
    for (const [what, res] of await responses()) {
      const id = res.headers.get('x-request-id')
      expect(id, what).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      ids.add(id!)
    }
    expect(ids.size).toBe(11)
  })

  it('echo a well-formed id sent by the caller, and replace any other', async () => {
    const sent = await call('POST', '/v1/normalize', { text: 'Kiev' }, { 'x-request-id': 'cms-42_abc=' })
    expect(sent.headers.get('x-request-id')).toBe('cms-42_abc=')
    const error = await lockedCall('GET', '/v1/glossaries', undefined, { 'x-request-id': 'trace-7' }, '192.0.2.142')
    expect(error.status).toBe(401)
    expect(error.headers.get('x-request-id')).toBe('trace-7')
    for (const bad of ['has space', 'semi;colon', 'x'.repeat(129), '']) {
      const res = await call('GET', '/healthz', undefined, { 'x-request-id': bad })
      expect(res.headers.get('x-request-id'), bad).not.toBe(bad)
      expect(res.headers.get('x-request-id'), bad).toMatch(/^[0-9a-f-]{36}$/)
    }
    const longest = 'x'.repeat(128)
    const res = await call('GET', '/healthz', undefined, { 'x-request-id': longest })
    expect(res.headers.get('x-request-id')).toBe(longest)
    expect((await json(res)).status).toBe('ok')
  })
})
