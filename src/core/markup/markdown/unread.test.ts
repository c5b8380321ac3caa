import { describe, expect, it } from 'vitest'
import { createMarkdownParser } from './parser.js'
import { MarkdownSource } from './source.js'
import { readMarkdown } from './extract.js'
import { unreadSpans } from './unread.js'

const parser = createMarkdownParser()

describe('unreadSpans', () => {
  // No Markdown input reaches this path through readMarkdown, so the token is handed over as
  // the walker would hand it: an `inline` token is unplaced only when its content map or a
  // child's position is missing, and the plugins build none that fails (the maps are checked
  // against the content as they are built, content-map.ts `verified`; every inline rule's
  // tokens are placed, plugin-positions.ts; fragments_join and text_join, which would merge
  // placed tokens, are off, parser.ts). Differential fuzzing of the documents of
  // fixtures/markdown-documents.ts with tables, tabs in containers and footnotes added found
  // none (2026-12-05). The safety net stays, and this test keeps it honest.
  it('reports the lines of content the walker could not place, without container markers', () => {
    const source = 'Kiev first.\r\n\r\n> Kiev\r\n> again  \r\n'
    const doc = new MarkdownSource(source)
    const { src, tokens } = parser.parse(doc.body)
    const quoted = tokens.filter((t) => t.type === 'inline')[1]!
    const spans = unreadSpans(src, tokens, parser.maxNesting, [quoted], doc)
    expect(spans).toEqual([{ start: 17, end: 30, reason: 'unplaced' }])
    expect(source.slice(17, 30)).toBe('Kiev\r\n> again')
  })

  it('reports nothing for a document the parser read whole, containers and blank lines included', () => {
    const source = '- a\n-\n  > b\n>\n1.\n\n[^1]:\n[^2]: note\n\n[x]: /u "t"\n\n| a |\n|---|\n\n```\ncode\n```\n\n<div>\n\nKiev\n'
    expect(readMarkdown(source).unread).toEqual([])
    expect(readMarkdown(source, { simpleChunks: false }).unread).toEqual([])
  })

  it('keeps apart what simple chunks read: a paragraph after a list nested too deep is read, not reported', () => {
    const source = `${'- '.repeat(60)}Kiev deep\n\nKiev after.\n`
    const direct = readMarkdown(source)
    expect(direct.unread).toEqual([{ start: source.indexOf('Kiev'), end: source.indexOf('\n'), reason: 'nesting-limit' }])
    expect(direct.blocks.map((b) => b.text)).toEqual(['Kiev after.'])
    // markdown-it alone lets the skipped list take the rest of the document: reported too.
    expect(readMarkdown(source, { simpleChunks: false }).unread).toEqual([{ start: source.indexOf('Kiev'), end: source.length - 1, reason: 'nesting-limit' }])
  })
})
