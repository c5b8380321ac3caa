// A Worker's cold start in local workerd, with the built-in glossaries precompiled at build
// (what ships) and compiled at start (the same bundle with an empty artifact, so every glossary
// falls back to compiling: the cost before the artifact existed). Each start is a fresh workerd
// (Miniflare, 127.0.0.1, an ephemeral port); the variants alternate, medians are printed.
//
// workerd's own clock stands still while JavaScript runs, so the worker cannot time its start.
// What is measured from outside: the wall time from starting workerd until it is ready (the
// script loaded, the glossaries built at the top of the module), then until the first answer
// to a normalize request; and, on Linux, the CPU time of the workerd process itself (utime +
// stime from /proc, 10 ms ticks), the closest figure to what Cloudflare counts against a
// Worker's start-up limit. A worker that answers `{}` shows workerd's own share.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { PRECOMPILED_FORMAT, type Precompiled } from '../src/core/glossary/precompiled.js'
import { seedArticle } from './corpus.js'

export interface ColdStartRow {
  worker: string
  /** Median wall time from starting workerd to ready, ms. */
  readyMs: number
  /** Median wall time of the first normalize request, ms. */
  firstRequestMs: number
  /** Median CPU time of the workerd process from its start to the first answer, ms (undefined without /proc). */
  workerdCpuMs: number | undefined
}

export interface ColdStart {
  rows: ColdStartRow[]
  starts: number
  /** CPU time in a fresh Node process of createCopydesk with the bundled glossaries, ms: precompiled, compiled. */
  node: { precompiledMs: number; compiledMs: number }
}

const EMPTY: Precompiled = { format: PRECOMPILED_FORMAT, glossaries: [], blobs: [], objects: [], shapes: [] }

/**
 * The bundle `script` (in its own folder, as wrangler wrote it) as it would be without the
 * artifact: its `precompiled` replaced by an empty one. Undefined when the bundle does not
 * hold it as esbuild writes it (a template literal given to JSON.parse).
 */
function withoutArtifact(script: string, dir: string): string | undefined {
  const text = readFileSync(script, 'utf8')
  const head = 'var precompiled = JSON.parse(`'
  const start = text.indexOf(head)
  const end = start < 0 ? -1 : text.indexOf('`)', start + head.length)
  if (start < 0 || end < 0) return undefined
  mkdirSync(dir, { recursive: true })
  const file = join(dir, basename(script))
  writeFileSync(file, `${text.slice(0, start)}var precompiled = JSON.parse(\`${JSON.stringify(EMPTY)}\`)${text.slice(end + 2)}`)
  return file
}

/** CPU time of the workerd processes this process started, ms; undefined where /proc is not. */
function workerdCpuMs(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined
  const children = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
  let ticks = 0
  for (const line of children.split('\n')) {
    const [pid, command] = line.trim().split(/\s+/)
    if (command !== 'workerd' || pid === undefined) continue
    // Fields after "(comm) ": state is the first, utime the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    ticks += Number(fields[11]) + Number(fields[12])
  }
  return ticks * 10 // USER_HZ is 100 on Linux
}

/** createCopydesk in a fresh Node process (cold JIT, as a new isolate), with or without the artifact. */
function nodeCreateCpuMs(precompiled: boolean): number {
  const script = [
    "import { glossaries } from './src/generated/glossaries.ts'",
    "import { createCopydesk } from './src/core/copydesk.ts'",
    'const start = process.cpuUsage()',
    precompiled
      ? "const { precompiled } = await import('./src/generated/precompiled.ts')\ncreateCopydesk({ glossaries, prevalidated: true, precompiled: { artifact: precompiled } })"
      : 'createCopydesk({ glossaries, prevalidated: true })',
    'const { user, system } = process.cpuUsage(start)',
    'console.log((user + system) / 1000)',
  ].join('\n')
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }).trim())
}

/** The worker's options as bench/worker.ts gives them to Miniflare (its v4 form); the script is set here. */
type WorkerOptions = Omit<Parameters<typeof import('miniflare').convertV4MiniflareOptions>[0], 'modulesRoot' | 'scriptPath'>

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * Starts each variant `starts` times, alternating, from the bundle wrangler wrote to `outdir`
 * (`script` is its main module), with the given Miniflare options (compatibility date, bindings).
 */
export async function benchColdStart(outdir: string, script: string, options: WorkerOptions, { starts = 3 } = {}): Promise<ColdStart> {
  const { Miniflare, convertV4MiniflareOptions } = await import('miniflare')
  const compiledDir = join(outdir, 'compiled-at-start')
  const trivialDir = join(outdir, 'trivial')
  mkdirSync(trivialDir, { recursive: true })
  writeFileSync(join(trivialDir, 'main.js'), "export default { fetch: () => new Response('{}') }\n")
  const variants: [string, string, string][] = [[`precompiled (${basename(script)} as built)`, outdir, script]]
  const compiled = withoutArtifact(script, compiledDir)
  if (compiled !== undefined) variants.push(['compiled at start (same bundle, empty artifact)', compiledDir, compiled])
  variants.push(["a worker that answers {} (workerd's own start)", trivialDir, join(trivialDir, 'main.js')])
  const samples = new Map<string, { ready: number[]; first: number[]; cpu: number[] }>(variants.map(([name]) => [name, { ready: [], first: [], cpu: [] }]))
  const body = JSON.stringify({ text: seedArticle })
  for (let round = 0; round < starts; round++) {
    for (const [name, dir, file] of variants) {
      const started = performance.now()
      const mf = new Miniflare({ ...convertV4MiniflareOptions({ ...options, modules: true, modulesRoot: dir, scriptPath: file }), handleStructuredLogs: () => {} })
      try {
        const base = await mf.ready
        const ready = performance.now()
        const res = await fetch(new URL('/v1/normalize', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        await res.arrayBuffer()
        if (res.status !== 200) throw new Error(`${name}: the first request answered ${res.status}`)
        const sample = samples.get(name)!
        sample.ready.push(ready - started)
        sample.first.push(performance.now() - ready)
        const cpu = workerdCpuMs()
        if (cpu !== undefined) sample.cpu.push(cpu)
      } finally {
        await mf.dispose()
      }
    }
  }
  const rows = variants.map(([name]): ColdStartRow => {
    const s = samples.get(name)!
    return { worker: name, readyMs: median(s.ready), firstRequestMs: median(s.first), workerdCpuMs: s.cpu.length > 0 ? median(s.cpu) : undefined }
  })
  // Interleaved too: compiled, precompiled, compiled, precompiled.
  const node = { compiled: [] as number[], precompiled: [] as number[] }
  for (let i = 0; i < starts; i++) {
    node.compiled.push(nodeCreateCpuMs(false))
    node.precompiled.push(nodeCreateCpuMs(true))
  }
  return { rows, starts, node: { precompiledMs: median(node.precompiled), compiledMs: median(node.compiled) } }
}
