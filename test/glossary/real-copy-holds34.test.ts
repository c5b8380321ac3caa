import { describe, expect, it } from 'vitest'
import { compileGlossary } from '../../src/core/glossary/compile.js'
import { issuesOf } from '../fixtures/glossary-issues.js'
import { describeRealCopy, nikolaevGlossary, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 34: English copy where a name that should change got no finding at all (a silent hold),
 * and the ordinary sentences beside each fix that must stay as they were. Adapted from the copy
 * the round's brief cites; the findings are listed whole, suggestions included.
 */
const cases: RealCopyCase[] = [
  // 1. The speaker before a verb of saying ("Nikolaev said") was an exception: it held the city
  // in silence wherever a word of its clause stood before it.
  {
    why: '"Officials in Nikolaev said" was the exception "Nikolaev said" (the surname as a speaker): no finding at all; after "in" it is a place, and with no mention of Ukraine a suggestion',
    text: 'Officials in Nikolaev said the water was cut.',
    language: 'en',
    expect: 'Officials in Nikolaev said the water was cut.',
    findings: [['Nikolaev', 'Mykolaiv', 'suggested', 'context-missing']],
  },
  {
    why: 'and "Residents in Nikolaev said"',
    text: 'Residents in Nikolaev said the water was cut.',
    language: 'en',
    expect: 'Residents in Nikolaev said the water was cut.',
    findings: [['Nikolaev', 'Mykolaiv', 'suggested', 'context-missing']],
  },
  {
    why: 'in copy about Ukraine the place after "in" changes',
    text: 'Officials in Nikolaev said the water was cut, Ukraine said.',
    language: 'en',
    expect: 'Officials in Mykolaiv said the water was cut, Ukraine said.',
    findings: [['Nikolaev', 'Mykolaiv', 'applied']],
  },
  {
    why: 'and Lvov alike ("Lvov said" was an exception too)',
    text: 'Officials in Lvov said the water was cut, Ukraine said.',
    language: 'en',
    expect: 'Officials in Lviv said the water was cut, Ukraine said.',
    findings: [['Lvov', 'Lviv', 'applied']],
  },
  {
    why: '"The mayor of Nikolaev said": the city\'s mayor or a person\'s, the text does not say: a suggestion, no longer silent',
    text: 'The mayor of Nikolaev said the water was cut, Ukraine said.',
    language: 'en',
    expect: 'The mayor of Nikolaev said the water was cut, Ukraine said.',
    findings: [['Nikolaev', 'Mykolaiv', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'the surname as the speaker stays in silence: opening its clause, after a noun of its clause, after a conjunction',
    text: 'Nikolaev said his unit had withdrawn from Kharkiv. In March, Nikolaev said he had left Kyiv. Russian officer Nikolaev said he fought in Ukraine, while Lvov said nothing.',
    language: 'en',
    expect: 'Nikolaev said his unit had withdrawn from Kharkiv. In March, Nikolaev said he had left Kyiv. Russian officer Nikolaev said he fought in Ukraine, while Lvov said nothing.',
    findings: [],
  },
  {
    why: 'Odessa beside the same words was never held (no speaker rule): unchanged',
    text: 'Officials in Odessa said the water was cut.',
    language: 'en',
    expect: 'Officials in Odessa said the water was cut.',
    findings: [['Odessa', 'Odesa', 'suggested', 'context-missing']],
  },
  {
    why: 'nor Kharkov',
    text: 'Shelling in Kharkov killed two, officials said.',
    language: 'en',
    expect: 'Shelling in Kharkiv killed two, officials said.',
    findings: [['Kharkov', 'Kharkiv', 'applied']],
  },
  // 2. A doubt word of the region ("region") before the name held it in silence unless a comma
  // stood between; with another word between, it heads no phrase of the name.
  {
    why: '"In the region Russia struck Dnipropetrovsk" (no comma after "region") gave no finding; with the comma it was a suggestion, and is one now without it',
    text: 'In the region Russia struck Dnipropetrovsk overnight.',
    language: 'en',
    expect: 'In the region Russia struck Dnipropetrovsk overnight.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'and the region named before the city in the same sentence',
    text: 'In the Dnipropetrovsk region Russia struck Dnipropetrovsk overnight.',
    language: 'en',
    expect: 'In the Dnipropetrovsk region Russia struck Dnipropetrovsk overnight.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'the region itself, in the words of its phrase, stays held in silence; the city alone changes',
    text: 'Shelling hit the Dnipropetrovsk region. Shelling hit Dnipropetrovsk Oblast. Attacks hit the regions of Sumy, Kharkiv and Dnipropetrovsk. Attacks hit regions such as Dnipropetrovsk.',
    language: 'en',
    expect: 'Shelling hit the Dnipropetrovsk region. Shelling hit Dnipropetrovsk Oblast. Attacks hit the regions of Sumy, Kharkiv and Dnipropetrovsk. Attacks hit regions such as Dnipropetrovsk.',
    findings: [],
  },
  {
    why: 'the city with no region word near it changes, as before',
    text: 'Russia struck Dnipropetrovsk overnight.',
    language: 'en',
    expect: 'Russia struck Dnipro overnight.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: '"Oblast" far off in the sentence holds nothing',
    text: 'Oblast governor Serhiy Lysak said a missile hit Dnipropetrovsk.',
    language: 'en',
    expect: 'Oblast governor Serhiy Lysak said a missile hit Dnipro.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  // 3. Odessa, Ukraine and Odessa or Midland, Texas in one story: checked, right before and after.
  {
    why: 'Odessa, Ukraine, and Midland, Texas, in the next sentence: the country set off after the name decides it',
    text: 'Odessa, Ukraine, was shelled overnight. In Midland, Texas, a vigil was held for the victims.',
    language: 'en',
    expect: 'Odesa, Ukraine, was shelled overnight. In Midland, Texas, a vigil was held for the victims.',
    findings: [['Odessa', 'Odesa', 'applied']],
  },
  {
    why: 'and Odessa, Texas, there: the Texas one kept, in silence',
    text: 'Odessa, Ukraine, was shelled overnight. In Odessa, Texas, a vigil was held for the victims.',
    language: 'en',
    expect: 'Odesa, Ukraine, was shelled overnight. In Odessa, Texas, a vigil was held for the victims.',
    findings: [['Odessa', 'Odesa', 'applied']],
  },
  {
    why: 'Odessa with no country after it in a story that names Texas: a suggestion, not silence',
    text: 'Russia shelled Odessa overnight, Ukraine said. In Odessa, Texas, a vigil was held for the victims.',
    language: 'en',
    expect: 'Russia shelled Odessa overnight, Ukraine said. In Odessa, Texas, a vigil was held for the victims.',
    findings: [['Odessa', 'Odesa', 'suggested', 'context-ambiguous']],
  },
]

describeRealCopy('real copy, round 34: silent holds', cases)

describe('speakerBefore, placeAfter, unsureAfter and doubt links in the glossary format', () => {
  // `unknown`: the format's checks are fed what a YAML file may hold, valid or not.
  const source = (context: unknown) => nikolaevGlossary('en', context)
  const speaker = { speakerBefore: ['said'], placeAfter: ['in'], unsureAfter: ['of'] }
  const find = (text: string) => compileGlossary(source(speaker)).matcherFor('en')!.find(text).map((c) => [c.original, c.status, c.reason ?? null])

  it('reads the word before a speaker: a place, the speaker, or undecided', () => {
    expect(find('Officials in Nikolaev said the water was cut.')).toEqual([['Nikolaev', 'applied', null]])
    expect(find('Nikolaev said the water was cut.')).toEqual([])
    expect(find('The mayor of Nikolaev said the water was cut.')).toEqual([['Nikolaev', 'suggested', 'context-ambiguous']])
  })

  it('refuses what is not a list of single words, and the word lists without their verbs', () => {
    expect(issuesOf(source({ ...speaker, placeAfter: ['in the'] }))).toEqual(['mykolaiv.yaml: mykolaiv.forms.en.variants[0].context.placeAfter[0]: must be a single word, or two whose second is one of unsureAfter ("région de")'])
    expect(issuesOf(source({ ...speaker, speakerBefore: 'said' }))).toEqual(['mykolaiv.yaml: mykolaiv.forms.en.variants[0].context.speakerBefore: must be a list'])
    expect(issuesOf(source({ placeAfter: ['in'], unsureAfter: ['of'] }))).toEqual([
      'mykolaiv.yaml: mykolaiv.forms.en.variants[0].context.placeAfter: says what the word before the name makes it to a verb of speakerBefore: list those verbs too, or remove it',
      'mykolaiv.yaml: mykolaiv.forms.en.variants[0].context.unsureAfter: says what the word before the name makes it to a verb of speakerBefore: list those verbs too, or remove it',
    ])
  })

  it('refuses doubt links that are not lower-case words, or on a text doubt', () => {
    const doubt = (links: unknown, scope = 'paragraph') => source({ doubt: { words: ['region'], scope, links } })
    for (const links of ['of', [], ['Of'], ['such as'], [5]]) expect(issuesOf(doubt(links))).toEqual(['mykolaiv.yaml: mykolaiv.forms.en.variants[0].context.doubt.links: must list single lower-case words, like [of, the]'])
    expect(issuesOf(doubt(['of'], 'text'))).toEqual(["mykolaiv.yaml: mykolaiv.forms.en.variants[0].context.doubt.links: sets off a paragraph doubt's words only: scope must be paragraph"])
  })
})
