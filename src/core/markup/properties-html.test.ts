import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deps } from './fixtures/fake-deps.js'
import { skeleton } from './fixtures/skeleton.js'
import { normalizeDocument } from './normalize-document.js'

const WORDS = [
  'Kiev', 'kiev', 'KIEV', 'Kyiv', 'Volodímir', 'Zelenski', 'Zelenskyy', 'Zelensky', 'Volodymyr', 'the', 'city', 'said',
  'Ki&#101;v', '&#x4B;iev', 'Kiev&rsquo;s', 'Kiev&#39;s', '&amp;', 'caf&eacute;', 'a < b', '>', '"', "'", '😀', '[caption id="1"]',
  '[/caption]', '[Zelenskyy]', 'https://kiev.example/kiev', 'Zelensk<i>yy</i>', 'Volo<b>dímir</b>', 'K<b>ie</b>v', 'Ki<b>e</b>v', 'Kiev<sup>1</sup>',
]
const SEPARATORS = [' ', ' ', ' ', '\n', '&nbsp;', ', ', '. ', '\t', '']

const prose = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 12 }).map((p) => p.flat().join(''))

/** Attribute values safe in any quoting (no spaces or quotes) and values for quoted use only. */
const BARE = ['Kiev', 'kiev.jpg', 'Zelenskyy', 'Ki&#101;v', 'https://kiev.example/kiev?a=1&amp;b=Kiev', '/kiev/']
const SPACED = ['Kiev at night', 'Volodímir Zelenski', 'Kiev &amp; co', 'Kiev&rsquo;s', 'the Kiev desk']
const attribute = fc
  .tuple(fc.constantFrom('href', 'src', 'alt', 'title', 'data-kiev', 'class'), fc.constantFrom('"', "'", ''), fc.boolean(), fc.nat())
  .map(([name, quote, spaced, i]) => {
    const values = spaced && quote ? SPACED : BARE
    return ` ${name}=${quote}${values[i % values.length]}${quote}`
  })
const attributes = fc.array(attribute, { maxLength: 3 }).map((a) => a.join(''))

const INLINE = ['em', 'strong', 'b', 'i', 'span', 'a', 'sup', 'abbr']
const BLOCK = ['p', 'div', 'li', 'h2', 'blockquote', 'td', 'figcaption', 'section']
const SKIP = ['code', 'pre', 'kbd', 'samp', 'template']
const RAW = ['script', 'style', 'textarea'] // the tokenizer reads their content as text

const { node } = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    prose,
    fc.tuple(fc.constantFrom(...INLINE), attributes, tie('nodes')).map(([t, a, c]) => `<${t}${a}>${c}</${t}>`),
    fc.tuple(fc.constantFrom(...BLOCK), attributes, tie('nodes')).map(([t, a, c]) => `<${t}${a}>${c}</${t}>`),
    fc.tuple(fc.constantFrom(...SKIP), tie('nodes')).map(([t, c]) => `<${t}>${c}</${t}>`),
    fc.tuple(fc.constantFrom(...RAW), prose).map(([t, c]) => `<${t}>var s = "${c.replace(/</g, '')}"</${t}>`),
    fc.tuple(fc.constantFrom('img', 'br', 'hr', 'input'), attributes).map(([t, a]) => `<${t}${a}>`),
    prose.map((c) => `<!-- ${c.replace(/-/g, '')} -->`),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((n) => n.join('')),
}))

/** Truncate sometimes, to exercise unfinished tags, comments and references. */
const document = fc.tuple(fc.array(node, { maxLength: 5 }), fc.option(fc.nat(), { nil: undefined })).map(([nodes, cut]) => {
  const html = nodes.join('\n')
  return cut === undefined ? html : html.slice(0, cut % (html.length + 1))
})

describe('normalizeDocument(html) properties', () => {
  it('changes only prose, maps every change exactly, and is idempotent', () => {
    fc.assert(
      fc.property(document, fc.constantFrom('en', 'es', 'auto'), (source, language) => {
        const r = normalizeDocument(source, 'html', deps(language))
        let rebuilt = ''
        let last = 0
        for (const c of r.changes) {
          expect(c.start).toBeGreaterThanOrEqual(last)
          expect(source.slice(c.start, c.end)).toBe(c.original)
          rebuilt += source.slice(last, c.start) + c.replacement
          last = c.end
        }
        expect(rebuilt + source.slice(last)).toBe(r.text)
        expect(skeleton(r.text)).toEqual(skeleton(source))
        for (const w of r.warnings) expect(source.slice(w.start, w.end)).toBe(w.original)
        expect(normalizeDocument(r.text, 'html', deps(language)).changes).toEqual([])
      }),
      { numRuns: 400 },
    )
  }, 60_000)

  it('never touches code, URLs or scripts', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const source = `<p>${text}</p><pre><code>${text}</code></pre><a href="https://kiev.example/${encodeURI(text)}">x</a><script>"${text.replace(/</g, '')}"</script>`
        const r = normalizeDocument(source, 'html', deps('en'))
        const tail = source.slice(source.indexOf('<pre>'))
        expect(r.text.endsWith(tail)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})

