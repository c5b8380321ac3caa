import { describe, expect, it } from 'vitest'
import { uncapitalizeAfterCopiedStart } from '../../src/translate/providers/apertium/sentence-case.js'

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
