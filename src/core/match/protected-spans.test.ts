import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { protectedSpans } from './protected-spans.js'

/** Every unit a span can be recognised at: what `TRIGGERS` narrows down. */
const EVERY_TRIGGER = /[:@#.]/g

const spansOf = (text: string) => {
  const flat = protectedSpans(text)
  const out: string[] = []
  for (let k = 0; k < flat.length; k += 2) out.push(text.slice(flat[k], flat[k + 1]))
  return out
}

describe('protectedSpans', () => {
  it('protects links, addresses, handles, tags and domains, and not the sentence around them', () => {
    const text = 'See https://www.kiev.ua/Kiev. Write to press@Kiev.gov.ua: ask @KievPost (#Kiev) or kiev.ua/news. Kiev. "Kiev." Kiev: yes.'
    expect(spansOf(text)).toEqual(['https://www.kiev.ua/Kiev', 'press@Kiev.gov.ua', '@KievPost', '#Kiev', 'kiev.ua/news'])
  })

  it('finds a domain at the very end of the text and after a full stop', () => {
    expect(spansOf('Read kiev.ua')).toEqual(['kiev.ua'])
    expect(spansOf('It ends.kiev.ua')).toEqual(['ends.kiev.ua'])
  })

  // The narrowed triggers skip full stops before a space, quote or bracket and colons not
  // followed by "//": the scan from every trigger must give the same spans.
  it('finds what a scan from every ":", "@", "#" and "." finds', () => {
    const word = fc.constantFrom('Kiev', 'kiev', 'ua', 'gov', 'com', 'x', 'www', 'a-b', '1', 'http', 'https', 'é')
    const mark = fc.constantFrom(
      ' ', '\n', '.', '. ', '." ', '.) ', '.]', '.’', ':', ': ', '://', '/', '@', '#', '&', '-', '"', '“', '”', ')', '(', ',', '%', '+',
    )
    const piece = fc.oneof({ arbitrary: word, weight: 3 }, { arbitrary: mark, weight: 2 })
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('')
      expect(protectedSpans(text)).toEqual(protectedSpans(text, EVERY_TRIGGER))
    }), { numRuns: 3000 })
  })
})
