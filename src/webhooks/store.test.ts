import { describe, expect, it } from 'vitest'
import { MemoryIdempotencyStore } from './store.js'
import type { DeliveryResult } from './types.js'

const result = (n: number): DeliveryResult => ({ status: 200, body: { outcome: 'ignored', integration: 'i', provider: 'generic', delivery: String(n), event: 'e', reason: 'deleted', message: { key: 'ignored-deleted' } } })

describe('MemoryIdempotencyStore', () => {
  it('forgets an answer once its time to live has passed', async () => {
    let now = 0
    const store = new MemoryIdempotencyStore({ now: () => now })
    await store.put('a', result(1), 60)
    now = 59_999
    expect(await store.get('a')).toEqual(result(1))
    now = 60_000
    expect(await store.get('a')).toBeUndefined()
    expect(store.size).toBe(0)
  })

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const store = new MemoryIdempotencyStore({ maxEntries: 2, now: () => 0 })
    await store.put('a', result(1), 60)
    await store.put('b', result(2), 60)
    await store.put('a', result(3), 60)
    await store.put('c', result(4), 60)
    expect(await store.get('b')).toBeUndefined()
    expect(await store.get('a')).toEqual(result(3))
    expect(await store.get('c')).toEqual(result(4))
  })
})
