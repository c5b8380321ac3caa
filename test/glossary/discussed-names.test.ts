import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { glossaries } from '../../src/generated/glossaries.js'

// French, Italian, Portuguese and Polish had no cues: a name discussed as a name was changed
// ("Bakhmout, anciennement Artemivsk" → "anciennement Bakhmout"), and a French change could
// leave its article wrong ("d'Artemivsk" → "d'Bakhmout"). glossaries/news/languages/{fr,it,pt,pl}.yaml.
const copydesk = createCopydesk({ glossaries })
const found = (language: string, text: string) =>
  copydesk.normalize({ text, language }).changes.map((c) => [c.original, c.replacement, c.status, c.reason ?? null])

describe('names discussed as names in French, Italian, Portuguese and Polish', () => {
  it.each([
    ['fr', 'En Ukraine, Bakhmout, anciennement Artemivsk, a été détruite.', 'Artemivsk', 'Bakhmout'],
    ['fr', 'En Ukraine, la ville de Bakhmout, que les Russes appellent « Artemovsk », résiste.', 'Artemovsk', 'Bakhmout'],
    ['fr', 'En Ukraine, la ville rebaptisée Artemovsk par Moscou résiste.', 'Artemovsk', 'Bakhmout'],
    ['it', 'In Ucraina, la città che i russi chiamavano Artemivsk è stata distrutta.', 'Artemivsk', 'Bakhmut'],
    ['it', 'In Ucraina, i russi chiamano Bakhmut «Artemovsk».', 'Artemovsk', 'Bakhmut'],
    ['pt', 'Na Ucrânia, a cidade que os russos chamavam Artemivsk foi destruída.', 'Artemivsk', 'Bakhmut'],
    ['pt', 'Na Ucrânia, Bakhmut, ex-Artemivsk, foi destruída.', 'Artemivsk', 'Bakhmut'],
    ['pl', 'Zełenski w Kijowie: Bachmut, dawniej Artemivsk, broni się.', 'Artemivsk', 'Bachmut'],
    ['pl', 'Kijów: Rosjanie nazywają Bachmut „Artemivsk”.', 'Artemivsk', 'Bachmut'],
  ])('%s: %s is reported, not changed', (language, text, name, replacement) => {
    expect(found(language, text)).toEqual([[name, replacement, 'suggested', 'name-discussed']])
    expect(copydesk.normalize({ text, language, apply: 'all' }).text).toBe(text)
  })

  it('still changes the same names where nothing discusses them', () => {
    expect(found('fr', 'En Ukraine, Artemivsk a été détruite.')).toEqual([['Artemivsk', 'Bakhmout', 'applied', null]])
    expect(found('it', 'In Ucraina, Artemivsk è stata distrutta.')).toEqual([['Artemivsk', 'Bakhmut', 'applied', null]])
    expect(found('pt', 'Na Ucrânia, Artemivsk foi destruída.')).toEqual([['Artemivsk', 'Bakhmut', 'applied', null]])
    expect(found('pl', 'Zełenski w Kijowie: Artemivsk broni się.')).toEqual([['Artemivsk', 'Bachmut', 'applied', null]])
    // "già" means "already" too: a cue only right before the name.
    expect(found('it', 'In Ucraina, i russi hanno già colpito Artemivsk.')).toEqual([['Artemivsk', 'Bakhmut', 'applied', null]])
  })
})

describe('French elision', () => {
  it("suggests a change that would leave the article wrong, and applies one that keeps it right", () => {
    expect(found('fr', "En Ukraine, les combats autour d'Artemivsk continuent.")).toEqual([['Artemivsk', 'Bakhmout', 'suggested', 'inflection-unsure']])
    expect(found('fr', 'En Ukraine, la ville de Artemivsk a été rasée.')).toEqual([['Artemivsk', 'Bakhmout', 'applied', null]])
    // A transliterated Cyrillic Ю reads as a consonant: the press writes "de Ioulia".
    expect(found('fr', 'La nomination de Yulia Svyrydenko a été entérinée.')).toEqual([['Yulia Svyrydenko', 'Ioulia Svyrydenko', 'applied', null]])
  })
})
