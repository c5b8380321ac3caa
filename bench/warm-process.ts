// A long-running server's view: the same text normalized in a fresh process, then again after
// the process has handled a stream of texts that end in punctuation, as almost every article
// does. Timing alone is too noisy on a shared machine to catch a hot function falling into a
// slower state for good, so the child also runs with V8's --trace-deopt, and the bench counts
// the deoptimizations that happen after warm-up: a steady server should have none. (A read
// past the end of the text once passed NaN to a typed-array lookup on every text ending in a
// period: "lost precision or NaN" in isWordUnit, and normalize ran 1.5-3x slower from then on.)
// `npx tsx bench/warm-process.ts` prints only this section.
import { execFileSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createCopydesk } from '../src/core/copydesk.js'
import { glossaries } from '../src/generated/glossaries.js'
import { articleOfSize } from './corpus.js'
import { measure, mbPerSecond, table } from './timing.js'

const MARK = '@@copydesk-warm@@'

export interface WarmProcess {
  rows: Record<string, string | number>[]
  /** Deoptimizations after warm-up, by function and reason. */
  deopts: string[]
}

function measureHere(): void {
  const copydesk = createCopydesk({ glossaries })
  const run = (text: string) => () => copydesk.normalize({ text, language: 'en' })
  // Ends inside a word: nothing is read past the end.
  const plain = articleOfSize(50 * 1024).replace(/[^\p{L}]+$/u, '')
  const head = plain.slice(0, 2000).replace(/[^\p{L}]+$/u, '')
  for (let i = 0; i < 50; i++) copydesk.normalize({ text: head, language: 'en' })
  const fresh = measure(run(plain), { maxRuns: 30, budgetMs: 600 })
  process.stdout.write(`\n${MARK}\n`)
  // Short articles whose last word is followed by closing punctuation, as prose ends.
  for (const end of ['.', '!', '?', '…', '.”', ')', ':', '@', '#']) for (let i = 0; i < 20; i++) copydesk.normalize({ text: `${head}${end}`, language: 'en' })
  const warm = measure(run(plain), { maxRuns: 30, budgetMs: 600 })
  const dotted = `${plain}.`
  const warmDotted = measure(run(dotted), { maxRuns: 30, budgetMs: 600 })
  const rows = [
    { text: '50 KB, ends in a word', 'fresh MB/s': mbPerSecond(plain.length, fresh), 'warm MB/s': mbPerSecond(plain.length, warm), 'warm / fresh time': warm / fresh },
    { text: '50 KB, ends in "."', 'fresh MB/s': mbPerSecond(plain.length, fresh), 'warm MB/s': mbPerSecond(dotted.length, warmDotted), 'warm / fresh time': warmDotted / fresh },
  ]
  process.stdout.write(`\n${MARK}${JSON.stringify(rows)}\n`)
}

/** Runs the measurement in a child process (same Node, same loader, --trace-deopt). */
export function benchWarmProcess(): WarmProcess {
  const out = execFileSync(process.execPath, ['--trace-deopt', ...process.execArgv, fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const [, afterWarmUp = '', result = '[]'] = out.split(MARK)
  const deopts = [...afterWarmUp.matchAll(/bailout \(kind: ([^,]+), reason: ([^)]+)\): begin\. deoptimizing \S+ <JSFunction (\S+)/g)]
    .map(([, kind, reason, fn]) => `${fn} (${kind}: ${reason})`)
  // The result is the first line after its mark (V8's trace may print more after it).
  const json = result.split('\n').find((line) => line.trim() !== '') ?? '[]'
  return { rows: JSON.parse(json) as Record<string, string | number>[], deopts }
}

export function printWarmProcess(result: WarmProcess): void {
  console.log('\n## Warm process: texts ending in punctuation (full normalize, en, fresh child process)\n')
  console.log(table(result.rows))
  const counts = new Map<string, number>()
  for (const d of result.deopts) counts.set(d, (counts.get(d) ?? 0) + 1)
  // Leaving an on-stack-replaced loop and first calls of a new path are how the JIT works;
  // a NaN or an out-of-bounds read in a hot function is a slow state the process keeps.
  const sticky = result.deopts.filter((d) => /NaN|out of bounds|not a Smi/.test(d))
  console.log(`\nNaN / out-of-bounds deoptimizations after warm-up: ${sticky.length} (must be 0)`)
  for (const [d, n] of counts) if (!/OSR|Insufficient type feedback/.test(d)) console.log(`- ${d}${n > 1 ? ` ×${n}` : ''}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--child')) measureHere()
  else printWarmProcess(benchWarmProcess())
}
