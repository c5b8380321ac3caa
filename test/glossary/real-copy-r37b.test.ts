import { describe, expect, it } from 'vitest'
import { issuesOf } from '../fixtures/glossary-issues.js'
import { describeRealCopy, nikolaevGlossary, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 37 (b): "Nikolaev" the person, read where a reader knows it. The Russian surname was
 * renamed the city after an apposition or an age set off by commas ("Nikolaev, a Russian officer,
 * said", "Nikolaev, 54, was arrested"), suggested after an adjective or a noun headed by an
 * article ("The retired Nikolaev said", "At the briefing Nikolaev said"); the city was suggested
 * after a noun of place and "close to" ("a village close to Nikolaev"); and French had no reading
 * of a present participle before the name ("Un habitant fuyant Nikolaïev a déclaré": no finding at
 * all). Beside each, the ordinary copy where the same words stand near the city, which still
 * changes or is suggested.
 */
const none: RealCopyCase['findings'] = []
const keep = (why: string, text: string, language: string): RealCopyCase => ({ why, text, language, expect: text, findings: none })
const applied = (why: string, text: string, language: string, original: string, replacement: string): RealCopyCase => ({ why, text, language, expect: text.replace(original, replacement), findings: [[original, replacement, 'applied']] })
const suggested = (why: string, text: string, language: string, original: string, replacement: string, reason: string): RealCopyCase => ({ why, text, language, expect: text, findings: [[original, replacement, 'suggested', reason]] })

const cases: RealCopyCase[] = [
  // English.
  keep('an apposition naming a person before a verb of saying (the city was applied)', 'Nikolaev, a Russian officer, said Ukraine lied.', 'en'),
  keep('an age set off by commas, whatever verb follows (the city was applied)', 'Nikolaev, 54, was arrested in Kyiv.', 'en'),
  suggested('a number set off after the name in a list of places is a count, not an age (kept in silence by the age rule)', 'Casualties in Ukraine: Kherson, 12, Nikolaev, 14, Zaporizhzhia, 3.', 'en', 'Nikolaev', 'Mykolaiv', 'context-ambiguous'),
  keep('an adjective after an article (a suggestion)', 'The retired Nikolaev said the war in Ukraine was lost.', 'en'),
  keep('a noun in -ing after an article, and the name its clause\'s subject (a suggestion)', 'At the briefing Nikolaev said Ukraine lied.', 'en'),
  suggested('an adjective after an article after "of": the name the object of "of" (kept in silence by a first reading of the article)', 'Residents of the devastated Nikolaev said the water was cut, Ukraine said.', 'en', 'Nikolaev', 'Mykolaiv', 'context-ambiguous'),
  applied('an adjective after an article after "in": the place', 'Officials in the devastated Nikolaev said the water was cut, Ukraine said.', 'en', 'Nikolaev', 'Mykolaiv'),
  suggested('a verb a city is the object of, listed, after an article: undecided as before', 'The besieged Nikolaev said it had no water, Ukraine said.', 'en', 'Nikolaev', 'Mykolaiv', 'context-ambiguous'),
  applied('the regional capital: the city', 'Nikolaev, the regional capital, was shelled, Ukraine said.', 'en', 'Nikolaev', 'Mykolaiv'),
  applied('a noun of place before "close to" (a suggestion)', 'Shelling hit a village close to Nikolaev, Ukraine said.', 'en', 'Nikolaev', 'Mykolaiv'),
  suggested('an apposition naming nothing of place before any other verb: a person or the city', 'Nikolaev, a Russian officer, was attacked in Ukraine.', 'en', 'Nikolaev', 'Mykolaiv', 'context-ambiguous'),
  suggested('an apposition naming a place before a verb of saying: the city\'s authorities, or a person', 'Nikolaev, a port city in Ukraine, said it had no water.', 'en', 'Nikolaev', 'Mykolaiv', 'context-ambiguous'),
  applied('the city\'s apposition before any other verb still changes', 'Nikolaev, a port city, was shelled, Ukraine said.', 'en', 'Nikolaev', 'Mykolaiv'),
  applied('a distance is no age', 'Nikolaev, 54 km from the front, was shelled, Ukraine said.', 'en', 'Nikolaev', 'Mykolaiv'),
  applied('the country set off after the name', 'Nikolaev, Ukraine, was shelled.', 'en', 'Nikolaev', 'Mykolaiv'),
  applied('an apposition where the name does not open its clause: the object of "hit"', 'Russian missiles hit Nikolaev, a shipbuilding hub, said the governor of southern Ukraine.', 'en', 'Nikolaev', 'Mykolaiv'),
  suggested('an adjective before the noun the name is the complement of', 'Retired residents of Nikolaev said Ukraine lied.', 'en', 'Nikolaev', 'Mykolaiv', 'context-ambiguous'),
  suggested('a verb in -ing after a noun, the name its object', 'Residents fleeing Nikolaev said Ukraine lied.', 'en', 'Nikolaev', 'Mykolaiv', 'context-ambiguous'),
  suggested('"close to" after a word of no place', 'Sources close to Nikolaev said the talks had failed, Ukraine said.', 'en', 'Nikolaev', 'Mykolaiv', 'context-ambiguous'),
  // French.
  suggested('a present participle before the name, its object or the speaker\'s (no finding at all)', 'Un habitant fuyant Nikolaïev a déclaré que l\'Ukraine brûlait.', 'fr', 'Nikolaïev', 'Mykolaïv', 'context-ambiguous'),
  keep('a noun in -ant after an article is the speaker\'s title', 'Le représentant Nikolaïev a déclaré que l\'Ukraine mentait.', 'fr'),
  keep('an age with its word (the city was applied)', 'Nikolaïev, 54 ans, a été arrêté à Kiev, en Ukraine.', 'fr'),
  keep('an apposition naming a person (the city was applied)', 'Nikolaïev, un officier russe, a déclaré que l\'Ukraine mentait.', 'fr'),
  applied('the city\'s apposition still changes', 'Nikolaïev, une ville portuaire, a été bombardée, selon l\'armée ukrainienne.', 'fr', 'Nikolaïev', 'Mykolaïv'),
  // Italian.
  keep('an apposition naming a person (the city was applied)', 'Nikolaev, un ufficiale russo, ha detto che l\'Ucraina mente.', 'it'),
  keep('an age with its word (the city was applied)', 'Nikolaev, 54 anni, è stato arrestato in Ucraina.', 'it'),
  applied('the city\'s apposition still changes', 'Nikolaev, una città portuale, è stata bombardata, secondo l\'esercito ucraino.', 'it', 'Nikolaev', 'Mykolaiv'),
  // Portuguese.
  keep('an apposition naming a person (the city was applied)', 'Nikolaiev, um oficial russo, disse que a Ucrânia mente.', 'pt'),
  keep('an age with its word (the city was applied)', 'Nikolaiev, 54 anos, foi detido na Ucrânia.', 'pt'),
  applied('the city\'s apposition still changes', 'Nikolaiev, uma cidade portuária, foi bombardeada, segundo o exército ucraniano.', 'pt', 'Nikolaiev', 'Mykolaiv'),
  // German.
  keep('an age set off by commas (the city was applied)', 'Nikolaev, 54, wurde in der Ukraine festgenommen.', 'de'),
  keep('an apposition naming a person (the city was applied)', 'Nikolaev, ein russischer Offizier, sagte, die Ukraine lüge.', 'de'),
  applied('the city\'s apposition still changes', 'Nikolaev, eine Hafenstadt, wurde beschossen, sagte ein Sprecher in Kyjiw.', 'de', 'Nikolaev', 'Mykolajiw'),
]

describeRealCopy('real copy, round 37 (b): Nikolaev the person, read where a reader knows it', cases)

describe('determiners and ageWords in the glossary format', () => {
  // `unknown`: the format's checks are fed what a YAML file may hold, valid or not.
  const source = (context: unknown) => nikolaevGlossary('en', context)
  const at = 'mykolaiv.yaml: mykolaiv.forms.en.variants[0].context'
  it('takes single words beside verbs of saying', () => {
    expect(issuesOf(source({ speakerBefore: ['said'], determiners: ['the', 'a'], ageWords: ['years'] }))).toEqual([])
  })
  it('refuses them with no verb of saying after the name, and more than one word', () => {
    expect(issuesOf(source({ determiners: ['the'] }))).toEqual([`${at}.determiners: says what the words around the name make it, read with the verbs of speakerBefore: list those verbs too, or remove it`])
    expect(issuesOf(source({ speakerAfter: ['said'], ageWords: ['ans'] }))).toEqual([`${at}.ageWords: says what the words around the name make it, read with the verbs of speakerBefore: list those verbs too, or remove it`])
    expect(issuesOf(source({ speakerBefore: ['said'], determiners: ["l'"] }))).toEqual([`${at}.determiners[0]: must be a single word`])
    expect(issuesOf(source({ speakerBefore: ['said'], ageWords: ['years old'] }))).toEqual([`${at}.ageWords[0]: must be a single word`])
  })
})
