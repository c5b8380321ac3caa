import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { createMarkdownParser } from './parser.js'

describe('createMarkdownParser: normalizeLabel', () => {
  it('writes any label as markdown-it\'s normalizeReference does (its ASCII shortcut included)', () => {
    const parser = createMarkdownParser()
    const reference = new MarkdownIt().utils.normalizeReference
    const PIECES = ['a', 'K', 'z', '9', '~', '!', '[', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u007f', '\u001f', 'ß', 'İ', 'Σ', 'ς']
    const label = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''))
    fc.assert(fc.property(label, (text) => {
      expect(parser.normalizeLabel(text)).toBe(reference(text))
    }), { numRuns: 5000 })
    expect(parser.normalizeLabel('Kiev guide')).toBe('KIEV GUIDE')
    expect(parser.normalizeLabel(' Kiev  guide ')).toBe('KIEV GUIDE')
  })
})
