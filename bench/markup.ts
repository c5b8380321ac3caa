import type { Copydesk } from '../src/core/api.js'
import { extractHtml } from '../src/core/markup/extract-html.js'
import { extractMarkdown } from '../src/core/markup/markdown/index.js'
import { createMarkdownParser } from '../src/core/markup/markdown/parser.js'
import { readFileSync } from 'node:fs'
import { ATOM } from '../src/core/markup/types.js'
import { MarkdownSource } from '../src/core/markup/markdown/source.js'
import { articleOfSize } from './corpus.js'
import { mbPerSecond, table } from './timing.js'

/**
 * What Markdown copy carries besides paragraphs, quotes and headings, none of it prose (so the
 * plain text is still the same prose): an autolink, a line break and inline code in a
 * paragraph, an embed, an HTML comment, a fenced code block over a blank line (``` and ~~~).
 */
function withMarkup(p: string, i: number): string {
  if (i % 7 === 3) return `${p} (<https://www.nato.int/kiev/${i}>)`
  if (i % 11 === 4) return p.replace('. ', '.<br>\n')
  if (i % 13 === 5) return `${p}\n\n<iframe src="https://video.example/kiev/${i}" width="640"></iframe>`
  if (i % 17 === 6) return `${p}\n\n<!-- desk: check the names -->`
  if (i % 19 === 7) return `${p}\n\n\`\`\`sh\ncurl https://api.kiev.example/?city=Kiev\n\n# Kiev\n\`\`\``
  if (i % 23 === 8) return `${p}\n\n~~~\nKiev <code>\n\n~~~`
  if (i % 29 === 9) return p.replace(' ', ' <code>kiev.example</code> ')
  return p
}

/** The same ~50 KB of prose as plain text, as an HTML article and as a Markdown article (plain, and with markup among it). */
export function documents(size: number): Record<'text' | 'html' | 'markdown' | 'markdownWithHtml', string> {
  const paragraphs = articleOfSize(size).split('\n\n')
  const html = paragraphs
    .map((p, i) => (i % 7 === 0 ? `<h2>${p}</h2>` : i % 5 === 0 ? `<figure><img src="https://img.example/kiev/${i}.jpg" alt="${p.slice(0, 40)}"><figcaption>${p}</figcaption></figure>` : `<p>${p.replace(/NATO/g, '<a href="https://www.nato.int/kiev">NATO</a>').replace(/Ukraine/g, '<em>Ukraine</em>')}</p>`))
    .join('\n')
  const markdown = paragraphs
    .map((p, i) => (i % 7 === 0 ? `## ${p}` : i % 5 === 0 ? `> ${p}` : p.replace(/NATO/g, '[NATO](https://www.nato.int/kiev)').replace(/Ukraine/g, '*Ukraine*')))
    .join('\n\n')
  const markdownWithHtml = markdown.split('\n\n').map(withMarkup).join('\n\n')
  return { text: paragraphs.join('\n\n'), html, markdown, markdownWithHtml }
}

/**
 * The Markdown fixture (src/core/markup/fixtures/article.md: front matter, emphasis, escapes
 * and references, a quote, a list, a table, an image, inline and fenced code, inline and block
 * HTML, reference links) repeated to about `size` characters, and its prose as plain text (the
 * extracted blocks, atoms as spaces): copy dense in markup, with the same words to compare.
 */
export function fixtureDocuments(size: number): { markdown: string; text: string } {
  const article = readFileSync(new URL('../src/core/markup/fixtures/article.md', import.meta.url), 'utf8')
  const body = article.slice(new MarkdownSource(article).start).trimEnd()
  const markdown = Array.from({ length: Math.ceil(size / (body.length + 2)) }, () => body).join('\n\n')
  const text = extractMarkdown(markdown).map((b) => b.text.replaceAll(ATOM, ' ')).join('\n\n')
  return { markdown, text }
}

/** CPU milliseconds (this process: user + system) per call of `fn`, over `calls` calls. */
function cpuMs(fn: () => unknown, calls: number): number {
  const before = process.cpuUsage()
  for (let i = 0; i < calls; i++) fn()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000 / calls
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!

const ROUNDS = 25
const CALLS = 4

/**
 * Every case is timed in CPU time, interleaved: each round runs every case once (a batch of
 * CALLS calls), so a change of load on this shared machine hits all of them alike. A ratio is
 * the median over rounds of the ratio within a round (markup against plain text with the same
 * language setting), steadier than a ratio of medians.
 */
export function benchMarkup(copydesk: Copydesk): Record<string, string | number>[] {
  const docs = documents(50 * 1024)
  const parser = createMarkdownParser()
  const parserOnly = createMarkdownParser({ plainInline: false })
  const formats = ['text', 'html', 'markdown'] as const
  const fixture = fixtureDocuments(50 * 1024)
  /** `plain`: the format of the plain-text case a ratio is taken against (the same prose), 'text' unless said. */
  const cases: { format: string; language: string; run: () => unknown; size: number; plain?: string }[] = []
  for (const language of ['en', 'auto']) {
    for (const format of formats) {
      const text = docs[format]
      cases.push({ format, language: language === 'auto' ? 'auto' : 'declared', size: text.length, run: () => copydesk.normalize({ text, format, language }) })
    }
    // The fast path (simple-chunks.ts) stopped at a document's first `<`, fence or `~~~`: with
    // an HTML tag in its first line, the whole article went through markdown-it.
    const tagged = `Filed from Kyiv<br>\n\n${docs.markdown}`
    cases.push({ format: 'markdown, a tag in its first line', language: language === 'auto' ? 'auto' : 'declared', size: tagged.length, run: () => copydesk.normalize({ text: tagged, format: 'markdown', language }) })
    // Autolinks, line breaks, inline code, embeds, comments and fences among the paragraphs.
    const rich = docs.markdownWithHtml
    cases.push({ format: 'markdown, HTML, autolinks, fences throughout', language: language === 'auto' ? 'auto' : 'declared', size: rich.length, run: () => copydesk.normalize({ text: rich, format: 'markdown', language }) })
    // The fixture article repeated, against its own prose as plain text.
    cases.push({ format: 'text: the article fixture\'s prose', language: language === 'auto' ? 'auto' : 'declared', size: fixture.text.length, plain: 'text: the article fixture\'s prose', run: () => copydesk.normalize({ text: fixture.text, format: 'text', language }) })
    cases.push({ format: 'markdown, the article fixture repeated', language: language === 'auto' ? 'auto' : 'declared', size: fixture.markdown.length, plain: 'text: the article fixture\'s prose', run: () => copydesk.normalize({ text: fixture.markdown, format: 'markdown', language }) })
  }
  // The parsers and our extraction alone, against the same plain-text normalize (declared);
  // markdown-it's parse of the whole document is the cost the simple chunks avoid.
  cases.push({ format: 'html: extraction alone', language: '', size: docs.html.length, run: () => extractHtml(docs.html) })
  cases.push({ format: 'markdown: parse alone', language: '', size: docs.markdown.length, run: () => parser.parse(docs.markdown) })
  // The same parse with every paragraph through markdown-it's inline parser (no plain-inline shortcut).
  cases.push({ format: 'markdown: parse, inline parser for all', language: '', size: docs.markdown.length, run: () => parserOnly.parse(docs.markdown) })
  cases.push({ format: 'markdown: extraction alone', language: '', size: docs.markdown.length, run: () => extractMarkdown(docs.markdown) })
  // The same extraction with every chunk through markdown-it (no simple-chunks.ts path).
  cases.push({ format: 'markdown: extraction, all through markdown-it', language: '', size: docs.markdown.length, run: () => extractMarkdown(docs.markdown, { simpleChunks: false }) })
  // A first pass over every case lets the JIT settle on all paths before anything is timed.
  for (const c of cases) cpuMs(c.run, 10)
  const times = cases.map(() => [] as number[])
  for (let round = 0; round < ROUNDS; round++) cases.forEach((c, k) => times[k]!.push(cpuMs(c.run, CALLS)))
  const plainOf = (language: string, format = 'text') => cases.findIndex((c) => c.format === format && c.language === (language || 'declared'))
  return cases.map((c, k) => {
    const plain = times[plainOf(c.language, c.plain)]!
    const ms = median(times[k]!)
    return {
      format: c.format, language: c.language, size: `${(c.size / 1024).toFixed(1)} KB`,
      'CPU ms/call': ms, 'MB/s': mbPerSecond(c.size, ms), 'x plain text': median(times[k]!.map((t, round) => t / plain[round]!)),
    }
  })
}

export function printMarkup(rows: Record<string, string | number>[]): void {
  console.log('\n## Markup: the same prose as plain text, HTML and Markdown (full normalize, declared and auto)\n')
  console.log(table(rows))
  console.log(`\n(CPU time, ${ROUNDS} interleaved rounds of ${CALLS} calls; x plain text: median of the per-round ratios to plain text`
    + ' with the same language setting, declared for the parts alone; target: 2x or less)')
}
