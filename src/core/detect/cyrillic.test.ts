import { describe, expect, it } from 'vitest'
import { applyCyrillicRule, cyrillicVerdict } from './cyrillic.js'
import { SUPPORTED_LANGUAGES } from './languages.js'

describe('cyrillicVerdict', () => {
  it.each([
    ['Київ готується до зими', 'uk'],
    ['Уряд ухвалив бюджет на наступний рік', 'uk'],
    ['Єврокомісія схвалила ґрунтовний план', 'uk'],
    ['Мы ждём решения суда', 'ru'],
    ['Этот объём работ огромен', 'ru'],
    ['Выборы пройдут в сентябре', 'ru'],
  ])('%s → %s', (text, expected) => {
    expect(cyrillicVerdict(text)).toBe(expected)
  })

  it('has no verdict without distinctive letters', () => {
    expect(cyrillicVerdict('Президент провел встречу')).toBeUndefined()
  })

  it('has no verdict for text that is mostly Latin, whatever Cyrillic it quotes', () => {
    expect(cyrillicVerdict('The president of Ukraine, Зеленський, met the ministers in Brussels')).toBeUndefined()
  })

  it('lets the dominant alphabet win in a mixed text, and abstains when neither dominates', () => {
    // Ukrainian reporting quoting Russian: five Ukrainian-only letters against one ё.
    expect(cyrillicVerdict('Він сказав «всё будет хорошо», але ніхто не повірив їхнім обіцянкам і заявам')).toBe('uk')
    expect(cyrillicVerdict('Він сказав «мы объясним всё», але ніхто не повірив')).toBeUndefined()
  })
})

describe('applyCyrillicRule', () => {
  const languages = SUPPORTED_LANGUAGES

  it('overrides the detector when the letters prove the other language, merging the shares', () => {
    const result = applyCyrillicRule('Київ і Харків', [{ code: 'ru', score: 0.7 }, { code: 'uk', score: 0.3 }], languages)
    expect(result).toEqual([{ code: 'uk', score: 1 }])
  })

  it('only reorders uk and ru when the text mixes both alphabets', () => {
    const text = 'Він сказав «всё будет хорошо», але ніхто не повірив їхнім обіцянкам і заявам'
    const result = applyCyrillicRule(text, [{ code: 'ru', score: 0.6 }, { code: 'uk', score: 0.4 }], languages)
    expect(result).toEqual([{ code: 'uk', score: 0.6 }, { code: 'ru', score: 0.4 }])
  })

  it('leaves other languages alone, even on Cyrillic text', () => {
    const candidates = [{ code: 'en', score: 0.9 }, { code: 'ru', score: 0.1 }]
    expect(applyCyrillicRule('Київ і Харків', candidates, languages)).toEqual(candidates)
  })

  it('never answers a language the caller did not ask for', () => {
    const result = applyCyrillicRule('Київ і Харків', [{ code: 'ru', score: 1 }], ['ru', 'en'])
    expect(result).toEqual([])
  })
})
