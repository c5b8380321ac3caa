import { describe, expect, it } from 'vitest'
import { call, lockedCall, target } from './support/call.js'
import { bearer, LOCKED } from './support/locked-env.js'
import { awayFromWindowEdge } from './support/rate-window.js'

/**
 * The RateLimit-Policy and RateLimit fields (draft-ietf-httpapi-ratelimit-headers), in both
 * runtimes. Node's limiter knows what is left; the Workers binding only says yes or no, so
 * there RateLimit is sent with the 429 alone (docs/api.md says so).
 */
const policy = `"default";q=${LOCKED.rateLimit};w=${LOCKED.period}`

describe('RateLimit headers', () => {
  it('state the policy on every counted response, errors included', async () => {
    await awayFromWindowEdge(LOCKED.period)
    const key = bearer(LOCKED.keys.fields)
    const answers = [
      await lockedCall('GET', '/v1/glossaries', undefined, key),
      await lockedCall('POST', '/v1/normalize', '{', key),
      await lockedCall('GET', '/v1/glossaries', undefined, {}, '203.0.113.77'),
      await lockedCall('POST', '/v1/webhooks/wire', '{}', {}, '203.0.113.78'),
    ]
    expect(answers.map((res) => res.status)).toEqual([200, 400, 401, 401])
    for (const res of answers) expect(res.headers.get('ratelimit-policy')).toBe(policy)
  })

  it('count down what is left, then say when it is back', async () => {
    await awayFromWindowEdge(LOCKED.period)
    const client = '203.0.113.90'
    const answers: Response[] = []
    for (let i = 0; i <= LOCKED.rateLimit; i++) answers.push(await lockedCall('GET', '/v1/glossaries', undefined, {}, client))
    const last = answers.at(-1)!
    expect(last.status).toBe(429)
    expect(last.headers.get('ratelimit')).toMatch(/^"default";r=0;t=[1-9]\d*$/)
    if (target === 'worker') {
      // The binding cannot tell what is left: no RateLimit field on a success, rather than a guess.
      for (const res of answers.slice(0, -1)) expect(res.headers.get('ratelimit')).toBeNull()
    } else {
      const remaining = answers.slice(0, -1).map((res) => Number(/r=(\d+)/.exec(res.headers.get('ratelimit')!)![1]))
      expect(remaining).toEqual(Array.from({ length: LOCKED.rateLimit }, (_, i) => LOCKED.rateLimit - 1 - i))
      for (const res of answers.slice(0, -1)) expect(res.headers.get('ratelimit')).toMatch(/^"default";r=\d+;t=\d+$/)
    }
  })

  it('are not sent when no limit is configured, nor on routes that are not counted', async () => {
    const open = await call('POST', '/v1/normalize', { text: 'Kiev' })
    expect(open.headers.get('ratelimit-policy')).toBeNull()
    const health = await lockedCall('GET', '/healthz', undefined, {}, '203.0.113.91')
    expect(health.headers.get('ratelimit-policy')).toBeNull()
    expect(health.headers.get('ratelimit')).toBeNull()
  })
})
