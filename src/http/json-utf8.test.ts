import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonUtf8 } from './json-utf8.js'

const encoder = new TextEncoder()
const reference = (value: unknown) => encoder.encode(JSON.stringify(value))

/** Any UTF-16 code unit: lone surrogates, controls, quotes, backslashes, Latin-1 and beyond. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }),
  fc.integer({ min: 0, max: 0x7f }),
  fc.constantFrom(0x22, 0x5c, 0x0a, 0x0d, 0x09, 0x00, 0x1f, 0x7f, 0xe9, 0x201c, 0x142, 0xd83d, 0xde00, 0xdbff, 0xdc00),
).map((code) => String.fromCharCode(code))
const text = fc.oneof(fc.string(), fc.string({ unit }), fc.string({ unit: 'grapheme' }), fc.string({ unit, minLength: 100, maxLength: 400 }))
const key = fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'toJSON', '0', '42', '-1', '1.5'))
const leaf = fc.oneof(
  text,
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e21, 5e-7, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, 2 ** 31, 2 ** 32),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.constant(Symbol('s')),
  fc.constant(new Date(0)),
  fc.constant({ toJSON: (k: string) => `member ${k}` }),
)
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 6 }),
  object: fc.dictionary(key, tie('node'), { maxKeys: 6 }),
})).node

/** Objects shaped like an answer: a plain record at the top, of which `jsonUtf8` serializes each member apart. */
const record = fc.oneof(fc.dictionary(key, value, { maxKeys: 8 }), fc.dictionary(key, value, { maxKeys: 8, noNullPrototype: false }))

describe('jsonUtf8', () => {
  it('writes the bytes of TextEncoder over JSON.stringify, for records and any other value', () => {
    fc.assert(
      fc.property(fc.oneof(record, value), (v) => {
        expect(jsonUtf8(v)).toEqual(reference(v))
      }),
      { numRuns: 2000 },
    )
  })

  it('writes members given as bytes where they stand, in parts, and leaves out an undefined one as JSON.stringify does', () => {
    fc.assert(
      fc.property(record, fc.integer({ min: 1, max: 5 }), (v, cut) => {
        const encoded: Record<string, Uint8Array[]> = {}
        for (const [k, member] of Object.entries(v)) {
          // A member with toJSON is serialized with its key as the argument: not what JSON.stringify(member) gives.
          if (typeof member === 'object' && member !== null && 'toJSON' in member) continue
          const json = JSON.stringify(member) as string | undefined
          if (json === undefined || k.length % 2 === 1) continue
          const bytes = encoder.encode(json)
          const step = Math.ceil(bytes.byteLength / cut) || 1
          encoded[k] = Array.from({ length: Math.ceil(bytes.byteLength / step) }, (_, i) => bytes.subarray(i * step, (i + 1) * step))
        }
        expect(jsonUtf8(v, encoded)).toEqual(reference(v))
      }),
      { numRuns: 1000 },
    )
    expect(jsonUtf8({ a: 1, concepts: undefined, b: 2 }, { concepts: [encoder.encode('{}')] })).toEqual(reference({ a: 1, b: 2 }))
    const big = { text: 'é'.repeat(200_000), concepts: { kyiv: { note: 'Київ' } } }
    expect(jsonUtf8(big, { concepts: [encoder.encode('{"kyiv":'), encoder.encode('{"note":"Київ"}}')] })).toEqual(reference(big))
  })

  it('writes an answer larger than the buffer it keeps, and one bigger than the last', () => {
    const big = { text: 'Kiev “quoted” \n'.repeat(40_000), diff: 'x'.repeat(300_000), changes: [{ message: 'ł'.repeat(70_000) }] }
    expect(jsonUtf8(big)).toEqual(reference(big))
    const medium = { text: 'é'.repeat(100_000), changes: [] }
    expect(jsonUtf8(medium)).toEqual(reference(medium))
  })

  it('counts the bytes of a large answer exactly, whatever its code units (pairs, lone surrogates, ASCII only)', () => {
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 40 }), fc.string({ maxLength: 20 }), (s, t) => {
        const large = { text: s.repeat(Math.ceil(360_000 / s.length)), t, ascii: 'Kyiv '.repeat(10) }
        expect(jsonUtf8(large)).toEqual(reference(large))
      }),
      { numRuns: 8 },
    )
  })

  it('hands back bytes of their own: the next answer does not write over them', () => {
    const first = jsonUtf8({ text: 'Kyiv' })
    const copy = first.slice()
    jsonUtf8({ text: 'Odesa, Kharkiv and Lviv' })
    expect(first).toEqual(copy)
    expect(first.byteLength).toBe(first.buffer.byteLength)
  })

  it('keeps JSON.stringify’s rules where a member is not plain data', () => {
    const date = new Date(Date.UTC(2026, 11, 5))
    const cases: unknown[] = [
      { when: date },
      { a: { toJSON: (k: string) => `key ${k}` } },
      { a: undefined, b: () => 1, c: Symbol('x'), d: [undefined, () => 1, Symbol('y')] },
      {},
      { a: undefined },
      Object.assign(Object.create(null) as object, { b: 1, a: 'x' }),
      { 2: 'two', 1: 'one', b: 'b', a: 'a' },
      [1, 'two', { three: 3 }],
      'a string',
      42,
      null,
    ]
    for (const v of cases) expect(jsonUtf8(v)).toEqual(reference(v))
  })

  it('throws what JSON.stringify throws', () => {
    const cycle: Record<string, unknown> = { name: 'loop' }
    cycle.self = cycle
    expect(() => jsonUtf8(cycle)).toThrow(TypeError)
    expect(() => jsonUtf8({ nested: { n: 1n } })).toThrow(TypeError)
  })
})
