import { describe, expect, it } from 'vitest'
import { MemoryRateLimiter } from '../../src/runtime/node/memory-rate-limiter.js'

function limiter(options: { limit: number; periodSeconds: number; maxKeys?: number }) {
  let now = 1_000_000
  const rl = new MemoryRateLimiter({ ...options, now: () => now })
  return { rl, advance: (ms: number) => (now += ms) }
}

describe('MemoryRateLimiter', () => {
  it('allows a burst of `limit` requests, then refuses with the seconds until the next one', async () => {
    const { rl } = limiter({ limit: 3, periodSeconds: 60 })
    const answers = []
    for (let i = 0; i < 4; i++) answers.push(await rl.limit('a'))
    expect(answers).toEqual([
      { success: true, remaining: 2, reset: 20 },
      { success: true, remaining: 1, reset: 40 },
      { success: true, remaining: 0, reset: 60 },
      { success: false, retryAfter: 20, remaining: 0, reset: 60 },
    ])
    expect(rl.policy).toEqual({ limit: 3, periodSeconds: 60 })
  })

  it('refills at limit per period, and counts every key on its own', async () => {
    const { rl, advance } = limiter({ limit: 2, periodSeconds: 10 })
    await rl.limit('a')
    await rl.limit('a')
    expect(await rl.limit('a')).toMatchObject({ success: false, retryAfter: 5 })
    expect(await rl.limit('b')).toMatchObject({ success: true, remaining: 1 })
    advance(4_000)
    expect(await rl.limit('a')).toMatchObject({ success: false, retryAfter: 1, remaining: 0, reset: 6 })
    advance(1_000)
    expect(await rl.limit('a')).toMatchObject({ success: true, remaining: 0 })
    expect(await rl.limit('a')).toMatchObject({ success: false, retryAfter: 5 })
    advance(60_000) // never more than `limit` saved up
    expect([await rl.limit('a'), await rl.limit('a'), await rl.limit('a')].map((a) => a.success)).toEqual([true, true, false])
  })

  it('keeps at most maxKeys buckets, forgetting the least recently used', async () => {
    const { rl } = limiter({ limit: 1, periodSeconds: 60, maxKeys: 2 })
    await rl.limit('a')
    await rl.limit('b')
    await rl.limit('a') // a is now the most recently used
    await rl.limit('c')
    expect(rl.size).toBe(2)
    expect((await rl.limit('a')).success).toBe(false) // remembered
    expect((await rl.limit('b')).success).toBe(true) // forgotten: a full bucket again
  })

  it('never grows past maxKeys under many clients', async () => {
    const { rl } = limiter({ limit: 5, periodSeconds: 60, maxKeys: 100 })
    for (let i = 0; i < 10_000; i++) await rl.limit(`client:${i}`)
    expect(rl.size).toBe(100)
  })
})

describe('MemoryRateLimiter with a cost', () => {
  it('charges `cost` tokens, refuses when fewer are left, and says when enough are back', async () => {
    let now = 0
    const limiter = new MemoryRateLimiter({ limit: 20, periodSeconds: 20, now: () => now })
    // `remaining` and `reset` (the RateLimit header) count the units, not the requests.
    expect(await limiter.limit('k', 16)).toEqual({ success: true, remaining: 4, reset: 16 })
    expect(await limiter.limit('k', 5)).toEqual({ success: false, retryAfter: 1, remaining: 4, reset: 16 })
    expect(await limiter.limit('k', 4)).toEqual({ success: true, remaining: 0, reset: 20 })
    // A cost above the bucket takes the whole bucket, once it is full again (20 s).
    expect(await limiter.limit('k', 100)).toEqual({ success: false, retryAfter: 20, remaining: 0, reset: 20 })
    now = 20_000
    expect(await limiter.limit('k', 100)).toEqual({ success: true, remaining: 0, reset: 20 })
  })
})
