import { applyPatch } from 'diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCopydesk } from './copydesk.js'
import { applyChanges } from './normalize/apply-changes.js'
import type { ApplyMode, Change } from './normalize/change.js'
import { miniGlossary } from '../../test/fixtures/mini-glossary.js'
import { newsText } from '../../test/fixtures/arbitraries.js'
import { glossaries } from '../generated/glossaries.js'

const language = fc.constantFrom('en', 'es', 'de', 'auto')
const apply = fc.constantFrom<ApplyMode>('confident', 'all', 'none')
const applied = (changes: readonly Change[]) => changes.filter((c) => c.status === 'applied')

describe.each([
  ['mini', createCopydesk({ glossaries: [miniGlossary()], defaultGlossary: 'mini' })],
  ['news', createCopydesk({ glossaries })],
])('normalize with glossary %s, for any input', (_name, copydesk) => {
  it('changes slice to their originals, in order, without overlap, and the applied ones give the output', () => {
    fc.assert(fc.property(newsText, language, apply, (input, lang, mode) => {
      const result = copydesk.normalize({ text: input, language: lang, apply: mode })
      let at = 0
      for (const change of result.changes) {
        expect(change.start).toBeGreaterThanOrEqual(at)
        expect(input.slice(change.start, change.end)).toBe(change.original)
        expect(change.status === 'applied' || change.reason !== undefined).toBe(true)
        at = change.end
      }
      expect(applyChanges(input, result.changes)).toBe(result.text)
      if (mode === 'none') expect(result.text).toBe(input)
    }), { numRuns: 400 })
  })

  it('applies, with "all", what "confident" applies plus its suggestions, and reports the same findings in every mode', () => {
    fc.assert(fc.property(newsText, fc.constantFrom('en', 'es', 'de'), (input, lang) => {
      const [confident, all, none] = (['confident', 'all', 'none'] as const).map((mode) => copydesk.normalize({ text: input, language: lang, apply: mode }).changes)
      const key = (c: Change) => `${c.start}:${c.end}:${c.replacement}`
      expect(none!.map(key)).toEqual(confident!.map(key))
      expect(none!.every((c) => c.status === 'suggested')).toBe(true)
      const allApplied = new Set(applied(all!).map(key))
      for (const c of applied(confident!)) expect(allApplied.has(key(c))).toBe(true)
    }), { numRuns: 300 })
  })

  it('returns the text outside the applied changes byte for byte', () => {
    fc.assert(fc.property(newsText, language, apply, (input, lang, mode) => {
      const { text, changes } = copydesk.normalize({ text: input, language: lang, apply: mode })
      let inAt = 0
      let outAt = 0
      for (const change of applied(changes)) {
        const gap = input.slice(inAt, change.start)
        expect(text.slice(outAt, outAt + gap.length)).toBe(gap)
        outAt += gap.length + change.replacement.length
        inAt = change.end
      }
      expect(text.slice(outAt)).toBe(input.slice(inAt))
    }), { numRuns: 400 })
  })

  it('gives a diff that applies to the input', () => {
    fc.assert(fc.property(newsText, language, apply, (input, lang, mode) => {
      const { text, diff } = copydesk.normalize({ text: input, language: lang, apply: mode })
      expect(applyPatch(input, diff)).toBe(text)
    }), { numRuns: 200 })
  })

  it('is idempotent: normalizing the output applies nothing more, in the same mode', () => {
    fc.assert(fc.property(newsText, fc.constantFrom('en', 'es', 'de'), apply, (input, lang, mode) => {
      const once = copydesk.normalize({ text: input, language: lang, apply: mode })
      const twice = copydesk.normalize({ text: once.text, language: lang, apply: mode })
      expect(applied(twice.changes)).toEqual([])
      expect(twice.text).toBe(once.text)
    }), { numRuns: 3000 })
  })
})
