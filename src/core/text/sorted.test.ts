import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lowerBound, someIn, spanOverlaps } from './sorted.js'

describe('sorted arrays', () => {
  it('lowerBound is the count of values below, as a scan finds it', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, value) => {
      const sorted = values.sort((a, b) => a - b)
      expect(lowerBound(sorted, value)).toBe(sorted.filter((v) => v < value).length)
    }))
  })

  it('someIn answers as a scan of [from, to) does, ends excluded', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), fc.nat(30), (values, from, width) => {
      const sorted = values.sort((a, b) => a - b)
      expect(someIn(sorted, from, from + width)).toBe(sorted.some((v) => v >= from && v < from + width))
    }))
    expect(someIn([3], 3, 4)).toBe(true)
    expect(someIn([4], 3, 4)).toBe(false)
    expect(someIn([], 0, 10)).toBe(false)
  })

  it('spanOverlaps answers as a scan of the spans does, whatever their order and overlaps', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.nat(12)).map(([a, w]): [number, number] => [a, a + w])
    fc.assert(fc.property(fc.array(span), span, (spans, [start, end]) => {
      expect(spanOverlaps(spans)(start, end)).toBe(spans.some(([a, b]) => start < b && end > a))
    }))
    expect(spanOverlaps([[3, 5]])(5, 6)).toBe(false)
    expect(spanOverlaps([[3, 5]])(4, 4)).toBe(true)
    expect(spanOverlaps([])(0, 10)).toBe(false)
  })
})
