import { describe, expect, it } from 'vitest'
import { paragraphAround } from './paragraphs.js'

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
