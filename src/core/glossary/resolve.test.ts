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
