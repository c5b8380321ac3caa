import fc from 'fast-check'
import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { deps } from './fixtures/fake-deps.js'
import { skeleton } from './fixtures/skeleton.js'
import { parseMarkdown } from './fixtures/mdast.js'
import { normalizeDocument } from './normalize-document.js'

const WORDS = [
  'Kiev', 'kiev', 'KIEV', 'Kyiv', 'Volodímir', 'Zelenski', 'Zelenskyy', 'Zelensky', 'Volodymyr', 'the', 'city', 'said',
  'Ki&#101;v', '&#x4B;iev', 'Kiev&rsquo;s', "Kiev\\'s", '\\*Kiev\\*', '&amp;', 'a < b', '😀', 'Zelensk*yy*', 'Ki*e*v',
  'https://www.kiev.example/kiev', 'press@kiev.example', '<https://kiev.example/kiev>', '`Kiev`', '`kiev code`',
  '<span class="kiev">Kiev</span>', '<code>Kiev</code>', '<img alt="Kiev" src="kiev.png">', '[^1]', 'Zelensky*y*', 'press@kiev.example&#x4B;iev', '_Kiev_', '~~Kiev~~',
]
const SEPARATORS = [' ', ' ', ' ', '\n', ', ', '. ', '']

const words = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 })
  .map((p) => p.flat().join('').trim())
  .filter((s) => s.length > 0)

const inline = fc.oneof(
  words,
  words.map((w) => `*${w}*`),
  words.map((w) => `**${w}**`),
  fc.tuple(words, fc.constantFrom('https://kiev.example/kiev', '/kiev/Kiev', '<kiev url>')).map(([w, u]) => `[${w}](${u} "Kiev title")`),
  fc.tuple(words, fc.constantFrom('kiev.png', 'https://img.example/Kiev.jpg')).map(([w, u]) => `![${w.replace(/[[\]]/g, '')}](${u})`),
  words.map((w) => `[${w}][ref]`),
)
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((p) => p.join(' ').replace(/\n/g, ' '))

const block = fc.oneof(
  fc.array(inline, { minLength: 1, maxLength: 4 }).map((p) => p.join(' ')),
  line.map((l) => `## ${l}`),
  words.map((w) => `\`\`\`\n${w}\nKiev\n\`\`\``),
  words.map((w) => `    Kiev ${w.replace(/\n/g, ' ')}`),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `- ${l}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `> ${l}`).join('\n')),
  fc.tuple(line, line).map(([a, b]) => `| A | B |\n|---|---|\n| ${a.replace(/\|/g, '')} | ${b.replace(/\|/g, '')} |`),
  fc.constant('<div class="kiev">\n<p>Kiev <code>Kiev</code></p>\n</div>'),
  fc.constant('[ref]: https://kiev.example/ref "Kiev ref"\n\n[^1]: Kiev note'),
)

const frontMatter = fc.constantFrom(
  '',
  '---\ntitle: Kiev\ntags: [Zelenskyy]\n---\n\n',
  "---\ntitle: 'Kiev''s Plaza San Miguel' # the square\nslug: kiev\ndescription: \"Zelenskyy \\\"in\\\" Kiev\"\n---\n\n",
  '+++\ntitle = \'Kiev\'\nsummary = "Zelenskyy\\tin Kiev"\n[params]\ntitle = "Kiev"\n+++\n\n',
)
const document = fc.tuple(frontMatter, fc.array(block, { minLength: 1, maxLength: 6 })).map(([matter, blocks]) => matter + blocks.join('\n\n') + '\n')

/** The values of the prose keys at the top of front matter (front-matter.ts), which change. */
const PROSE_VALUE = /^(title|description|summary)([ \t]*[:=]).*$/gm
const TOML_TABLE = /^\[[^\n]*(?:\n[^\n]*)*/m

/** mdast-util-frontmatter types its `yaml` node, not its `toml` one. */
const isFrontMatter = (node: { type: string }): boolean => node.type === 'yaml' || node.type === 'toml'

/** Everything that must never change: code, URLs, raw HTML, front matter but its prose values, labels. */
function fixedParts(markdown: string): string[] {
  const out: string[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'html') out.push(...skeleton(node.value))
    else if (isFrontMatter(node) && 'value' in node) {
      const table = TOML_TABLE.exec(node.value)
      const top = table === null ? node.value : node.value.slice(0, table.index)
      out.push(`${node.type}:${top.replace(PROSE_VALUE, '$1$2')}${table === null ? '' : node.value.slice(table.index)}`)
    } else if ('value' in node && node.type !== 'text') out.push(`${node.type}:${node.value}`)
    if ('url' in node) out.push(`url:${node.url}`)
    if ('identifier' in node) out.push(`id:${node.identifier}`)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(parseMarkdown(markdown))
  return out
}

describe('normalizeDocument(markdown) properties', () => {
  it('changes only prose, maps every change exactly, and is idempotent', () => {
    fc.assert(
      fc.property(document, fc.constantFrom('en', 'es', 'auto'), (source, language) => {
        const r = normalizeDocument(source, 'markdown', deps(language))
        let rebuilt = ''
        let last = 0
        for (const c of r.changes) {
          expect(c.start).toBeGreaterThanOrEqual(last)
          expect(source.slice(c.start, c.end)).toBe(c.original)
          rebuilt += source.slice(last, c.start) + c.replacement
          last = c.end
        }
        expect(rebuilt + source.slice(last)).toBe(r.text)
        expect(fixedParts(r.text)).toEqual(fixedParts(source))
        expect(normalizeDocument(r.text, 'markdown', deps(language)).changes).toEqual([])
      }),
      { numRuns: 200 },
    )
  }, 60_000) // markdown parsing is slow on a busy machine
})
