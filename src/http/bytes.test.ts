import { describe, expect, it } from 'vitest'
import { concatBytes } from './bytes.js'

describe('concatBytes', () => {
  const parts = [new Uint8Array([1, 2]), new Uint8Array(0), new Uint8Array([3]).subarray(0, 1), new Uint8Array([9, 4, 5]).subarray(1)]

  it('writes the parts in order, whether or not the caller gives their length', () => {
    expect([...concatBytes(parts)]).toEqual([1, 2, 3, 4, 5])
    expect([...concatBytes(parts, 5)]).toEqual([1, 2, 3, 4, 5])
  })

  it('returns a buffer of its own, empty for no parts', () => {
    const out = concatBytes(parts)
    parts[0]![0] = 7
    expect(out[0]).toBe(1)
    expect(concatBytes([]).byteLength).toBe(0)
  })
})
