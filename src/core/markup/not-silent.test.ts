import { describe, expect, it } from 'vitest'
import { glossaries } from '../../generated/glossaries.js'
import { createCopydesk } from '../copydesk.js'
import type { NormalizeResult } from '../api.js'

/**
 * Nothing silent: a name the plain text normalizes is normalized in Markdown and HTML too, or
 * a warning says why not. Each case here once came out unchanged with no word.
 */
const copydesk = createCopydesk({ glossaries, prevalidated: true })

const normalize = (text: string, format: 'text' | 'markdown' | 'html'): NormalizeResult =>
  copydesk.normalize({ text, language: 'en', format, diff: false })

/** Each change is at its place in the input, and the text outside the changes is the input's. */
function expectExact(input: string, r: NormalizeResult): void {
  let at = 0
  let expected = ''
  for (const c of r.changes) {
    expect(input.slice(c.start, c.end)).toBe(c.original)
    expected += input.slice(at, c.start) + (c.status === 'applied' ? c.replacement : c.original)
    at = c.end
  }
  expect(r.text).toBe(expected + input.slice(at))
}

const spans = (r: NormalizeResult): string[] => r.changes.map((c) => `${c.start}-${c.end} ${c.original}→${c.replacement}`)

describe('a NUL in Markdown prose (markdown-it reads it as U+FFFD)', () => {
  it.each([
    ['paragraph', 'The mayor of Kiev\0 said.\n\nKiev is big.'],
    ['between names', 'Kiev\0Kiev \0Kiev\0'],
    ['heading, list, quote', '# Kiev\0 today\n\n- Kiev\0 x\n\n> \0Kiev x\n'],
    ['table cell, link text, emphasis', '| a |\n| - |\n| Kiev\0 x |\n\n[Kiev\0 x](https://e.example) *Kiev\0*\n'],
    ['CRLF line endings', 'a\r\nKiev\0 x\r\nKiev\0\r\n'],
  ])('is no letter: the name beside it changes as in plain text (%s)', (_, input) => {
    const plain = normalize(input, 'text')
    const md = normalize(input, 'markdown')
    expect(plain.changes.length).toBeGreaterThan(0)
    expect(spans(md)).toEqual(spans(plain))
    expect(md.text).toBe(plain.text)
    expectExact(input, md)
  })

  it('in alt text and link titles too', () => {
    for (const input of ['![Kiev\0 x](a.png)\n', '[a](b "Kiev\0 x")\n', '[a]: b "Kiev\0 x"\n\n[a]\n']) {
      const r = normalize(input, 'markdown')
      expect(r.changes.map((c) => c.original)).toEqual(['Kiev'])
      expectExact(input, r)
    }
  })

  it('still breaks a word, as in plain text', () => {
    expect(normalize('Ki\0ev x', 'markdown').changes).toEqual(normalize('Ki\0ev x', 'text').changes)
  })
})
