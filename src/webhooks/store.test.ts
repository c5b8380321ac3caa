import { describe, expect, it } from 'vitest'
import { MemoryIdempotencyStore } from './store.js'
import type { StoredAnswer } from './types.js'

const answer = (n: number): StoredAnswer => ({
  fingerprint: 'f'.repeat(64),
  result: { status: 200, body: { outcome: 'ignored', integration: 'i', provider: 'generic', delivery: String(n), event: 'e', reason: 'deleted', message: { key: 'ignored-deleted' } } },
})

describe('MemoryIdempotencyStore', () => {
  it('forgets an answer once its time to live has passed', async () => {
    let now = 0
    const store = new MemoryIdempotencyStore({ now: () => now })
    await store.put('a', answer(1), 60)
    now = 59_999
    expect(await store.get('a')).toEqual(answer(1))
    now = 60_000
    expect(await store.get('a')).toBeUndefined()
    expect(store.size).toBe(0)
    expect(store.heldBytes).toBe(0)
  })

  it('keeps at most maxBytes of answers, dropping the oldest', async () => {
    const one = 1 + JSON.stringify(answer(1)).length
    const store = new MemoryIdempotencyStore({ maxBytes: 2 * one, now: () => 0 })
    await store.put('a', answer(1), 60)
    await store.put('b', answer(2), 60)
    await store.put('a', answer(3), 60)
    await store.put('c', answer(4), 60)
    expect(await store.get('b')).toBeUndefined()
    expect(await store.get('a')).toEqual(answer(3))
    expect(await store.get('c')).toEqual(answer(4))
    expect(store.heldBytes).toBeLessThanOrEqual(2 * one)
  })
})
