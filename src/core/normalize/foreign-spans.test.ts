import { describe, expect, it } from 'vitest'
import type { Change } from './change.js'
import { foreignSpans, withForeignSpans } from './foreign-spans.js'

const change = (start: number, end: number, language = 'es'): Change => ({
  start, end, original: 'x', replacement: 'y', concept: 'c', rule: 'preferred-form', language, preferred: 'y', status: 'applied',
})
const held = (c: Change): Change => ({ ...c, status: 'suggested', reason: 'other-language' })

/** A finding at each Kyiv or Kiev of `text` (foreignSpans reads only the spans that hold one). */
const atKyiv = (text: string): Change[] => [...text.matchAll(/Kyiv|Kiev/g)].map((m) => change(m.index, m.index + 4))

/** Confirms whatever the function words propose: foreignSpans' own reading, without a detector. */
const anyLanguage = () => true

describe('foreignSpans', () => {
  it('finds a quotation whose function words are another language’s', () => {
    const text = 'El presidente dijo en inglés: "We will defend Kyiv and Kharkiv". Y se fue.'
    const [quote, ...rest] = foreignSpans(text, 'es', false, atKyiv(text), anyLanguage)
    expect(rest).toEqual([])
    expect(quote?.code).toBe('en')
    expect(text.slice(quote!.start, quote!.end)).toBe('We will defend Kyiv and Kharkiv')
  })

  it.each([
    ['a quotation in the copy’s language', 'es', 'Dijo: "Vamos a defender Kiev y Járkov con todas las fuerzas".'],
    ['a short one', 'es', 'Gritaron "Glory to Kyiv" en la plaza.'],
    ['a tie between two other languages (Spanish and French share "que", "de", "la")', 'en', 'He wrote "que de la cidade de Kyiv".'],
    ['a language without a list', 'ja', 'He said "we will stay in Kyiv and fight".'],
  ])('finds none in %s', (_name, language, text) => {
    expect(foreignSpans(text, language, false, atKyiv(text), anyLanguage)).toEqual([])
  })
})

describe('foreignSpans with paragraphs (plain text)', () => {
  const text = 'Zelenski publicó un mensaje en X tras la reunión.\n\nThank you for your support, thank you for this visit. Kyiv stands.\n \nZelenski volvió a "the city of Kyiv and the rest of the country" el sábado.'

  it('finds a paragraph in another language, and the quotations of the copy’s paragraphs', () => {
    const spans = foreignSpans(text, 'es', true, atKyiv(text), anyLanguage)
    expect(spans.map(({ start, end, code }) => [text.slice(start, end), code])).toEqual([
      ['Thank you for your support, thank you for this visit. Kyiv stands.', 'en'],
      ['the city of Kyiv and the rest of the country', 'en'],
    ])
  })

  it('reads no paragraph without the option (markup’s blocks are detected on their own), nor in one paragraph', () => {
    expect(foreignSpans(text, 'es', false, atKyiv(text), anyLanguage).map((s) => s.start)).toEqual([text.indexOf('the city')])
    expect(foreignSpans('Thank you for your support, thank you for this visit in Kyiv.', 'es', true, atKyiv('Thank you for your support, thank you for this visit in Kyiv.'), anyLanguage)).toEqual([])
  })

  it('reads only the paragraphs that hold a finding of the copy, and every quotation', () => {
    // No finding: the English paragraph is not read; the quotation is, on its own.
    expect(foreignSpans(text, 'es', true, [], anyLanguage).map((s) => s.start)).toEqual([text.indexOf('the city')])
    const later = atKyiv(text).slice(1)
    expect(foreignSpans(text, 'es', true, later, anyLanguage).map((s) => s.start)).toEqual([text.indexOf('the city')])
  })

  it('reads a quotation without a finding of the copy: an English “Kiev” is none of Spanish copy', () => {
    const quoted = 'Escribió en X: "We will never give up Kiev, and we will rebuild our country." Y se fue.\n\nOtro párrafo "con Kiev" aquí.'
    const spans = foreignSpans(quoted, 'es', true, [], anyLanguage)
    expect(spans.map(({ start, end, code }) => [quoted.slice(start, end), code])).toEqual([['We will never give up Kiev, and we will rebuild our country.', 'en']])
  })

  it('gives the spans in text order when a quotation without a finding comes before one with', () => {
    const two = '"We will never give up Kiev and our people." Dijo.\n\nY "we will stay in the city of Kyiv with them".'
    const spans = foreignSpans(two, 'es', true, atKyiv(two).slice(1), anyLanguage)
    expect(spans.map(({ start }) => start)).toEqual([1, two.indexOf('we will stay')])
  })

  it('reads a quotation inside a foreign paragraph as part of it', () => {
    const inside = 'Dijo esto.\n\nHe said that "the war is not over" and left Kyiv.'
    expect(foreignSpans(inside, 'es', true, atKyiv(inside), anyLanguage).map(({ start, end }) => inside.slice(start, end))).toEqual(['He said that "the war is not over" and left Kyiv.'])
  })
})

describe('foreignSpans: the detector confirms', () => {
  it('keeps a span only where the confirmation says the language the function words propose', () => {
    const text = 'El presidente dijo en inglés: "We will defend Kyiv and Kharkiv". Y se fue.'
    const asked: [string, string][] = []
    const no = (start: number, end: number, code: string) => (asked.push([text.slice(start, end), code]), false)
    expect(foreignSpans(text, 'es', false, atKyiv(text), no)).toEqual([])
    expect(asked).toEqual([['We will defend Kyiv and Kharkiv', 'en']])
  })
})

describe('withForeignSpans', () => {
  // "aa [bb cc] dd": the quotation is [3, 8).
  const quote = { start: 3, end: 8, code: 'en' }

  it('puts the quotation’s own findings in place of the copy’s there', () => {
    const own = [change(3, 5, 'en')]
    const out = withForeignSpans([change(0, 2), change(3, 5), change(6, 8), change(9, 11)], [quote], () => own, held)
    expect(out).toEqual([change(0, 2), change(3, 5, 'en'), change(9, 11)])
  })

  it('holds the copy’s findings there when the glossary has no style for the quotation’s language', () => {
    const out = withForeignSpans([change(0, 2), change(3, 5), change(9, 11)], [quote], () => undefined, held)
    expect(out).toEqual([change(0, 2), held(change(3, 5)), change(9, 11)])
  })

  it('leaves a quotation a finding of the copy crosses into to the copy', () => {
    const asked: string[] = []
    const findings = [change(1, 4), change(6, 7)]
    expect(withForeignSpans(findings, [quote], (code) => (asked.push(code), []), held)).toEqual(findings)
    expect(asked).toEqual([])
  })
})
