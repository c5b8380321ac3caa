import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Candidate } from './expand.js'
import { CandidatesByForm } from './resolve.js'

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
