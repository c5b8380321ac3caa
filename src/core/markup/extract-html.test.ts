import { decodeHTML, decodeHTMLAttribute } from 'entities/decode'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractHtml } from './extract-html.js'
import { ATOM, type ProseBlock } from './types.js'

const texts = (html: string): string[] => extractHtml(html).map((b) => b.text)

/** Every literal segment slices to its text; every segment lies inside the source. */
function expectExactMapping(source: string, blocks: ProseBlock[]): void {
  for (const b of blocks) {
    let at = 0
    for (const s of b.segments) {
      expect(s.at).toBe(at)
      at += s.text.length
      if (s.kind === 'text') expect(source.slice(s.start, s.end)).toBe(s.text)
      expect(0 <= s.start && s.start <= s.end && s.end <= source.length).toBe(true)
    }
    expect(at).toBe(b.text.length)
  }
}

describe('extractHtml: what is prose', () => {
  it('joins inline elements into one run and splits blocks at block elements and <br>', () => {
    expect(texts('<p><em>Volodímir</em> Zelenski <a href="/kiev">in Kiev</a></p><p>Next<br>line</p>')).toEqual([
      'Volodímir Zelenski in Kiev', 'Next', 'line',
    ])
    expect(texts('<table><tr><td>Kyiv</td><td>Kiev</td></tr></table><ul><li>a1</li><li>b2</li></ul>')).toEqual(['Kyiv', 'Kiev', 'a1', 'b2'])
  })

  it('takes alt and title values as blocks of their own, and no other attribute', () => {
    const html = '<p>Photo <img src="kiev.jpg" alt="Kiev at dusk" data-x="Kiev" title=\'Kiev\'> here</p><a href="https://kiev.example" class="Kiev">x</a>'
    expect(texts(html)).toEqual([`Photo ${ATOM} here`, 'Kiev at dusk', 'Kiev', 'x'])
    expect(extractHtml(html).map((b) => b.escape)).toEqual([
      { kind: 'html-text' }, { kind: 'html-attribute', quote: '"' }, { kind: 'html-attribute', quote: "'" }, { kind: 'html-text' },
    ])
  })

  it('leaves code, raw text, templates, form values, comments, CDATA and the doctype alone', () => {
    const html = [
      '<!DOCTYPE html><!-- Kiev --><p>a1 <code>Kiev</code> <kbd>Kiev</kbd> <samp>Kiev</samp> b2</p>',
      '<pre>Kiev\n<b>Kiev</b></pre><script>let s = "<p>Kiev</p>"</script><style>.kiev{}</style>',
      '<template><p>Kiev</p></template><textarea>Kiev</textarea><![CDATA[Kiev]]>',
      '<svg><title>Kiev</title><text>Kiev</text></svg><math><mi>Kiev</mi></math><p>end</p>',
    ].join('')
    expect(texts(html)).toEqual([`a1 ${ATOM} ${ATOM} ${ATOM} b2`, 'end'])
  })

  it('ends a skipped element only at its own end tag, counting nesting', () => {
    expect(texts('<pre>a <pre>b</pre> Kiev</pre><p>c1</p>')).toEqual(['c1'])
    expect(texts('<code/>Kiev</code> after')).toEqual([`${ATOM} after`]) // HTML ignores the slash
    expect(texts('<p><svg/>Kiev</p>')).toEqual([`${ATOM}Kiev`]) // SVG honours it
  })

  it('ends a skipped element left open with the end tag of an element that holds it, as a browser does', () => {
    // Each as Chromium 156 reads it (its DOM after setContent): the name after is prose there.
    const prose: [string, string[]][] = [
      ['<p><kbd>Ctrl</p><p>Kiev</p>', ['Kiev']], // `</p>` ends the kbd
      ['<ul><li><kbd>a</li><li>Kiev</ul>', ['Kiev']],
      ['<table><tr><td><code>a</td><td>Kiev</td></tr></table>', ['Kiev']], // code is not opened again past a cell
      ['<table><tr><td><pre>a</td><td>Kiev</table>', ['Kiev']],
      ['<dl><dt><samp>a</dt><dd>Kiev</dl>', ['Kiev']],
      ['<p><sup>1</p>Kiev', ['Kiev']],
      ['<div><pre>a</div>Kiev', ['Kiev']],
      ['<span><kbd>a</span> Kiev', [`${ATOM} Kiev`]],
      ['<p><samp>a<code>b</p><p>Kiev</p><p>Kiev</p>', []], // the code opened in the samp is opened again
    ]
    for (const [html, blocks] of prose) expect(texts(html), html).toEqual(blocks)
    // and where the browser keeps it: code is a formatting element, opened again for what
    // follows; a stray end tag is ignored (`</p>` there makes an empty p); `</span>` stops at a
    // special element (pre); a table's parts are ignored outside a table.
    for (const html of ['<p><code>a</p><p>Kiev</p>', '<ul><li><code>a</li><li>Kiev</ul>', '<div><code>a</div>Kiev', '<kbd>a</div>Kiev', '<p><pre>a</p>Kiev', '<p>a<div><kbd>x</p>Kiev', '<span><pre>a</span>Kiev', '<td><kbd>a</td>Kiev', '<template><p>a</p>Kiev']) {
      expect(texts(html).join(''), html).not.toContain('Kiev')
    }
  })

  it('reads <noscript> like the rest: it holds the no-JavaScript copy of the content', () => {
    expect(texts('<noscript><img src="kiev.jpg" alt="Kiev"></noscript>')).toEqual(['Kiev'])
  })

  it('keeps the document <title> as prose (RCDATA, references decoded)', () => {
    expect(texts('<head><title>Kiev &amp; co</title></head>')).toEqual(['Kiev & co'])
  })
})

describe('extractHtml: character references', () => {
  it('decodes references and maps each one to its exact source range', () => {
    const html = '<p>Kiev&rsquo;s &#x4B;iev Kiev&#39;s &amp; &copy2024 &notanentity;</p>'
    const [block] = extractHtml(html)
    expect(block!.text).toBe('Kiev’s Kiev Kiev\'s & ©2024 ¬anentity;')
    const refs = block!.segments.filter((s) => s.kind === 'ref').map((s) => [html.slice(s.start, s.end), s.text])
    expect(refs).toEqual([['&rsquo;', '’'], ['&#x4B;', 'K'], ['&#39;', "'"], ['&amp;', '&'], ['&copy', '©'], ['&not', '¬']])
    expectExactMapping(html, [block!])
  })

  it('applies the attribute rule: no legacy reference before = or an alphanumeric', () => {
    const [title] = extractHtml('<a title="a=1&copy=2 &copy; &amp">x</a>')
    expect(title!.text).toBe('a=1&copy=2 © &')
  })

  it('decodes astral and two-unit references', () => {
    const [block] = extractHtml('<p>&#x1F600; &NotEqualTilde; ok</p>')
    expect(block!.text).toBe('😀 \u2242\u0338 ok')
  })
})

describe('extractHtml: invalid and truncated input', () => {
  it('never throws and keeps what a browser would show', () => {
    expect(texts('<p>Kiev is <b>big')).toEqual(['Kiev is big'])
    expect(texts('<p>Kiev</div> more</p>')).toEqual(['Kiev', ' more'])
    expect(texts('Kiev <a href="x')).toEqual(['Kiev '])
    expect(texts('<p>Kiev <img alt="Kiev')).toEqual(['Kiev '])
    expect(texts('<p>Kiev <!-- Kiev')).toEqual(['Kiev '])
    expect(texts('a < b and c<>d </ x> e')).toEqual(['a < b and c<>d  e']) // `</ x>` is a bogus comment
    for (const junk of ['<', '&', '<p', '</', '<!', '<!-', '&#', '&#x', '<a b=', "<a b='", '<![CDATA[', '\u0000<p>\ud800</p>']) {
      expect(() => extractHtml(junk)).not.toThrow()
    }
  })

  it('treats a stray `<` as text', () => {
    expect(texts('<p>a < b, Kiev</p>')).toEqual(['a < b, Kiev'])
  })
})

describe('extractHtml: shortcodes and URLs', () => {
  it('protects shortcode tags and embed content but keeps caption text and editorial brackets', () => {
    const html = '<p>[caption id="attachment_1" width="300"]<img src="kiev.jpg"> Kiev at night[/caption] [Zelenskyy] said [embed]https://youtu.be/kiev[/embed] [gallery]</p>'
    expect(texts(html)).toEqual([`${ATOM} Kiev at night${ATOM} [Zelenskyy] said ${ATOM} ${ATOM}`])
  })

  it('protects URLs and e-mail addresses written as text', () => {
    expect(texts('<p>See https://kiev.example/kiev, www.kiev.example or desk@kiev.example. Kiev.</p>')).toEqual([
      `See ${ATOM}, ${ATOM} or ${ATOM}. Kiev.`,
    ])
  })
})

it('maps the segments of a realistic document exactly', () => {
  const html = '<div class="x"><h1>Kiev &ndash; a&nbsp;city</h1><p title="T&eacute;st">Caf&eacute; <i>in</i> Kiev</p></div>'
  expectExactMapping(html, extractHtml(html))
})

it('decodes the references of a run of text and of an attribute value as the spec does, however they are written', () => {
  // The tokenizer's own decoding is off (the walker decodes whole runs from the source): a run
  // must still end only at markup, never inside or after a reference.
  const piece = fc.constantFrom(
    'Kiev', ' ', '\n', ';', '#', 'x', '1', '=', '&', '&amp;', '&amp', '&AMP;', '&ampx', '&lt;', '&gt;p', '&#x4B;', '&#x4B', '&#75;', '&#75',
    '&#0;', '&#xD800;', '&#128512;', '&#x110000;', '&#150;', '&notin;', '&notin', '&noti;', '&not', '&copy2024', '&copy=', '&nbsp;', '&eacute;', '&;', '&#;', '&#x;',
  )
  const run = fc.array(piece, { minLength: 1, maxLength: 30 }).map((p) => `Kiev ${p.join('')}`)
  fc.assert(fc.property(run, fc.constantFrom('p', 'title', 'h2'), (text, element) => {
    const html = `<${element}>${text}</${element}>`
    expect(texts(html)).toEqual([decodeHTML(text)])
    expectExactMapping(html, extractHtml(html))
    const value = text.replaceAll('"', '')
    expect(texts(`<img alt="${value}">`)).toEqual([decodeHTMLAttribute(value)])
  }), { numRuns: 400 })
})
