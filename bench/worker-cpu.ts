// The Node CPU figures of the Workers section (bench/worker.ts), measured in a Node process of
// their own. process.cpuUsage counts every thread of the process, and the bench's own process
// also runs wrangler, Miniflare and the garbage of the sections before it: there, batches of the
// same calls ranged from 0.11 to 1.8 ms a call and their median was 0.60-0.65 ms, against
// 0.37-0.39 in a process of their own (docs/performance-history.md, "Workers"). Here, as in a Worker's
// isolate, only our code runs: the core built as the Worker builds it (`createCore`, precompiled
// glossaries), the catalog, the calls.
import { execFileSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseConfig } from '../src/config/index.js'
import { glossaryCatalog, normalizeToJson } from '../src/http/index.js'
import { createCore } from '../src/runtime/service.js'
import { articleOfSize, seedArticle } from './corpus.js'

export interface WorkerCpuRow {
  /** The text's name in the Workers table. */
  text: string
  /** Median CPU time of the core's normalize (language detection included), ms, batches of 10 calls. */
  normalizeMs: number
  /** Median CPU time of `normalizeToJson` (normalize, render the answer in English, its UTF-8 bytes), ms, batches of 10 calls. */
  answerMs: number
  /** The lowest batch of `answerMs`. */
  answerBestMs: number
}

/** The texts of the Workers table, by name. */
export function workerTexts(): Record<string, string> {
  return { [`seed article (${(seedArticle.length / 1024).toFixed(1)} KB)`]: seedArticle, '5 KB text': articleOfSize(5 * 1024) }
}

/** Runs the measurement in a fresh Node process (this file as its entry) and reads its rows. */
export function measureWorkerCpu(calls = 200): WorkerCpuRow[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(calls)], { encoding: 'utf8' })
  return JSON.parse(out) as WorkerCpuRow[]
}

/** `normalizeToJson` of the 5 KB text, median CPU ms a call, with the thread asleep `gapMs` before each call. */
export interface IdleGapRow {
  gapMs: number
  answerMs: number
}

/**
 * The same work as `measureWorkerCpu`'s 5 KB answer, call by call, with the thread asleep for
 * each gap before each call (0: back to back). A server between requests waits on its sockets;
 * this says what a call costs once the thread has slept, with no network in the way. In a
 * fresh Node process, like measureWorkerCpu.
 */
export function measureIdleGaps(gapsMs: readonly number[] = [0, 1], calls = 600): IdleGapRow[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--gaps', String(calls), gapsMs.join(',')], { encoding: 'utf8' })
  return JSON.parse(out) as IdleGapRow[]
}

function measureGaps(calls: number, gapsMs: number[]): IdleGapRow[] {
  const copydesk = createCore(parseConfig({}))
  const catalog = glossaryCatalog(copydesk)
  const body = workerTexts()['5 KB text']!
  const answer = () => normalizeToJson(copydesk, catalog, { text: body, language: 'auto', glossary: copydesk.defaultGlossary }, Number.POSITIVE_INFINITY, 'en')
  for (let i = 0; i < 300; i++) answer()
  const sleeper = new Int32Array(new SharedArrayBuffer(4))
  // Interleaved, so that a change in the machine's load during the run touches every gap alike.
  const perCall = gapsMs.map((): number[] => [])
  for (let i = 0; i < calls; i++) {
    gapsMs.forEach((gapMs, g) => {
      if (gapMs > 0) Atomics.wait(sleeper, 0, 0, gapMs)
      const start = process.cpuUsage()
      answer()
      const spent = process.cpuUsage(start)
      perCall[g]!.push((spent.user + spent.system) / 1000)
    })
  }
  return gapsMs.map((gapMs, g) => {
    const sorted = perCall[g]!.sort((a, b) => a - b)
    return { gapMs, answerMs: sorted[Math.floor(sorted.length / 2)]! }
  })
}

function measure(calls: number): WorkerCpuRow[] {
  const copydesk = createCore(parseConfig({}))
  const catalog = glossaryCatalog(copydesk)
  const rows: WorkerCpuRow[] = []
  for (const [text, body] of Object.entries(workerTexts())) {
    const answer = cpuPerCall(() => normalizeToJson(copydesk, catalog, { text: body, language: 'auto', glossary: copydesk.defaultGlossary }, Number.POSITIVE_INFINITY, 'en'), calls)
    const normalize = cpuPerCall(() => copydesk.normalize({ text: body, language: 'auto' }), calls)
    rows.push({ text, normalizeMs: normalize.median, answerMs: answer.median, answerBestMs: answer.best })
  }
  return rows
}

/**
 * Median CPU time per call, in ms (`process.cpuUsage`, user + system, every thread: the garbage
 * collector's helpers included), over batches of 10 calls after 300 calls of warm-up (V8 tiers
 * the code up; a Worker's isolate serves request after request). Batches, not single calls, so
 * the garbage collection a call leaves behind is counted in the batch that pays for it.
 */
function cpuPerCall(fn: () => unknown, calls: number): { median: number; best: number } {
  for (let i = 0; i < 300; i++) fn()
  const batch = 10
  const perCall: number[] = []
  for (let b = 0; b < Math.max(5, Math.ceil(calls / batch)); b++) {
    const start = process.cpuUsage()
    for (let i = 0; i < batch; i++) fn()
    const spent = process.cpuUsage(start)
    perCall.push((spent.user + spent.system) / 1000 / batch)
  }
  perCall.sort((a, b) => a - b)
  return { median: perCall[Math.floor(perCall.length / 2)]!, best: perCall[0]! }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--child') process.stdout.write(JSON.stringify(measure(Number(process.argv[3]))))
  if (process.argv[2] === '--gaps') process.stdout.write(JSON.stringify(measureGaps(Number(process.argv[3]), process.argv[4]!.split(',').map(Number))))
}
