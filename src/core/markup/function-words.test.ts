import { describe, expect, it } from 'vitest'
import { functionWordLead, paragraphsLeadElsewhere, someSentenceLeadsElsewhere } from './function-words.js'

describe('functionWordLead', () => {
  // A span's names are what normalizing it changes: its first run skips the ones that are the
  // copy's findings, its second reads the names they became, which are findings no more.
  it('stops after the same words whether the span’s names are skipped or read', () => {
    const names = 'Kiev, Kharkov, Odessa, Lvov, Nikolaev, Lugansk, Artemovsk, Donbass. '.repeat(3)
    const text = `"${names}the people of the city said that the army was there."`
    const skip = [...text.matchAll(/\p{Lu}\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
    expect(functionWordLead(text, 'es', 0, text.length, skip)).toBe('en')
    // Read with them, 24 names used up the words it reads before "the" (undefined).
    expect(functionWordLead(text, 'es')).toBe('en')
  })
})

describe('paragraphsLeadElsewhere', () => {
  // test/runtime/workerd-memory's short paragraphs, their known names blanked (copydesk.ts, detectProse).
  const six = 'Officials in   met the mayor on Monday.\n\nEl presidente   visitó   el lunes.\n\nDer Bürgermeister von   sprach mit  .\n\nLe président   était à  .\n\nPrezydent   przyjechał do  .\n\nIl presidente   ha visitato   ieri.'

  it('finds a text of paragraphs in other languages than the one it was read as (French, by eld)', () => {
    // Read whole, the function words tell nothing: English and German tie ("in").
    expect(functionWordLead(six, 'fr')).toBeUndefined()
    expect(paragraphsLeadElsewhere(six, 'fr')).toBe(true)
    expect(paragraphsLeadElsewhere(six.replaceAll('\n\n', '\u2029'), 'fr')).toBe(true)
    expect(paragraphsLeadElsewhere(six.replaceAll('\n\n', '\r\n \r\n\n'), 'fr')).toBe(true)
  })

  it('leaves a text in two languages to the one it was read as (its paragraphs in the other are read apart)', () => {
    // test/http/change-language: a Spanish heading and paragraph, an English paragraph, names blanked.
    const two = '  en  \n\nEl presidente   visitó el lunes la ciudad de  , en el este del país.\n\nPresident   spoke in   on Monday about the war and the attacks on the city.'
    expect(paragraphsLeadElsewhere(two, 'es')).toBe(false)
    expect(paragraphsLeadElsewhere(two, 'en')).toBe(false)
  })

  it('leaves a text in one language with a paragraph quoted in another, one paragraph, and a language without a list', () => {
    const french = 'Le président a dit que la ville était sous le feu depuis des jours.\n\n"We will defend the city and the people of the region," he said.\n\nLes forces de la région ont dit que les attaques avaient repris dans la nuit.'
    expect(paragraphsLeadElsewhere(french, 'fr')).toBe(false)
    expect(paragraphsLeadElsewhere(six.replaceAll('\n\n', ' '), 'fr')).toBe(false)
    expect(paragraphsLeadElsewhere(six, 'sv')).toBe(false)
  })
})

describe('someSentenceLeadsElsewhere', () => {
  // copydesk.ts, detectProse: a short text whose words do not decide is read with its names only
  // if none of its sentences is clearly of another language.
  const mixed = 'La route vers   a été rouverte lundi. Le porte-parole a confirmé que   se rendra à Bruxelles.   ha detto che la sua unità si era ritirata da  , in  .'

  it('finds a sentence in another language, in one paragraph or in its own', () => {
    expect(paragraphsLeadElsewhere(mixed, 'fr')).toBe(false)
    expect(someSentenceLeadsElsewhere(mixed, 'fr')).toBe(true)
    expect(someSentenceLeadsElsewhere(mixed.replace('.   ha', '.\n\n  ha'), 'fr')).toBe(true)
  })

  it('finds none in a text of one language, nor in one too short to tell', () => {
    expect(someSentenceLeadsElsewhere('La route vers   a été rouverte lundi. Le porte-parole a confirmé que   se rendra à Bruxelles.', 'fr')).toBe(false)
    expect(someSentenceLeadsElsewhere('Bucha está al noroeste de  .', 'es')).toBe(false)
    expect(someSentenceLeadsElsewhere('In  . Da  .', 'fr')).toBe(false)
  })
})
