import { describe, expect, it } from 'vitest'
import type { GlossarySource } from '../../src/core/glossary/source.js'
import { issuesOf } from '../fixtures/glossary-issues.js'

const glossary = (variants: string[]): GlossarySource => ({
  id: 'g',
  name: 'Astral forms',
  languages: ['en'],
  fallbackLanguage: 'en',
  concepts: [{ id: 'athens', kind: 'place', file: 'athens.yaml', forms: { en: { preferred: 'Athens', variants } } }],
})

// The matcher reads a surrogate as a word break: such a form would compile and never match.
describe('forms with a character beyond U+FFFF', () => {
  it('are refused with the file, the entry and what to fix', () => {
    expect(issuesOf(glossary(['Athina', '\u{1D400}thens', 'Ath\u{20BB7}ns']))).toEqual([
      'athens.yaml: athens.forms.en.variants[1]: "\u{1D400}thens" has a character beyond U+FFFF (such as 𝐀 or 𠮷), which the matcher does not read as part of a word: the form would never match',
      'athens.yaml: athens.forms.en.variants[2]: "Ath\u{20BB7}ns" has a character beyond U+FFFF (such as 𝐀 or 𠮷), which the matcher does not read as part of a word: the form would never match',
    ])
    expect(issuesOf(glossary(['Athina']))).toEqual([])
  })
})
