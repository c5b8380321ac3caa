import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import type { ApplyMode, Change, Copydesk, NormalizeResult } from '../../src/core/api.js'
import { glossaries } from '../../src/generated/glossaries.js'
import { miniGlossary } from '../fixtures/mini-glossary.js'
import { describeRealCopy, type RealCopyCase } from '../glossary/real-copy-cases.js'

/**
 * Round 35: with `language: "auto"`, normalizing the output again changes nothing, now also
 * where a text's words without a capital do not tell its language. Such a text was read whole,
 * names and all, and its names are what normalizing changes: "Stromausfall in Kiev." was German
 * (Kyjiw), and "Stromausfall in Kyjiw." English (Kyiv). A house form's own words counted as the
 * text's ("plac" of "plac Michajłowski"). Every reading is now of the text without the names the
 * glossary knows in any language (src/core/match/known-names.ts; copydesk.ts, detectProse).
 * Headlines constructed, in the shape of wire headlines; not cited.
 */
const cases: RealCopyCase[] = [
  {
    why: 'a German headline read whole: German with "Kiev", so Kyjiw; English with "Kyjiw", so a second run wrote Kyiv',
    text: 'Stromausfall in Kiev.',
    language: 'auto',
    expect: 'Stromausfall in Kyjiw.',
    findings: [['Kiev', 'Kyjiw', 'applied']],
  },
  {
    why: 'an Italian headline read whole: English with "Leópolis" (Lviv), Italian with "Lviv" (Leopoli)',
    text: 'Droni su Leópolis.',
    language: 'auto',
    expect: 'Droni su Leopoli.',
    findings: [['Leópolis', 'Leopoli', 'applied']],
  },
  {
    why: 'a Polish headline: English with "Mykhailivska Square", Polish with "placu Michajłowskim"',
    text: 'Alarm lotniczy w Mykhailivska Square.',
    language: 'auto',
    expect: 'Alarm lotniczy w placu Michajłowskim.',
    findings: [['Mykhailivska Square', 'placu Michajłowskim', 'applied']],
  },
]

describeRealCopy('language "auto" where the words do not tell: the second run changes nothing', cases)

/** Cases whose first run only suggests with "confident": the second run applied with "all". */
const casesAll: RealCopyCase[] = [
  {
    why: 'round 34\'s "Region nahe Artemovsk.": undetermined read whole (the fallback, English: Bakhmut), German with "Bakhmut" (Bachmut)',
    text: 'Region nahe Artemovsk.',
    language: 'auto',
    expect: 'Region nahe Bachmut.',
    findings: [['Artemovsk', 'Bachmut', 'applied', 'context-missing']],
  },
  {
    why: 'a Polish line whose house form brings a word without a capital: undetermined (English, St Michael\'s Square) before, Polish by "plac" after',
    text: 'Nie wiadomo, Mykhailivska Square.',
    language: 'auto',
    expect: 'Nie wiadomo, plac Michajłowski.',
    findings: [['Mykhailivska Square', 'plac Michajłowski', 'applied', 'inflection-unsure']],
  },
]

describe('language "auto" where the words do not tell, with apply "all": the second run changes nothing', () => {
  const copydesk = createCopydesk({ glossaries })
  it.each(casesAll.map((c) => [c.why, c]))('%s', (_why, c) => {
    const once = copydesk.normalize({ text: c.text, language: c.language, apply: 'all' })
    expect(once.text).toBe(c.expect)
    expect(once.changes.map((f) => [f.original, f.replacement, f.status, ...(f.reason === undefined ? [] : [f.reason])])).toEqual(c.findings)
    const twice = copydesk.normalize({ text: once.text, language: c.language, apply: 'all' })
    expect(twice.language).toEqual(once.language)
    expect(twice.changes.filter((f) => f.status === 'applied')).toEqual([])
  })
})

// Sentences of two languages with the names the glossaries change, house forms with words
// without a capital among them, in any order, joined by spaces, line breaks and quotation marks.
const NAMES = ['Kiev', 'Kyiv', 'Kiew', 'Kyjiw', 'Kijów', 'Kharkov', 'Kharkiv', 'Járkov', 'Charkiw', 'Odessa', 'Odesa', 'Dnipropetrovsk', 'Dnipro',
  'Zelenskyy', 'Zelenski', 'Zelensky', 'Selenskyj', 'Volodímir', 'Volodymyr', 'Wolodymyr', 'Lvov', 'Lviv', 'Leópolis', 'Lwiw', 'Donbass', 'Donbas',
  'Nikolaev', 'Mykolaiv', 'Artemovsk', 'Bakhmut', 'Bajmut', 'Bachmut', 'Mykhailivska Square', 'Michaelsplatz', "St Michael's Square", 'plaza de San Miguel',
  'plac Michajłowski', 'chicken Kiev', 'Dnipropetrovsk region']
const WORDS: Record<string, string[]> = {
  en: 'the and in said of was that with for on city president army attack yesterday people government officials after near region forces'.split(' '),
  es: 'el la de que y en los las dijo ciudad presidente ejército ataque ayer gobierno personas según después cerca región fuerzas'.split(' '),
  de: 'der die das und in sagte mit von Stadt Präsident Armee Angriff gestern Regierung Menschen nach wurde aus nahe Region nicht'.split(' '),
  fr: 'le la les et dans a dit que ville président armée attaque hier gouvernement personnes après près région forces'.split(' '),
  it: 'il la di che e in ha detto città presidente esercito attacco ieri governo persone dopo vicino regione forze'.split(' '),
  pt: 'o a de que e em disse cidade presidente exército ataque ontem governo pessoas depois perto região forças'.split(' '),
  pl: 'w i na że się nie z do miasto prezydent armia atak wczoraj rząd ludzie po według blisko region siły'.split(' '),
}
const sentence = (lang: string) => fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS[lang]!) }, { weight: 1, arbitrary: fc.constantFrom(...NAMES) }), { minLength: 1, maxLength: 10 })
  .map((w) => { const s = w.join(' '); return s[0]!.toUpperCase() + s.slice(1) + '.' })
const bilingual = fc.tuple(fc.constantFrom(...Object.keys(WORDS)), fc.constantFrom(...Object.keys(WORDS))).chain(([a, b]) =>
  fc.array(fc.tuple(fc.oneof(sentence(a), sentence(b)), fc.constantFrom(' ', '\n\n', ' “', '” ', ' "', '" ')), { minLength: 1, maxLength: 5 }).map((parts) => parts.flat().join('')))

const applied = (changes: readonly Change[]) => changes.filter((c) => c.status === 'applied')
/**
 * A document's language as read: its code and source, and its blocks' languages in order. Not
 * their offsets, nor the document's confidence: both are weighed by lengths, which move with
 * the names.
 */
const reading = ({ code, source, blocks }: NormalizeResult['language']) => ({ code, source, blocks: blocks?.map((block) => block.code) })

describe.each([
  ['mini', createCopydesk({ glossaries: [miniGlossary()], defaultGlossary: 'mini' })],
  ['news', createCopydesk({ glossaries, prevalidated: true })],
] as [string, Copydesk][])('language "auto" with glossary %s on short text in two languages', (_name, copydesk) => {
  it('reads the output as it read the input, and normalizing the output applies nothing more, in the same mode', () => {
    fc.assert(fc.property(bilingual, fc.constantFrom<ApplyMode>('confident', 'all', 'none'), (input, apply) => {
      const once = copydesk.normalize({ text: input, language: 'auto', apply })
      const twice = copydesk.normalize({ text: once.text, language: 'auto', apply })
      expect(twice.language).toEqual(once.language)
      expect(applied(twice.changes)).toEqual([])
      expect(twice.text).toBe(once.text)
    }), { numRuns: 1500, seed: 35 })
  })
})

/**
 * Markdown and HTML with "auto": a block is read as plain text is (by its words, without the
 * names the glossary knows), and whether it looks unlike the document is read without them too
 * (markup/language.ts; "de" of "plaza de San Miguel" was a Spanish function word of the second run).
 */
describe('language "auto" on Markdown and HTML: a block reads the same after its names are normalized', () => {
  const copydesk = createCopydesk({ glossaries })
  it.each([
    ['markdown', '# Stromausfall in Kiev\n', '# Stromausfall in Kyjiw\n', 'de'],
    ['markdown', '# Droni su Leópolis\n', '# Droni su Leopoli\n', 'it'],
    ['html', '<h1>Stromausfall in Kiev</h1>', '<h1>Stromausfall in Kyjiw</h1>', 'de'],
  ] as const)('%s: %j', (format, text, expected, code) => {
    const once = copydesk.normalize({ text, language: 'auto', apply: 'all', format })
    expect(once.text).toBe(expected)
    expect(once.language.code).toBe(code)
    const twice = copydesk.normalize({ text: once.text, language: 'auto', apply: 'all', format })
    expect(reading(twice.language)).toEqual(reading(once.language))
    expect(twice.changes.filter((f) => f.status === 'applied')).toEqual([])
  })

  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  // The bilingual texts' paragraphs as a document: a heading, paragraphs, list items.
  const document = fc.tuple(fc.array(bilingual, { minLength: 1, maxLength: 3 }), fc.constantFrom<'markdown' | 'html'>('markdown', 'html')).map(([texts, format]) => {
    const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p !== '')
    const text = format === 'markdown'
      ? paragraphs.map((p, i) => (i === 0 ? '# ' : i % 3 === 2 ? '- ' : '') + p.replace(/\n/g, ' ')).join('\n\n') + '\n'
      : paragraphs.map((p, i) => (i === 0 ? `<h1>${esc(p)}</h1>` : `<p>${esc(p)}</p>`)).join('\n')
    return { text, format }
  })

  // The reading, not the text: a document can still change in its second run where the engine
  // does with the language declared ("Dnipropetrovsk forces Mykhailivska Square region the." in
  // English: the doubt word's distance changes with the square's name; left open, see the report).
  it('reads a document in two languages as it read it once normalized: its language and each block\'s', () => {
    fc.assert(fc.property(document, fc.constantFrom<ApplyMode>('confident', 'all', 'none'), ({ text, format }, apply) => {
      const once = copydesk.normalize({ text, language: 'auto', apply, format })
      const twice = copydesk.normalize({ text: once.text, language: 'auto', apply, format })
      expect(reading(twice.language)).toEqual(reading(once.language))
    }), { numRuns: 600, seed: 35 })
  })
})

/**
 * Texts whose words without the known names do not decide, and which their names do: read with
 * them, in the language whose house forms, written in, still read as that language (copydesk.ts,
 * detectProse). Blanked alone, each was undetermined: English by fallback, and the Spanish
 * sentence's "Kiev", which Spanish house style keeps, became "Kyiv". Constructed; not cited.
 */
const namesDecide: (RealCopyCase & { code: string })[] = [
  {
    why: 'Spanish whose words, blanked, do not decide: English by fallback wrote "Kyiv", which Spanish style keeps as "Kiev"',
    text: 'Bucha está al noroeste de Kiev.',
    language: 'auto',
    code: 'es',
    expect: 'Bucha está al noroeste de Kiev.',
    findings: [],
  },
  {
    why: 'Polish whose words, blanked, do not decide: Polish with "Kijów" written in too, so its suggestion',
    text: 'Pomoc z Kyiv dotarła do Charkowa.',
    language: 'auto',
    code: 'pl',
    expect: 'Pomoc z Kyiv dotarła do Charkowa.',
    findings: [['Kyiv', 'Kijów', 'suggested', 'inflection-unsure']],
  },
  {
    why: 'English of names and a verb: English read with its names, and with English house forms',
    text: 'Russia annexed Crimea in 2014.',
    language: 'auto',
    code: 'en',
    expect: 'Russia annexed Crimea in 2014.',
    findings: [],
  },
]

describeRealCopy('language "auto" where the names decide: read with them when their house forms read the same', namesDecide)

describe('language "auto" where the names decide: the language read', () => {
  const copydesk = createCopydesk({ glossaries })
  it.each(namesDecide.map((c) => [c.text, c.code]))('%s is detected as %s, before and after normalizing', (text, code) => {
    const once = copydesk.normalize({ text, language: 'auto' })
    expect([once.language.code, once.language.source]).toEqual([code, 'detected'])
    const twice = copydesk.normalize({ text: once.text, language: 'auto' })
    expect([twice.language.code, twice.language.source]).toEqual([code, 'detected'])
  })
})
