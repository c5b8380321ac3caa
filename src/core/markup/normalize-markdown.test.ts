import { describe, expect, it } from 'vitest'
import { deps } from './fixtures/fake-deps.js'
import { fixture } from './fixtures/load.js'
import { normalizeDocument } from './normalize-document.js'
import type { NormalizeDocumentResult } from './types.js'

const md = (source: string, language = 'en'): NormalizeDocumentResult => normalizeDocument(source, 'markdown', deps(language))

describe('normalizeDocument(markdown): fixture', () => {
  it('article.md', () => {
    const source = fixture('article.md')
    const r = md(source, 'auto')
    expect(r.text).toBe(fixture('article.expected.md'))
    expect(r.warnings).toEqual([])
    for (const c of r.changes) expect(source.slice(c.start, c.end)).toBe(c.original)
    expect(md(r.text, 'auto').changes).toEqual([])
  })

  it('leaves front matter, code, URLs, labels and raw HTML markup alone', () => {
    const r = md(fixture('article.md'))
    for (const kept of [
      '---\ntitle: Kiev after the winter\nslug: kiev-after-the-winter\ntags: [Kiev, Zelenskyy]\n---',
      '(https://www.kiev.example/kiev', '<https://kiev.example/kiev>', 'https://www.kiev.example/news/kiev', 'press@kiev.example',
      '`kiev-1`', '`curl https://api.kiev.example/?city=Kiev`', 'shelters?city=Kiev # Kiev', '    indented Kiev code',
      '<span class="kiev">', '<code>Kiev</code>', 'See the [Kiev] reference', '[Kiev]: https://kiev.example/ref',
      '(https://img.example/kiev/street.jpg',
    ]) expect(r.text).toContain(kept)
    for (const changed of ["**Kyiv**'s", "Kyiv\\'s power", '"Kyiv city portal"', '![A street in Kyiv]', '"Kyiv, March"', "'Guide to Kyiv'", '| Kyiv | Open', '\\| Kyiv nearby']) {
      expect(r.text).toContain(changed)
    }
  })
})

describe('normalizeDocument(markdown): mapping', () => {
  it('places multi-word changes around emphasis, across lines and container prefixes', () => {
    expect(md('*Volodímir* Zelenski').text).toBe('*Volodymyr* Zelensky')
    expect(md('> Volodímir\n> Zelenski').text).toBe('> Volodymyr\n> Zelensky')
    expect(md('- Volodímir\n  Zelenski').text).toBe('- Volodymyr\n  Zelensky')
    expect(md('Volodímir Zelenski').changes).toMatchObject([{ start: 0, end: 18, original: 'Volodímir Zelenski', replacement: 'Volodymyr Zelensky' }])
  })

  it('keeps escapes and references outside a change; one inside is replaced whole', () => {
    expect(md("Kiev\\'s Ki&#101;v &rsquo;").text).toBe("Kyiv\\'s Kyiv &rsquo;")
  })

  it('keeps a reference on the edge of a change: its `&` is punctuation to the parser', () => {
    // `&#x4B;iev` becomes `&#x4B;yiv`, not `Kyiv`: next to `*` or a literal URL that would change the syntax.
    expect(md('&#x4B;iev *&#x4B;iev*').text).toBe('&#x4B;yiv *&#x4B;yiv*')
    const r = md('press@kiev.example&#x4B;iev')
    expect(r.text).toBe('press@kiev.example&#x4B;yiv')
  })

  it('never empties emphasis: aligns the edit to the other end instead', () => {
    expect(md('Zelensky*y*').text).toBe('Zelensk*y*')
    expect(normalizeDocument('<p>Zelensky<i>y</i></p>', 'html', deps()).text).toBe('<p>Zelensky<i></i></p>')
  })

  it('backslash-escapes Markdown syntax in a replacement', () => {
    const find = (text: string, language: string) =>
      [...text.matchAll(/Kiev/g)].map((m) => ({
        start: m.index, end: m.index + 4, original: 'Kiev', replacement: 'K*y|i_[v]"v', concept: 'k', rule: 'preferred-form' as const, language, preferred: '', status: 'applied' as const,
      }))
    const r = normalizeDocument('Kiev [Kiev](/u "Kiev \\"x\\"")', 'markdown', { ...deps(), find })
    expect(r.text).toBe('K\\*y\\|i\\_\\[v\\]"v [K\\*y\\|i\\_\\[v\\]"v](/u "K\\*y\\|i\\_\\[v\\]\\"v \\"x\\"")')
  })

  it('warns when a change crosses markup it cannot be split around', () => {
    const r = md('Ki*e*v')
    expect(r.text).toBe('Ki*e*v')
    expect(r.warnings).toMatchObject([{ code: 'split-by-markup', start: 0, end: 6, original: 'Ki*e*v', replacement: 'Kyiv' }])
  })
})
