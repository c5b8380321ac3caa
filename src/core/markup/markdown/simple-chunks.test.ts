import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractMarkdown } from './extract.js'
import { splitSimpleChunks } from './simple-chunks.js'
import { MarkdownSource } from './source.js'

const viaParser = (md: string) => extractMarkdown(md, { simpleChunks: false })
const simpleCount = (md: string): number => splitSimpleChunks(new MarkdownSource(md))?.chunks.length ?? 0

/** Words and inline pieces the simple reading takes. */
const GOOD = [
  'Kiev', 'Zelenski', 'the', 'said', 'Київ', 'é', '😀', '2024', 'x1', 'Kiev', 'Kharkov', 'the', 'in', ', ', '. ', '(now Kyiv)', '"', "'", ':', ';', '?', '-', '|', '^', '$5', '=', '+', '%', '{a}', '>',
  '*Kiev*', '*K*', '*Київ*', '*Kiev said*', '*Kiev*.', '*Kiev*,', '*Kiev*)', '*Kiev*"', '*é*', '**Kiev**', '**Kiev said**.', '_Kiev_', '_Kiev said_,', '__Kiev__', '_K_', '__Київ__)',
  '[NATO](https://www.nato.int/kiev)', '[Kiev](/kiev)', '[ ](x)', '[www.kiev.example](/k)', '[a@b.example](/k)',
]
/** Near misses of each of its rules, and markup it never takes. */
const BAD = [
  '*Kiev*x', 'a*Kiev*', '*Kiev*!', '* Kiev*', '*Kiev *', '*Kiev', 'Kiev*', '*', '*😀*', '*Kiev*;x', '*Kiev*:x', '***Kiev***', '**Kiev*', '*Kiev**', '**Kiev**x',
  '_Kiev_x', 'a_Kiev_', 'snake_case', '_Kiev_\u2019s', '__Kiev_', '_Kiev__', '___Kiev___', '_Kiev *x*_', '*Kiev _x_*', '_ Kiev_', '_',
  '[Kiev](/a(b))', '[Kiev](<x>)', '[Kiev](x "t")', '[Kiev]( x)', '[Kiev](x y)', '[](x)', '[^1](x)', '[^1]', '[Kiev]', '[Kiev][k]', '[Kiev]:', '![Kiev](k.png)', '[*Kiev*](x)', '[Kiev](~x)', '[Kiev](x&amp;y)', '[Ki\nev](x)', '[Kiev](é)',
  '_x_', '`code`', '<b>', '&amp;', '\\*', '~~s~~', '~', '!', 'www.kiev.example', 'https://k.example', 'a@b.example', 'WWW.K.EXAMPLE', '\t', '\u00a0', '\u2003', '\u3000', '\n', '\n ', ' \n', '\0',
]
const piece = fc.oneof({ arbitrary: fc.constantFrom(...GOOD), weight: 12 }, { arbitrary: fc.constantFrom(...BAD), weight: 1 })
const GOOD_STARTS = ['', '', '', '', 'Kiev ', '## ', '# ', '###### ', '> ', '*Kiev* ', '[Kiev](/k) ', '2024 ', '(', '"']
const BAD_STARTS = ['####### ', '#', '#  ', '>', '>  ', '> > ', '- ', '* ', '+ ', '1. ', '2) ', '2024. ', '    ', ' ', '   ', '\t', '=', '===', '---', '***', '___', '[x]: /u', '[^1]: ', '| ', '```', '~~~', '<div>', '\u00a0', ':']
const lineStart = fc.oneof({ arbitrary: fc.constantFrom(...GOOD_STARTS), weight: 6 }, { arbitrary: fc.constantFrom(...BAD_STARTS), weight: 1 })
const SEPARATORS = ['\n\n', '\n\n', '\n\n', '\n\n', '\n\n', '\n', '\n \n', '\n\t\n', '\n\n\n', '\r\n\r\n', '\n\n    ', '\n\n- ']

const joint = fc.constantFrom(' ', ' ', ' ', ' ', ' ', ' ', ' ', '')
const line = fc.tuple(lineStart, fc.array(fc.tuple(piece, joint), { minLength: 1, maxLength: 8 }), fc.constantFrom('', '', '', '', '', '', '', '', '', '.', ' ', '  ', '\t', '\\', '\u00a0', '#', ' #'))
  .map(([start, pieces, end]) => start + pieces.map(([p, j]) => p + j).join('').trim() + end)
const chunk = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'))
const document = fc.tuple(
  fc.constantFrom('', '', '', '', '---\ntitle: Kiev\n---\n', '\ufeff', '```\n\nKiev\n'),
  fc.array(fc.tuple(chunk, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 }),
  fc.constantFrom('', '', '', '\n', '\n\n[kiev]: /kiev "Kiev"\n', '\n\n<code>\n\nKiev\n', '\n\n[^1]: A note on Kiev.\n'),
  fc.constantFrom('\n', '\n', '\n', '\r\n'),
).map(([head, chunks, tail, eol]) => (head + chunks.map(([c, s]) => c + s).join('') + tail).replace(/\r?\n/g, eol))

/** The bench's Markdown article (bench/markup.ts): headings, quotes, links and emphasis. */
function newsArticle(): string {
  const seed = readFileSync(new URL('../../../../../shared/fixtures/seed-article-en.txt', import.meta.url), 'utf8')
  return seed.split('\n\n').map((p, i) => (i % 7 === 0 ? `## ${p}` : i % 5 === 0 ? `> ${p}` : p.replace(/NATO/g, '[NATO](https://www.nato.int/kiev)').replace(/Ukraine/g, '*Ukraine*'))).join('\n\n')
}

describe('simple chunks: read without markdown-it, the same blocks', () => {
  it('gives, for any document, the blocks markdown-it gives', () => {
    fc.assert(fc.property(document, (md) => {
      expect(extractMarkdown(md)).toEqual(viaParser(md))
    }), { numRuns: 4000 })
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
    for (const md of [article, seed, news, hardWrapped, crlf, `# Title\n\n${news}\n\n<div>Kiev</div>\n\n${news}`]) expect(extractMarkdown(md)).toEqual(viaParser(md))
    expect(simpleCount(crlf)).toBe(simpleCount(hardWrapped))
    const chunks = news.split('\n\n').length
    expect(simpleCount(news)).toBeGreaterThan(chunks * 0.9)
  })

  it('reads links, emphasis, headings and quotes as markdown-it does, with exact offsets', () => {
    const md = '## *Kiev* today\n\n[NATO](https://www.nato.int/kiev) met in *Kiev*.\nZelenski spoke.\n\n> Quoted in Kiev\n> and Kharkov'
    expect(simpleCount(md)).toBe(3)
    const blocks = extractMarkdown(md)
    expect(blocks).toEqual(viaParser(md))
    expect(blocks.map((b) => b.text)).toEqual(['Kiev today', 'NATO met in Kiev.\nZelenski spoke.', 'Quoted in Kiev\nand Kharkov'])
    for (const b of blocks) for (const s of b.segments) expect(md.slice(s.start, s.end)).toBe(s.text)
  })

  it('agrees with markdown-it on the edges of each rule', () => {
    const edges = [
      '*Kiev**Kyiv*', 'x *Kiev**Kyiv*', '**Kiev***Kyiv*', '_Kiev_x', '_Kiev_.x', '__Kiev__x', '__Kiev__', '**Kiev**x', 'x _Kiev_*a*', '_Kiev_\u2019s', '_Kiev_)', '*Kiev_ x', '_Kiev* x', '**Kiev*_ x', '*Kiev***', '_Kiev___', '**Kiev***x*', 'a*Kiev*', '*Kiev*x', '*Kiev*[x](/y)', '(*Kiev*)', 'x *Kiev*a *b*', '*a*b*c*', '*1*', '* Kiev*', '*Kiev*\nx', '*Kiev* *Kyiv*',
      '[^1](/x) Kiev\n\n[^1]: A note.', '[^1](/x) Kiev', '[Kiev](/a#b) x', '## [Kiev](/k) *Kiev*', '> *Kiev*\n> [x](/y)', 'x1\n\n[x]: /y\n\n[x](/z)',
      'Kiev\n\n- a\n\nKyiv\n\n    code', 'Kiev\r\nKyiv\r\n\r\n> *a*\r\n> b\r\n\r\n## x\r\n', 'Kiev \r\nKyiv', 'a\r\n \r\nb', '- a\r\n\r\nKiev\r\n\r\n    code', 'Kiev\n\n> a\nb\n\nKyiv', '- a\n\n  Kiev\n\nKyiv', '[^1]: a\n\n    b\n\nKiev', '| a | b |\n|---|---|\n\nKiev',
    ]
    for (const md of edges) expect(extractMarkdown(md), md).toEqual(viaParser(md))
  })

  it('leaves to markdown-it what it reads differently, and everything after a fence or raw HTML', () => {
    for (const md of ['***Kiev***', 'snake_case', '*Kiev *x', '[Kiev][k]\n\n[k]: /k', 'a www.kiev.example', '1. Kiev', '- Kiev', '    Kiev', 'Kiev\n===', 'Kiev\rKyiv', 'Kiev\r\n\rKyiv', '# Kiev #', 'Kiev  \nKyiv']) {
      expect(simpleCount(md), md).toBe(0)
    }
    expect(simpleCount('Kiev\n\n```\n\nKiev\n\nKiev')).toBe(1)
    expect(simpleCount('Kiev\n\n<pre>\n\nKiev\n\n</pre>\n\nKiev')).toBe(1)
    // a link whose text mentions an address: literals.ts looks at text outside links only
    expect(simpleCount('[www.kiev.example](/k) in Kiev')).toBe(1)
  })

  it('reads a paragraph of many links with addresses as markdown-it does, in one pass', () => {
    // An `@` in every destination makes each chunk one whose text outside links is looked at.
    const links = Array.from({ length: 3000 }, (_, i) => `[Kiev ${i}](/a@${i})`).join(' ')
    for (const md of [`${links} in Kiev`, `${links}\nin Kiev`, `Kiev ${links.replace(/ \[/g, '\n[')}`]) {
      expect(simpleCount(md)).toBe(1)
      expect(extractMarkdown(md)).toEqual(viaParser(md))
    }
    // an address outside the links is a literal: markdown-it reads that chunk
    for (const md of [`${links} kiev@example.org`, `${links}\nwww.kiev.example`]) {
      expect(simpleCount(md)).toBe(0)
      expect(extractMarkdown(md)).toEqual(viaParser(md))
    }
  })
})
