// The heavy-request section of `npm run bench` (`npx tsx bench/heavy.ts` prints only this): the
// Node server (`npm start`'s entry, a child process on 127.0.0.1, an ephemeral port, no rate
// limit) with and without its normalize threads, /healthz while 1 MiB name-dense normalizations
// run, and the memory one such request takes. Bounded: a few seconds per row, loopback only.
// Absolute numbers depend on the machine (and on whoever else uses its cores); compare within
// one run. The 5 KB article under autocannon is bench/load.ts.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { articleOfSize } from './corpus.js'
import { table } from './timing.js'

const SECONDS = 5

interface Server {
  url: string
  child: ChildProcess
  stop(): Promise<void>
}

/** Where the server's event-loop figures land (bench/event-loop-delay.ts). */
const eventLoopFile = join(mkdtempSync(join(tmpdir(), 'copydesk-bench-')), 'event-loop.json')

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './bench/event-loop-delay.ts', 'src/runtime/node/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', BENCH_EVENT_LOOP_FILE: eventLoopFile, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    if (out.length < 10_000) out += chunk // the request log goes on here; only the start lines matter
  })
  const deadline = Date.now() + 60_000
  for (;;) {
    const match = /listening on (http:\/\/\S+)/.exec(out)
    if (match) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      return { url: match[1]!, child, stop: async () => (child.kill('SIGTERM'), await exited) }
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the server did not start: ${out}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Linux: the process's resident memory now and its peak since the last reset, in MB. */
function memory(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN)
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
  } catch {
    return undefined
  }
}

/** Resets the peak (VmHWM) to the current RSS (Linux: `echo 5 > /proc/<pid>/clear_refs`). */
function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
  } catch {
    // not Linux, or not allowed: the peak then includes the warm-up
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

const json = (body: unknown) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

const article = articleOfSize(5 * 1024)
const dense = 'Officials in Kiev met the mayor. '.repeat(Math.floor(1_040_000 / 33))

/**
 * /healthz probed every 25 ms from a thread of its own (so that this process reading megabytes
 * of answers cannot delay the probe's own timers and callbacks) while `clients` loops send 1 MiB
 * name-dense normalizations.
 */
async function healthUnderLoad(url: string, clients: number): Promise<{ heavy: number; latencies: number[] }> {
  const until = Date.now() + SECONDS * 1000
  let heavy = 0
  const body = JSON.stringify({ text: dense, language: 'en' })
  const loops = Array.from({ length: clients }, async () => {
    while (Date.now() < until) {
      const res = await fetch(`${url}/v1/normalize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      await res.arrayBuffer()
      if (res.ok) heavy += 1
    }
  })
  const prober = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads')
    ;(async () => {
      const latencies = []
      while (Date.now() < workerData.until) {
        const started = performance.now()
        await (await fetch(workerData.url + '/healthz')).arrayBuffer()
        latencies.push(performance.now() - started)
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      parentPort.postMessage(latencies)
    })()`,
    { eval: true, workerData: { url, until } },
  )
  const latencies = await new Promise<number[]>((resolve, reject) => prober.once('message', resolve).once('error', reject))
  await Promise.all(loops)
  await prober.terminate()
  return { heavy, latencies: latencies.sort((a, b) => a - b) }
}

/** The server's event-loop delay since the last call (bench/event-loop-delay.ts). */
async function eventLoopDelay(server: Server): Promise<{ p50: number; p99: number; max: number } | undefined> {
  rmSync(eventLoopFile, { force: true })
  server.child.kill('SIGUSR2')
  for (let i = 0; i < 100 && !existsSync(eventLoopFile); i++) await new Promise((resolve) => setTimeout(resolve, 20))
  try {
    return JSON.parse(readFileSync(eventLoopFile, 'utf8')) as { p50: number; p99: number; max: number }
  } catch {
    return undefined
  }
}

async function heavySection(threads: string): Promise<Record<string, string | number>> {
  const server = await startServer({ NORMALIZE_THREADS: threads })
  try {
    const pid = server.child.pid!
    // Warm-up: one small and one large request (the pool's threads start on the first).
    await (await fetch(`${server.url}/v1/normalize`, json({ text: article }))).arrayBuffer()
    await (await fetch(`${server.url}/v1/normalize`, json({ text: dense, language: 'en' }))).arrayBuffer()
    const idle = memory(pid)
    resetPeak(pid)
    const single = await fetch(`${server.url}/v1/normalize`, json({ text: dense, language: 'en' }))
    const bytes = (await single.arrayBuffer()).byteLength
    const afterOne = memory(pid)
    await eventLoopDelay(server) // reset
    const load = loadavg()[0]!
    const { heavy, latencies } = await healthUnderLoad(server.url, 2)
    const held = await eventLoopDelay(server)
    return {
      NORMALIZE_THREADS: threads,
      'answer MB': bytes / 1e6,
      'idle RSS MB': idle?.rss ?? Number.NaN,
      'peak above idle MB (1 request)': (afterOne?.peak ?? Number.NaN) - (idle?.rss ?? Number.NaN),
      '1 MiB done': heavy,
      'healthz p50 ms': percentile(latencies, 50),
      'healthz p99 ms': percentile(latencies, 99),
      'healthz max ms': latencies.at(-1) ?? Number.NaN,
      'event-loop delay p99 ms': held?.p99 ?? Number.NaN,
      'delay max ms': held?.max ?? Number.NaN,
      'load avg': Math.round(load * 10) / 10,
    }
  } finally {
    await server.stop()
  }
}

export async function benchHeavy(): Promise<Record<string, string | number>[]> {
  // No threads, one, and one per core (the default).
  return [await heavySection('0'), await heavySection('1'), await heavySection(String(availableParallelism()))]
}

export function printHeavy(rows: Record<string, string | number>[]): void {
  console.log(`\n## Heavy requests on Node: /healthz every 25 ms while two clients send 1 MiB name-dense normalizations (${SECONDS} s), and memory for one such request\n`)
  console.log(`("event-loop delay": the server main thread's meanwhile, its own work and GC plus time waiting for a core; "load avg": the 1-minute load average when the row started, on ${availableParallelism()} cores)\n`)
  console.log(table(rows))
}

if (import.meta.url === `file://${process.argv[1]}`) printHeavy(await benchHeavy())
