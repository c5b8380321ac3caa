import { describe, expect, it } from 'vitest'
import { localizedText } from './localized.js'
import { lookupLocale, MAX_LANGUAGE_RANGES, negotiateLocale, parseAcceptLanguage, pickLocale } from './negotiate.js'

describe('lookupLocale', () => {
  it.each([
    ['de', 'de'],
    ['DE', 'de'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['uk-Cyrl-UA', 'uk'],
    ['fr-CA-x-quebec', 'fr'],
    ['en-a-bbb-x-a-ccc', 'en'],
    ['pt-BR', undefined],
    ['und', undefined],
    ['*', undefined],
    ['', undefined],
  ])('%j → %s', (tag, locale) => {
    expect(lookupLocale(tag)).toBe(locale)
  })
})

describe('parseAcceptLanguage', () => {
  it('reads ranges and q-values, lower-casing the ranges', () => {
    expect(parseAcceptLanguage('de-DE, de;q=0.9, *;q=0.1, EN;Q=0')).toEqual([
      { range: 'de-de', q: 1 },
      { range: 'de', q: 0.9 },
      { range: '*', q: 0.1 },
      { range: 'en', q: 0 },
    ])
  })

  it('ignores other parameters', () => {
    expect(parseAcceptLanguage('de;level=1;q=0.5')).toEqual([{ range: 'de', q: 0.5 }])
  })

  it.each(['q=1.5', 'q=-1', 'q=abc', 'q=', 'q=0.1234', 'q=1.001', 'q=.5'])('drops a range whose %s is not a q-value', (q) => {
    expect(parseAcceptLanguage(`de;${q}, fr`)).toEqual([{ range: 'fr', q: 1 }])
  })

  it.each(['', ' ', 'd e', 'de_DE', '<de>', 'abcdefghi', 'de-', '-de', 'fr-ABCDEFGHI', 'français'])('drops the range %j', (range) => {
    expect(parseAcceptLanguage(`${range}, fr`)).toEqual([{ range: 'fr', q: 1 }])
  })

  it(`reads at most ${MAX_LANGUAGE_RANGES} ranges`, () => {
    expect(parseAcceptLanguage('xx,'.repeat(1000))).toHaveLength(MAX_LANGUAGE_RANGES)
  })
})

describe('pickLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['uk', 'uk'],
    ['fr, de', 'fr'],
    ['de;q=0.5, fr;q=0.5', 'de'],
    ['en;q=0.5, uk;q=0.9', 'uk'],
    ['es-MX', 'es'],
    ['ES-mx', 'es'],
    ['pt-BR, es;q=0.3', 'es'],
    ['de;q=0, fr;q=0.001', 'fr'],
    ['fr;q=0, fr-CA', 'en'],
    ['de-AT;q=0, de;q=0.2', 'de'],
    ['*', 'en'],
    ['en;q=0, *', 'es'],
    ['en;q=0, es;q=0, *', 'de'],
    ['*;q=0', 'en'],
    ['*;q=0, de', 'en'],
    ['uk, *;q=0.5', 'uk'],
    ['fr;q=0.4, *;q=0.5', 'en'],
    ['xx-YY, zz;q=0.5', 'en'],
    [';;;,,,q=,', 'en'],
    ['de;q=nope', 'en'],
  ])('%j → %s', (header, locale) => {
    expect(pickLocale(header)).toBe(locale)
  })

  it('tells "nothing fits" apart from English', () => {
    expect(negotiateLocale('ja')).toBeUndefined()
    expect(negotiateLocale('en')).toBe('en')
    expect(negotiateLocale(undefined)).toBeUndefined()
  })
})

describe('localizedText', () => {
  const note = { uk: 'Київ.', en: 'Kyiv.', 'de-AT': 'Kyjiw (AT).' }

  it('passes a plain text through', () => {
    expect(localizedText('Kyiv.', 'de')).toBe('Kyiv.')
    expect(localizedText(undefined, 'de')).toBeUndefined()
  })

  it('picks the locale, else English, else the first', () => {
    expect(localizedText(note, 'uk')).toBe('Київ.')
    expect(localizedText(note, 'de')).toBe('Kyjiw (AT).')
    expect(localizedText(note, 'fr')).toBe('Kyiv.')
    expect(localizedText({ uk: 'Київ.', es: 'Kiev.' }, 'fr')).toBe('Київ.')
    expect(localizedText({}, 'fr')).toBeUndefined()
  })
})
