/**
 * The differential test of simple-chunks.ts (markdown/simple-chunks.test.ts) at larger counts:
 * `npx tsx scripts/fuzz-simple-chunks.ts [documents per generator] [seed]`. Each generated
 * document, as written and with CRLF line endings, must give the same blocks and the same text
 * reported as not read with the simple reading and with every chunk through markdown-it. Prints the counts; exits 1 on a difference.
 */
import fc from 'fast-check'
import { codeDocument, definitionDocument, document, listDocument, richDocument, tableDocument } from '../src/core/markup/fixtures/markdown-documents.js'
import { readMarkdown, simpleChunksRead } from '../src/core/markup/markdown/extract.js'

const count = Number(process.argv[2] ?? 20000)
const seed = Number(process.argv[3] ?? Date.now() % 1e9)
/** Any text over Markdown's markup characters, a few letters and the line endings. */
const CHARS = [...'<>/`~*_[]()!#-=+|:\\&;.?"\' \t\nKiev xa1'].concat(['\r\n', '\n\n', '\n\n', '    ', '<div>', '</div>', '<code>', '</code>', '<!--', '-->', '```', '~~~', '<https://k.example>', '[K](/k)'])
const noise = fc.array(fc.constantFrom(...CHARS), { maxLength: 80 }).map((parts) => parts.join(''))

let differences = 0
for (const [name, arbitrary] of [['simple chunks and near misses', document], ['fences, raw HTML, autolinks, containers', richDocument], ['tables and their near misses', tableDocument], ['lists and their near misses', listDocument], ['fences, indented code and their near misses', codeDocument], ['definitions, references to them and their near misses', definitionDocument], ['markup characters', noise]] as const) {
  let documents = 0
  let read = 0
  let withRead = 0
  const batch = 1000
  for (let done = 0; done < count; done += batch) {
    for (const md of fc.sample(arbitrary, { numRuns: Math.min(batch, count - done), seed: seed + done })) {
      for (const text of [md, md.replace(/\r?\n/g, '\r\n')]) {
        documents++
        const fast = readMarkdown(text)
        const slow = readMarkdown(text, { simpleChunks: false })
        if (JSON.stringify(fast) !== JSON.stringify(slow)) {
          differences++
          if (differences <= 5) console.log('DIFFERENCE', JSON.stringify(text))
        }
        const n = simpleChunksRead(text).length
        read += n
        if (n > 0) withRead++
      }
    }
  }
  console.log(`${name}: ${documents} documents (LF and CRLF), ${withRead} with chunks read without markdown-it (${read} chunks)`)
}
console.log(`seed ${seed}: ${differences} differences`)
process.exit(differences ? 1 : 0)
