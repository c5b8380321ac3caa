import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Candidate } from './expand.js'
import { CandidatesByForm, isCandidateList } from './resolve.js'

const candidate = (form: string, kind: 'variant' | 'keep'): Candidate => ({
  entry: kind === 'keep' ? { kind, concept: 'c', form } : { kind, concept: 'c', form, replacement: 'R', rule: 'preferred-form' },
  key: form.toLowerCase(),
  explicit: true,
  preferred: false,
  path: 'p',
})

describe('CandidatesByForm.hyphenated', () => {
  // compound.ts reads it to spell hyphenated compounds with spaces, in the order of the groups.
  it('lists, ascending and once each, the groups that hold a hyphenated candidate other than a keep, whatever the order they came in', () => {
    const forms = ['a-b', 'c-d', 'ef', 'g-h', 'ij']
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...forms), fc.boolean()), { maxLength: 40 }), (adds) => {
      const byForm = new CandidatesByForm(4)
      for (const [form, keep] of adds) byForm.add(candidate(form, keep ? 'keep' : 'variant'))
      const expected = byForm.keys.flatMap((key, g) => {
        const group = byForm.groups[g]!
        const list = Array.isArray(group) ? group : [group]
        return list.some((c) => c.entry.kind !== 'keep' && c.entry.form.includes('-')) ? [g] : []
      })
      expect(byForm.hyphenated).toEqual(expected)
    }))
  })
})

describe('CandidatesByForm with origins', () => {
  it('holds a form one candidate claims as its entry, and re-creates each source once however many of its forms others share', () => {
    const sources = [['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((forms) => forms.map((form) => candidate(form, 'variant')))
    let calls = 0
    const recreate = (source: number) => {
      calls++
      return sources[source]!.map((c) => ({ ...c, entry: { ...c.entry } }))
    }
    const byForm = new CandidatesByForm(1, recreate)
    sources.forEach((list, s) => list.forEach((c, k) => byForm.add(c, s, k)))
    expect(calls).toBe(1)
    expect(byForm.soleEntry(3)).toBe(sources[1]![3]!.entry)
    for (let g = 0; g < 3; g++) {
      expect(byForm.soleEntry(g)).toBeUndefined()
      // The first candidate re-created, with the very entry that was added.
      const group = byForm.group(g)
      const [first, second] = Array.isArray(group) ? group : [group]
      expect(first).toEqual(sources[0]![g])
      expect(first!.entry).toBe(sources[0]![g]!.entry)
      expect(second).toBe(sources[1]![g])
    }
  })
})

describe('CandidatesByForm.addEntry, grouped in runs', () => {
  // The compile adds a concept's written forms with addEntry; they are grouped together when the
  // grouping is next read or added to, a long run (over 4,096 forms) probed in the order of the
  // table's regions. The groups must be what `add`, one candidate at a time, makes of the same
  // candidates: a form's first candidate decides its group's number, later ones join it, in order.
  const kinds = ['keep', 'variant', 'exception'] as const
  const run = (seed: number, forms: number, sources: number, readEvery: number) => {
    let state = seed | 0
    const next = (n: number) => {
      state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0
      return ((state >>> 0) % n)
    }
    // Sources of 1 to 8 forms drawn from a pool, so that many forms are claimed twice or more,
    // within a run and across runs; a few hyphenated.
    const lists: Candidate[][] = []
    for (let s = 0; s < sources; s++) {
      const list: Candidate[] = []
      for (let k = 1 + next(8); k > 0; k--) {
        const f = next(forms)
        const form = f % 13 === 0 ? `Form-${f}` : `Form ${f}`
        const kind = kinds[next(3)]!
        const entry = kind === 'variant' ? { kind, concept: `c${s}`, form, replacement: 'R', rule: 'preferred-form' as const } : { kind, concept: `c${s}`, form }
        list.push({ entry, key: form.toLowerCase(), explicit: true, preferred: false, path: `p${s}.${k}` })
      }
      lists.push(list)
    }
    const recreate = (s: number) => lists[s]!.map((c) => ({ ...c, entry: { ...c.entry } }))
    const held = new CandidatesByForm(16, recreate)
    const whole = new CandidatesByForm(16)
    for (let s = 0; s < sources; s++) {
      const list = lists[s]!
      // Most sources as entries; every so often one as whole candidates, or a read between runs.
      if (s % 211 === 7) for (let k = 0; k < list.length; k++) held.add(list[k]!)
      else for (let k = 0; k < list.length; k++) held.addEntry(list[k]!.entry, list[k]!.key, s, k)
      if (readEvery > 0 && s % readEvery === readEvery - 1) expect(held.size).toBeGreaterThan(0)
      for (let k = 0; k < list.length; k++) whole.add(list[k]!)
    }
    expect(held.keys).toEqual(whole.keys)
    expect(held.size).toBe(whole.size)
    expect(held.added).toBe(whole.added)
    expect(held.groups).toEqual(whole.groups)
    expect(held.hyphenated).toEqual(whole.hyphenated)
    const flags: number[] = []
    const wholeFlags: number[] = []
    for (let g = 0; g < whole.size; g++) {
      const group = whole.group(g)
      const sole = held.soleEntry(g)
      // The entry held is the one added, not a copy.
      expect(sole).toBe(isCandidateList(group) ? undefined : group.entry)
      flags.push(held.flagsOf(g), held.hashOf(g))
      wholeFlags.push(whole.flagsOf(g), whole.hashOf(g))
    }
    expect(flags).toEqual(wholeFlags)
    const some = whole.keys.filter((_key, g) => g % 7 === 0)
    expect(some.map((key) => held.get(key))).toEqual(some.map((key) => whole.get(key)))
    expect(some.every((key) => held.has(key))).toBe(true)
    expect(held.has('no such form')).toBe(false)
  }

  it('groups a run of written forms as `add` groups them, whether they come in one run or several, and whatever forms they share', () => {
    fc.assert(fc.property(fc.integer(), fc.constantFrom(0, 1, 5, 3000), (seed, readEvery) => run(seed, 9000, 2500, readEvery)), { numRuns: 12 })
  })

  it('groups a run in which no form is shared as the forms came, and one in which nearly every form is', () => {
    run(1, 1 << 30, 3000, 0)
    run(2, 40, 3000, 0)
  })
})
