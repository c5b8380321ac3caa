// Our own CPU time in workerd itself, per request as served and per call of the route's work: the
// two readings of issue 14's Workers target (docs/performance.md).
//
// workerd's clocks stand still while JavaScript runs, so the worker cannot time itself; but on
// Linux the kernel counts the workerd process's CPU time, per thread, in nanoseconds
// (/proc/<pid>/task/<tid>/schedstat, its first field: time spent on a CPU; see
// https://docs.kernel.org/scheduler/sched-stats.html). What that process spends on a request
// includes what is not ours: the HTTP server, Miniflare's entry worker that routes each
// request to ours, the bodies carried in and out. A worker that does only that (reads the same
// request body and answers as many bytes as our answer, from a buffer) runs beside ours in a
// workerd of its own, and its CPU per request is subtracted from ours. The rest is our code:
// Hono, the middleware, reading and validating the body, normalizing, rendering, serializing,
// and the garbage collection all of it causes.
//
// A third worker is the floor of the same request on this platform (bench/workerd-floor.ts): a
// Hono worker that only reads the body, detects its language and serializes an answer as large
// as ours. Whatever the target asks of our own work, this much is spent by a service that does no
// normalization at all. A fourth runs our route's work itself, `normalizeToJson`, many times a
// request (bench/workerd-loop.ts): the Node figure of bench/worker-cpu.ts, taken in workerd.
//
// Requests go one at a time from this process over loopback, as a client's would, so each
// finds the worker idle (its caches cooled by whatever ran in between): dearer than the same
// call repeated back to back in one process, which is what bench/worker-cpu.ts measures in Node.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runWrangler } from '../scripts/wrangler.js'

/** The pids of the workerd processes this process started. */
export function workerdPids(): Set<string> {
  const children = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
  const pids = new Set<string>()
  for (const line of children.split('\n')) {
    const [pid, command] = line.trim().split(/\s+/)
    if (command === 'workerd' && pid !== undefined) pids.add(pid)
  }
  return pids
}

/**
 * CPU time of process `pid` so far, in ns: the sum over its threads of schedstat's time on a
 * CPU, or, on a kernel without schedstat, utime + stime of /proc/<pid>/stat (ticks of 10 ms at
 * the usual 100 Hz). Undefined where there is no /proc.
 */
export function processCpuNs(pid: string): number | undefined {
  const tasks = `/proc/${pid}/task`
  if (!existsSync(tasks)) return undefined
  let total = 0
  let read = false
  for (const tid of readdirSync(tasks)) {
    try {
      total += Number(readFileSync(`${tasks}/${tid}/schedstat`, 'utf8').split(' ')[0])
      read = true
    } catch {
      // A thread that ended between the listing and the read. Its time leaves the sum, so a block
      // spanning a thread's end would read low; workerd's threads live as long as the process.
    }
  }
  if (read) return total
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 1e7
}

/** A worker that reads the request's body and answers `?bytes=` bytes (GET: `{}`): what workerd spends on a request that is not ours. */
const ECHO_WORKER = `const answers = new Map()
export default {
  async fetch(request) {
    if (request.method !== 'POST') return new Response('{}', { headers: { 'content-type': 'application/json' } })
    await request.arrayBuffer()
    const bytes = Number(new URL(request.url).searchParams.get('bytes'))
    let answer = answers.get(bytes)
    if (answer === undefined) answers.set(bytes, (answer = new Uint8Array(bytes).fill(0x20)))
    return new Response(answer, { headers: { 'content-type': 'application/json; charset=utf-8' } })
  },
}
`

/** A running workerd: where it answers, and its process. */
export interface RunningWorkerd {
  base: URL
  pid: string
}

export interface WorkerdCpuRow {
  request: string
  /** Median CPU time of the workerd process per request, ms. */
  cpuMs: number
}

export interface WorkerdCpu {
  rows: WorkerdCpuRow[]
  /** Median over the rounds of our worker's CPU per article request less the echo worker's, ms. */
  ownMs: number
  /** The lowest round of the same. */
  ownBestMs: number
  /** Median over the rounds of the floor worker's CPU per article request less the echo worker's, ms. */
  floorMs: number
  /** Median over the rounds of `normalizeToJson`'s CPU per call in workerd, called LOOP_CALLS times a request, ms. */
  loopMs: number
  /** Our answer to the article, bytes (the echo worker answers as many). */
  answerBytes: number
  rounds: number
  perBlock: number
}

type Miniflare = InstanceType<typeof import('miniflare').Miniflare>

/**
 * Starts the echo and floor workers beside `ours` (already running, from its own bundle) in
 * workerds of their own, in `dir`, and alternates blocks of `perBlock` requests, one at a time:
 * GET /healthz and the POST of `text` to /v1/normalize on our worker, a GET and the same POST on
 * the echo worker, the same POST on the floor worker, and requests of no call and of LOOP_CALLS
 * calls to the loop worker. Each block's figure is the CPU its workerd process spent, divided by
 * the requests. Undefined without /proc.
 */
/** Calls of `normalizeToJson` per request to the loop worker. */
const LOOP_CALLS = 10

export async function measureWorkerdCpu(ours: RunningWorkerd, dir: string, text: string, { compatibilityDate = '2026-11-01', rounds = 12, perBlock = 40, warmup = 100 } = {}): Promise<WorkerdCpu | undefined> {
  if (processCpuNs(ours.pid) === undefined) return undefined
  const body = JSON.stringify({ text })
  const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body }
  const first = await fetch(new URL('/v1/normalize', ours.base), post)
  if (first.status !== 200) throw new Error(`POST /v1/normalize answered ${first.status}: ${await first.text()}`)
  const answer = await first.text()
  const answerBytes = Buffer.byteLength(answer)

  const echoDir = join(dir, 'echo')
  mkdirSync(echoDir, { recursive: true })
  writeFileSync(join(echoDir, 'main.js'), ECHO_WORKER)
  const floorScript = await buildBenchWorker('workerd-floor', join(dir, 'floor'), compatibilityDate)
  const loopScript = await buildBenchWorker('workerd-loop', join(dir, 'loop'), compatibilityDate)
  const started: Miniflare[] = []
  try {
    const echo = await startWorkerd(started, echoDir, join(echoDir, 'main.js'), compatibilityDate, {})
    const floor = await startWorkerd(started, join(dir, 'floor', 'out'), floorScript, compatibilityDate, { ANSWER: answer })
    const loop = await startWorkerd(started, join(dir, 'loop', 'out'), loopScript, compatibilityDate, { TEXT: text })
    const kinds = [
      { request: 'our worker: GET /healthz', on: ours, url: new URL('/healthz', ours.base), init: {} },
      { request: 'echo worker: GET', on: echo, url: new URL('/', echo.base), init: {} },
      { request: 'our worker: POST /v1/normalize, 5 KB text', on: ours, url: new URL('/v1/normalize', ours.base), init: post },
      { request: `echo worker: POST of the same body, ${answerBytes} bytes back`, on: echo, url: new URL(`/?bytes=${answerBytes}`, echo.base), init: post },
      { request: 'floor worker: the same POST (parse, detect, serialize)', on: floor, url: new URL('/v1/normalize', floor.base), init: post },
      { request: 'loop worker: GET, no call', on: loop, url: new URL('/?calls=0', loop.base), init: {} },
      { request: `loop worker: GET, ${LOOP_CALLS} calls of normalizeToJson`, on: loop, url: new URL(`/?calls=${LOOP_CALLS}`, loop.base), init: {} },
    ].map((kind) => ({ ...kind, perRound: [] as number[] }))
    for (let i = 0; i < warmup; i++) for (const kind of kinds) await send(kind.url, kind.init)
    for (let round = 0; round < rounds; round++) {
      for (const kind of kinds) {
        const start = processCpuNs(kind.on.pid)!
        for (let i = 0; i < perBlock; i++) await send(kind.url, kind.init)
        kind.perRound.push((processCpuNs(kind.on.pid)! - start) / perBlock / 1e6)
      }
    }
    // The same round's blocks ran within a second of each other: their difference is less
    // touched by the machine's other work than the difference of two medians.
    const [, , article, echoPost, floorPost, noCall, calls] = kinds.map((kind) => kind.perRound)
    const own = article!.map((ms, round) => ms - echoPost![round]!).sort((a, b) => a - b)
    return {
      rows: kinds.map((kind) => ({ request: kind.request, cpuMs: median(kind.perRound) })),
      ownMs: median(own),
      ownBestMs: own[0]!,
      floorMs: median(floorPost!.map((ms, round) => ms - echoPost![round]!)),
      loopMs: median(calls!.map((ms, round) => (ms - noCall![round]!) / LOOP_CALLS)),
      answerBytes,
      rounds,
      perBlock,
    }
  } finally {
    await Promise.all(started.map((mf) => mf.dispose()))
  }
}

/** bench/`name`.ts bundled as wrangler bundles the real worker (keep_names off, as wrangler.toml), into `dir`/out; its script's path. */
async function buildBenchWorker(name: string, dir: string, compatibilityDate: string): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const main = fileURLToPath(new URL(`./${name}.ts`, import.meta.url))
  writeFileSync(join(dir, 'wrangler.toml'), `name = "copydesk-${name}"\nmain = ${JSON.stringify(main)}\ncompatibility_date = "${compatibilityDate}"\nkeep_names = false\n`)
  const status = await runWrangler(['deploy', '--dry-run', '--outdir', join(dir, 'out'), '--config', join(dir, 'wrangler.toml')], { quiet: true }).exit
  if (status !== 0) throw new Error(`wrangler deploy --dry-run of bench/${name}.ts exited with ${status}`)
  return join(dir, 'out', `${name}.js`)
}

/** A workerd of its own for `script`, told apart from those already running by its pid. */
async function startWorkerd(started: Miniflare[], root: string, script: string, compatibilityDate: string, bindings: Record<string, string>): Promise<RunningWorkerd> {
  const { Miniflare, convertV4MiniflareOptions } = await import('miniflare')
  const before = workerdPids()
  const mf = new Miniflare(convertV4MiniflareOptions({ host: '127.0.0.1', port: 0, modules: true, modulesRoot: root, scriptPath: script, compatibilityDate, bindings }))
  started.push(mf)
  const base = await mf.ready
  const pid = [...workerdPids()].find((candidate) => !before.has(candidate))
  if (pid === undefined) throw new Error(`no new workerd process for ${script}`)
  return { base, pid }
}

async function send(url: URL, init: RequestInit): Promise<void> {
  const res = await fetch(url, init)
  if (res.status !== 200) throw new Error(`${url.pathname} answered ${res.status}`)
  await res.arrayBuffer()
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
