import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { detectLanguage } from '../../src/core/detect/index.js'
import { functionWordLead } from '../../src/core/markup/function-words.js'
import type { ApplyMode, Change } from '../../src/core/api.js'
import { glossaries } from '../../src/generated/glossaries.js'
import { miniGlossary } from '../fixtures/mini-glossary.js'
import { describeRealCopy, type RealCopyCase } from '../glossary/real-copy-cases.js'

/**
 * Round 34: normalizing the output again changes nothing with `language: "auto"` either. Read
 * with its names, a text in two languages could be one language before its names were
 * normalized and the other after, and a second run wrote the names back into the other style.
 * The language is now read by the words without a capital (the whole text only when they do not
 * tell), a span's function words are counted without its names, and a hyphen joins no word to a
 * name (src/core/copydesk.auto-language.test.ts has the engine's cases).
 */
const cases: RealCopyCase[] = [
  {
    why: 'an English lede followed by a Spanish sentence (wire copy pasted into a bilingual live page; constructed, not cited): read with "Charkiw" and "Selenskyj" it was English, the second run read it as Spanish once they were Kharkiv and Zelensky and wrote Járkov and Zelenski',
    text: 'President Selenskyj said on Tuesday that air defences shot down drones over Charkiw. Fue el tercer ataque contra Charkiw esta semana, dijo Selenskyj.',
    language: 'auto',
    expect: 'President Zelenski said on Tuesday that air defences shot down drones over Járkov. Fue el tercer ataque contra Járkov esta semana, dijo Zelenski.',
    findings: [['Selenskyj', 'Zelenski', 'applied'], ['Charkiw', 'Járkov', 'applied'], ['Charkiw', 'Járkov', 'applied'], ['Selenskyj', 'Zelenski', 'applied']],
  },
  {
    why: 'a Spanish sentence and a German one (constructed): English by its names before, German after they were normalized (Lviv), Spanish by its words',
    text: 'El presidente Wolodymyr Selenskyj dijo el martes que las defensas antiaéreas derribaron drones sobre Leópolis. Es war der dritte Angriff auf Leópolis in dieser Woche, sagte Wolodymyr Selenskyj.',
    language: 'auto',
    expect: 'El presidente Volodímir Zelenski dijo el martes que las defensas antiaéreas derribaron drones sobre Leópolis. Es war der dritte Angriff auf Leópolis in dieser Woche, sagte Volodímir Zelenski.',
    findings: [['Wolodymyr Selenskyj', 'Volodímir Zelenski', 'applied'], ['Wolodymyr Selenskyj', 'Volodímir Zelenski', 'applied']],
  },
]

describeRealCopy('language "auto" on copy in two languages: the second run changes nothing', cases)

// Sentences of two languages (and the names the glossaries change) in any order and joined by
// spaces, line breaks and quotation marks.
const NAMES = ['Kiev', 'Kyiv', 'Kiew', 'Kyjiw', 'Kijów', 'Kharkov', 'Kharkiv', 'Járkov', 'Charkiw', 'Odessa', 'Odesa', 'Dnipropetrovsk', 'Dnipro',
  'Zelenskyy', 'Zelenski', 'Zelensky', 'Selenskyj', 'Volodímir', 'Volodymyr', 'Wolodymyr', 'Vladimir', 'Putin', 'Lvov', 'Lviv', 'Leópolis', 'Lwiw',
  'Donbass', 'Donbas', 'Nikolaev', 'Mykolaiv', 'Lugansk', 'Luhansk', 'Artemovsk', 'Bakhmut', 'Bajmut', 'Kiev-based', 'Lvov-in-Kharkov']
const WORDS: Record<string, string[]> = {
  en: 'the and in said of was that with for on city president army attack yesterday people government officials after their would have been from this which there were told reporters near region forces'.split(' '),
  es: 'el la de que y en los las dijo ciudad presidente ejército ataque ayer gobierno personas según después sus había sido desde esta donde fueron informó cerca región fuerzas'.split(' '),
  de: 'der die das und in sagte mit von Stadt Präsident Armee Angriff gestern Regierung Menschen nach ihre hatte wurde aus diese wo waren berichtete nahe Region Truppen nicht'.split(' '),
  fr: 'le la les et dans a dit que ville président armée attaque hier gouvernement personnes après leurs avait été depuis cette où étaient selon près région forces'.split(' '),
  it: 'il la di che e in ha detto città presidente esercito attacco ieri governo persone dopo loro aveva stato dalla questa dove erano secondo vicino regione forze'.split(' '),
  pt: 'o a de que e em disse cidade presidente exército ataque ontem governo pessoas depois seus tinha sido desde esta onde foram segundo perto região forças'.split(' '),
  pl: 'w i na że się nie z do miasto prezydent armia atak wczoraj rząd ludzie po ich było został od tej gdzie byli według blisko region siły'.split(' '),
}
const sentence = (lang: string) => fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS[lang]!) }, { weight: 1, arbitrary: fc.constantFrom(...NAMES) }), { minLength: 2, maxLength: 18 })
  .map((w) => { const s = w.join(' '); return s[0]!.toUpperCase() + s.slice(1) + '.' })
const bilingual = fc.tuple(fc.constantFrom(...Object.keys(WORDS)), fc.constantFrom(...Object.keys(WORDS))).chain(([a, b]) =>
  fc.array(fc.tuple(fc.oneof(sentence(a), sentence(b)), fc.constantFrom(' ', ' ', '\n\n', '\n', ' “', '” ', ' "', '" ')), { minLength: 1, maxLength: 8 }).map((parts) => parts.flat().join('')))

const applied = (changes: readonly Change[]) => changes.filter((c) => c.status === 'applied')

describe.each([
  ['mini', createCopydesk({ glossaries: [miniGlossary()], defaultGlossary: 'mini' })],
  ['news', createCopydesk({ glossaries, prevalidated: true })],
])('language "auto" with glossary %s on text in two languages', (_name, copydesk) => {
  // Where its words without a capital do not tell its language (confidence under 0.4, or another
  // language's function words lead), a text is still read whole,
  // names and all (copydesk.ts, detectProse): there, a second run may still read another
  // language (left open, docs/changes.md).
  it('is idempotent where its words tell its language: normalizing the output applies nothing more, in the same mode', () => {
    fc.assert(fc.property(bilingual, fc.constantFrom<ApplyMode>('confident', 'all', 'none'), (input, apply) => {
      const words = detectLanguage(input, { names: false })
      fc.pre(words.code !== 'und' && words.confidence >= 0.4 && functionWordLead(input, words.code) === undefined)
      const once = copydesk.normalize({ text: input, language: 'auto', apply })
      const twice = copydesk.normalize({ text: once.text, language: 'auto', apply })
      expect(applied(twice.changes)).toEqual([])
      expect(twice.text).toBe(once.text)
    }), { numRuns: 1500, seed: 34 })
  })
})
