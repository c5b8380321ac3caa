import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonSyntaxErrorAt } from './json-syntax.js'

describe('jsonSyntaxErrorAt', () => {
  it.each([
    ['{"integrations": [', 1, 19],
    ['{\n  "integrations": [],\n  "x": nope\n}', 3, 8],
    ['{"a": 1,}', 1, 9],
    ["{'a': 1}", 1, 2],
    ['{"a": "tab\there"}', 1, 11],
    ['[1, 2] 3', 1, 8],
    ['', 1, 1],
    ['{"a": 01}', 1, 8],
    ['"\\x"', 1, 2],
  ])('%j breaks at line %i, column %i', (text, line, column) => {
    expect(jsonSyntaxErrorAt(text)).toEqual({ line, column })
  })

  it('agrees with JSON.parse', () => {
    const texts = fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 30 }), fc.json({ maxDepth: 3 }).chain((json) => fc.nat(json.length).map((cut) => json.slice(0, cut))))
    fc.assert(
      fc.property(texts, (text) => {
        let valid = true
        try {
          JSON.parse(text)
        } catch {
          valid = false
        }
        expect(jsonSyntaxErrorAt(text) === undefined).toBe(valid)
      }),
      { numRuns: 500 },
    )
  })
})
