import { describe, expect, it } from 'vitest'
import type { Entry } from './entry.js'
import { KnownNames, nameTable } from './known-names.js'
import { buildTrie } from './trie.js'

const variant = (form: string, replacement: string): Entry => ({ kind: 'variant', concept: 'c', form, replacement, rule: 'preferred-form' })
const keep = (form: string): Entry => ({ kind: 'keep', concept: 'c', form })
const exception = (form: string): Entry => ({ kind: 'exception', concept: 'c', form })
const namesOf = (entries: Entry[]) => new KnownNames(nameTable([buildTrie(entries)]))

// One language's variants and house forms, and another's: English, Spanish, Polish, German.
const names = namesOf([
  variant('Kiev', 'Kyiv'), keep('Kyiv'), variant('Mykhailivska Square', "St Michael's Square"), keep("St Michael's Square"), exception('chicken Kiev'),
  exception('Dnipropetrovsk region'), variant('Dnipropetrovsk', 'Dnipro'), keep('Dnipro'),
  keep('plaza de San Miguel'), variant('Michaelsplatz', 'plaza de San Miguel'), keep('plac Michajłowski'), keep('Kyjiw'),
])

describe('KnownNames.blank: a text without the names a glossary knows', () => {
  it('blanks variants and house forms of every language, each as one space', () => {
    expect(names.blank('Region nahe Kiev.')).toBe('Region nahe  .')
    expect(names.blank('Region nahe Kyjiw.')).toBe('Region nahe  .')
    expect(names.blank("Drohnen über Mykhailivska Square und St Michael's Square")).toBe('Drohnen über   und  ')
  })

  it('blanks the words without a capital of a house form, written as the glossary writes it or at a sentence start', () => {
    expect(names.blank('Nie wiadomo, plac Michajłowski.')).toBe('Nie wiadomo,  .')
    expect(names.blank('Miles en la plaza de San Miguel. Plaza de San Miguel.')).toBe('Miles en la  .  .')
  })

  it('takes the casings the matcher takes: as written, ALL CAPS, not lower case for a name', () => {
    expect(names.blank('KIEV and kiev')).toBe('  and kiev')
  })

  it('matches whole words only, the longest form first, and no phrase across a blank line', () => {
    expect(names.blank('Kievan Rus, Kievs, Kiev-based')).toBe('Kievan Rus, Kievs,  -based')
    expect(names.blank('Mykhailivska\n\nSquare')).toBe('Mykhailivska\n\nSquare')
    expect(names.blank('Mykhailivska\nSquare')).toBe(' ')
  })

  it('leaves the exceptions: the words around a name they hold read the same whichever style changed the name', () => {
    expect(names.blank('chicken Kiev')).toBe('chicken  ')
    expect(names.blank('the Dnipropetrovsk region')).toBe(names.blank('the Dnipro region'))
  })

  it('reads the same in a text and in the text with its names normalized', () => {
    const before = "Crowds on Mykhailivska Square in Kiev. Dnipropetrovsk region, Michaelsplatz."
    const after = "Crowds on St Michael's Square in Kyiv. Dnipro region, plaza de San Miguel."
    expect(names.blank(after)).toBe(names.blank(before))
  })

  it('stops at the word where its words without a capital outside the names reach the letters asked, at the same word before and after', () => {
    const before = 'Kiev said that the army was near Kiev and the city'
    const after = 'Kyiv said that the army was near Kyiv and the city'
    expect(names.blank(before, 10)).toBe('  said that the')
    expect(names.blank(after, 10)).toBe(names.blank(before, 10))
    expect(names.blank('plaza de San Miguel said that', 4)).toBe('  said')
  })

  it('spans: the known forms of a window as [start, end) pairs, read until `reach` units outside them', () => {
    const text = 'Leópolis pollo a la Kiev, plaza de San Miguel y Kyiv.'
    const withPollo = namesOf([keep('Leópolis'), keep('pollo a la Kiev'), keep('plaza de San Miguel'), keep('Kyiv')])
    expect(withPollo.spans(text, 0, text.length, 100)).toEqual([0, 8, 9, 24, 26, 45, 48, 52])
    expect(withPollo.spans(text, 9, text.length, 100)).toEqual([9, 24, 26, 45, 48, 52])
    // Read until 4 units outside the forms (" ", ", " and the space after San Miguel): the form
    // that starts before is whole, the next is not read.
    expect(withPollo.spans(text, 0, text.length, 4)).toEqual([0, 8, 9, 24, 26, 45])
    expect(withPollo.spans(text, 0, text.length, 3)).toEqual([0, 8, 9, 24])
    expect(withPollo.spans('no name here', 0, 12, 100)).toEqual([])
  })

  it('walks a form as far as some form goes on, across words, and no further', () => {
    // The walk stops at the first unit no form continues with (its prefix filter): "the c".
    const island = namesOf([keep('the island of the Serpents'), keep('Serpents'), variant('Kiev Oblast', 'Kyiv Oblast'), variant('Kiev', 'Kyiv')])
    expect(island.endAt('the island of the Serpents.', 0, 27)).toBe(26)
    expect(island.endAt('the island of the city.', 0, 23)).toBe(-1)
    expect(island.endAt('the city', 0, 8)).toBe(-1)
    expect(island.endAt('Kiev Oblast', 0, 11)).toBe(11)
    expect(island.endAt('Kiev Obl', 0, 8)).toBe(4)
    expect(island.endAt('Kiev Obl', 0, 4)).toBe(4)
    expect(island.spans('On the island of the Serpents, Kiev said', 0, 40, Infinity)).toEqual([3, 29, 31, 35])
  })

  it('returns the text itself when it holds no name', () => {
    const text = 'nothing to blank here'
    expect(names.blank(text)).toBe(text)
  })
})
