import fc from 'fast-check'
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

/** The warning for `original`, the first text so written in `input`, read but not placed exactly. */
const unplacedAt = (input: string, original: string) =>
  ({ code: 'not-read', start: input.indexOf(original), end: input.indexOf(original) + original.length, original, reason: 'unplaced' })

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

describe('Markdown nested deeper than the parser reads (markdown-it stops at 100 levels)', () => {
  const notRead = (r: NormalizeResult) => r.warnings.filter((w) => w.code === 'not-read')

  it('a block quote: the unread text is reported, not passed over', () => {
    const input = '>'.repeat(120) + ' Kiev is big.'
    const r = normalize(input, 'markdown')
    expect(r.text).toBe(input)
    expect(r.changes).toEqual([])
    expect(r.warnings).toEqual([{ code: 'not-read', start: 121, end: 133, original: 'Kiev is big.', reason: 'nesting-limit' }])
  })

  it('a list: from the first item the parser skipped to the end of the last', () => {
    let input = 'Kiev is read.\n\n'
    for (let i = 0; i < 120; i++) input += '  '.repeat(i) + '- x\n'
    input += '  '.repeat(120) + '- Kiev is big.\n\nKiev after it.\n'
    const r = normalize(input, 'markdown')
    expect(r.changes.map((c) => input.slice(0, c.start).split('\n').length)).toEqual([1, 125]) // the first and last lines
    const [warning, ...more] = notRead(r)
    expect(more).toEqual([])
    expect(input.slice(warning!.start, warning!.end)).toBe(warning!.original)
    // Item 50 (level 99, its content at 100) is the first the parser did not read.
    expect(warning!.start).toBe(input.indexOf('- x', input.indexOf('\n' + '  '.repeat(49) + '- x')) + 2)
    expect(warning!.original.endsWith('- Kiev is big.')).toBe(true)
    expect(warning).toMatchObject({ reason: 'nesting-limit' })
    expectExact(input, r)
  })

  it('whatever the containers: a name at the bottom is changed or reported, and nothing is reported above the limit', () => {
    const container = fc.constantFrom('> ', '- ', '* ', '1. ', '+ ', '[^1]: ')
    fc.assert(
      fc.property(fc.array(container, { minLength: 1, maxLength: 140 }), fc.constantFrom('\n', '\r\n'), (prefixes, eol) => {
        const input = `Kiev first.${eol}${eol}${prefixes.join('')}Kiev at the bottom.${eol}`
        const r = normalize(input, 'markdown')
        const bottom = input.lastIndexOf('Kiev')
        const changed = r.changes.some((c) => c.start === bottom)
        const reported = notRead(r).some((w) => w.start <= bottom && bottom + 4 <= w.end && input.slice(w.start, w.end) === w.original)
        expect(changed || reported).toBe(true)
        if (prefixes.length < 50) expect(notRead(r)).toEqual([])
        expectExact(input, r)
      }),
      { numRuns: 150 },
    )
  }, 60_000)
})

describe('HTML has no nesting limit', () => {
  it.each([
    ['block', '<div>'.repeat(5000) + 'Kiev is big.' + '</div>'.repeat(5000)],
    ['inline', '<b>'.repeat(5000) + 'Kiev is big.'],
    ['NUL', '<p>The mayor of Kiev\0 said.</p><p>Kiev is big.</p>'],
  ])('reads deep and odd text (%s)', (_, input) => {
    const r = normalize(input, 'html')
    expect(r.changes.length).toBe((input.match(/Kiev/g) ?? []).length)
    expect(r.warnings).toEqual([])
    expectExact(input, r)
  })
})

// A start tag ends an open <kbd> in a browser (a <code> it opens again for the text after);
// htmlparser2's tree (the property tests' reading) nests the new element inside, and so does the
// walker: what follows was hidden with no word.
describe('HTML after an element that hides its content, left open where a browser ends it', () => {
  const leftOpen = (input: string, original: string) => ({ code: 'not-read', start: input.indexOf(original), end: input.indexOf(original) + original.length, original, reason: 'left-open' })

  it.each([
    ['<ul><li><kbd>a<li>Kiev is big.</ul>', '<li>Kiev is big.</ul>'],
    ['<p><kbd>a<div>Kiev</div><p>Kiev</p>', '<div>Kiev</div><p>Kiev</p>'],
    ['<p><kbd>x<h2>Kiev</h2></kbd><p>Kiev</p>', '<h2>Kiev</h2>'],
  ])('reports what it hides: %j', (input, hidden) => {
    const r = normalize(input, 'html')
    expect(r.warnings).toEqual([leftOpen(input, hidden)])
    expect(r.text).toBe(input.slice(0, input.indexOf(hidden) + hidden.length) + input.slice(input.indexOf(hidden) + hidden.length).replaceAll('Kiev', 'Kyiv'))
    expectExact(input, r)
  })

  it('in Markdown too: in the HTML block, and in the blocks after it up to the end tag of the element', () => {
    const input = '<ul><li><kbd>a<li>Kiev is big.</ul>\n\nKiev here.\n\n</kbd>\n\nKiev after.\n'
    const r = normalize(input, 'markdown')
    expect(r.warnings).toEqual([leftOpen(input, '<li>Kiev is big.</ul>'), leftOpen(input, 'Kiev here.\n')])
    expect(r.text).toBe(input.replace('Kiev after', 'Kyiv after'))
    // Cut by a quote's prefixes, placed through them.
    const quoted = '> <p><kbd>a<div>Kiev\n> is</div></kbd>\n\nKiev.\n'
    expect(normalize(quoted, 'markdown').warnings).toEqual([leftOpen(quoted, '<div>Kiev\n> is</div>')])
    for (const input of ['<p><kbd>a</p>\n\nKiev.\n', '<div><kbd>a<div>Kiev</div></kbd></div>\n\nKiev.\n']) expect(normalize(input, 'markdown').warnings, input).toEqual([])
    // Held by a paragraph an HTML block leaves open: the next block's start tag ends both in a
    // browser, and the pieces after it are read without the open elements. Reported, not dropped.
    const held = '<p><kbd>a\n\nKiev\n'
    expect(normalize(held, 'markdown').warnings).toEqual([leftOpen(held, 'Kiev\n')])
    // A later HTML block's '</p>' ends both, as in a browser: what follows is read.
    const ended = '<p><kbd>a\n\n</p>\n\nKiev\n'
    expect(normalize(ended, 'markdown').warnings).toEqual([])
    expect(normalize(ended, 'markdown').text).toBe(ended.replace('Kiev', 'Kyiv'))
    // A <code> a browser opens again there, and a <kbd> a <div> holds, go on hiding: no warning.
    for (const input of ['<p><code>a\n\nKiev\n', '<div><kbd>a\n\nKiev\n\n</kbd></div>\n\nKiev.\n']) expect(normalize(input, 'markdown').warnings, input).toEqual([])
  })

  // Each HTML block of a Markdown document is walked on its own; the elements that hold one left
  // open go with it to the next, and a container's end tag ends it, as the rendered page does.
  it('in Markdown, ends where a later block ends what holds it (checked in Chromium, markdown-it rendering)', () => {
    // '<li>' in the next HTML block ends the li, and the kbd in it: shown, reported (read as nested here).
    const item = '<ul><li><kbd>a\n\n<li>Kiev</ul>\n\nKiev is big.\n'
    expect(normalize(item, 'markdown').warnings).toEqual([leftOpen(item, '<li>Kiev</ul>'), leftOpen(item, 'Kiev is big.\n')])
    const itemEnded = '<ul><li><kbd>a\n\n<li>Kiev</ul>\n\n</kbd>\n\nKiev is big.\n'
    expect(normalize(itemEnded, 'markdown').warnings).toEqual([leftOpen(itemEnded, '<li>Kiev</ul>')])
    expect(normalize(itemEnded, 'markdown').changes.map((c) => c.start)).toEqual([itemEnded.lastIndexOf('Kiev')])
    // '</div>' in a later block, and the end of a Markdown list item or quote that holds the block: read.
    for (const input of ['<div><kbd>a\n\n</div>\n\nKiev\n', '- <kbd>\n\n  x\n- Kiev\n', '> <kbd>\n>\n> x\n\nKiev\n', '<dl><dd><kbd>a\n\n</dl>\n\nKiev\n', '- <ul><li><kbd>\n\n  x\n- Kiev\n']) {
      const r = normalize(input, 'markdown')
      expect(r.warnings, input).toEqual([])
      expect(r.text, input).toBe(input.replace('Kiev', 'Kyiv'))
    }
    // Where the browser keeps it open, it goes on hiding, with no warning: a span ends no p, a
    // <code> is opened again in the next item.
    // A list item's end tag stops at a raw list or a table the HTML block left open in it.
    for (const input of ['<p><kbd>a\n\n<span>\nKiev\n', '- <code>\n\n  x\n- Kiev\n', '<kbd>\n\nKiev\n', '- <table><tr><td><kbd>\n\n  x\n- Kiev\n', '- <ul><kbd>\n\n  x\n- Kiev\n']) {
      const r = normalize(input, 'markdown')
      expect([r.warnings, r.changes], input).toEqual([[], []])
    }
  })

  // The kinds a differential check against Chromium (generated fragments of tables, formatting
  // elements, buttons, selects around a <kbd>, <sup> or <pre>) found hidden here and shown there.
  it.each([
    ['a table part clears the table back (foster parenting)', '<table><kbd>a<tr><td>Kiev</td></tr></table><p>Kiev</p>', '<tr><td>Kiev</td></tr></table><p>Kiev</p>'],
    ['a table in a table\'s rows ends it', '<table><sup>a<table>Kiev', '<table>Kiev'],
    ['the adoption agency: a formatting end tag past a special element', '<b><kbd>a<div>x</b>Kiev</div>', '<div>x</b>Kiev</div>'],
    ['the adoption agency: an <a> in an <a>', '<a href=x>x<kbd>a<a href=y>Kiev</a>', '<a href=y>Kiev</a>'],
    ['a button in a button', '<button><kbd>a<button>Kiev</button>', '<button>Kiev</button>'],
  ])('ends where Chromium ends it, and what it hid is reported: %s', (_, input, hidden) => {
    const r = normalize(input, 'html')
    expect(r.warnings).toEqual([leftOpen(input, hidden)])
    expect(r.changes).toEqual([])
    // in Markdown too (an HTML block, or inline HTML in a paragraph), and the paragraph after
    // it is read or reported
    const md = `${input}\n\nKiev here.\n`
    const m = normalize(md, 'markdown')
    const warnings = m.warnings.flatMap((w) => (w.code === 'not-read' ? [w] : []))
    expect(warnings.length).toBeGreaterThan(0)
    expect(warnings.length).toBe(m.warnings.length)
    for (const w of warnings) expect(w).toEqual(leftOpen(md, md.slice(w.start, w.end)))
    for (let at = md.indexOf('Kiev'); at >= 0; at = md.indexOf('Kiev', at + 1)) {
      expect(m.changes.some((c) => c.start === at) || warnings.some((w) => w.start <= at && at < w.end), `${md} at ${at}`).toBe(true)
    }
  })

  it('Markdown inline: ends where a tag of the paragraph ends it in a browser', () => {
    // an end tag of an element open around it: what follows is read
    for (const input of ['x <b><kbd>a</b>Kiev\n', 'x <span><kbd>a</span> Kiev\n']) {
      const r = normalize(input, 'markdown')
      expect([r.warnings, r.text], input).toEqual([[], input.replace('Kiev', 'Kyiv')])
    }
    // a start tag that ends the paragraph's p: reported up to its end here
    const div = 'x <kbd>a<div>Kiev</kbd> Kiev\n'
    expect(normalize(div, 'markdown').warnings).toEqual([leftOpen(div, '<div>Kiev')])
    expect(normalize(div, 'markdown').changes.map((c) => c.start)).toEqual([div.lastIndexOf('Kiev')])
    // in a list item: its end tag, and an <li> (a tight item renders no p: the li holds it)
    const itemEnd = '1. <sup></li>Kiev\n'
    expect([normalize(itemEnd, 'markdown').warnings, normalize(itemEnd, 'markdown').text]).toEqual([[], itemEnd.replace('Kiev', 'Kyiv')])
    const item = '- a <kbd>b<li>Kiev\n'
    expect(normalize(item, 'markdown').warnings).toEqual([leftOpen(item, '<li>Kiev')])
    // an end tag in a Markdown block that an HTML block's element is held across: what follows
    // it in the block is shown, reported (the block is not read as HTML)
    const cell = '<table><tr><td><kbd>\n\n- </td> Kiev\n'
    expect(normalize(cell, 'markdown').warnings).toEqual([leftOpen(cell, ' Kiev\n')])
    // where a browser keeps it (an element opened in it, a stray end tag, a <code> opened again, a
    // tight list item's text, which no p holds): hidden, with no warning
    // (nor a '</p>' after a <pre> or <div> has ended the paragraph's p)
    for (const input of ['x <kbd>a<b>b</b>Kiev</kbd>\n', 'x <code>a</b> Kiev\n', 'x <b><code>a</b> Kiev\n', '- x <kbd>a<div>Kiev\n', 'x <pre></p>Kiev\n', 'x <div></p><kbd>a</p>Kiev\n']) {
      const r = normalize(input, 'markdown')
      expect([r.warnings, r.changes], input).toEqual([[], []])
    }
  })

  it('ends where Chromium ends it at an end tag, and what follows is read', () => {
    for (const input of [
      '<table><tr><td><kbd>a</tr><tr><td>Kiev</td></tr></table>', // a row's end tag closes the cell
      '<table><td><kbd>a</tr><td>Kiev</table>', // and the row a browser opens for a cell put in a table
      '<code><li>a</code>Kiev', // the code's own end tag moves the li out (adoption agency)
    ]) {
      for (const format of ['html', 'markdown'] as const) {
        const r = normalize(input, format)
        expect([r.warnings, r.text], `${format}: ${input}`).toEqual([[], input.replace('Kiev', 'Kyiv')])
      }
    }
  })

  it('goes on hiding where Chromium keeps it: no more prose than a browser shows', () => {
    // '</form>' closes nothing else; a <pre> the code held stays open.
    for (const input of ['<form><kbd>a</form>Kiev</kbd>', '<code><pre>a</code>Kiev']) {
      const r = normalize(input, 'html')
      expect([r.warnings, r.changes], input).toEqual([[], []])
    }
  })

  it('reports what it hides past the open elements the walker looks through (256)', () => {
    const deep = `<p><kbd>a${'<span>'.repeat(300)}</p><p>Kiev</p>`
    expect(normalize(deep, 'html').warnings).toEqual([leftOpen(deep, '</p><p>Kiev</p>')])
    // Its own end tag still ends it, and a span of markup alone hides nothing.
    const closed = `<p><kbd>a${'<span>'.repeat(300)}</kbd></p><p>Kiev</p>`
    expect(normalize(closed, 'html').warnings).toEqual([])
    expect(normalize(closed, 'html').text).toBe(closed.replace('Kiev', 'Kyiv'))
    expect(normalize('<ul><li><kbd>a<li></ul>', 'html').warnings).toEqual([])
  })

  it('reports nothing where the element ends as a browser ends it, or where nothing hides', () => {
    for (const input of ['<p><kbd>a</p><p>Kiev</p>', '<p><kbd>Ctrl</kbd> in Kiev</p>', '<pre>x</pre><p>Kiev</p>', '<li><kbd>a</kbd><li>Kiev']) {
      const r = normalize(input, 'html')
      expect(r.warnings, input).toEqual([])
      expect(r.changes.map((c) => c.original), input).toEqual(['Kiev'])
    }
    // A browser opens a <code> again for the text after the tag that ended it: code there too.
    for (const input of ['<p><code>x<h2>Kiev</h2></code><p>Kiev</p>', '<ul><li><code>a<li>Kiev</code></ul><p>Kiev</p>']) {
      const r = normalize(input, 'html')
      expect(r.warnings, input).toEqual([])
      expect(r.text, input).toBe(input.replace(/Kiev<\/p>$/, 'Kyiv</p>'))
    }
  })
})

// A reader sees an option's label, a text area's text, an SVG's <text>: they were skipped with
// no word. Form values and drawings are not edited (html-elements.ts REPORTED says why): reported.
describe('text a reader sees in a form control, inline SVG or MathML', () => {
  const at = (input: string, original: string, reason: string, from = 0) =>
    ({ code: 'not-read', start: input.indexOf(original, from), end: input.indexOf(original, from) + original.length, original, reason })

  it.each([
    ['<p>In <select><option>Kiev</option><option> Odesa </option></select> now</p>', 'Kiev</option><option> Odesa', 'form-control'],
    ['<textarea>\n  Kiev is big.\n</textarea>', 'Kiev is big.', 'form-control'],
    ['<svg viewBox="0 0 9 9"><style>.kiev { fill: red }</style><text>Kiev</text><title>Kiev map</title></svg>', 'Kiev</text><title>Kiev map', 'foreign-content'],
    ['<math><mtext>Kiev</mtext></math>', 'Kiev', 'foreign-content'],
  ])('HTML: reported, left as it is: %j', (input, original, reason) => {
    const r = normalize(input, 'html')
    expect(r.warnings).toEqual([at(input, original, reason)])
    expect(r.changes).toEqual([])
    expect(r.text).toBe(input)
  })

  it('HTML: nothing to say for whitespace or a drawing\'s style alone; the text around is read', () => {
    for (const input of ['<select> <option> </option> </select>', '<svg><style>a { }</style><path d="M0 0"/></svg>', '<textarea></textarea>']) expect(normalize(input, 'html').warnings, input).toEqual([])
    const input = 'Kiev <select><option>Kiev</option></select> Kiev'
    expect(normalize(input, 'html').changes.map((c) => c.start)).toEqual([0, input.lastIndexOf('Kiev')])
  })

  it('attribute values a form control shows: an input\'s value or placeholder, an option\'s label (HTML and Markdown)', () => {
    const input = '<input placeholder="Search Kiev"> <input type=submit value=Kiev> <input type=hidden value="Kiev"> <input type="checkbox" value="Kiev">'
    expect(normalize(input, 'html').warnings).toEqual([at(input, 'Search Kiev', 'form-control'), at(input, 'Kiev', 'form-control', input.indexOf('submit'))])
    const labels = '<select><optgroup label="Kiev"><option label=" ">x</option></select>'
    expect(normalize(labels, 'html').warnings).toEqual([at(labels, 'Kiev', 'form-control'), at(labels, 'x', 'form-control')])
    for (const md of ['Find <input placeholder="Kiev"> now\n', '> a <input\n> placeholder="Kiev">\n', '<div>\n<input value="Kiev">\n</div>\n']) {
      const r = normalize(md, 'markdown')
      expect([r.warnings, r.text], md).toEqual([[at(md, 'Kiev', 'form-control')], md])
    }
  })

  it('HTML: a <select> or <input> in a select ends it, as in a browser: what follows is read', () => {
    for (const input of ['<select><option>a<select>Kiev', '<select><option>a<input>Kiev']) {
      const r = normalize(input, 'html')
      expect(r.text, input).toBe(input.replace('Kiev', 'Kyiv'))
      expect(r.warnings, input).toEqual([at(input, 'a', 'form-control')])
    }
  })

  it('HTML: an object\'s fallback, shown where the object cannot be, is read', () => {
    const input = '<object data="map.swf"><param name="q" value="Kiev">Map of Kiev</object>'
    expect(normalize(input, 'html').text).toBe(input.replace('of Kiev', 'of Kyiv'))
  })

  it('Markdown: inline, in an HTML block, and in the blocks an open one holds', () => {
    const inline = 'Kiev <select><option>*Kiev*</option></select> and Kiev.\n'
    const r = normalize(inline, 'markdown')
    expect(r.warnings).toEqual([at(inline, '*Kiev*', 'form-control')])
    expect(r.changes.map((c) => c.start)).toEqual([0, inline.lastIndexOf('Kiev')])
    const svg = 'A <svg><text>Kiev</text></svg> map.\n'
    expect(normalize(svg, 'markdown').warnings).toEqual([at(svg, 'Kiev', 'foreign-content')])
    const block = '<textarea>\nKiev\n\nKiev\n</textarea>\n\nKiev\n'
    expect(normalize(block, 'markdown').warnings).toEqual([at(block, 'Kiev\n\nKiev', 'form-control')])
    expect(normalize(block, 'markdown').changes.map((c) => c.start)).toEqual([block.lastIndexOf('Kiev')])
    const open = '<select>\n<option>Kiev\n\nKiev x\n\n</select>\n\nKiev\n'
    expect(normalize(open, 'markdown').warnings).toEqual([at(open, 'Kiev', 'form-control'), at(open, 'Kiev x\n', 'form-control')])
    expect(normalize(open, 'markdown').changes.map((c) => c.start)).toEqual([open.lastIndexOf('Kiev')])
  })
})

describe('Markdown alt texts and link titles that cannot be placed exactly', () => {
  it.each([
    ['markup in alt text', '![A street in *Kiev*](x.jpg)\n', 'A street in *Kiev*'],
    ['code in alt text', '![Kiev `code`](y.png)\n', 'Kiev `code`'],
    ['an image in alt text', '![a ![b Kiev](u)](y.png)\n', 'a ![b Kiev](u)'],
    ['alt text over a list line', '- ![Kiev\n  x](y.png)\n', 'Kiev\n  x'],
    ['a title over a quote line', '> [a](b "Kiev\n> at night")\n', 'Kiev\n> at night'],
    ['a definition title over a quote line', '> [a]: b "Kiev\n> at night"\n>\n> [a]\n', 'Kiev\n> at night'],
  ])('are reported, not passed over (%s)', (_, input, original) => {
    const r = normalize(input, 'markdown')
    expect(r.text).toBe(input)
    expect(r.warnings).toEqual([unplacedAt(input, original)])
  })

  it('an alt text and a title that decode are read, with no warning', () => {
    const input = '![A street in Kiev &amp; co](x.jpg "Kiev\nat night")\n'
    const r = normalize(input, 'markdown')
    expect(r.changes.map((c) => c.original)).toEqual(['Kiev', 'Kiev'])
    expect(r.warnings).toEqual([])
  })
})

describe('Markdown: a literal URL that ends inside markup (markdown-it and micromark read what follows differently)', () => {
  it('reports what follows the URL, never passes over it', () => {
    const cases: [string, string][] = [
      // an image to markdown-it; micromark's URL takes `![` and reads the rest as text
      ['See https://kiev.example![ ](x) in Kiev\nand Kiev.\n', '![ ](x) in Kiev\nand Kiev.'],
      ['Kiev https://kiev.example/a\\<b>Kiev</b>\n', '\\<b>Kiev</b>'], // an escape the URL takes
      ['> www.kiev.example/`[ ] `Kiev`\n> Kiev\n', '`[ ] `Kiev`\n> Kiev'], // a backtick it takes, in a quote
      ['See www.kiev.example[in Kiev](/k) now.\n', '[in Kiev](/k)'], // a link whose text the URL runs into
    ]
    for (const [input, original] of cases) {
      const r = normalize(input, 'markdown')
      expectExact(input, r)
      expect(r.warnings, input).toEqual([unplacedAt(input, original)])
    }
  })
})

describe('Markdown: raw HTML cut by the prefixes of a quote or list item', () => {
  it.each([
    ['an HTML block in a quote', '> <div>\n> Kiev is big\n> </div>\n', ['Kiev']],
    ['an HTML block in a list item', '- <div>\n  Kiev is big\n  </div>\n', ['Kiev']],
    ['a paragraph element over quote lines', '> <p>Volodímir\n> Zelenski, Kiev</p>\n', ['Volodímir', 'Zelenski', 'Kiev']],
    ['an inline tag over quote lines', '> a <img\n> alt="Kiev x">\n', ['Kiev']],
    ['a tab-indented line in an item', '+ <div>\n\tKiev\n', ['Kiev']],
    ['a NUL in an inline tag', 'a <span title="Kiev\0">b</span>', ['Kiev']],
    ['CRLF', '> <div>\r\n> Kiev is big\r\n> </div>\r\n', ['Kiev']],
    ['a table cell\'s `\\|` in an inline tag', '| a |\n|---|\n| <img alt="Kiev \\| Kiev" src="k.png"> x |\n', ['Kiev', 'Kiev']],
  ])('is read as HTML, placed exactly (%s)', (_, input, originals) => {
    const r = normalize(input, 'markdown')
    expect(r.changes.map((c) => c.original)).toEqual(originals)
    expect(r.warnings).toEqual([])
    expectExact(input, r)
    expect(normalize(r.text, 'markdown').changes.filter((c) => c.status === 'applied')).toEqual([])
  })

  it('whatever the prefixes and markup: exact, tags untouched, idempotent', () => {
    const word = fc.constantFrom('Kiev', 'Volodímir Zelenski', 'the city', 'Kiev&rsquo;s', '<b>Kiev</b>', '<code>Kiev</code>', '<img alt="Kiev" src="kiev.png">', '<a href="https://kiev.example/kiev" title="Kiev">Kiev</a>', '\tKiev')
    const html = fc.array(word, { minLength: 1, maxLength: 6 }).chain((ws) => fc.constantFrom('div', 'p', 'section').map((tag) => [`<${tag} class="kiev">`, ...ws, `</${tag}>`]))
    const prefix = fc.constantFrom('> ', '- ', '1. ', '> > ', '- > ')
    fc.assert(
      fc.property(html, prefix, fc.constantFrom('\n', '\r\n'), (lines, first, eol) => {
        const rest = first.replace(/[-\d.]/g, ' ') // a list marker's width in spaces, a quote's `>` kept
        const input = lines.map((l, i) => (i === 0 ? first : rest) + l).join(eol) + eol
        const r = normalize(input, 'markdown')
        expectExact(input, r)
        const tags = (s: string) => s.match(/<[^>]*>/g)!.map((t) => t.replace(/ (alt|title)="[^"]*"/g, ''))
        expect(tags(r.text)).toEqual(tags(input))
        expect(r.warnings).toEqual([])
        expect(normalize(r.text, 'markdown').changes.filter((c) => c.status === 'applied')).toEqual([])
        // every Kiev outside code and URLs is changed
        const prose = input.replace(/<code>Kiev<\/code>|https:\/\/kiev\.example\/kiev|class="kiev"|kiev\.png/g, '').match(/Kiev/g)?.length ?? 0
        expect(r.changes.filter((c) => c.original.startsWith('Kiev')).length).toBe(prose)
      }),
      { numRuns: 150 },
    )
  }, 60_000)
})

describe('a name that is the text of a shortcut or collapsed reference link (the text is the label)', () => {
  const cases = [
    ['shortcut', 'See [Kiev] for more.\n\n[kiev]: https://example.com/k\n'],
    ['collapsed', 'See [Kiev][] for more.\n\n[Kiev]: https://example.com/k\n'],
  ]
  it.each(cases)('is reported as a suggestion with its reason, in every apply mode, never applied (%s)', (_, input) => {
    for (const apply of ['confident', 'all', 'none'] as const) {
      const r = copydesk.normalize({ text: input, language: 'en', format: 'markdown', apply, diff: false })
      expect(r.text).toBe(input)
      expect(r.changes).toMatchObject([{ start: 5, end: 9, original: 'Kiev', replacement: 'Kyiv', status: 'suggested', reason: 'reference-label' }])
      expectExact(input, r)
    }
  })
})
