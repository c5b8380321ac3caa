import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { PRIORITY, type Entry } from './entry.js'
import { mapTrie, type MapTrieNode } from './map-trie.fixture.js'
import { buildTrie, type Trie } from './trie.js'

/**
 * The eight arrays of `Trie` built the plain way: a map per unit, then one node per run (a
 * path that neither branches nor ends a form), numbered depth-first with children in ascending
 * label order, forms by priority then input order. buildTrie's sort, cuts and staged units
 * (trie.ts) must give exactly these, on any keys: empty ones, U+0000 and U+FFFF, lone
 * surrogates, duplicates, keys that are prefixes of others, ranges of two.
 */
function referenceArrays(entries: readonly Entry[], keys: readonly string[]) {
  const top = mapTrie(keys)
  const root: [unit: number, node: number][] = []
  const label = [0], firstChild = [0], nextSibling = [0], firstEntry = [0], run = [0]
  const nextEntry = new Array<number>(keys.length).fill(0)
  const units: number[] = []
  const attach = (id: number, forms: number[]) => {
    const sorted = [...forms].sort((a, b) => PRIORITY[entries[b]!.kind] - PRIORITY[entries[a]!.kind] || a - b)
    sorted.forEach((e, k) => {
      if (k === 0) firstEntry[id] = e + 1
      else nextEntry[sorted[k - 1]!] = e + 1
    })
  }
  const place = (code: number, start: MapTrieNode): number => {
    const id = label.length
    label.push(code)
    run.push(units.length)
    firstChild.push(0)
    nextSibling.push(0)
    firstEntry.push(0)
    units.push(code)
    let node = start
    while (node.forms.length === 0 && node.children.size === 1) {
      const [unit, child] = [...node.children][0]!
      units.push(unit)
      node = child
    }
    attach(id, node.forms)
    let previous = 0
    for (const unit of [...node.children.keys()].sort((a, b) => a - b)) {
      const child = place(unit, node.children.get(unit)!)
      if (previous === 0) firstChild[id] = child
      else nextSibling[previous] = child
      previous = child
    }
    return id
  }
  attach(0, top.forms)
  for (const unit of [...top.children.keys()].sort((a, b) => a - b)) root.push([unit, place(unit, top.children.get(unit)!)])
  run.push(units.length)
  return { root, label, firstChild, nextSibling, firstEntry, nextEntry, run, units }
}

const kinds = ['variant', 'exception', 'keep'] as const
const entryOf = (kind: (typeof kinds)[number], e: number): Entry =>
  kind === 'variant' ? { kind, concept: `c${e}`, form: `f${e}`, replacement: 'R', rule: 'preferred-form' } : { kind, concept: `c${e}`, form: `f${e}` }

/** Keys over a few units (so that they share prefixes, repeat and end inside each other), as the test draws them. */
const keySets = fc.constantFrom([0x61, 0x62], [0x61, 0x62, 0x63, 0x20], [0, 1, 0x61, 0xffff, 0xd83d, 0xde00], [0x430, 0x431, 0x61, 0x2d, 0xe9, 0x2bc]).chain((alphabet) => {
  const key = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((codes) => String.fromCharCode(...codes))
  return fc.array(fc.tuple(key, fc.constantFrom(...kinds), fc.nat(3)), { maxLength: 200, size: 'max' }).map((drawn) => {
    // Some keys again, and some cut short: duplicates and prefixes of earlier keys.
    const keys: string[] = []
    drawn.forEach(([k, , how], i) => keys.push(i > 0 && how === 0 ? keys[i >> 1]! : i > 0 && how === 1 ? keys[i >> 1]!.slice(0, k.length % 5) : k))
    return { keys, entries: drawn.map(([, kind], e) => entryOf(kind, e)) }
  })
})

/** The arrays alike; the root's table (65,536 slots) as the units that have a child, and which. */
function expectArrays(trie: Trie, expected: ReturnType<typeof referenceArrays>) {
  const children: [unit: number, node: number][] = []
  for (let unit = 0; unit < trie.root.length; unit++) if (trie.root[unit] !== 0) children.push([unit, trie.root[unit]!])
  expect(trie.root.length).toBe(0x10000)
  expect(children).toEqual(expected.root)
  for (const name of ['label', 'firstChild', 'nextSibling', 'firstEntry', 'nextEntry', 'run', 'units'] as const) expect([...trie[name]], name).toEqual(expected[name])
}

describe('buildTrie', () => {
  it('builds the arrays the plain construction does, on any keys', () => {
    fc.assert(fc.property(keySets, ({ keys, entries }) => {
      const trie = buildTrie(entries, keys)
      const expected = referenceArrays(entries, keys)
      expectArrays(trie, expected)
      expect(trie.entries).toEqual(entries)
    }), { numRuns: 300, endOnFailure: true }) // no shrinking: a set of 200 keys drawn by chain() shrinks for minutes
  })

  it('sorts keys that share long prefixes, and first units of every kind, in groups of any size', () => {
    const keys = ['', '', '\u0000', '\u0000a', '\uffff', 'old a road', 'old b road', 'old a', 'old', 'o', 'ab', 'ab', 'abc', 'abd', 'x'.repeat(300), 'x'.repeat(299) + 'y']
    const entries = keys.map((_, e) => entryOf(kinds[e % 3]!, e))
    const trie = buildTrie(entries, keys)
    const expected = referenceArrays(entries, keys)
    expectArrays(trie, expected)
  })
})
