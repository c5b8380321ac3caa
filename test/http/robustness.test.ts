import { applyPatch } from 'diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { call, json as readJson } from './support/call.js'

const expectedStatuses = new Set([200, 400, 404, 413, 415, 422])

describe('no input makes the service fail', () => {
  it.each([
    ['a byte order mark before the JSON', '\uFEFF{"text":"They met in Kiev.","language":"en"}', 200],
    ['a huge number', '{"text": 1e999999}', 400],
    ['a huge integer', `{"text": ${'9'.repeat(5000)}}`, 400],
    ['deeply nested arrays', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, 400],
    ['deeply nested objects in an extra field', `{"text":"Kiev","x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`, 200],
    ['unbalanced nesting', '['.repeat(100_000), 400],
    ['a NUL character', '{"text":"Kiev\\u0000Kiev","language":"en"}', 200],
    ['a __proto__ field', '{"__proto__":{"text":"Kiev"},"text":"ok"}', 200],
    ['a duplicated field', '{"text":1,"text":"Kiev"}', 200],
  ])('%s', async (_, body, status) => {
    const res = await call('POST', '/v1/normalize', body)
    expect(res.status).toBe(status)
    await readJson(res)
  })

  it('answers any JSON body with an expected status', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ text: fc.jsonValue(), language: fc.jsonValue(), glossary: fc.jsonValue() }, { requiredKeys: [] })), async (body) => {
        const res = await call('POST', '/v1/normalize', JSON.stringify(body))
        expect(expectedStatuses).toContain(res.status)
        await readJson(res)
      }),
      { numRuns: 150 },
    )
  })

  it('answers any bytes with an expected status', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const res = await call('POST', '/v1/normalize', bytes)
        expect(expectedStatuses).toContain(res.status)
      }),
      { numRuns: 150 },
    )
  })

  it('normalizes any well-formed text consistently', async () => {
    const words = fc.constantFrom('Kiev', 'Kyiv', 'Zelenski', 'Volodímir', 'Plaza San Miguel', 'Kharkov', 'the', '🇺🇦', 'é', '\n', ' ', '.', 'Kiew')
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(words, { maxLength: 30 }).map((w) => w.join(' ')))
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('auto', 'en'), async (input, language) => {
        const res = await call('POST', '/v1/normalize', { text: input, language })
        expect(res.status).toBe(200)
        const json = await readJson(res)
        let last = 0
        for (const change of json.changes) {
          expect(change.start).toBeGreaterThanOrEqual(last)
          expect(input.slice(change.start, change.end)).toBe(change.original)
          last = change.end
        }
        expect(applyPatch(input, json.diff)).toBe(json.text)
      }),
      { numRuns: 150 },
    )
  })
})
