import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { squashForm } from '../text/chars.js'
import { acceptsFormCasing, capitalize, isAllCaps, startsLower } from './casing.js'
import { keepWhitespace } from './whitespace.js'

// The casing and whitespace helpers skip their copies and regexes where these would change
// nothing (a name in lower case, single spaces): the answers must be the straightforward ones.

const hasCase = (text: string) => text.toUpperCase() !== text.toLowerCase()
const referenceAllCaps = (text: string) => text === text.toUpperCase() && hasCase(text)
function referenceAccepts(form: string, matched: string): boolean {
  if (matched === form) return true
  const got = squashForm(matched)
  const asWritten = squashForm(form)
  if (got === asWritten) return true
  return (referenceAllCaps(got) && got === asWritten.toUpperCase()) || (startsLower(asWritten) && got === capitalize(asWritten))
}
function referenceKeep(original: string, replacement: string): string {
  const gaps = original.match(/\s+/gu)
  if (gaps === null || gaps.every((gap) => gap === ' ')) return replacement
  const words = replacement.split(/\s+/u)
  const offset = words.length - 1 - gaps.length
  let out = words[0]!
  for (let i = 1; i < words.length; i++) out += (i - 1 - offset >= 0 ? gaps[i - 1 - offset]! : ' ') + words[i]!
  return out
}

const unit = fc.constantFrom('a', 'A', 'z', 'Z', 'é', 'É', 'ß', 'İ', 'ı', 'Σ', 'ς', '\u212A', 'k', ' ', '  ', '\t', '\n', '\u00A0', '\u2009', '’', 'ʼ', '‘', "'", '‐', '‑', '-', '1', '.')
const name = fc.array(unit, { maxLength: 8 }).map((units) => units.join(''))
const casings = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), capitalize, (s: string) => s.replace(/ /g, '\u00A0'), (s: string) => s.replace(/'/g, '’')]

describe('casing helpers', () => {
  it('isAllCaps answers as comparing with the upper case', () => {
    fc.assert(fc.property(name, (text) => {
      expect(isAllCaps(text)).toBe(referenceAllCaps(text))
    }), { numRuns: 3000 })
  })

  it('startsLower answers as comparing the first code point with its cases', () => {
    const reference = (text: string) => {
      const head = text.length === 0 ? '' : String.fromCodePoint(text.codePointAt(0)!)
      return head !== '' && head !== head.toUpperCase() && head === head.toLowerCase()
    }
    fc.assert(fc.property(name, (text) => {
      expect(startsLower(text)).toBe(reference(text))
    }), { numRuns: 3000 })
  })

  it('acceptsFormCasing answers as squashing both sides', () => {
    fc.assert(fc.property(name, fc.nat(casings.length - 1), name, fc.boolean(), (form, casing, other, related) => {
      const matched = related ? casings[casing]!(form) : other
      expect(acceptsFormCasing(form, matched)).toBe(referenceAccepts(form, matched))
    }), { numRuns: 5000 })
  })

  it('keepWhitespace carries gaps as the regex reading does', () => {
    fc.assert(fc.property(name, name, (original, replacement) => {
      expect(keepWhitespace(original, replacement)).toBe(referenceKeep(original, replacement))
    }), { numRuns: 3000 })
    expect(keepWhitespace('Volodímir\nZelenski', 'Volodymyr Zelensky')).toBe('Volodymyr\nZelensky')
    expect(keepWhitespace('Plaza San Miguel', "St Michael's Square")).toBe("St Michael's Square")
  })
})
