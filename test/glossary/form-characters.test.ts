import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import type { GlossarySource } from '../../src/core/glossary/source.js'
import { issuesOf } from '../fixtures/glossary-issues.js'

const glossary = (preferred: string): GlossarySource => ({
  id: 'g',
  name: 'Form characters',
  languages: ['en', 'fr'],
  fallbackLanguage: 'en',
  concepts: [{ id: 'kyiv', kind: 'place', file: 'kyiv.yaml', forms: { en: { preferred, variants: ['Kiev'] } } }],
})

// A preferred form is written into the copy as it is: a tab or line break pasted from a
// spreadsheet, a zero-width space or a double space would be published there, unseen. Before,
// each of these compiled, and "In Kiev today." became "In Kyiv\tCity today.".
describe('a form with characters that would be written unseen into the copy', () => {
  it.each([
    ['Kyiv\tCity', '"Kyiv\\tCity" has a tab, line break or other space (U+0009) between words: the words of a form are separated by one space'],
    ['Kyiv\nCity', '"Kyiv\\nCity" has a tab, line break or other space (U+000A) between words: the words of a form are separated by one space'],
    ['Kyiv\u2028City', '"Kyiv\u2028City" has a tab, line break or other space (U+2028) between words: the words of a form are separated by one space'],
    ['Kyiv\u3000City', '"Kyiv\u3000City" has a tab, line break or other space (U+3000) between words: the words of a form are separated by one space'],
    ['Kyiv\u0000City', '"Kyiv\\u0000City" has an invisible or control character (U+0000), which would be written into the copy'],
    ['Kyiv\u200bCity', '"Kyiv\u200bCity" has an invisible or control character (U+200B), which would be written into the copy'],
    ['Ky\u00adiv', '"Ky\u00adiv" has an invisible or control character (U+00AD), which would be written into the copy'],
    ['Kyiv\u200e', '"Kyiv\u200e" has an invisible or control character (U+200E), which would be written into the copy'],
    ['Kyiv  City', '"Kyiv  City" has two spaces in a row: the words of a form are separated by one'],
    ['Kyiv \u00a0City', '"Kyiv \u00a0City" has two spaces in a row: the words of a form are separated by one'],
  ])('%j is refused with the character named', (preferred, message) => {
    expect(issuesOf(glossary(preferred))).toEqual([`kyiv.yaml: kyiv.forms.en.preferred: ${message}`])
  })

  it('still takes one space, a no-break space or a narrow one between words, and ZWNJ or ZWJ inside one', () => {
    for (const preferred of ['Kyiv City', 'Kyiv\u00a0City', 'Kyiv\u202fCity', 'Ky\u200civ', 'Ky\u200div']) {
      expect(issuesOf(glossary(preferred)), JSON.stringify(preferred)).toEqual([])
      const copydesk = createCopydesk({ glossaries: [glossary(preferred)], defaultGlossary: 'g' })
      expect(copydesk.normalize({ text: 'In Kiev today.', language: 'en' }).text).toBe(`In ${preferred} today.`)
    }
  })
})
