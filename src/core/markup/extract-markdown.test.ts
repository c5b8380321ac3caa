import { describe, expect, it } from 'vitest'
import { extractMarkdown } from './extract-markdown.js'
import { ATOM } from './types.js'

const texts = (md: string): string[] => extractMarkdown(md).map((b) => b.text)

describe('extractMarkdown: what is prose', () => {
  it('reads paragraphs, headings, list items, block quotes and table cells as blocks', () => {
    const md = '# Kiev today\n\nA *Volodímir* Zelenski **story**.\n\n- one\n- two\n\n> quoted\n> Kiev\n\n| a | b |\n|---|---|\n| Kiev | x1 |\n'
    expect(texts(md)).toEqual(['Kiev today', 'A Volodímir Zelenski story.', 'one', 'two', 'quoted\nKiev', 'a', 'b', 'Kiev', 'x1'])
  })

  it('never reads code, URLs, autolinks or front matter', () => {
    const md = [
      '---\ntitle: Kiev\n---',
      'Use `Kiev` or <https://kiev.example> or https://www.kiev.example/kiev or press@kiev.example here.',
      '```\nKiev\n```',
      '    Kiev indented',
      '[Kiev text](https://kiev.example/kiev)',
    ].join('\n\n')
    expect(texts(md)).toEqual([`Use ${ATOM} or ${ATOM} or ${ATOM} or ${ATOM} here.`, 'Kiev text'])
  })

  it('reads image alt text and link titles as blocks of their own', () => {
    const md = 'See ![Kiev at \\] night](https://img/kiev.jpg "Kiev &amp; co") and [x1](/kiev (Kiev \\) title)).'
    const blocks = extractMarkdown(md)
    expect(blocks.map((b) => b.text)).toEqual([`See ${ATOM} and x1.`, 'Kiev at ] night', 'Kiev & co', 'Kiev ) title'])
    expect(blocks.map((b) => b.escape)).toEqual([
      { kind: 'markdown' }, { kind: 'markdown' }, { kind: 'markdown', quote: '"' }, { kind: 'markdown', quote: ')' },
    ])
    const alt = blocks[1]!
    expect(md.slice(alt.start, alt.end)).toBe('Kiev at \\] night')
  })

  it('leaves alt text with markup in it alone (mdast flattens it without positions)', () => {
    expect(texts('![*Kiev* at night](k.jpg)')).toEqual([]) // an atom alone is no prose
  })

  it('keeps shortcut and collapsed reference labels: they find the definition', () => {
    const md = '[Kiev] and [Kiev][] and [Kiev guide][g]\n\n[kiev]: https://k.example\n[g]: https://g.example "Guide to Kiev"'
    expect(texts(md)).toEqual([`${ATOM} and ${ATOM} and Kiev guide`, 'Guide to Kiev'])
  })

  it('treats raw HTML as markup: inline code elements hide their content, blocks go through the HTML extractor', () => {
    const md = 'a1 <span class="kiev">Kiev</span> <code>Kiev <b>x</b></code> b2 <img alt="Kiev" src="kiev.png">\n\n<div class="kiev"><p>Kiev</p></div>\n'
    expect(texts(md)).toEqual([`a1 Kiev ${ATOM} b2 ${ATOM}`, 'Kiev', 'Kiev'])
  })

  it('carries an element left open across Markdown blocks, up to its end tag', () => {
    expect(texts('<code>\n\nKiev in code\n\n</code>\n\nKiev after')).toEqual(['Kiev after'])
    expect(texts('Text <code>x\n\nKiev in code\n\n- Kiev\n\n</code> y1\n\nKiev after')).toEqual(['Text ￼', 'Kiev after'])
    expect(texts('<div><pre>\n\nKiev\n\n</pre></div>\n\nKiev after')).toEqual(['Kiev after'])
  })

  it('splits blocks at hard breaks', () => {
    expect(texts('Kiev  \nZelenski\\\nmore')).toEqual(['Kiev', 'Zelenski', 'more'])
  })
})

describe('extractMarkdown: source mapping', () => {
  it('maps escapes and references to their exact source', () => {
    const md = "Kiev\\'s &rsquo; &#x4B;iev &amp;c &kiev; \\a"
    const [block] = extractMarkdown(md)
    expect(block!.text).toBe("Kiev's ’ Kiev &c &kiev; \\a")
    const refs = block!.segments.filter((s) => s.kind === 'ref').map((s) => md.slice(s.start, s.end))
    expect(refs).toEqual(["\\'", '&rsquo;', '&#x4B;', '&amp;'])
  })

  it('skips container prefixes and stripped whitespace between lines', () => {
    const md = '> > Volodímir  \t\n> > \\> Zelenski\n>     lazy > not a prefix\n\n- item\n     continued   \n  more'
    const blocks = extractMarkdown(md)
    expect(blocks.map((b) => b.text)).toEqual(['Volodímir\n> Zelenski\nlazy > not a prefix', 'item\ncontinued', 'more'])
    for (const b of blocks) for (const s of b.segments) if (s.kind === 'text') expect(md.slice(s.start, s.end)).toBe(s.text)
  })

  it('handles CRLF, a byte order mark and tabs', () => {
    const md = '\uFEFF# Kiev\r\n\r\nVolodímir\r\n\tZelenski\r\n'
    const blocks = extractMarkdown(md)
    expect(blocks.map((b) => b.text)).toEqual(['Kiev', 'Volodímir\r\nZelenski'])
    expect(md.slice(blocks[0]!.start, blocks[0]!.end)).toBe('Kiev')
  })

  it('never throws on odd input', () => {
    for (const junk of ['', '\\', '&', '[', '![', '<', '```', '> ', '|a|\n|-|', '\u0000', '\ud800', '---\n']) {
      expect(() => extractMarkdown(junk)).not.toThrow()
    }
  })
})
