import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractMarkdown, readMarkdown } from './extract.js'
import { ATOM } from '../types.js'

const texts = (md: string): string[] => extractMarkdown(md).map((b) => b.text)

describe('extractMarkdown: what is prose', () => {
  it('reads paragraphs, headings, list items, block quotes and table cells as blocks', () => {
    const md = '# Kiev today\n\nA *Volodímir* Zelenski **story**.\n\n- one\n- two\n\n> quoted\n> Kiev\n\n| a | b |\n|---|---|\n| Kiev | x1 |\n'
    expect(texts(md)).toEqual(['Kiev today', 'A Volodímir Zelenski story.', 'one', 'two', 'quoted\nKiev', 'a', 'b', 'Kiev', 'x1'])
  })

  it('never reads code, URLs, autolinks or front matter but its title and summary', () => {
    const md = [
      '---\ntitle: Kiev\nslug: kiev\ntags: [Kiev]\n---',
      'Use `Kiev` or <https://kiev.example> or https://www.kiev.example/kiev or press@kiev.example here.',
      '```\nKiev\n```',
      '    Kiev indented',
      '[Kiev text](https://kiev.example/kiev)',
    ].join('\n\n')
    expect(texts(md)).toEqual(['Kiev', `Use ${ATOM} or ${ATOM} or ${ATOM} or ${ATOM} here.`, 'Kiev text'])
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

  it('reads the text of shortcut and collapsed references as prose, and says where it is also the label', () => {
    const md = '[Kiev] and [Kiev][] and [Kiev guide][g] and ![Kiev]\n\n[kiev]: https://k.example\n[g]: https://g.example "Guide to Kiev"'
    const { blocks, labels } = readMarkdown(md)
    expect(blocks.map((b) => b.text)).toEqual([`Kiev and Kiev and Kiev guide and ${ATOM}`, 'Kiev', 'Guide to Kiev'])
    // the shortcut's and the collapsed reference's text, the shortcut image; not a full reference's text
    expect(labels.map(([a, b]) => md.slice(a, b))).toEqual(['Kiev', 'Kiev', '![Kiev]'])
    expect(labels.map(([a]) => a)).toEqual([1, 12, 44])
  })

  it('treats raw HTML as markup: inline code elements hide their content, blocks go through the HTML extractor', () => {
    const md = 'a1 <span class="kiev">Kiev</span> <code>Kiev <b>x</b></code> b2 <img alt="Kiev" src="kiev.png">\n\n<div class="kiev"><p>Kiev</p></div>\n'
    expect(texts(md)).toEqual([`a1 Kiev ${ATOM} b2 ${ATOM}`, 'Kiev', 'Kiev'])
  })

  it('carries an element left open across Markdown blocks, up to its end tag', () => {
    expect(texts('<code>\n\nKiev in code\n\n</code>\n\nKiev after')).toEqual(['Kiev after'])
    expect(texts('Text <code>x\n\nKiev in code\n\n- Kiev\n\n</code> y1\n\nKiev after')).toEqual([`Text ${ATOM}`, 'Kiev after'])
    expect(texts('<div><pre>\n\nKiev\n\n</pre></div>\n\nKiev after')).toEqual(['Kiev after'])
  })

  it('ends an element left open in a paragraph, heading or cell with it, as the rendered end tag does (but code)', () => {
    // Rendered, `Kiev <kbd>x` is `<p>Kiev <kbd>x</p>`: the `</p>` ends the kbd (Chromium 156).
    expect(texts('Kiev <kbd>x\n\nKiev')).toEqual([`Kiev ${ATOM}`, 'Kiev'])
    expect(texts('- Kiev <samp>x\n- Kiev')).toEqual([`Kiev ${ATOM}`, 'Kiev'])
    expect(texts('## Kiev <sup>1\n\n> Kiev')).toEqual([`Kiev ${ATOM}`, 'Kiev'])
    // code, a formatting element, is opened again after a `</p>`, but not past a table cell
    expect(texts('Kiev <code>x\n\nKiev')).toEqual([`Kiev ${ATOM}`])
    expect(texts('| a | b |\n|---|---|\n| <code>x | Kiev |')).toEqual(['a', 'b', 'Kiev'])
    // raw text runs on to its end tag
    expect(texts('Kiev <script>x\n\nKiev\n\n</script>\n\ny1')).toEqual([`Kiev ${ATOM}`, 'y1'])
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

describe('extractMarkdown: GFM as micromark reads it', () => {
  it('keeps literal URLs and e-mail addresses out of prose, however they end', () => {
    expect(texts('See www.kiev.example/a_(b) or press@kiev.example&#x4B;iev, Kiev.')).toEqual([`See ${ATOM} or ${ATOM}Kiev, Kiev.`])
    // GFM's address stops at `&`; mdast's reading of the decoded text runs on into the reference
    expect(texts('[press@kiev.example&#x4B;iev and Kiev')).toEqual([`[${ATOM} and Kiev`])
    // the URL takes the backslash, so `<b>` is a tag: nothing after it is prose (it is reported: not-silent.test.ts)
    expect(texts('Kiev https://kiev.example/a\\<b>Kiev</b>')).toEqual([`Kiev ${ATOM}`])
    // beside a link, whose destination alone holds no literal; an escape or a reference in one
    expect(texts('[NATO](https://www.nato.int/kiev) met www.kiev.example, not [Kiev](http://kiev.ua) Kiev.'))
      .toEqual([`NATO met ${ATOM}, not Kiev Kiev.`])
    expect(texts('[NATO](https://nato.int) met in Kiev.')).toEqual(['NATO met in Kiev.'])
    expect(texts('[NATO](https://nato.int) wrote to press&#64;kiev.example and http\\://kiev.example/x.')).toEqual(texts('NATO wrote to press&#64;kiev.example and http\\://kiev.example/x.'))
  })

  it('reads footnotes: a call is an atom, a definition is prose', () => {
    const md = 'Kiev[^1] and [^2].\n\n[^1]: A note on Kiev,\n    continued.\n'
    expect(texts(md)).toEqual([`Kiev${ATOM} and [^2].`, 'A note on Kiev,\ncontinued.'])
  })

  it('leaves out the check of a task list item', () => {
    const md = '- [ ] Kiev\n- [x] Lviv\n- [y] Odesa'
    const blocks = extractMarkdown(md)
    expect(blocks.map((b) => b.text)).toEqual(['Kiev', 'Lviv', '[y] Odesa'])
    expect(md.slice(blocks[0]!.start, blocks[0]!.end)).toBe('Kiev')
  })

  it('reads `~` and `~~` as strikethrough, and three tildes as text', () => {
    const md = '~Kiev~ and ~~Lviv~~ and ~~~Odesa~~~'
    const [block] = extractMarkdown(md)
    expect(block!.text).toBe('Kiev and Lviv and ~~~Odesa~~~')
    expect(block!.segments.filter((s) => s.kind === 'text').map((s) => md.slice(s.start, s.end))).toEqual(['Kiev', ' and ', 'Lviv', ' and ~~~Odesa~~~'])
  })

  it('reads blocks where markdown-it alone would read them otherwise', () => {
    expect(texts('Kiev|\n---')).toEqual(['Kiev|']) // a setext heading: the delimiter row has no pipe
    expect(texts('- Kiev|b\n-|-')).toEqual(['Kiev|b\n-|-']) // a list item, not a table
    expect(texts('~~~|Kiev\n|---|---|\nKiev')).toEqual([]) // a fenced code block
    expect(texts('[kiev]: /u\n\n[Kiev]( and Lviv')).toEqual(['Kiev( and Lviv']) // a shortcut reference: its text is a label (readMarkdown)
    expect(texts('[x]: file:///kiev/Kiev "Kiev t"\n\n<javascript:Kiev>')).toEqual(['Kiev t']) // a definition; an autolink
    expect(texts('[x]: /u\n</span>\n1. `Kiev`')).toEqual([]) // `</span>` continues the definition's paragraph
    expect(texts('</code>\u00a0\n```\nKiev\n```\nLviv')).toEqual(['Lviv']) // U+00A0 is not HTML block whitespace
    expect(texts('- Kiev\n[kiev]: /kiev/Kiev')).toEqual([`Kiev\n${ATOM}`]) // a lazy line micromark reads as a definition
  })
})

describe('extractMarkdown: source mapping in containers', () => {
  it('maps table cells, escaped pipes included', () => {
    const md = '| a | b |\r\n|---|---|\r\n| Open \\| Kiev | `x\\|y` Lviv |\r\n'
    const blocks = extractMarkdown(md)
    expect(blocks.map((b) => b.text)).toEqual(['a', 'b', 'Open | Kiev', `${ATOM} Lviv`])
    const cell = blocks[2]!
    expect(cell.segments.map((s) => [s.kind, md.slice(s.start, s.end)])).toEqual([['text', 'Open '], ['ref', '\\|'], ['text', ' Kiev']])
  })

  it('reads a row\'s cells past the header\'s count, as mdast has them (markdown-it drops their text)', () => {
    const md = '| a | b |\r\n|---|---|\r\n| x | y | Kiev \\| *Kiev* | |\r\n> | a |\n> |---|\n> | x | Kiev\n'
    const { blocks, unread } = readMarkdown(md)
    expect(blocks.map((b) => b.text)).toEqual(['a', 'b', 'x', 'y', 'Kiev | Kiev', 'a', 'x', 'Kiev'])
    expect(unread).toEqual([])
    for (const b of blocks) for (const s of b.segments) if (s.kind === 'text') expect(md.slice(s.start, s.end)).toBe(s.text)
    expect(readMarkdown(md, { simpleChunks: false }).blocks).toEqual(blocks)
    // a row of 150,000 cells past the header's (300 KB): read, not a RangeError of the call stack
    const wide = `| a |\n|---|\n| Kiev ${'|x'.repeat(150_000)} |`
    const cells = extractMarkdown(wide)
    expect(cells.length).toBe(150_002)
    expect(cells.at(-1)!.start).toBe(wide.length - 3)
  })

  it('maps CRLF and tabs inside block quotes and list items', () => {
    const md = '> Kiev\r\n> \tLviv\r\n\r\n- Odesa\r\n\tKharkiv\r\n1.\tDnipro\r\n\r\n   \tZelenski'
    const blocks = extractMarkdown(md)
    expect(blocks.map((b) => b.text)).toEqual(['Kiev\r\nLviv', 'Odesa\r\nKharkiv', 'Dnipro', 'Zelenski'])
    for (const b of blocks) for (const s of b.segments) expect(md.slice(s.start, s.end)).toBe(s.text)
  })

  it('places the text after a line that ends in markup and spaces (the spaces are trimmed away)', () => {
    // The newline rule trims the spaces before a line ending; when they were all the pending text
    // (after a tag, emphasis, a code span, a reference, a link), the next line starts a new run.
    // fast-check seed 1875094491 shrank to the first one.
    const segments = (md: string) => extractMarkdown(md).map((b) => b.segments)
    const text = (start: number, end: number, text: string, at: number) => ({ kind: 'text', start, end, text, at })
    expect(segments('Kiev<b> \n1. ')).toEqual([[text(0, 4, 'Kiev', 0), text(8, 11, '\n1.', 4)]])
    expect(segments('Kiev<b> \r\nLviv')).toEqual([[text(0, 4, 'Kiev', 0), text(8, 14, '\r\nLviv', 4)]])
    expect(segments('**Kiev** \nLviv')).toEqual([[text(2, 6, 'Kiev', 0), text(9, 14, '\nLviv', 4)]])
    expect(segments('[Kiev](/u) \nLviv')).toEqual([[text(1, 5, 'Kiev', 0), text(11, 16, '\nLviv', 4)]])
    expect(segments('> *Kiev* \n> Lviv')).toEqual([[text(3, 7, 'Kiev', 0), text(9, 10, '\n', 4), text(12, 16, 'Lviv', 5)]])
    expect(segments('`x` \nKiev')).toEqual([[{ kind: 'atom', start: 0, end: 3, text: ATOM, at: 0 }, text(4, 9, '\nKiev', 1)]])
    expect(segments('&amp; \nKiev')).toEqual([[{ kind: 'ref', start: 0, end: 5, text: '&', at: 0 }, text(6, 11, '\nKiev', 1)]])
    // a hard break (two spaces), and inside a link's text
    expect(segments('Kiev<b>  \nLviv')).toEqual([[text(0, 4, 'Kiev', 0)], [text(10, 14, 'Lviv', 0)]])
    expect(segments('[<b> \nKiev](/u)')).toEqual([[text(5, 10, '\nKiev', 0)]])
  })

  it('maps every segment exactly, whatever the markup', () => {
    const pieces = [
      'Kiev', ' ', '\t', '\n', '\r\n', '\n> ', '\n- ', '\n1. ', '\n    ', '# ', '*', '**', '_', '~', '`', '[', ']', '(', ')', '![', '](', '"', '<', '>',
      '&amp;', '&#x4B;', '\\*', '\\|', '|', '\n|---|---|\n', '<b>', '</b>', '<code>', '</code>', '[^1]', '\n[^1]: ', '[r]', '\n[r]: /u "t"\n', '[ ] ',
      '```', '---', 'www.kiev.example', 'press@kiev.example', '\u0000', '\u00a0', '😀',
    ]
    const doc = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((p) => p.join(''))
    fc.assert(fc.property(doc, (md) => {
      for (const b of extractMarkdown(md)) {
        let at = 0
        let last = b.start
        for (const s of b.segments) {
          expect(s.at).toBe(at)
          expect(s.start).toBeGreaterThanOrEqual(last)
          if (s.kind === 'text') expect(md.slice(s.start, s.end)).toBe(s.text)
          else expect(s.end).toBeGreaterThan(s.start)
          at += s.text.length
          last = s.end
        }
        expect(b.text.length).toBe(at)
      }
    }), { numRuns: 300 })
  })
})
