import { describe, expect, it } from 'vitest'
import { compileGlossary } from '../../src/core/glossary/compile.js'
import type { GlossarySource } from '../../src/core/glossary/source.js'
import { issuesOf } from '../fixtures/glossary-issues.js'
import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 33: how a context's `requires` counts the text's mentions. A variant that needs a
 * mention itself confirms another only once something else confirms it (or a list of names it
 * stands in does): two names that each need the other no longer confirm each other. The findings
 * are listed whole, suggestions included. The copy is the last review's, around the sentence it
 * found; the list case beside it is real-copy.test.ts's ("Russian missiles hit Lvov and Nikolaev
 * overnight", which round 32's first try at this broke and which still applies both).
 */
const cases: RealCopyCase[] = [
  {
    why: '"Ukrainian" mentions Ukraine as its name would (languageRules mentions): with each name only the other\'s mention, both were context-missing once names stopped confirming each other',
    text: 'Russian drones struck Nikolaev overnight. In Odessa, power was cut, the Ukrainian air force said.',
    language: 'en',
    expect: 'Russian drones struck Mykolaiv overnight. In Odesa, power was cut, the Ukrainian air force said.',
    findings: [['Nikolaev', 'Mykolaiv', 'applied'], ['Odessa', 'Odesa', 'applied']],
  },
  {
    why: 'the same for one name alone, in Spanish (the adjective in lower case, agreeing)',
    text: 'Drones rusos atacaron Odessa durante la noche, informó la Fuerza Aérea ucraniana.',
    language: 'es',
    expect: 'Drones rusos atacaron Odesa durante la noche, informó la Fuerza Aérea ucraniana.',
    findings: [['Odessa', 'Odesa', 'applied']],
  },
  {
    why: 'and a Ukrainian choir in Odessa, Texas, is still Texas',
    text: 'Odessa, Texas, welcomed a Ukrainian choir on Sunday.',
    language: 'en',
    expect: 'Odessa, Texas, welcomed a Ukrainian choir on Sunday.',
    findings: [],
  },
  {
    why: 'two names that each need copy about Ukraine confirmed each other, and both were applied: nothing in the text says Ukraine (Nikolaev is also a surname; there is an Odessa in Texas)',
    text: 'Nikolaev moved to Odessa in 1990.',
    language: 'en',
    expect: 'Nikolaev moved to Odessa in 1990.',
    findings: [['Nikolaev', 'Mykolaiv', 'suggested', 'context-missing'], ['Odessa', 'Odesa', 'suggested', 'context-missing']],
  },
  {
    why: 'the same with a third such name further on: a ring of names that need one another confirms none of them',
    text: 'Nikolaev moved to Odessa in 1990. He later coached in Lvov.',
    language: 'en',
    expect: 'Nikolaev moved to Odessa in 1990. He later coached in Lvov.',
    findings: [['Nikolaev', 'Mykolaiv', 'suggested', 'context-missing'], ['Odessa', 'Odesa', 'suggested', 'context-missing'], ['Lvov', 'Lviv', 'suggested', 'context-missing']],
  },
  {
    why: 'and with an age set off after "Nikolaev", a person since round 37 (whatever verb follows), no mention: the other two still confirm nothing',
    text: 'Nikolaev, 54, moved to Odessa in 1990. He later coached in Lvov.',
    language: 'en',
    expect: 'Nikolaev, 54, moved to Odessa in 1990. He later coached in Lvov.',
    findings: [['Odessa', 'Odesa', 'suggested', 'context-missing'], ['Lvov', 'Lviv', 'suggested', 'context-missing']],
  },
  {
    why: 'and where the text says Ukraine, both change, as before',
    text: 'Nikolaev moved to Odessa in 1990 and has lived in Ukraine since.',
    language: 'en',
    expect: 'Mykolaiv moved to Odesa in 1990 and has lived in Ukraine since.',
    findings: [['Nikolaev', 'Mykolaiv', 'applied'], ['Odessa', 'Odesa', 'applied']],
  },
  {
    why: 'a name that needs nothing confirms one, and that one the rest: Kyiv confirms Odessa, Odessa Nikolaev',
    text: 'Nikolaev moved to Odessa in 1990. Odessa is a four-hour drive from Kyiv.',
    language: 'en',
    expect: 'Mykolaiv moved to Odesa in 1990. Odesa is a four-hour drive from Kyiv.',
    findings: [['Nikolaev', 'Mykolaiv', 'applied'], ['Odessa', 'Odesa', 'applied'], ['Odessa', 'Odesa', 'applied']],
  },
  {
    why: 'names of one list are places of one kind: they still confirm each other (a list of cities hit overnight)',
    text: 'Russian drones hit Odessa and Nikolaev overnight.',
    language: 'en',
    expect: 'Russian drones hit Odesa and Mykolaiv overnight.',
    findings: [['Odessa', 'Odesa', 'applied'], ['Nikolaev', 'Mykolaiv', 'applied']],
  },
  {
    why: 'a list with an Oxford comma, three such names',
    text: 'Air-raid alerts sounded in Lvov, Odessa, and Nikolaev.',
    language: 'en',
    expect: 'Air-raid alerts sounded in Lviv, Odesa, and Mykolaiv.',
    findings: [['Lvov', 'Lviv', 'applied'], ['Odessa', 'Odesa', 'applied'], ['Nikolaev', 'Mykolaiv', 'applied']],
  },
]

/**
 * Round 33: a region word in the name's sentence that a comma of no list sets off from it ("In
 * the region, Russia struck Dnipropetrovsk") held the name in silence, as the region; round 32's
 * lists made the list after it one word of the window, so "…struck Kiev, Kharkov and
 * Dnipropetrovsk" was held too. The text does not say whether it means the region or the city: a
 * `context-ambiguous` suggestion, as the same word in the next sentence gives. A region word that
 * belongs to the name's phrase, or reaches it over a list's commas, holds it as before.
 */
const doubts: RealCopyCase[] = [
  {
    why: 'the last review\'s list: Dnipropetrovsk was held in silence, as it was alone',
    text: 'In the region, Russia struck Kiev, Kharkov and Dnipropetrovsk.',
    language: 'en',
    expect: 'In the region, Russia struck Kyiv, Kharkiv and Dnipropetrovsk.',
    findings: [['Kiev', 'Kyiv', 'applied'], ['Kharkov', 'Kharkiv', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'the name alone',
    text: 'In the region, Russia struck Dnipropetrovsk.',
    language: 'en',
    expect: 'In the region, Russia struck Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'the region word after the name, set off by its comma (Dnipro described as in gaya.one\'s summary of a drone strike, "Dnipro, una città nel sud-est dell\'Ucraina", https://gaya.one/it/world-events/summary/1f01b0e5-06e3-62c6-8753-83d9a52e4947, the old name and "the region\'s capital" ours)',
    text: 'On Wednesday evening a Russian drone hit Dnipropetrovsk, the region\'s capital, killing two people.',
    language: 'en',
    expect: 'On Wednesday evening a Russian drone hit Dnipropetrovsk, the region\'s capital, killing two people.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'and in Spanish (Kiev and Járkov are its house style)',
    text: 'En la región, Rusia atacó Kiev, Járkov y Dnipropetrovsk.',
    language: 'es',
    expect: 'En la región, Rusia atacó Kiev, Járkov y Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'the region in a list after "the regions of", an Oxford comma and the governor in the same sentence: held as the region, as before',
    text: 'The regions of Sumy, Kharkiv, and Dnipropetrovsk lost power, the governor said.',
    language: 'en',
    expect: 'The regions of Sumy, Kharkiv, and Dnipropetrovsk lost power, the governor said.',
    findings: [],
  },
  {
    why: 'the region word of the name\'s own phrase, and its administration, in UNN\'s report (https://unn.ua/en/news/dnipropetrovsk-region-was-under-russian-drone-attack-at-night-there-are-victims): held as before',
    text: 'Russian troops attacked the Dnipropetrovsk region with drones at night, two people are known to have been injured, the head of the Dnipropetrovsk Regional State Administration Serhiy Lysak announced on Telegram on Tuesday.',
    language: 'en',
    expect: 'Russian troops attacked the Dnipropetrovsk region with drones at night, two people are known to have been injured, the head of the Dnipropetrovsk Regional State Administration Serhiy Lysak announced on Telegram on Tuesday.',
    findings: [],
  },
  {
    why: 'no region word within the window: the city changes, as before',
    text: 'Oblast governor Serhiy Lysak said a missile hit Dnipropetrovsk.',
    language: 'en',
    expect: 'Oblast governor Serhiy Lysak said a missile hit Dnipro.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'a text doubt\'s word set off near the name still says which place it is: Odessa in West Texas stays, in silence',
    text: 'A church in Odessa, in West Texas, raised money for Kyiv.',
    language: 'en',
    expect: 'A church in Odessa, in West Texas, raised money for Kyiv.',
    findings: [],
  },
]

describeRealCopy('real copy: what counts as a mention for requires (round 33)', cases, ['news', 'ap', 'reuters', 'bbc'])
describeRealCopy('real copy: a region word set off from the name is a doubt, not a hold (round 33)', doubts, ['news', 'ap', 'reuters', 'bbc'])

describe('mentions in the glossary format (languageRules.<lang>.mentions)', () => {
  // `unknown`: the format's checks are fed what a YAML file may hold, valid or not.
  const source = (mentions: unknown): GlossarySource => ({
    id: 't', name: 'T', fallbackLanguage: 'en', languages: ['en'],
    languageRules: { en: { file: 'glossaries/t/languages/en.yaml', mentions: mentions as Record<string, string[]> } },
    concepts: [
      { id: 'ukraine', kind: 'place', file: 'ukraine.yaml', forms: { en: { preferred: 'Ukraine' } } },
      { id: 'odesa', kind: 'place', file: 'odesa.yaml', forms: { en: { preferred: 'Odesa', variants: [{ form: 'Odessa', context: { requires: ['ukraine'] } }] } } },
    ],
  })

  it('counts a word as a mention of its concept', () => {
    const find = (glossary: GlossarySource, text: string) => compileGlossary(glossary).matcherFor('en')!.find(text).map((c) => [c.original, c.status, c.reason ?? null])
    expect(find(source({ ukraine: ['Ukrainian'] }), 'Drones hit Odessa, the Ukrainian military said.')).toEqual([['Odessa', 'applied', null]])
    expect(find(source(undefined), 'Drones hit Odessa, the Ukrainian military said.')).toEqual([['Odessa', 'suggested', 'context-missing']])
  })

  it('refuses an unknown concept and what is not a list of words', () => {
    expect(issuesOf(source({ ukrania: ['Ukrainian'] }))).toEqual(['glossaries/t/languages/en.yaml: languageRules.en.mentions.ukrania: no concept "ukrania" in this glossary'])
    for (const words of [[], ['Ukrainian army'], 'Ukrainian', [5]]) {
      expect(issuesOf(source({ ukraine: words }))).toEqual(['glossaries/t/languages/en.yaml: languageRules.en.mentions.ukraine: must list single words of letters, like [Ukrainian, Ukrainians]'])
    }
    expect(issuesOf(source(['Ukrainian']))).toEqual(['glossaries/t/languages/en.yaml: languageRules.en.mentions: must map concept ids to lists of words, like {ukraine: [Ukrainian]}'])
  })
})
