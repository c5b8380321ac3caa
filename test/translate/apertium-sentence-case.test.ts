import { describe, expect, it } from 'vitest'
import { apertium } from '../../src/translate/providers/apertium/index.js'
import { uncapitalizeAfterCopiedStart } from '../../src/translate/providers/apertium/sentence-case.js'
import { withoutGenerationMarks } from '../../src/translate/providers/apertium/marks.js'
import { closeDroppedWordSpace, closeSpaceBeforePunctuation } from '../../src/translate/providers/apertium/spacing.js'
import { DEFAULT_TRANSLATE_TIMEOUT_MS } from '../../src/translate/translate.js'

// APy's eng-spa answers, as it gave them (see apertium.test.ts for the live engine).
describe('uncapitalizeAfterCopiedStart', () => {
  it('takes back the capital Apertium gives the word after a copied word that starts a sentence', () => {
    expect(uncapitalizeAfterCopiedStart('Xq1x said on Monday.', 'Xq1x Dijo el lunes.', 'es')).toBe('Xq1x dijo el lunes.')
    expect(uncapitalizeAfterCopiedStart('Xq1x and Xq2x were hit.', 'Xq1x Y Xq2x estuvo pegado.', 'es')).toBe('Xq1x y Xq2x estuvo pegado.')
    expect(uncapitalizeAfterCopiedStart('He said Xq1x was quiet. Xq2x agreed.', ' Dijo Xq1x era tranquilo. Xq2x Acordado.', 'es')).toBe(' Dijo Xq1x era tranquilo. Xq2x acordado.')
    expect(uncapitalizeAfterCopiedStart('"Klitschko said it."', '"Klitschko Lo dijo."', 'es')).toBe('"Klitschko lo dijo."')
  })

  it('leaves a capital the source had, an acronym, an initial, a word the engine translated, and German', () => {
    // The source's next word has a capital: a name, kept.
    expect(uncapitalizeAfterCopiedStart('Xq1x Putin talks ended.', 'Xq1x Putin Charlas acabaron.', 'es')).toBe('Xq1x Putin Charlas acabaron.')
    // Acronyms and initials are not capitalized words.
    expect(uncapitalizeAfterCopiedStart('Xq1x said it.', 'Xq1x OTAN dijo.', 'es')).toBe('Xq1x OTAN dijo.')
    expect(uncapitalizeAfterCopiedStart('Xq1x said it.', 'Xq1x J. dijo.', 'es')).toBe('Xq1x J. dijo.')
    // The answer's first word is not the source's: the engine translated it, and its capital is right.
    expect(uncapitalizeAfterCopiedStart('Ukraine said it.', 'Ucrania Dijo.', 'es')).toBe('Ucrania Dijo.')
    // One sentence of the source goes on in capitals after the same word: not decided, kept.
    expect(uncapitalizeAfterCopiedStart('Xq1x said it. Xq1x Putin met.', 'Xq1x Dijo.', 'es')).toBe('Xq1x Dijo.')
    // German nouns take a capital.
    expect(uncapitalizeAfterCopiedStart('Xq1x residents fled.', 'Xq1x Einwohner flohen.', 'de')).toBe('Xq1x Einwohner flohen.')
  })
})

// A stand-in for APy's /translate that capitalizes what it takes for a sentence start, as APy
// does (", Qzqz alcalde" → ", Qzqz mayor" but "alcalde" → "Mayor"; apertium.test.ts has the live engine).
describe('a text that continues a sentence', () => {
  const sent: string[] = []
  const standIn = (answer?: (q: string) => string): typeof fetch => async (_url, init) => {
    const q = new URLSearchParams(String(init?.body)).get('q')!
    sent.push(q)
    const translated = answer?.(q) ?? (q.startsWith(', ') ? q : q.charAt(0).toUpperCase() + q.slice(1))
    return Response.json({ responseData: { translatedText: translated }, responseStatus: 200 })
  }
  const translate = (texts: string[], continues: boolean[], answer?: (q: string) => string) => apertium({ apertiumUrl: 'http://apy.test', deeplAuthKey: undefined, deeplServerUrl: undefined, timeoutMs: DEFAULT_TRANSLATE_TIMEOUT_MS, ai: undefined, fetch: standIn(answer) })!
    .translate({ texts, continues, from: 'es', to: 'en', masked: true, names: undefined, undecided: texts.map(() => false), glossary: { id: 'news', version: 'v' }, signal: AbortSignal.timeout(5_000) })

  it('is sent after a comma and a word standing for what came before, and comes back without them', async () => {
    sent.length = 0
    const { texts } = await translate(['el', 'alcalde', 'de Xq1x dijo.', 'qzqz visitó'], [false, true, true, true])
    // The stand-in is made of letters the text does not have together.
    expect(sent).toEqual(['el', ', Qzqz alcalde', ', Qzqz de Xq1x dijo.', ', Zxzx qzqz visitó'])
    expect(texts).toEqual(['El', 'alcalde', 'de Xq1x dijo.', 'qzqz visitó'])
  })

  it('takes the stand-in out wherever the engine put it, and keeps an answer that lost both as written', async () => {
    expect((await translate(['coche rojo'], [true], () => ', red QZQZ car')).texts).toEqual(['red car'])
    expect((await translate(['alcalde'], [true], () => 'Mayor')).texts).toEqual(['Mayor'])
  })

  it('goes after the comma alone when the text holds every stand-in, and loses none of its words', async () => {
    sent.length = 0
    const text = 'qzqz zxzx jqjq vqvq dijo'
    expect((await translate([text], [true])).texts).toEqual([text])
    expect(sent).toEqual([`, ${text}`])
  })
})

// APy's eng-spa answers "The city is our fortress." with "La ciudad es nuestra fortaleza .".
describe('closeSpaceBeforePunctuation', () => {
  it('takes out a space the engine put before closing punctuation', () => {
    expect(closeSpaceBeforePunctuation('The city is our fortress.', 'La ciudad es nuestra fortaleza .', 'es')).toBe('La ciudad es nuestra fortaleza.')
    expect(closeSpaceBeforePunctuation('"Kyiv is ours," he said.', '"Kiev es nuestra ," dijo .', 'es')).toBe('"Kiev es nuestra," dijo.')
    expect(closeSpaceBeforePunctuation('x', 'Dijo: « sí » .\nY ?', 'es')).toBe('Dijo: « sí ».\nY?')
  })

  it('leaves a space the source writes there, one inside a word or a number, and French', () => {
    expect(closeSpaceBeforePunctuation('Wait ... and see', 'Espera ... y ve', 'es')).toBe('Espera ... y ve')
    expect(closeSpaceBeforePunctuation('x', 'a .b y 3 .5', 'es')).toBe('a .b y 3 .5')
    expect(closeSpaceBeforePunctuation('Who?', 'Qui ?', 'fr')).toBe('Qui ?')
  })
})

// APy's eng-spa answers "the station" with "La #canal": a form its generator lacked.
describe('withoutGenerationMarks', () => {
  it('takes off the mark of a word the engine could not inflect, not a # the text sent had', () => {
    expect(withoutGenerationMarks('the station', 'La #canal')).toBe('La canal')
    expect(withoutGenerationMarks('They have turned it into one', 'Lo have #turn en uno, #1')).toBe('Lo have turn en uno, #1')
    expect(withoutGenerationMarks('Issue #Kiev', 'Asunto #Kiev')).toBe('Asunto #Kiev')
  })
})


describe('closeDroppedWordSpace', () => {
  it('writes one space where the engine dropped a word between two', () => {
    expect(closeDroppedWordSpace('Zelenski se reunió con Biden en Kiev.', 'Zelensky gathered  with Biden in Kyiv.')).toBe('Zelensky gathered with Biden in Kyiv.')
    expect(closeDroppedWordSpace('"Xq1x approved it," he said.', '"Xq1x lo aprobó,"  dijo.')).toBe('"Xq1x lo aprobó," dijo.')
  })

  it('leaves runs of spaces the source writes, and spaces at the edges of a line', () => {
    expect(closeDroppedWordSpace('It ended.  Then he said it.', 'Acabó.  Entonces  lo dijo.')).toBe('Acabó.  Entonces  lo dijo.')
    expect(closeDroppedWordSpace('a\n  b', 'a\n  b')).toBe('a\n  b')
  })
})
