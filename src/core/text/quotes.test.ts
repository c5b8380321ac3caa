import { describe, expect, it } from 'vitest'
import { quotations } from './quotes.js'

const insides = (text: string) => quotations(text).map(({ start, end }) => text.slice(start, end))

describe('quotations', () => {
  it.each([
    ['“…” (English, Spanish)', 'He said: “We will stay in Kyiv.” Then he left.', ['We will stay in Kyiv.']],
    ['„…“ (German)', 'Er sagte: „Wir bleiben in Kyjiw.“ Dann ging er.', ['Wir bleiben in Kyjiw.']],
    ['„…” (Polish)', 'Powiedział: „Zostaniemy w Kijowie”. Potem wyszedł.', ['Zostaniemy w Kijowie']],
    ['«…» (French)', 'Il a dit : « Nous resterons à Kyiv » puis il est parti.', [' Nous resterons à Kyiv ']],
    ['»…« (German)', 'Er sagte: »Wir bleiben«. Dann »gehen wir«.', ['Wir bleiben', 'gehen wir']],
    ['"…" typed, two in a row', 'He said "one" and "two".', ['one', 'two']],
  ])('reads %s', (_name, text, expected) => {
    expect(insides(text)).toEqual(expected)
  })

  it('keeps a quotation inside a quotation as part of the outer one', () => {
    expect(insides('She said: “He wrote «Kyiv» on the wall.” Then…')).toEqual(['He wrote «Kyiv» on the wall.'])
  })

  it('skips an opening mark its paragraph never closes (a long quotation reopened in the next one)', () => {
    expect(insides('He said: “We will stay.\n\n“We will not leave Kyiv,” he added.')).toEqual(['We will not leave Kyiv,'])
    expect(insides('An inch mark: a 12" pipe.\u2029And "this" one.')).toEqual(['this'])
  })

  it('reads no single marks: ’ is also the apostrophe', () => {
    expect(insides('Kyiv’s mayor said ‘we stay’.')).toEqual([])
  })

  it('gives offsets into the text, so that slicing them gives the inside', () => {
    const text = 'x “ab” y «cd» z'
    expect(quotations(text)).toEqual([{ start: 3, end: 5 }, { start: 10, end: 12 }])
  })
})
