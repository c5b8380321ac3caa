import { describe, expect, it } from 'vitest'
import type { Change } from './change.js'
import { foreignQuotes, withForeignQuotes } from './foreign-quotes.js'

const change = (start: number, end: number, language = 'es'): Change => ({
  start, end, original: 'x', replacement: 'y', concept: 'c', rule: 'preferred-form', language, preferred: 'y', status: 'applied',
})
const held = (c: Change): Change => ({ ...c, status: 'suggested', reason: 'quoted-language' })

describe('foreignQuotes', () => {
  it('finds a quotation whose function words are another language’s', () => {
    const text = 'El presidente dijo en inglés: "We will defend Kyiv and Kharkiv". Y se fue.'
    const [quote, ...rest] = foreignQuotes(text, 'es')
    expect(rest).toEqual([])
    expect(quote?.code).toBe('en')
    expect(text.slice(quote!.start, quote!.end)).toBe('We will defend Kyiv and Kharkiv')
  })

  it.each([
    ['a quotation in the copy’s language', 'es', 'Dijo: "Vamos a defender Kiev y Járkov con todas las fuerzas".'],
    ['a short one', 'es', 'Gritaron "Glory to Ukraine" en la plaza.'],
    ['one language against a tie of two (Spanish and Portuguese share "de", "que")', 'en', 'He wrote "que de la cidade de Kyiv".'],
    ['a language without a list', 'ja', 'He said "we will stay in the city and fight".'],
  ])('finds none in %s', (_name, language, text) => {
    expect(foreignQuotes(text, language)).toEqual([])
  })
})

describe('withForeignQuotes', () => {
  // "aa [bb cc] dd": the quotation is [3, 8).
  const quote = { start: 3, end: 8, code: 'en' }

  it('puts the quotation’s own findings in place of the copy’s there', () => {
    const own = [change(3, 5, 'en')]
    const out = withForeignQuotes([change(0, 2), change(3, 5), change(6, 8), change(9, 11)], [quote], () => own, held)
    expect(out).toEqual([change(0, 2), change(3, 5, 'en'), change(9, 11)])
  })

  it('holds the copy’s findings there when the glossary has no style for the quotation’s language', () => {
    const out = withForeignQuotes([change(0, 2), change(3, 5), change(9, 11)], [quote], () => undefined, held)
    expect(out).toEqual([change(0, 2), held(change(3, 5)), change(9, 11)])
  })

  it('leaves a quotation a finding of the copy crosses into to the copy', () => {
    const asked: string[] = []
    const findings = [change(1, 4), change(6, 7)]
    expect(withForeignQuotes(findings, [quote], (code) => (asked.push(code), []), held)).toEqual(findings)
    expect(asked).toEqual([])
  })
})
