import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWordUnit } from '../text/chars.js'
import { protectedSpans, spanAt } from './protected-spans.js'

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

  // An e-mail address was recognised by looking for the text's next dot from every "@": with
  // no dot after them, 1 MiB of "a@b " read to the end at every "@" (1.2 s). The dot is now
  // looked for in the address's own host run only.
  it('reads an "@" as an e-mail address only when its own host has a dot, however far the next dot is', () => {
    const text = `${'press@kiev '.repeat(5000)}press@kiev.ua x@y. @z.`
    expect(spansOf(text)).toEqual(['press@kiev.ua', '@z'])
  })

  it('finds at every "@" the span the search for the next dot found', () => {
    const piece = fc.constantFrom('a', 'kiev', 'ua', '-', '.', '..', '@', ' ', '%', '+', '_', 'é', '\ud800', '#', 'x'.repeat(40))
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('')
      for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) expect(spanAt(text, i, 0x40)).toEqual(referenceAt(text, i))
    }), { numRuns: 3000 })
  })
})

/** spanAt at an "@" as first written: the dot looked for from the "@" to the end of the text. */
function referenceAt(text: string, i: number): [number, number] | undefined {
  const unitAt = (k: number) => (k >= 0 && k < text.length ? text.charCodeAt(k) : 0x20)
  const isHostUnit = (code: number) => code === 0x2d || isWordUnit(code)
  const isLocalUnit = (code: number) => isWordUnit(code) || code === 0x2e || code === 0x25 || code === 0x2b || code === 0x2d
  const before = i > 0 ? text.charCodeAt(i - 1) : 0x20
  if (isLocalUnit(before) && before !== 0x2e) {
    let start = i
    while (start > 0 && isLocalUnit(text.charCodeAt(start - 1))) start--
    const dot = text.indexOf('.', i)
    let end = i + 1
    while (end < text.length && (isHostUnit(text.charCodeAt(end)) || (text.charCodeAt(end) === 0x2e && isHostUnit(unitAt(end + 1))))) end++
    return dot !== -1 && dot < end ? [start, end] : undefined
  }
  let end = i + 1
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++
  return end > i + 1 ? [i, end] : undefined
}
