import { describe, expect, it } from 'vitest'
import { paragraphAround, quotations } from './quotes.js'

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

describe('paragraphAround', () => {
  const text = 'One.\n\nTwo, a\nline on.\n \t\nThree.\u2029Four.'
  const at = (word: string) => {
    const { start, end } = paragraphAround(text, text.indexOf(word))
    return text.slice(start, end)
  }

  it('is the text between blank lines (spaces allowed) or U+2029, a single line break inside it', () => {
    expect(at('One')).toBe('One.')
    expect(at('line')).toBe('Two, a\nline on.')
    expect(at('Three')).toBe('Three.')
    expect(at('Four')).toBe('Four.')
  })

  it('is the whole text without a blank line', () => {
    expect(paragraphAround('a\nb', 2)).toEqual({ start: 0, end: 3 })
  })
})

describe('paragraphAround against a reference', () => {
  /**
   * The definition, unit by unit: the paragraph starts after the last line break before `at`
   * whose line before it is blank (spaces, tabs and carriage returns at most, after another line
   * break), or after the last U+2029; it ends at the first line break from `at` whose line after
   * it is blank, or at the first U+2029.
   */
  function reference(text: string, at: number): { start: number; end: number } {
    const blankBefore = (i: number) => /\n[ \t\r]*$/.test(text.slice(0, i))
    const blankAfter = (i: number) => /^[ \t\r]*\n/.test(text.slice(i + 1))
    let start = 0
    for (let i = at - 1; i >= 0; i--) {
      if (text[i] === '\u2029' || (text[i] === '\n' && blankBefore(i))) {
        start = i + 1
        break
      }
    }
    let end = text.length
    for (let i = at; i < text.length; i++) {
      if (text[i] === '\u2029' || (text[i] === '\n' && blankAfter(i))) {
        end = i
        break
      }
    }
    return { start, end }
  }

  it('agrees on every word start of random texts of letters, spaces, line breaks and U+2029, the text’s ends included', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32)
    const pieces = ['a', 'b', ' ', '\n', '\n', '\t', '\u2029', 'Kyiv']
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(random() * 14)
      let text = ''
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)]
      for (let at = 0; at < text.length; at++) {
        if (!/[a-zK]/.test(text[at]!) || (at > 0 && /[a-zK]/.test(text[at - 1]!))) continue
        const got = paragraphAround(text, at)
        const want = reference(text, at)
        expect(got, JSON.stringify(text) + ' at ' + at).toEqual(want)
      }
    }
  })

  it('ends on a text that opens with a line break (lastIndexOf from -1 would find it again)', () => {
    expect(paragraphAround('\nKyiv', 1)).toEqual({ start: 0, end: 5 })
    expect(paragraphAround('\n\nKyiv', 2)).toEqual({ start: 2, end: 6 })
  })
})
