import { applyPatch } from 'diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCopydesk } from './copydesk.js'
import { applyChanges } from './normalize/apply-changes.js'
import { miniGlossary } from '../../test/fixtures/mini-glossary.js'
import { newsText } from '../../test/fixtures/arbitraries.js'
import { glossaries } from '../generated/glossaries.js'

const language = fc.constantFrom('en', 'es', 'de', 'auto')

describe.each([
  ['mini', createCopydesk({ glossaries: [miniGlossary()], defaultGlossary: 'mini' })],
  ['news', createCopydesk({ glossaries })],
])('normalize with glossary %s, for any input', (_name, copydesk) => {
  it('changes slice to their originals, in order, without overlap, and apply to the output', () => {
    fc.assert(fc.property(newsText, language, (input, lang) => {
      const result = copydesk.normalize({ text: input, language: lang })
      let at = 0
      for (const change of result.changes) {
        expect(change.start).toBeGreaterThanOrEqual(at)
        expect(input.slice(change.start, change.end)).toBe(change.original)
        at = change.end
      }
      expect(applyChanges(input, result.changes)).toBe(result.text)
    }), { numRuns: 400 })
  })

  it('returns the text outside the changes byte for byte', () => {
    fc.assert(fc.property(newsText, language, (input, lang) => {
      const { text, changes } = copydesk.normalize({ text: input, language: lang })
      let inAt = 0
      let outAt = 0
      for (const change of changes) {
        const gap = input.slice(inAt, change.start)
        expect(text.slice(outAt, outAt + gap.length)).toBe(gap)
        outAt += gap.length + change.replacement.length
        inAt = change.end
      }
      expect(text.slice(outAt)).toBe(input.slice(inAt))
    }), { numRuns: 400 })
  })

  it('gives a diff that applies to the input', () => {
    fc.assert(fc.property(newsText, language, (input, lang) => {
      const { text, diff } = copydesk.normalize({ text: input, language: lang })
      expect(applyPatch(input, diff)).toBe(text)
    }), { numRuns: 200 })
  })

  it('is idempotent: normalizing the output changes nothing', () => {
    fc.assert(fc.property(newsText, fc.constantFrom('en', 'es', 'de'), (input, lang) => {
      const once = copydesk.normalize({ text: input, language: lang })
      const twice = copydesk.normalize({ text: once.text, language: lang })
      expect(twice.changes).toEqual([])
    }), { numRuns: 3000 })
  })
})
