// The Markdown layer's parser against the alternatives the decision in
// src/core/markup/markdown/README.md weighed: markdown-it alone, micromark (mdast, the property
// tests' reference) and, when installed, @lezer/markdown with GFM (not a dependency: measure it
// with `npm install --no-save @lezer/markdown@1.8.2 && npx tsx bench/markdown-parsers.ts`; it is
// bounded: 40 interleaved rounds, a few seconds).
import MarkdownIt from 'markdown-it'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { extractMarkdown } from '../src/core/markup/markdown/index.js'
import { createMarkdownParser, MARKDOWN_IT_VERSION } from '../src/core/markup/markdown/parser.js'
import { articleOfSize } from './corpus.js'
import { mbPerSecond, table } from './timing.js'

const ROUNDS = 40

/** About `size` characters of markup-dense Markdown: every block kind and inline markup in each paragraph. */
export function denseMarkdown(size: number): string {
  const paragraphs = articleOfSize(size).split('\n\n')
  const out = paragraphs.map((p, i) => {
    const inline = p
      .replace(/Ukraine/g, '*Ukraine*').replace(/NATO/g, '[NATO](https://www.nato.int/kiev "NATO")')
      .replace(/Kiev/g, '**Kiev**').replace(/said/g, '`said`').replace(/\. /, '.[^1] ').replace(/the /, '<span>the</span> ')
    switch (i % 8) {
      case 0: return `## ${inline.slice(0, 80)}`
      case 1: return `> ${inline}`
      case 2: return `- ${inline}\n- ~~old~~ www.kiev.example/news and press@kiev.example`
      case 3: return `| City | Note |\n|---|---|\n| Kiev | ${inline.slice(0, 60).replace(/\|/g, '')} |`
      case 4: return '```\nconst kiev = "Kiev"\n```'
      default: return inline
    }
  })
  return out.join('\n\n') + '\n\n[^1]: A note on Kiev.\n[nato]: https://www.nato.int "NATO"\n'
}

type Parse = (text: string) => unknown

async function lezer(): Promise<Parse | undefined> {
  const name = '@lezer/markdown' // optional: not a dependency
  const mod = (await import(name).catch(() => undefined)) as
    | { parser: { configure(e: unknown): { parse(s: string): { iterate(s: { enter(): void }): void } } }; GFM: unknown }
    | undefined
  if (!mod) return undefined
  const parser = mod.parser.configure(mod.GFM)
  // the whole tree, walked once: what an extractor would do with it
  return (text) => parser.parse(text).iterate({ enter() {} })
}

export async function benchMarkdownParsers(): Promise<Record<string, string | number>[]> {
  const text = denseMarkdown(50 * 1024)
  const plain = new MarkdownIt('default', { html: true })
  const ours = createMarkdownParser()
  const parsers: [string, Parse][] = [
    [`markdown-it ${MARKDOWN_IT_VERSION}, no plugins`, (t) => plain.parse(t, {})],
    [`markdown-it ${MARKDOWN_IT_VERSION} + our plugins (positions)`, (t) => ours.parse(t)],
    ['extractMarkdown (parse + walk + literals)', (t) => extractMarkdown(t)],
    ['extractMarkdown, every chunk through markdown-it', (t) => extractMarkdown(t, { simpleChunks: false })],
    ['micromark + mdast (gfm)', (t) => fromMarkdown(t, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })],
  ]
  const lz = await lezer()
  if (lz) parsers.push(['@lezer/markdown + GFM (tree walked)', lz])
  // Interleaved rounds, so that load on the machine falls on every parser alike; the minimum
  // and the 25th percentile are the least noisy figures.
  const times = parsers.map(() => [] as number[])
  for (const [, parse] of parsers) for (let i = 0; i < 3; i++) parse(text)
  for (let round = 0; round < ROUNDS; round++) {
    parsers.forEach(([, parse], i) => {
      const start = performance.now()
      parse(text)
      times[i]!.push(performance.now() - start)
    })
  }
  const rows: Record<string, string | number>[] = parsers.map(([name], i) => {
    const t = times[i]!.sort((x, y) => x - y)
    return { parser: name, 'min ms': t[0]!, 'p25 ms': t[Math.floor(t.length / 4)]!, 'MB/s (p25)': mbPerSecond(text.length, t[Math.floor(t.length / 4)]!) }
  })
  const base = rows[1]!['p25 ms'] as number
  for (const row of rows) row['x ours (p25)'] = (row['p25 ms'] as number) / base
  if (!lz) rows.push({ parser: '@lezer/markdown + GFM: not installed (see above)', 'min ms': '-', 'p25 ms': '-', 'MB/s (p25)': '-', 'x ours (p25)': '-' })
  return rows
}

export function printMarkdownParsers(rows: Record<string, string | number>[]): void {
  console.log('\n## Markdown parsers: 50 KB of markup-dense Markdown\n')
  console.log(table(rows))
}

if (process.argv[1]?.endsWith('markdown-parsers.ts')) printMarkdownParsers(await benchMarkdownParsers())
