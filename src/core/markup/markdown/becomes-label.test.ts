import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { becomesLabel, readMarkdown } from './extract.js'
import { createMarkdownParser } from './parser.js'

const parser = createMarkdownParser()

/**
 * becomesLabel as it was first written, a scan from the change to the bracket or blank line on
 * either side for each call: the index it now builds once must answer the same.
 */
function scanned(source: string, definitions: ReadonlySet<string>): (start: number, end: number, replacement: string) => boolean {
  const escaped = (at: number) => {
    let slashes = 0
    while (at - 1 - slashes >= 0 && source.charCodeAt(at - 1 - slashes) === 0x5c) slashes++
    return slashes % 2 === 1
  }
  const blankLineAt = (at: number) => source[at] === '\n' && (source[at - 1] === '\n' || (source[at - 1] === '\r' && source[at - 2] === '\n'))
  return (start, end, replacement) => {
    let open = start - 1
    for (; open >= 0 && start - open <= 999; open--) {
      const c = source[open]
      if ((c === '[' || c === ']') && !escaped(open)) break
      if (c === '\n' && blankLineAt(open)) return false
    }
    if (open < 0 || source[open] !== '[' || start - open > 999) return false
    let close = end
    for (; close < source.length && close - end <= 999; close++) {
      const c = source[close]
      if ((c === '[' || c === ']') && !escaped(close)) break
      if ((c === '\n' || c === '\r') && (blankLineAt(close + 1) || (c === '\r' && blankLineAt(close + 2)))) return false
    }
    if (source[close] !== ']') return false
    const after = source[close + 1]
    if (after === '(' || (after === '[' && source[close + 2] !== ']')) return false
    const label = parser.normalizeLabel(source.slice(open + 1, start) + replacement + source.slice(end, close))
    return label.length > 0 && definitions.has(label)
  }
}

const PIECES = ['Kiev', 'kiev', 'Kyiv', ' ', ' ', '[', ']', '[', ']', '\\', '\\[', '\\\\[', '\n', '\n\n', '\r\n', '\r\n\r\n', '\n \n', '(', '][]', '][x]', '](/k)', 'x'.repeat(600), '.']
const source = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(''))

describe('becomesLabel', () => {
  it('answers as a scan from each change to the brackets around it does, for any text and change', () => {
    const definitions = new Set(['KYIV', 'KIEV', 'KYIV KYIV', 'X'])
    fc.assert(fc.property(source, fc.nat(), fc.nat(), fc.constantFrom('Kyiv', '', 'x', ']', '['), (text, a, b, replacement) => {
      const start = text.length === 0 ? 0 : a % (text.length + 1)
      const end = Math.min(text.length, start + (b % 8))
      const fast = becomesLabel(text, definitions)
      const slow = scanned(text, definitions)
      expect(fast(start, end, replacement)).toBe(slow(start, end, replacement))
      // the index is built once and answers every later call the same
      for (let at = 0; at < text.length; at += 7) expect(fast(at, Math.min(text.length, at + 4), replacement), `${at}`).toBe(slow(at, Math.min(text.length, at + 4), replacement))
    }), { numRuns: 3000 })
  })

  it('answers the same when the replacement has spaces, line endings or letters whose case maps to more or other letters', () => {
    // mayBeInLabel: a replacement inside no defined label, normalized, makes none
    const WORDS = ['Kyiv', 'kyiv', ' ', '\n', '\t', 'ΣΑΣ', 'σας', 'ς', 'Straße', 'STRASSE', 'ß', 'İ', 'i̇', 'x', 'ǅ', 'ﬀ', 'FF']
    const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((ws) => ws.join(''))
    const texts = fc.array(fc.constantFrom(...PIECES, ...WORDS), { maxLength: 30 }).map((ps) => ps.join(''))
    // a change inside brackets, whose label after it is defined or not (and other labels)
    const around = fc.tuple(texts, words, words, words, texts, fc.constantFrom(']', '] ', '](/k)', '][]', '\n\n]'))
    fc.assert(fc.property(around, words, fc.array(words, { maxLength: 3 }), fc.boolean(), ([before, left, original, right, after, close], replacement, defined, defines) => {
      const text = `${before}[${left}${original}${right}${close}${after}`
      const start = before.length + 1 + left.length
      const end = start + original.length
      const labels = defines ? [...defined, `${left}${replacement}${right}`] : defined
      const definitions = new Set(labels.map((label) => parser.normalizeLabel(label)).filter((label) => label.length > 0))
      expect(becomesLabel(text, definitions)(start, end, replacement)).toBe(scanned(text, definitions)(start, end, replacement))
    }), { numRuns: 5000 })
  })

  it('stops at a blank line after the change, also when no bracket is within a label\'s length', () => {
    // past 999 units the scan looked at the unit there: a `]` that a blank line comes before is no label's end
    const text = `[Kiev\n\n${'x'.repeat(998)}]`
    const definitions = new Set([parser.normalizeLabel(`Kyiv\n\n${'x'.repeat(998)}`)])
    expect(text[5 + 1000]).toBe(']')
    expect(becomesLabel(text, definitions)(1, 5, 'Kyiv')).toBe(false)
    expect(scanned(text, definitions)(1, 5, 'Kyiv')).toBe(false)
    expect(becomesLabel(text.replace('\n\n', '\n '), new Set([parser.normalizeLabel(`Kyiv\n ${'x'.repeat(998)}`)]))(1, 5, 'Kyiv')).toBe(true)
  })

  it('finds a label the document defines on real copy', () => {
    const md = 'See [Kiev] and [the Kiev office][guide], [Kiev](/k).\n\n[kyiv]: /k\n[the kyiv office]: /o'
    const is = becomesLabel(md, readMarkdown(md).definitions)
    const at = (word: string, from = 0) => md.indexOf(word, from)
    expect(is(at('Kiev'), at('Kiev') + 4, 'Kyiv')).toBe(true)
    expect(is(at('Kiev office'), at('Kiev office') + 4, 'Kyiv')).toBe(false) // a full reference's text
    expect(is(at('Kiev]('), at('Kiev](') + 4, 'Kyiv')).toBe(false) // an inline link's
  })
})
