import { applyPatch, createPatch, parsePatch, reversePatch } from 'diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../copydesk.js'
import { glossaries } from '../../generated/glossaries.js'
import { newsText } from '../../../test/fixtures/arbitraries.js'
import { unifiedDiff } from './diff.js'

const copydesk = createCopydesk({ glossaries })
const lines = fc.array(fc.oneof(newsText, fc.constantFrom('', 'Kiev', 'no change here', 'Kiev\r', 'x Kiev y')), { maxLength: 40 }).map((l) => l.join('\n'))

describe('unifiedDiff from changes', () => {
  it('writes a patch that applies forwards and backwards', () => {
    fc.assert(fc.property(fc.oneof(newsText, lines), fc.boolean(), (body, trailingNewline) => {
      const input = trailingNewline ? `${body}\n` : body
      const { text, changes } = copydesk.normalize({ text: input, language: 'en' })
      const patch = unifiedDiff(input, text, changes)
      expect(applyPatch(input, patch)).toBe(text)
      expect(applyPatch(text, reversePatch(parsePatch(patch)[0]!))).toBe(input)
    }), { numRuns: 2000 })
  })

  it('writes what createPatch writes when the changed lines are unlike their neighbours', () => {
    const input = 'NATO officials arrived in Kiev.\nThe talks went on.\n\nZelenskyy spoke to reporters\nin the capital.'
    const { text, changes } = copydesk.normalize({ text: input, language: 'en' })
    expect(unifiedDiff(input, text, changes)).toBe(createPatch('text', input, text, 'input', 'normalized'))
  })

  it('keeps changes far apart in separate hunks with the right line numbers', () => {
    const input = ['Kiev', ...Array.from({ length: 20 }, (_, i) => `line ${i}`), 'Kiev again', 'end'].join('\n')
    const { text, changes } = copydesk.normalize({ text: input, language: 'en' })
    const patch = unifiedDiff(input, text, changes)
    expect(patch.match(/^@@ .* @@$/gm)).toEqual(['@@ -1,5 +1,5 @@', '@@ -18,6 +18,6 @@'])
    expect(applyPatch(input, patch)).toBe(text)
  })
})
