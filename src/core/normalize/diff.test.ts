import { applyPatch, createPatch } from 'diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../copydesk.js'
import { glossaries } from '../../generated/glossaries.js'
import { newsText } from '../../../test/fixtures/arbitraries.js'
import { unifiedDiff } from './diff.js'

const copydesk = createCopydesk({ glossaries })
const lines = fc.array(fc.oneof(newsText, fc.constantFrom('', 'Kiev', 'no change here', 'Kiev\r', 'x Kiev y')), { maxLength: 40 }).map((l) => l.join('\n'))

describe('unifiedDiff from changes', () => {
  it('writes exactly the patch createPatch writes, and it applies', () => {
    fc.assert(fc.property(fc.oneof(newsText, lines), fc.boolean(), (body, trailingNewline) => {
      const input = trailingNewline ? `${body}\n` : body
      const { text, changes } = copydesk.normalize({ text: input, language: 'en' })
      const patch = unifiedDiff(input, text, changes)
      expect(patch).toBe(createPatch('text', input, text, 'input', 'normalized'))
      expect(applyPatch(input, patch)).toBe(text)
    }), { numRuns: 2000 })
  })

  it('keeps changes far apart in separate hunks with the right line numbers', () => {
    const input = ['Kiev', ...Array.from({ length: 20 }, (_, i) => `line ${i}`), 'Kiev again', 'end'].join('\n')
    const { text, changes } = copydesk.normalize({ text: input, language: 'en' })
    const patch = unifiedDiff(input, text, changes)
    expect(patch.match(/^@@ .* @@$/gm)).toEqual(['@@ -1,5 +1,5 @@', '@@ -18,6 +18,6 @@'])
    expect(applyPatch(input, patch)).toBe(text)
  })
})
