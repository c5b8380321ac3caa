import { describe, expect, it } from 'vitest'
import { compileGlossary } from '../../src/core/glossary/compile.js'
import type { GlossarySource } from '../../src/core/glossary/source.js'
import { issuesOf } from '../fixtures/glossary-issues.js'

/** French elided articles: the name may change, the article before it is grammar. */
const source = (elision: unknown = { elided: ["d'", "l'", "qu'"], full: ['de', 'le', 'la', 'que'], vowels: 'aeiouyhàâéèêëîïôûü' }): GlossarySource => ({
  id: 'fr', name: 'Fr', fallbackLanguage: 'fr', languages: ['fr'],
  languageRules: { fr: { file: 'glossaries/fr/languages/fr.yaml', elision: elision as never } },
  concepts: [
    { id: 'bakhmut', kind: 'place', forms: { fr: { preferred: 'Bakhmout', variants: ['Artemivsk', 'Artemovsk'] } } },
    { id: 'odesa', kind: 'place', forms: { fr: { preferred: 'Odessa', variants: ['Odesa', 'Dessa'] } } },
  ],
})
const matcher = compileGlossary(source()).matcherFor('fr')!
const found = (text: string) => matcher.find(text).map((c) => [c.original, c.replacement, c.status, c.reason ?? null])

describe('elided articles', () => {
  it('suggests a change that would leave an elided article before a consonant', () => {
    expect(found("Les combats autour d'Artemivsk continuent, selon Kiev.")).toEqual([['Artemivsk', 'Bakhmout', 'suggested', 'inflection-unsure']])
    expect(found('Les combats autour d’Artemovsk continuent.')).toEqual([['Artemovsk', 'Bakhmout', 'suggested', 'inflection-unsure']])
  })

  it('suggests a change that would leave a full article before a vowel', () => {
    expect(found('Le port de Dessa a rouvert.')).toEqual([['Dessa', 'Odessa', 'suggested', 'inflection-unsure']])
  })

  it('applies the change when the article fits both', () => {
    expect(found("Le port d'Odesa a rouvert.")).toEqual([['Odesa', 'Odessa', 'applied', null]])
    expect(found('La ville de Artemivsk a été rasée.')).toEqual([['Artemivsk', 'Bakhmout', 'applied', null]])
    expect(found('Artemivsk a été rasée.')).toEqual([['Artemivsk', 'Bakhmout', 'applied', null]])
  })

  it('validates the elision data with file and entry', () => {
    expect(issuesOf(source({ elided: ['d'], full: ['de'], vowels: 'aeiou', extra: 1 }))).toEqual([
      'glossaries/fr/languages/fr.yaml: languageRules.fr.elision.extra: unknown key "extra" (expected one of elided, full, vowels, why)',
      'glossaries/fr/languages/fr.yaml: languageRules.fr.elision.elided: must list articles ending in an apostrophe, like "d\'"',
    ])
  })
})
