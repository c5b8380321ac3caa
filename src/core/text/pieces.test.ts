import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Pieces } from './pieces.js'

describe('Pieces', () => {
  it('is the pieces joined, in order, below and across its chunks, read once or several times', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 3000 }), fc.nat(3000), (pieces, readAt) => {
      const built = new Pieces()
      pieces.forEach((piece, i) => {
        // Reading it halfway changes nothing of what comes after.
        if (i === readAt) expect(built.toString()).toBe(pieces.slice(0, i).join(''))
        built.add(piece)
      })
      expect(built.toString()).toBe(pieces.join(''))
      expect(built.toString()).toBe(pieces.join(''))
    }), { numRuns: 60 })
  })

  // fast-check keeps arrays to about ten items by default: the joining past CHUNK (4096) pieces
  // is reached here, with reads on each side of a chunk's edge.
  it('is the pieces joined across several chunks, read at their edges', () => {
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 8300, maxLength: 9300, size: 'max' }), fc.constantFrom(0, 1023, 1024, 1025, 2048, 2049, 4095, 4096, 4097), (pieces, readAt) => {
      const built = new Pieces()
      pieces.forEach((piece, i) => {
        if (i === readAt) expect(built.toString()).toBe(pieces.slice(0, i).join(''))
        built.add(piece)
      })
      expect(built.toString()).toBe(pieces.join(''))
    }), { numRuns: 20 })
  })
})
