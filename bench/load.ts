// The HTTP section of `npm run bench`: the Node server as `npm start` runs it (the bundle of src/runtime/node/main.ts,
// rate limit off, on 127.0.0.1 and a free port), loaded by autocannon with the 5 KB article of
// bench/corpus.ts, bounded in connections and seconds, then stopped. The figures depend on what
// else the machine runs: compare them with /healthz measured in the same run.
// In the same run, the ceiling: the same request to a bare Hono app answering our answer's bytes
// (bench/load-ceiling.ts), the floor of this machine with autocannon on it.
// `npx tsx bench/load.ts [seconds]` prints only this section.
import { spawn, execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { articleOfSize } from './corpus.js'
import { table } from './timing.js'
import { measureIdleGaps, type IdleGapRow } from './worker-cpu.js'

// A type, not an interface: an object type alias has the implicit index signature `table` takes.
export type LoadRow = {
  request: string
  'req/s': number
  'p50 ms': number
  'p99 ms': number
  errors: number
  'non-2xx': number
  /** The server process's CPU time (all its threads) per request answered; Linux only. */
  'server CPU ms/req': number | string
}

const root = fileURLToPath(new URL('..', import.meta.url))
const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

/**
 * CPU time of a process so far, in ms (user + system, /proc/<pid>/stat, Linux): with
 * autocannon on the same cores, req/s says how busy the machine was, the server's CPU per
 * request says what a request costs.
 */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // utime, stime in ticks of 1/100 s (USER_HZ)
  } catch {
    return undefined
  }
}

/**
 * Builds the server as `npm start` does (`npm run build:node`: the bundle of build/node/), starts
 * it with the same flags, and resolves with its base URL once it listens.
 */
function startServer(): Promise<Started> {
  execFileSync('npm', ['run', '-s', 'build:node'], { cwd: root, stdio: 'inherit' })
  return startProcess(['--enable-source-maps', 'build/node/main.js'], { HOST: '127.0.0.1', PORT: '0', RATE_LIMIT: '0', NODE_ENV: 'production' })
}

/** A ceiling server of bench/load-ceiling.ts (`bytes`: the platform alone; `detect+json`: with detection and serialization). */
function startCeiling(mode: CeilingMode): Promise<Started> {
  return startProcess(['--import', 'tsx', 'bench/load-ceiling.ts', mode], {})
}

/** `npm start`'s server in two processes sharing the port (bench/load-cluster.ts; built by startServer before). */
function startCluster(): Promise<Started> {
  return startProcess(['--import', 'tsx', 'bench/load-cluster.ts', '2'], { RATE_LIMIT: '0', NODE_ENV: 'production' }, /cluster of \d+ listening on (\S+) pids (\S+)\s/)
}

interface Started {
  url: string
  /** The processes whose CPU time counts: the server's, or a cluster's primary and workers. */
  pids: (number | undefined)[]
  stop: () => void
}

/**
 * Starts `node args` in the repository and resolves with the URL it prints once it listens
 * (`ready`'s first group; its second, when there is one, the pids whose CPU time counts).
 */
function startProcess(args: string[], env: Record<string, string>, ready = /listening on (\S+)\s/): Promise<Started> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${out}`)))
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = ready.exec(out)
      if (match) {
        child.removeAllListeners('exit')
        child.stdout.removeAllListeners('data')
        child.stdout.resume()
        const pids = match[2] === undefined ? [child.pid] : match[2].split(',').map(Number)
        resolve({ url: match[1]!, pids, stop: () => child.kill('SIGTERM') })
      }
    })
  })
}

interface AutocannonResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
  errors: number
  non2xx: number
}

function autocannon(args: string[]): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [autocannonBin, '--json', ...args], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error)
      else resolve(JSON.parse(stdout) as AutocannonResult)
    })
  })
}

/** CPU time of processes so far, in ms; undefined if one cannot be read. */
function cpuMsOf(pids: readonly (number | undefined)[]): number | undefined {
  let sum = 0
  for (const pid of pids) {
    const ms = cpuMs(pid)
    if (ms === undefined) return undefined
    sum += ms
  }
  return sum
}

/** Loads `url` with autocannon and reads the CPU time its server processes spent meanwhile. */
async function load(request: string, pids: readonly (number | undefined)[], args: string[]): Promise<LoadRow> {
  const before = cpuMsOf(pids)
  const r = await autocannon(args)
  const after = cpuMsOf(pids)
  const cpu = before === undefined || after === undefined || r.requests.total === 0 ? '-' : (after - before) / r.requests.total
  return { request, 'req/s': r.requests.average, 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, errors: r.errors, 'non-2xx': r.non2xx, 'server CPU ms/req': cpu }
}

/** The servers of bench/load-ceiling.ts (see there). */
export const CEILING_MODES = ['bytes', 'app', 'detect+json'] as const
export type CeilingMode = (typeof CEILING_MODES)[number]

export const ARTICLE_REQUEST = 'POST /v1/normalize, 5 KB article (auto)'
export const CLUSTER_REQUEST = 'the same, two server processes (node:cluster; a measurement, not a mode)'
export const CEILING_REQUESTS: Readonly<Record<CeilingMode, string>> = {
  bytes: 'ceiling: bare Hono, same request, our answer precomputed',
  app: 'our app, normalization replaced by its answer',
  'detect+json': 'ceiling + detection + JSON of our answer',
}

/**
 * Our server, then each ceiling server of bench/load-ceiling.ts, one at a time, each loaded
 * for `seconds` on loopback and stopped before the next starts.
 */
export async function benchLoad({ seconds = 15, connections = 50 } = {}): Promise<{ rows: LoadRow[]; idle: IdleGapRow[]; seconds: number; connections: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-load-'))
  try {
    const body = join(dir, 'body.json')
    writeFileSync(body, JSON.stringify({ text: articleOfSize(5 * 1024) }))
    const common = ['-c', String(connections), '-d', String(seconds)]
    const post = (url: string) => [...common, '-m', 'POST', '-H', 'content-type=application/json', '-i', body, `${url}/v1/normalize`]
    const rows: LoadRow[] = []
    const server = await startServer()
    try {
      rows.push(await load('GET /healthz (no work)', server.pids, [...common, `${server.url}/healthz`]))
      rows.push(await load(ARTICLE_REQUEST, server.pids, post(server.url)))
    } finally {
      server.stop()
    }
    const cluster = await startCluster()
    try {
      rows.push(await load(CLUSTER_REQUEST, cluster.pids, post(cluster.url)))
    } finally {
      cluster.stop()
    }
    for (const mode of CEILING_MODES) {
      const ceiling = await startCeiling(mode)
      try {
        rows.push(await load(CEILING_REQUESTS[mode], ceiling.pids, post(ceiling.url)))
      } finally {
        ceiling.stop()
      }
    }
    // Before or after the load, not during it: a process of its own, no network.
    const idle = measureIdleGaps([0, 1])
    return { rows, idle, seconds, connections }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function printLoad(result: Awaited<ReturnType<typeof benchLoad>>): void {
  console.log(`\n## HTTP on Node: autocannon, ${result.connections} connections, ${result.seconds} s each, loopback\n`)
  console.log(table(result.rows))
  const cpu = (request: string) => result.rows.find((row) => row.request === request)?.['server CPU ms/req']
  const ours = cpu(ARTICLE_REQUEST)
  const floor = cpu(CEILING_REQUESTS.bytes)
  const http = cpu(CEILING_REQUESTS.app)
  const mandatory = cpu(CEILING_REQUESTS['detect+json'])
  if (typeof ours === 'number' && typeof floor === 'number' && typeof http === 'number' && typeof mandatory === 'number') {
    console.log(
      `\nServer CPU per 5 KB request: ours ${ours.toFixed(3)} ms; the platform alone (HTTP, body, sending our answer's bytes) ${floor.toFixed(3)} ms; ` +
        `our HTTP layer without the normalization ${http.toFixed(3)} ms; the platform with detection and serialization ${mandatory.toFixed(3)} ms.`,
    )
  }
  const [hot, slept] = result.idle
  if (hot !== undefined && slept !== undefined) {
    console.log(
      `The same work without the network (normalizeToJson in a process of its own, median CPU a call): ${hot.answerMs.toFixed(3)} ms back to back, ` +
        `${slept.answerMs.toFixed(3)} ms when the thread has slept ${slept.gapMs} ms before each call, as a server does between requests.`,
    )
  }
  console.log('(target: 3,000 req/s, p99 < 20 ms, 0 errors for the 5 KB article; the load generator shares the machine)')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printLoad(await benchLoad({ seconds: Number(process.argv[2] ?? 15) }))
}
