import { describe, expect, it } from 'vitest'
import { compileGlossary } from './compile.js'
import { issuesOf } from '../../../test/fixtures/glossary-issues.js'
import type { ConceptSource, GlossarySource } from './source.js'

function withNote(note: unknown): GlossarySource {
  const concept = {
    id: 'kyiv',
    kind: 'place',
    file: 'glossaries/t/concepts/kyiv.yaml',
    note,
    forms: { en: { preferred: 'Kyiv', variants: ['Kiev'] } },
  } as ConceptSource
  return { id: 't', name: 'T', fallbackLanguage: 'en', languages: ['en'], concepts: [concept] }
}

const at = 'glossaries/t/concepts/kyiv.yaml: kyiv.note'

describe('concept notes', () => {
  it('accept one text for every reader', () => {
    expect(issuesOf(withNote('Kyiv is the romanization of the Ukrainian name (AP since 2019).'))).toEqual([])
  })

  it('accept one text per language of the reader', () => {
    expect(issuesOf(withNote({ en: 'Kyiv, AP style since 2019.', de: 'Englisch: Kyiv (AP seit 2019).', uk: 'Англійською — Kyiv.' }))).toEqual([])
  })

  it('accept a note for a language the glossary does not normalize', () => {
    // The map is keyed by the reader's language, not the text's: fr messages, en text.
    expect(issuesOf(withNote({ fr: 'En anglais, Kyiv.' }))).toEqual([])
  })

  it('keep the note in the source and change the version with it', () => {
    const a = compileGlossary(withNote({ en: 'A.', es: 'B.' }))
    const b = compileGlossary(withNote({ en: 'A.', es: 'C.' }))
    expect(a.source.concepts[0]!.note).toEqual({ en: 'A.', es: 'B.' })
    expect(a.version).not.toBe(b.version)
  })

  it('refuse an empty text', () => {
    expect(issuesOf(withNote(''))).toEqual([`${at}: empty note`])
    expect(issuesOf(withNote('   '))).toEqual([`${at}: empty note`])
    expect(issuesOf(withNote({ en: 'Kyiv.', es: ' ' }))).toEqual([`${at}.es: empty note`])
  })

  it.each([[42], [true], [null], [['Kyiv.']]])('refuse %j', (note) => {
    expect(issuesOf(withNote(note))).toEqual([`${at}: must be a text, or a map from language codes to texts like {en: "…", de: "…"}`])
  })

  it('refuse an empty map', () => {
    expect(issuesOf(withNote({}))).toEqual([`${at}: must name at least one language`])
  })

  it('refuse a key that is not a language code', () => {
    expect(issuesOf(withNote({ en: 'Kyiv.', English: 'Kyiv.', 'pt-BR': 'Kyiv.' }))).toEqual([
      `${at}.English: "English" is not a language code like "en"`,
      `${at}.pt-BR: "pt-BR" is not a language code like "en"`,
    ])
  })

  it('refuse a value that is not a text', () => {
    expect(issuesOf(withNote({ en: 'Kyiv.', de: ['Kyjiw'], uk: { short: 'Київ' } }))).toEqual([
      `${at}.de: must be a text`,
      `${at}.uk: must be a text`,
    ])
  })
})
