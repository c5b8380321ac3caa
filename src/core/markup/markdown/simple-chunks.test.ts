import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractMarkdown, readMarkdown, simpleChunksRead } from './extract.js'
import { splitSimpleChunks } from './simple-chunks.js'
import { MarkdownSource } from './source.js'
import { createMarkdownParser } from './parser.js'
import { CONTAINERS } from './unread.js'
import { walkHtml } from '../extract-html.js'
import { codeDocument, definitionDocument, document, listDocument, richDocument, tableDocument } from '../fixtures/markdown-documents.js'

/** The blocks and the text reported as not read (unread.ts), with and without the simple reading. */
const viaPath = (md: string) => readMarkdown(md)
const viaParser = (md: string) => readMarkdown(md, { simpleChunks: false })
const simpleCount = (md: string): number => splitSimpleChunks(new MarkdownSource(md))?.chunks.length ?? 0
const readCount = (md: string): number => simpleChunksRead(md).length

/** The bench's Markdown article (bench/markup.ts): headings, quotes, links and emphasis. */
function newsArticle(): string {
  const seed = readFileSync(new URL('../../../../../shared/fixtures/seed-article-en.txt', import.meta.url), 'utf8')
  return seed.split('\n\n').map((p, i) => (i % 7 === 0 ? `## ${p}` : i % 5 === 0 ? `> ${p}` : p.replace(/NATO/g, '[NATO](https://www.nato.int/kiev)').replace(/Ukraine/g, '*Ukraine*'))).join('\n\n')
}

describe('simple chunks: read without markdown-it, the same blocks', () => {
  it('gives, for any document, the blocks markdown-it gives', () => {
    fc.assert(fc.property(document, (md) => {
      expect(viaPath(md)).toEqual(viaParser(md))
    }), { numRuns: 4000 })
  })

  it('gives, for any document with fences, raw HTML, autolinks, code, lists and quotes, the blocks markdown-it gives', () => {
    fc.assert(fc.property(richDocument, (md) => {
      expect(viaPath(md)).toEqual(viaParser(md))
    }), { numRuns: 3000 })
  })

  it('reads chunks after raw HTML and fences in many of those documents, and parses some again (not vacuous)', () => {
    const samples = fc.sample(richDocument, { numRuns: 1000, seed: 14 })
    // a chunk read after a `<` or a fence: past what stopped the reading before
    const past = samples.filter((md) => {
      const stop = md.search(/<|```|~~~/)
      return stop >= 0 && simpleChunksRead(md).some((c) => c.parts[1]! > stop)
    })

    expect(past.length).toBeGreaterThan(120)
    const again = samples.filter((md) => simpleCount(md) > readCount(md))
    expect(again.length).toBeGreaterThan(40)
  })

  it('takes many of those documents\' chunks (the property is not vacuous)', () => {
    const samples = fc.sample(document, { numRuns: 500, seed: 14 })
    const taken = samples.filter((md) => simpleCount(md) > 0).length
    expect(taken).toBeGreaterThan(75)
  })

  it('gives the same blocks on the fixtures and on news copy, taking its plain and linked paragraphs', () => {
    const article = readFileSync(new URL('../fixtures/article.md', import.meta.url), 'utf8')
    const seed = readFileSync(new URL('../../../../../shared/fixtures/seed-article-en.txt', import.meta.url), 'utf8')
    const news = newsArticle()
    const hardWrapped = news.replace(/(.{60,}?) /g, '$1\n')
    const crlf = hardWrapped.replace(/\n/g, '\r\n')
    for (const md of [article, seed, news, hardWrapped, crlf, `# Title\n\n${news}\n\n<div>Kiev</div>\n\n${news}`]) expect(viaPath(md)).toEqual(viaParser(md))
    expect(simpleCount(crlf)).toBe(simpleCount(hardWrapped))
    const chunks = news.split('\n\n').length
    expect(simpleCount(news)).toBeGreaterThan(chunks * 0.9)
  })

  it('reads links, emphasis, headings and quotes as markdown-it does, with exact offsets', () => {
    const md = '## *Kiev* today\n\n[NATO](https://www.nato.int/kiev) met in *Kiev*.\nZelenski spoke.\n\n> Quoted in Kiev\n> and Kharkov'
    expect(simpleCount(md)).toBe(3)
    const blocks = extractMarkdown(md)
    expect(viaPath(md)).toEqual(viaParser(md))
    expect(blocks.map((b) => b.text)).toEqual(['Kiev today', 'NATO met in Kiev.\nZelenski spoke.', 'Quoted in Kiev\nand Kharkov'])
    for (const b of blocks) for (const s of b.segments) expect(md.slice(s.start, s.end)).toBe(s.text)
  })

  it('reads a phrasing tag with attributes that the HTML extractor takes nothing from, and leaves the others to markdown-it', () => {
    const cases: [string, number][] = [
      ['Raw <span class="kiev">Kiev</span> and <code>Kiev</code> inline HTML.', 1],
      ['Kiev <b lang="uk" data-id="7">Kyiv</b>.', 1],
      ['Kiev <span title="Kiev">x</span>.', 0], // a title is prose
      ['Kiev <abbr title="Kiev">x</abbr>.', 0],
      ["Kiev <span class='k'>x</span>.", 0],
      ['Kiev <span class="a>b">x</span>.', 0],
      ['Kiev <span class=k>x</span>.', 0],
    ]
    for (const [md, read] of cases) {
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
  })

  it('reads a link or image title (no markup, escape or reference in it) as markdown-it does: a block of its own', () => {
    const cases: [string, number][] = [
      ['Read more at [the Kiev portal](https://www.kiev.example/kiev "Kiev city portal").', 1],
      ['![A street in Kiev](https://img.example/kiev/street.jpg "Kiev, March")', 1], // (`!` may start a paragraph line)
      ['[Kiev](/k "a *Kiev*")', 0], ['[Kiev](/k "&amp;")', 0], ["[Kiev](/k 'Kiev')", 0], ['[Kiev](/k  "Kiev")', 0], ['[Kiev](/k "Kiev" )', 0],
    ]
    for (const [md, read] of cases) {
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
    expect(extractMarkdown(cases[0]![0]).map((b) => b.text)).toEqual(['Read more at the Kiev portal.', 'Kiev city portal'])
  })

  it('reads reference links whose label the document defines, and parses again with those it does not', () => {
    const defs = "\n\n[Kiev]: https://kiev.example/ref\n[guide]: https://kiev.example/guide 'Guide to Kiev'"
    const cases: [string, number][] = [
      [`See the [Kiev] reference and [Kiev's guide][guide].${defs}`, 2], // and the definitions
      [`See [Kiev][] and [KIEV][Guide].${defs}`, 2],
      [`See [Kiev] and [Kharkov].${defs}`, 0], // not defined: text, read by markdown-it (with the definitions, of the same run)
      [`See [Kiev][nowhere].${defs}`, 0],
      ['See [Kiev].\n\n- x\n\n  [kiev]: /k', 1], // defined inside a list item
      ['See [Kiev].\n\n- x\n  [kiev]: /k', 0], // a paragraph's lazy line, no definition
      ['See [Kiev].\n\n```\n[kiev]: /k\n```', 0], // not a definition in a fence
      [`[Kiev]: x and more${defs}`, 1], // a definition's start: a paragraph (the definitions after it are read)
      [`See [Kiev] [guide].${defs}`, 2],
    ]
    for (const [md, read] of cases) {
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
    const { labels } = readMarkdown(cases[0]![0])
    expect(labels.map(([a, b]) => cases[0]![0].slice(a, b))).toEqual(['Kiev'])
  })

  it('agrees with markdown-it on the edges of each rule', () => {
    const edges = [
      '*Kiev**Kyiv*', 'x *Kiev**Kyiv*', '**Kiev***Kyiv*', '_Kiev_x', '_Kiev_.x', '__Kiev__x', '__Kiev__', '**Kiev**x', 'x _Kiev_*a*', '_Kiev_\u2019s', '_Kiev_)', '*Kiev_ x', '_Kiev* x', '**Kiev*_ x', '*Kiev***', '_Kiev___', '**Kiev***x*', 'a*Kiev*', '*Kiev*x', '*Kiev*[x](/y)', '(*Kiev*)', 'x *Kiev*a *b*', '*a*b*c*', '*1*', '* Kiev*', '*Kiev*\nx', '*Kiev* *Kyiv*',
      '[^1](/x) Kiev\n\n[^1]: A note.', '[^1](/x) Kiev', '[Kiev](/a#b) x', '## [Kiev](/k) *Kiev*', '> *Kiev*\n> [x](/y)', 'x1\n\n[x]: /y\n\n[x](/z)',
      'Kiev\n\n- a\n\nKyiv\n\n    code', 'Kiev\r\nKyiv\r\n\r\n> *a*\r\n> b\r\n\r\n## x\r\n', 'Kiev \r\nKyiv', 'a\r\n \r\nb', '- a\r\n\r\nKiev\r\n\r\n    code', 'Kiev\n\n> a\nb\n\nKyiv', '- a\n\n  Kiev\n\nKyiv', '[^1]: a\n\n    b\n\nKiev', '| a | b |\n|---|---|\n\nKiev',
    ]
    for (const md of edges) expect(viaPath(md), md).toEqual(viaParser(md))
  })

  it('leaves to markdown-it what it reads differently, and what is inside a fence or raw HTML', () => {
    for (const md of ['***Kiev***', 'snake_case', '*Kiev *x', '[Kiev][k]:', 'a www.kiev.example\nKiev', '1. Kiev', '- Kiev\nKyiv', '    Kiev', 'Kiev\n===', 'Kiev\rKyiv', 'Kiev\r\n\rKyiv', '# Kiev #', 'Kiev  \nKyiv']) {
      expect(simpleCount(md), md).toBe(0)
    }
    expect(simpleCount('Kiev\n\n```\n\nKiev\n\nKiev')).toBe(1)
    expect(simpleCount('Kiev\n\n<pre>\n\nKiev\n\n</pre>\n\nKiev')).toBe(2)
    // a link whose text mentions an address: literals.ts looks at text outside links only
    expect(simpleCount('[www.kiev.example](/k) in Kiev')).toBe(1)
  })

  it('reads the chunks after a fence, raw HTML or an autolink ends, and not those inside', () => {
    const cases: [string, number][] = [
      ['Filed from Kyiv<br>\n\nKiev said.\n\n> Kiev', 3],
      ['Kiev\n\n```\n\nKiev\n\n```\n\nKiev', 3], // the fence with its blank lines is a chunk
      ['Kiev\n\n~~~ js\nKiev\n\n~~~~\nKiev\n\nKiev', 2], // a line right after the closing fence: left to markdown-it
      ['<!-- Kiev\n\nKiev -->\n\nKiev', 1],
      ['<div>\nKiev\n\nKiev\n\n</div>\n\nKiev', 4],
      ['<iframe src="https://video.example/kiev"></iframe>\n\n<!-- desk -->\n\nKiev', 3],
      ['<div>Kiev</div>\n\n<!-- a --> b\n\nKiev', 2],
      ['<script>\n\nKiev\n\n</script>\n\nKiev', 1],
      ['See <https://kiev.example/k>.\n\nKiev', 2],
      ['See <kiev@example.org>.\n\nKiev', 1],
      ['- Kiev\n\n  ```\n\n  Kiev\n\nKiev', 1],
      ['    Kiev\n\n    Kiev\n\nKiev', 1],
    ]
    for (const [md, read] of cases) {
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
  })

  it('parses again without a chunk that markdown-it reads otherwise than its placeholder', () => {
    // Taken by the scan, not by markdown-it: an inline `<code>` left open hides the next
    // paragraph, as one in an HTML block does; an indented fence, or an HTML comment that
    // interrupts a paragraph on an indented line, runs on over the blank line.
    const cases: [string, number][] = [
      ['Kiev <code>x\n\nKiev\n\n</code> Kiev\n\nKiev', 1],
      ['<div>\n<code>\n\nKiev\n\n</code>\n\nKiev', 1],
      [' ```\n\nKiev\n\n ```\n\nKiev', 1],
      ['Kiev\n <!--\n\nKiev\n\n-->\n\nKiev', 1],
      [' <!X\n\nKiev\n\nKiev >\n\nKiev', 0],
    ]
    for (const [md, read] of cases) {
      expect(simpleCount(md), md).toBeGreaterThan(read)
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
  })

  it('puts no placeholder on a line where a container starts (unread.ts readLines: one rule for both questions)', () => {
    // extract.ts asks readLines whether a placeholder no token reads lies inside what markdown-it
    // read; readLines does not count a container's first line as read (its marker's, the rest
    // its children's). The answer would differ only for a placeholder on such a line.
    const parser = createMarkdownParser()
    const deep = fc.tuple(fc.integer({ min: 98, max: 102 }), fc.constantFrom('- ', '> ', '1. ', '[^1]: '), richDocument)
      .map(([n, marker, md]) => `${Array.from({ length: n }, (_, i) => (marker === '> ' ? '>' : `${' '.repeat(3 * i)}${marker}`)).join(marker === '> ' ? '' : '\n')} Kiev\n\n${md}`)
    let placeholders = 0
    for (const md of [...fc.sample(document, { numRuns: 600, seed: 24 }), ...fc.sample(richDocument, { numRuns: 600, seed: 24 }), ...fc.sample(deep, { numRuns: 60, seed: 24 })]) {
      const split = splitSimpleChunks(new MarkdownSource(md))
      if (!split) continue
      const starts = new Set(parser.parse(split.reduced).tokens.filter((t) => CONTAINERS.has(t.type)).map((t) => t.map![0]))
      for (const p of split.placeholders) expect(starts.has(p.line), md).toBe(false)
      placeholders += split.placeholders.length
    }
    expect(placeholders).toBeGreaterThan(500)
  })

  it('reads a paragraph of many links with addresses as markdown-it does, in one pass', () => {
    // An `@` in every destination makes each chunk one whose text outside links is looked at.
    const links = Array.from({ length: 3000 }, (_, i) => `[Kiev ${i}](/a@${i})`).join(' ')
    for (const md of [`${links} in Kiev`, `${links}\nin Kiev`, `Kiev ${links.replace(/ \[/g, '\n[')}`]) {
      expect(simpleCount(md)).toBe(1)
      expect(viaPath(md)).toEqual(viaParser(md))
    }
    // an address outside the links is a literal: an atom read here on one line, markdown-it reads it over lines
    for (const [md, read] of [[`${links} kiev@example.org`, 1], [`${links}\nwww.kiev.example`, 0]] as const) {
      expect(simpleCount(md)).toBe(read)
      expect(viaPath(md)).toEqual(viaParser(md))
    }
  })
})

describe('simple chunks: GFM pipe tables read without markdown-it, the same blocks', () => {
  it('gives, for any document of tables and their near misses, the blocks markdown-it gives', () => {
    fc.assert(fc.property(tableDocument, (md) => {
      expect(viaPath(md)).toEqual(viaParser(md))
    }), { numRuns: 3000 })
  })

  it('reads many of those tables (the property is not vacuous)', () => {
    const samples = fc.sample(tableDocument, { numRuns: 500, seed: 26 })
    // a chunk read whose first line starts with a pipe: a table
    const isTable = (md: string, at: number | undefined) => at !== undefined && md[md.lastIndexOf('\n', at - 1) + 1] === '|'
    const tables = samples.filter((md) => simpleChunksRead(md).some((c) => isTable(md, c.parts[1])))
    expect(tables.length).toBeGreaterThan(15)
  })

  it('reads a table as markdown-it does: each cell a block, an escaped pipe the pipe it shows', () => {
    const md = '| City | Status |\n| ---- | ------ |\n| Kiev | Open `kiev-1` |\n| Lviv | Open \\| Kiev nearby | Kharkov |\n|  | *Kiev* |'
    expect(readCount(md)).toBe(1)
    expect(viaPath(md)).toEqual(viaParser(md))
    const blocks = extractMarkdown(md)
    expect(blocks.map((b) => b.text)).toEqual(['City', 'Status', 'Kiev', 'Open \uFFFC'.replace('\uFFFC', blocks[3]!.text.slice(5)), 'Lviv', 'Open | Kiev nearby', 'Kharkov', 'Kiev'])
    expect(blocks[5]!.segments.map((s) => md.slice(s.start, s.end))).toEqual(['Open ', '\\|', ' Kiev nearby'])
  })

  it('agrees with markdown-it on tables it leaves to markdown-it and on their edges', () => {
    const cases: [string, number][] = [
      ['City | Status\n--- | ---\nKiev | Open', 0], // no leading pipe: read by markdown-it
      ['| a | b |\n--- | ---\n| Kiev | x |', 0],
      ['| a | b |\n| --- |\n| Kiev | x |', 0], // the delimiter row does not fit the header
      ['| a |\n| --- |\n| a\\\\| b |', 0], // `\\|`: the cut takes a backslash out of the content
      ['| a |\n| --- |\n> | Kiev |', 0], // a quote ends the table
      ['| a |\n| --- |\n    | Kiev |', 0],
      ['| a |\n| --- |\n| www.kiev.example and press@kiev.example |', 1], // literals: atoms
      ['| a |\n| --- |\n| https://k.example/*Kiev* |', 0], // a literal over an emphasis mark
      ['| a |\n| --- |\n| <span title="Kiev">Kiev</span> |', 0],
      ['| a |\n| --- |\n| <b>Kiev</b> <br> x |', 1],
      ['| a |\n| --- |\n| `a|b` Kiev |', 0], // the pipe cuts the code span
      ['| a |\n| --- |\n| Kiev | Kyiv | Kharkov |\n|\n||', 1],
      ['- | a |\n  | --- |\n  | Kiev |\n\n| a |\n| --- |\n| Kiev |', 1],
      ['| a |\n|:-:|\n| [Kiev](/k) ![Kiev](k.png) &ndash; \\* |', 1],
    ]
    for (const [md, read] of cases) {
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
  })
})

describe('simple chunks: tight bullet lists read without markdown-it, the same blocks', () => {
  it('gives, for any document of lists and their near misses, the blocks markdown-it gives', () => {
    fc.assert(fc.property(listDocument, (md) => {
      expect(viaPath(md)).toEqual(viaParser(md))
    }), { numRuns: 3000 })
  })

  it('reads many of those lists (the property is not vacuous)', () => {
    const samples = fc.sample(listDocument, { numRuns: 500, seed: 26 })
    const isList = (md: string, at: number | undefined) => at !== undefined && /^[-*+] /.test(md.slice(md.lastIndexOf('\n', at - 1) + 1))
    const lists = samples.filter((md) => simpleChunksRead(md).some((c) => isList(md, c.parts[1])))
    expect(lists.length).toBeGreaterThan(20)
  })

  it('reads a list of its own, each item a block, and leaves to markdown-it a list that reads otherwise', () => {
    const cases: [string, number][] = [
      ['Kiev\n\n- The Kiev metro\n- [Kiev](/k) and *Kharkov*\n\nKyiv', 3],
      ['+ Kiev', 1],
      ['- Kiev\nlazy Kyiv', 0], // a lazy continuation line
      ['- Kiev\n  - Kyiv', 0], // nested
      ['- Kiev\n\n  Kyiv', 0], // the item goes on after the blank line
      ['- Kiev\n\n    Kyiv', 0],
      ['- Kiev <kbd>a<div>Kyiv\n\n- Kiev', 0], // one loose list: its paragraphs render a <p>
      ['- Kiev\n\n- Kiev <kbd>a<div>Kyiv', 0],
      ['* Kiev <kbd>a<p>Kyiv\n- Kiev\n\n- Kyiv', 0], // the `-` list of the chunk before goes on
      ['- Kiev <kbd>a<div>Kyiv\n\n  Kiev\n\n- Kiev', 0], // the list goes on past an indented chunk
      ['- Kiev\n[kiev]: /kiev', 0], // a definition inside an item
      ['- [ ] Kiev', 0], ['- [x] Kiev', 0], ['- # Kiev', 0], ['- > Kiev', 0], ['-  Kiev', 0], ['-\tKiev', 0], ['- - -', 0], ['* **', 0], ['1. Kiev', 0],
      ['- Kiev\n* Kyiv', 0],
      ['- Or at <https://kiev.example/kiev> and https://www.kiev.example/news/kiev\n- Write to press@kiev.example', 1],
      ['- https://k.example/*Kiev*', 0], // a literal over an emphasis mark
    ]
    for (const [md, read] of cases) {
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
    expect(extractMarkdown('- The Kiev metro\n- [Kiev](/k) and *Kharkov*').map((b) => b.text)).toEqual(['The Kiev metro', 'Kiev and Kharkov'])
    // found by the fuzzer: the list before goes on through an indented chunk, and its item's `<kbd>` is reported otherwise
    const found = "* Kiev <kbd>a<div>Kyiv\n* * * ' &#X439;\n\n\t\\\\ www&#46;kiev.example <code>kiev.example</code> <b>Kiev</b>\n\"&#x41;\n\n* 2024\n* [the Kiev portal](https://www.kiev.example/kiev \"Kiev city portal\")\n\nKiev\n"
    expect(viaPath(found)).toEqual(viaParser(found))
    expect(viaParser(found).unread.length).toBe(1)
  })
})

describe('simple chunks: fenced code closed in its chunk and indented code, read as chunks without prose', () => {
  it('gives, for any document of fences, indented code and their near misses, the blocks markdown-it gives', () => {
    fc.assert(fc.property(codeDocument, (md) => {
      expect(viaPath(md)).toEqual(viaParser(md))
    }), { numRuns: 3000 })
  })

  it('reads many of those fences and indented blocks (the property is not vacuous)', () => {
    const samples = fc.sample(codeDocument, { numRuns: 500, seed: 27 })
    // a chunk read with no parts and no HTML is code
    const code = samples.filter((md) => simpleChunksRead(md).some((c) => c.parts.length === 0 && !c.html))
    expect(code.length).toBeGreaterThan(40)
  })

  it('reads a fence closed in its chunk and indented code after a chunk read here, and leaves the near misses to markdown-it', () => {
    const cases: [string, number][] = [
      ['Run `curl` to check:\n\n```sh\ncurl https://api.kiev.example/?city=Kiev # Kiev\n```\n\n    indented Kiev code\n\nKiev', 4],
      ['~~~\nKiev\n\n~~~~\n\nKiev', 2], // a blank line inside: one chunk up to the closing fence
      ['~~~\nKiev\n\n\n  Kyiv\n\n~~~~\n\nKiev', 2], // blank lines and an indented line inside
      ['Kiev\n\n```\n\n````\n\nKiev', 3], // closed by a longer fence
      ['Kiev\n\n````\n\n```\n\nKiev', 1], // closed too short: the fence runs to the end
      ['Kiev\n\n```\n\n``` x\n\nKiev', 1], // text after the closing marker: not closed
      ['Kiev\n\n```\n\n  ```\n\nKiev', 2], // an indented closing fence: the fence left to markdown-it, what follows read
      ['Kiev\n\n```\n\n~~~\n\n```\n\nKiev', 3], // the other marker inside
      ['Kiev\n\n```\n\n ```x\n\n```\n\nKiev', 2], // a line inside starting with the marker: the fence left to markdown-it
      ['Kiev\n\n```a`\n\n```\n\nKiev', 1], // a backtick in the info: no fence, and what was its closing line opens one to the end
      ['Kiev\n\n```\n\n```\nKiev\n\nKiev', 2], // a line right after the closing fence: left to markdown-it
      ['Kiev\n\n```\n\n```', 2], // closed at the end of the document
      ['Kiev\r\n\r\n```\r\n\r\nKiev\r\n```\r\n\r\nKiev', 3], // CRLF
      ['Kiev\n\n````\nKiev\n```\n\nKiev', 1], // closed too short: the fence runs to the end
      ['Kiev\n\n```\nKiev\n``` x\n\nKiev', 1], // text after the closing marker: not closed
      ['Kiev\n\n``\nKiev\n```\n\nKiev', 1], // two backticks: no fence, a paragraph (that a fence to the end interrupts)
      ['Kiev\n\n```a`\nKiev ``` Kiev\n```\n\nKiev', 1], // a backtick in the info: no fence, a paragraph (idem)
      ['Kiev\n\n```a|b\n|---|---|\n```\n\nKiev', 2], // a table, which markdown-it tries first
      ['Kiev\n\n```\n```\nKiev\n```\n\nKiev', 1], // closed by its second line: a paragraph, then a fence to the end
      ['Kiev\n\n```\n\nKiev', 1], // one line: a fence to the end
      ['- Kiev\n\n    Kiev\n\nKiev', 1], // the item goes on: not after a chunk read here
      ['Kiev\n\n    Kiev\nKiev\n\nKiev', 2], // a line indented less ends the code: a paragraph
      ['Kiev\n\n    Kiev\n\n    Kyiv\n\nKiev', 4],
      ['Kiev\n\n\tKiev\n\nKiev', 2], // a tab: left to markdown-it
    ]
    for (const [md, read] of cases) {
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
  })
})

describe('simple chunks: link reference definitions read in place, their labels handed to markdown-it', () => {
  it('gives, for any document of definitions, references to them and their near misses, the blocks markdown-it gives', () => {
    fc.assert(fc.property(definitionDocument, (md) => {
      expect(viaPath(md)).toEqual(viaParser(md))
    }), { numRuns: 3000 })
  })

  it('reads many of those definitions (the property is not vacuous)', () => {
    const samples = fc.sample(definitionDocument, { numRuns: 500, seed: 27 })
    expect(samples.filter((md) => simpleChunksRead(md).some((c) => c.definitions)).length).toBeGreaterThan(40)
  })

  it('reads a definition on one line, its title a block, and leaves the near misses to markdown-it', () => {
    const cases: [string, number][] = [
      ["[Kiev]: https://kiev.example/ref\n[guide]: https://kiev.example/guide 'Guide to Kiev'", 1],
      ['[^1]: /k', 0], // a footnote
      ['[ ]: /k', 0], // a label of whitespace only: no definition, a paragraph
      [`[${'k'.repeat(1000)}]: /k`, 0], // a label over 999 characters
      ['[Kiev]: /k "Kiev" x', 0], // text after the title
      ['[Kiev]: /k "Kiev &amp; Kharkov"', 0], // a reference in the title
      ['[Kiev]: /k "a \\" Kiev"', 0], // an escape in the title
    ]
    for (const [md, read] of cases) {
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
    expect(extractMarkdown(cases[0]![0]).map((b) => b.text)).toEqual(['Guide to Kiev'])
    // A reference markdown-it reads (in a nested list, beside a strikethrough) to a label defined in place
    for (const md of ['- See [Kiev] and [The  Kiev office][guide]\n  - in *Kiev*\n\n[kiev]: /k\n[GUIDE]: /g', '> [Kiev][] ~~x~~\n\n[KIEV]: /k "Kiev"']) {
      expect(readCount(md), md).toBe(1)
      expect(viaPath(md), md).toEqual(viaParser(md))
      expect(viaPath(md).definitions.size, md).toBeGreaterThan(0)
    }
  })
})

describe('simple chunks: a quote with lazy continuation lines', () => {
  it('reads a quote whose next lines are paragraph lines without `> `, and leaves the near misses to markdown-it', () => {
    const cases: [string, number][] = [
      ['> Kiev\nKyiv\n\nKiev', 2], // a lazy line: the quote's paragraph
      ['> Kiev\nKyiv\n> Odesa\nLviv\n\nKiev', 2], // lazy and marked lines mixed
      ['> Kiev\n## Kyiv\n\nKiev', 1], // a heading ends the quote
      ['> Kiev\n- Kyiv\n\nKiev', 1], // a list item ends it
      ['> Kiev\n1. Kyiv\n\nKiev', 1], // so does an ordered one
      ['> Kiev\n---\n\nKiev', 1], // a thematic break, not a setext underline
      ['> Kiev\n===\n\nKiev', 1],
      ['> Kiev\n```\n\nKiev', 0], // a fence to the end
      ['> Kiev\n<div>\n\nKiev', 1], // an HTML block
      ['> Kiev\n Kyiv\n\nKiev', 1], // an indented line
      ['> Kiev\n>Kyiv\n\nKiev', 1], // `>` with no space
      ['Kiev\n> Kyiv\n\nKiev', 1], // a quote interrupting a paragraph
      ['> Kiev\r\nKyiv\r\n\r\nKiev', 2],
    ]
    for (const [md, read] of cases) {
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
    expect(extractMarkdown('> Kiev is\nthe capital').map((b) => b.text)).toEqual(['Kiev is\nthe capital'])
  })
})

describe('simple chunks: a comment on one line', () => {
  it('is what the HTML extractor reads in it: no block, nothing left open, nothing reported', () => {
    const inside = fc.array(fc.constantFrom('-', '--', '!', '<', '<!--', 'Kiev', ' ', '&amp;', '<div>', '<code>', '<script>', '"', "'", '\t', '/', '='), { maxLength: 8 }).map((p) => p.join(''))
    fc.assert(fc.property(inside, (middle) => {
      const comment = `<!--${middle}-->`
      if (!/^<!--[^>]*-->$/.test(comment)) return
      expect(walkHtml(comment)).toEqual({ blocks: [], skip: undefined, unread: [] })
      for (const md of [comment, `Kiev\n\n${comment}\n\nKyiv`, `<div>\n\n${comment}\n\nKiev`]) expect(viaPath(md), md).toEqual(viaParser(md))
    }), { numRuns: 2000 })
    expect(readCount('<!-- desk: check the names -->\n\nKiev')).toBe(2)
  })
})

describe('simple chunks: an ATX heading with paragraph lines after it', () => {
  it('reads the heading and the paragraph as two blocks, and leaves the near misses to markdown-it', () => {
    const cases: [string, number][] = [
      ['## Kiev\nKyiv said\nOdesa\n\nKiev', 2],
      ['# Kiev\n*Kyiv* [Odesa](/o)\n\nKiev', 2],
      ['## Kiev\n===\n\nKiev', 1], // `===` after a heading: no setext underline, but left to markdown-it
      ['## Kiev\n- Kyiv\n\nKiev', 1],
      ['## Kiev\n## Kyiv\n\nKiev', 1],
      ['## Kiev\n[kiev]: /k\n\nKiev', 1], // a definition may start the paragraph
      ['## Kiev\n[Kyiv](/k) said\n\nKiev', 1], // so `[` is left to markdown-it
      ['## Kiev #\nKyiv\n\nKiev', 1], // a closing sequence
      ['####### Kiev\nKyiv\n\nKiev', 1], // no heading: a paragraph of two lines that markdown-it reads
      ['## Kiev\n    Kyiv\n\nKiev', 1], // an indented line
      ['## Kiev\r\nKyiv\r\n\r\nKiev', 2],
    ]
    for (const [md, read] of cases) {
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
    expect(extractMarkdown('## Kiev\nKyiv said\nOdesa').map((b) => b.text)).toEqual(['Kiev', 'Kyiv said\nOdesa'])
  })
})

describe('simple chunks: a line that starts with `<` after a chunk\'s first line', () => {
  it('is read when it starts no HTML block, and left to markdown-it when it does', () => {
    const cases: [string, number][] = [
      ['> <code>kiev.example</code> Kiev\n\nKyiv', 2],
      ['Kiev\n<code>x</code> Kyiv\n\nKiev', 2],
      ['Kiev\n<https://kiev.example> Kyiv\n\nKiev', 2],
      ['- <b>Kiev</b>\n- Kyiv\n\nKiev', 2],
      ['## Kiev\n<i>Kyiv</i>\n\nKiev', 2],
      ['> Kiev\n<b>Kyiv</b> said\n\nKiev', 2], // a lazy line
      ['Kiev\n<div>\n\nKiev', 1], // an HTML block (kind 6) interrupts the paragraph
      ['Kiev\n<div>Kyiv</div>\n\nKiev', 1],
      ['Kiev\n<!-- x -->\n\nKiev', 1],
      ['Kiev\n<script>x</script>\n\nKiev', 1],
      ['> <b>\n\nKiev', 1], // a tag alone on the line: an HTML block of kind 7 in the quote
      ['Kiev\n<b>\n\nKiev', 1], // kind 7 cannot interrupt a paragraph, but is left to markdown-it
      ['Kiev\n<x-y>Kyiv\n\nKiev', 1], // a tag the inline reading does not take
    ]
    for (const [md, read] of cases) {
      expect(readCount(md), md).toBe(read)
      expect(viaPath(md), md).toEqual(viaParser(md))
    }
  })
})
