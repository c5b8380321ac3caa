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
})
