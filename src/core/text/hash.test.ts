import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashSlot, hashUnits, keySlot, nextHashSlot, putPair } from './hash.js'

/**
 * A table of string keys as the compile's tables use these helpers, with the hash given: a
 * glossary's hashes rarely collide, so collisions (equal hashes, and different hashes on one
 * home slot) are forced here with hashes from a tiny range.
 */
function pairTable(hashOf: (key: string) => number) {
  let table = new Int32Array(8)
  const keys: string[] = []
  return {
    add(key: string): number {
      const hash = hashOf(key)
      const at = keySlot(table, keys, hash, key)
      if (table[at + 1] !== 0) return table[at + 1]! - 1
      keys.push(key)
      table = putPair(table, at, hash, keys.length)
      return keys.length - 1
    },
    /** The same lookup spelled with hashSlot and nextHashSlot, as WordReach and the closure do it. */
    find(key: string): number | undefined {
      const hash = hashOf(key)
      for (let at = hashSlot(table, hash); table[at + 1] !== 0; at = nextHashSlot(table, hash, at)) if (keys[table[at + 1]! - 1] === key) return table[at + 1]! - 1
      return undefined
    },
    get table() {
      return table
    },
  }
}

describe('the open-addressing pair table (hashSlot, keySlot, putPair)', () => {
  it('finds every key added, and no other, as a Map would, through collisions and growth', () => {
    const key = fc.string({ maxLength: 3 })
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), fc.array(key, { maxLength: 50 }), fc.constantFrom(1, 4, 1 << 20), (added, asked, range) => {
        const table = pairTable((k) => hashUnits(k) % range)
        const map = new Map<string, number>()
        for (const k of added) {
          if (!map.has(k)) map.set(k, map.size)
          expect(table.add(k)).toBe(map.get(k))
        }
        for (const k of [...added, ...asked]) expect(table.find(k)).toBe(map.get(k))
        // At most half full.
        expect(4 * map.size).toBeLessThanOrEqual(table.table.length)
      }),
      { numRuns: 300 },
    )
  })
})
