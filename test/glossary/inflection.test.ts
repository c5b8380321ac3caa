import { describe, expect, it } from 'vitest'
import { compileGlossary } from '../../src/core/glossary/compile.js'
import { createCopydesk } from '../../src/core/copydesk.js'
import type { GlossarySource } from '../../src/core/glossary/source.js'
import { glossaries } from '../../src/generated/glossaries.js'
import { issuesOf } from '../fixtures/glossary-issues.js'

const copydesk = createCopydesk({ glossaries })
const de = (text: string, apply: 'confident' | 'all' = 'confident') => copydesk.normalize({ text, language: 'de', apply })

describe('German inflected forms (glossaries/news/languages/de.yaml)', () => {
  it('normalizes the genitive -s with the replacement inflected the same way', () => {
    expect(de('KYJIW (dpa) - Die Bürgermeister Kiews und Charkows trafen sich am Montag.').text)
      .toBe('KYJIW (dpa) - Die Bürgermeister Kyjiws und Charkiws trafen sich am Montag.')
    expect(de('Selenskis Rede vor dem Bundestag dauerte 20 Minuten.').text).toBe('Selenskyjs Rede vor dem Bundestag dauerte 20 Minuten.')
    expect(de('Die Bürgermeister Kyjiws und Charkiws trafen sich.').changes).toEqual([])
  })

  it('suggests the adjective in -er, which the house style does not confirm', () => {
    const result = de('Der Kiewer Bürgermeister Vitali Klitschko warnte vor neuen Angriffen.')
    expect(result.text).toBe('Der Kiewer Bürgermeister Vitali Klitschko warnte vor neuen Angriffen.')
    expect(result.changes).toEqual([expect.objectContaining({ original: 'Kiewer', replacement: 'Kyjiwer', status: 'suggested', reason: 'inflection-unsure' })])
    expect(de('Der Kiewer Bürgermeister warnte.', 'all').text).toBe('Der Kyjiwer Bürgermeister warnte.')
  })

  it('keeps frozen names inflected too', () => {
    for (const text of ['Die Kiewer Rus war ein mittelalterliches Großreich.', 'Die Fans Dynamo Kiews feierten bis in die Nacht.', 'Der Donbass ist umkämpft.']) {
      expect(de(text).text).toBe(text)
    }
  })

  it('is idempotent on inflected forms', () => {
    const once = de('Die Rede Selenskis in Kiew und die Lage Odesas, sagte der Kiewer Sprecher.', 'all')
    expect(de(once.text, 'all').changes.filter((c) => c.status === 'applied')).toEqual([])
  })
})

describe('inflection classes in the glossary format', () => {
  const source = (inflect?: Record<string, boolean | 'suggest'>): GlossarySource => ({
    id: 't', name: 'T', fallbackLanguage: 'de', languages: ['de'],
    languageRules: { de: { file: 'glossaries/t/languages/de.yaml', inflections: { 'adjective-er': { suffix: 'er', kinds: ['place'], confident: false } } } },
    concepts: [
      { id: 'kyiv', kind: 'place', file: 'kyiv.yaml', forms: { de: { preferred: 'Kyjiw', variants: ['Kiew'], ...(inflect ? { inflect } : {}) } } },
      { id: 'kiewer', kind: 'term', file: 'kiewer.yaml', forms: { de: { preferred: 'Kiewer Zeitung', variants: ['Kiewer'] } } },
    ],
  })

  it('rejects a generated form that is another concept\'s form, naming file and entry', () => {
    expect(issuesOf(source())).toContain(
      'kyiv.yaml: kyiv.forms.de.inflect.adjective-er: inflected form "Kiewer" (from "Kiew") is also a form of concept kiewer (de); set inflect.adjective-er: false for one of them',
    )
    expect(issuesOf(source({ 'adjective-er': false }))).toEqual([])
  })

  it('lets a concept confirm an inflected replacement, or name an unknown class', () => {
    const glossary = compileGlossary({ ...source({ 'adjective-er': true }), concepts: [source({ 'adjective-er': true }).concepts[0]!] })
    expect(glossary.matcherFor('de')!.find('Der Kiewer Bürgermeister')).toEqual([expect.objectContaining({ replacement: 'Kyjiwer', status: 'applied' })])
    expect(issuesOf(source({ 'genitive-x': true }))).toContain('kyiv.yaml: kyiv.forms.de.inflect.genitive-x: no inflection class "genitive-x" for de')
  })
})
