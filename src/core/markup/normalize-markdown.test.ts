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
    // `See the [Kiev] reference`: the shortcut's text is its label, only suggested, each run
    const label = { original: 'Kiev', replacement: 'Kyiv', status: 'suggested', reason: 'reference-label' }
    expect(r.changes.filter((c) => c.status === 'suggested')).toMatchObject([label])
    expect(md(r.text, 'auto').changes).toMatchObject([label])
  })

  it('leaves front matter but its title, code, URLs, labels and raw HTML markup alone', () => {
    const r = md(fixture('article.md'))
    for (const kept of [
      // The title is what the page shows; the slug and tags are what it links to.
      '---\ntitle: Kyiv after the winter\nslug: kiev-after-the-winter\ntags: [Kiev, Zelenskyy]\n---',
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

describe('normalizeDocument(markdown): reference labels', () => {
  /** Each finding on a label: suggested with its reason, exact offsets, the text byte for byte. */
  function held(source: string, originals: string[], language = 'en'): NormalizeDocumentResult {
    const r = md(source, language)
    expect(r.text).toBe(source)
    expect(r.warnings).toEqual([])
    expect(r.changes.map((c) => [c.original, c.status, c.reason])).toEqual(originals.map((o) => [o, 'suggested', 'reference-label']))
    for (const c of r.changes) expect(source.slice(c.start, c.end)).toBe(c.original)
    return r
  }

  it('suggests, never applies, a change to the text of a shortcut or collapsed reference (it is the label)', () => {
    const shortcut = held('See [Kiev] for more.\n\n[kiev]: https://example.com/k\n', ['Kiev'])
    expect(shortcut.changes).toMatchObject([{ start: 5, end: 9, replacement: 'Kyiv', concept: 'kyiv' }])
    const collapsed = held('See [Kiev][] for more.\n\n[Kiev]: https://example.com/k\n', ['Kiev'])
    expect(collapsed.changes).toMatchObject([{ start: 5, end: 9, replacement: 'Kyiv' }])
  })

  it('matches labels case-insensitively, as CommonMark does; each use of a label is reported', () => {
    held('[KIEV] is big.\n\n[kiev]: /k', ['KIEV'])
    const twice = md('Kiev: [Kiev] and [Kiev][] again.\n\n[kiev]: /k')
    expect(twice.text).toBe('Kyiv: [Kiev] and [Kiev][] again.\n\n[kiev]: /k')
    expect(twice.changes.map((c) => [c.start, c.status, c.reason])).toEqual([[0, 'applied', undefined], [7, 'suggested', 'reference-label'], [18, 'suggested', 'reference-label']])
  })

  it('holds a label inside emphasis, with emphasis inside it, in a quote, and an image\'s', () => {
    held('*See [Kiev] now* and **[Kiev][]**\n\n[kiev]: /k', ['Kiev', 'Kiev'])
    held('See [*Kiev*] now\n\n[*kiev*]: /k', ['Kiev'])
    held('> See [Kiev]\n> now\n\n[kiev]: /k', ['Kiev'])
    // an image's alt text is its label (a label holds no unescaped bracket, so no link's holds an image)
    held('A ![Kiev] b and ![Kiev][]\n\n[kiev]: /k.png', ['Kiev', 'Kiev'])
  })

  it('holds every piece of a name that runs into a label', () => {
    const r = held('Volodímir [Zelenski] spoke\n\n[zelenski]: /z', ['Volodímir', 'Zelenski'])
    expect(r.changes.map((c) => c.replacement)).toEqual(['Volodymyr', 'Zelensky'])
  })

  it('changes link text that is not the label: inline links and full references, even one whose text equals its label', () => {
    const source = '[Kiev](https://k.example/kiev), [the city of Kiev][k] and [Kiev][kiev]\n\n[k]: /k\n[kiev]: /kiev'
    const r = md(source)
    expect(r.text).toBe('[Kyiv](https://k.example/kiev), [the city of Kyiv][k] and [Kyiv][kiev]\n\n[k]: /k\n[kiev]: /kiev')
    expect(r.changes.every((c) => c.status === 'applied' && source.slice(c.start, c.end) === c.original)).toBe(true)
  })

  // The change itself would make bracketed text a label the document defines: a link would appear.
  it('suggests a change that would turn bracketed text into a link to a definition', () => {
    for (const source of ['See [Kiev] now.\n\n[kyiv]: /k\n', 'See [the Kiev office] now.\n\n[The  KYIV office]: /x\n', 'See [Kiev][] now.\r\n\r\n[kyiv]: /k\r\n']) {
      const r = md(source)
      expect(r.text).toBe(source)
      expect(r.changes.map((c) => [source.slice(c.start, c.end), c.original, c.replacement, c.status, c.reason])).toEqual([['Kiev', 'Kiev', 'Kyiv', 'suggested', 'creates-link']])
    }
    // No link can come of it: an inline link's text, a full reference to an undefined label, an escaped bracket, a paragraph apart.
    const kept = ['See [Kiev](/x) now.', 'See [Kiev][x] now.', 'See \\[Kiev] now.', '[the\n\nKiev] now.']
    for (const text of kept) {
      const source = `${text}\n\n[kyiv]: /k\n`
      const r = md(source)
      expect(r.changes.map((c) => [c.original, c.status]), source).toEqual([['Kiev', 'applied']])
    }
  })

  it('applies as before where brackets are no link: no definition, or HTML', () => {
    expect(md('See [Kiev] for more.').text).toBe('See [Kyiv] for more.')
    expect(normalizeDocument('<p>See [Kiev] for more.</p>\n<p>[kiev]: /k</p>', 'html', deps()).text).toBe('<p>See [Kyiv] for more.</p>\n<p>[kyiv]: /k</p>')
  })
})
