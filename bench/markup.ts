import type { Copydesk } from '../src/core/api.js'
import { articleOfSize } from './corpus.js'
import { measure, mbPerSecond, table } from './timing.js'

/** The same ~50 KB of prose as plain text, as an HTML article and as a Markdown article. */
function documents(size: number): Record<'text' | 'html' | 'markdown', string> {
  const paragraphs = articleOfSize(size).split('\n\n')
  const html = paragraphs
    .map((p, i) => (i % 7 === 0 ? `<h2>${p}</h2>` : i % 5 === 0 ? `<figure><img src="https://img.example/kiev/${i}.jpg" alt="${p.slice(0, 40)}"><figcaption>${p}</figcaption></figure>` : `<p>${p.replace(/NATO/g, '<a href="https://www.nato.int/kiev">NATO</a>').replace(/Ukraine/g, '<em>Ukraine</em>')}</p>`))
    .join('\n')
  const markdown = paragraphs
    .map((p, i) => (i % 7 === 0 ? `## ${p}` : i % 5 === 0 ? `> ${p}` : p.replace(/NATO/g, '[NATO](https://www.nato.int/kiev)').replace(/Ukraine/g, '*Ukraine*')))
    .join('\n\n')
  return { text: paragraphs.join('\n\n'), html, markdown }
}

export function benchMarkup(copydesk: Copydesk): Record<string, string | number>[] {
  const docs = documents(50 * 1024)
  const rows: Record<string, string | number>[] = []
  const formats = ['text', 'html', 'markdown'] as const
  for (const language of ['en', 'auto']) {
    let textMs = 0
    // A first pass over every format lets the JIT settle on all paths before anything is timed.
    for (const format of formats) measure(() => copydesk.normalize({ text: docs[format], format, language }), { maxRuns: 20 })
    for (const format of formats) {
      const source = docs[format]
      const ms = measure(() => copydesk.normalize({ text: source, format, language }), { maxRuns: 50 })
      if (format === 'text') textMs = ms
      rows.push({
        format, language: language === 'auto' ? 'auto' : 'declared', size: `${(source.length / 1024).toFixed(1)} KB`,
        'ms/call': ms, 'MB/s': mbPerSecond(source.length, ms), 'x plain text': ms / textMs,
      })
    }
  }
  return rows
}

export function printMarkup(rows: Record<string, string | number>[]): void {
  console.log('\n## Markup: the same prose as plain text, HTML and Markdown (full normalize, declared and auto)\n')
  console.log(table(rows))
  console.log('\n(x plain text: against plain text with the same language setting; target: 2x or less)')
}
