import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BoundedBuckets } from './cache.js'

describe('BoundedBuckets', () => {
  it('holds what was added, in each key\'s bucket, never more than its bound, and is emptied when full', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer()), { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (adds, max) => {
        const buckets = new BoundedBuckets<string, number[]>(() => [], max)
        // The model: values since the last emptying, which happens when `max` are held.
        let held: Array<[string, number]> = []
        for (const [key, value] of adds) {
          if (held.length >= max) held = []
          held.push([key, value])
          buckets.forNew(key).push(value)
          for (const k of ['a', 'b', 'c']) {
            const mine = held.filter(([hk]) => hk === k).map(([, v]) => v)
            expect(buckets.get(k)).toEqual(mine.length === 0 ? undefined : mine)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
