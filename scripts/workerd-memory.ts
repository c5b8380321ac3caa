// Peak memory of the Worker in local workerd for 1 MiB requests (docs/hardening.md, "Memory in
// workerd"): used by `npm run bench` (bench/workerd-memory.ts) and by
// test/runtime/workerd-memory.test.ts.
//
// The worker is built as `wrangler deploy` builds it (`wrangler deploy --dry-run`) and run by
// Miniflare in a workerd process of its own on 127.0.0.1 (an ephemeral port), with the
// [vars] of wrangler.toml, no rate limit, and a stand-in for the Workers AI binding (the model
// runs on Cloudflare's network only). Memory is the workerd process's, read from Linux's
// /proc/<pid>/status: VmRSS now, VmHWM its peak since the last reset (`echo 5 > clear_refs`).
// The idle figure is taken after a warm-up request of every shape, so what remains is what one
// request adds on top of an isolate that has already loaded everything (V8 itself, the
// compiled glossaries and eld's language data are in idle).
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MIXED_LANGUAGES } from '../test/fixtures/mixed-languages.js'
import { bundleSizes } from './bundle-size.js'
import { runWrangler } from './wrangler.js'
import { useOfflineWranglerEnv } from './wrangler-env.js'

/** One kind of 1 MiB request. */
export interface Shape {
  name: string
  path: string
  body: string
}

/** What one request of a shape did, in a fresh workerd. */
export interface WorkerdMemory {
  shape: string
  status: number
  /** The answer's size, bytes. */
  answerBytes: number
  /** The answer, parsed (for the test's checks). */
  answer: unknown
  /** The workerd process's RSS once warmed up with small requests, before this one, MB. */
  idleMb: number
  /** The workerd process's peak resident memory during the request minus idle, MB. */
  peakAboveIdleMb: number
}

/** The largest request body the Worker takes (BODY_LIMIT in wrangler.toml). */
export const BODY_LIMIT = 1_048_576

const seed = readFileSync(new URL('../../shared/fixtures/seed-article-en.txt', import.meta.url), 'utf8')

/** `units` in turn (joined by `separator`) as long as the JSON body of `wrap(text)` stays within `limit` bytes. */
function fill(limit: number, units: readonly string[], separator: string, wrap: (text: string) => unknown): string {
  const room = limit - Buffer.byteLength(JSON.stringify(wrap(''))) - 16
  const parts: string[] = []
  let bytes = 0
  for (let i = 0; ; i++) {
    const unit = units[i % units.length]!
    const cost = Buffer.byteLength(JSON.stringify(unit)) - 2 + (i > 0 ? Buffer.byteLength(JSON.stringify(separator)) - 2 : 0)
    if (bytes + cost > room) break
    parts.push(unit)
    bytes += cost
  }
  return parts.join(separator)
}

const NAME_DENSE = [
  'Troops withdrew from Kiev and Kharkov as Zelenskyy visited Odessa.',
  'The Dnipropetrovsk region and the city of Dnipropetrovsk saw shelling near Zaporozhye.',
  "Volodímir Zelenski spoke in the capital's Plaza San Miguel about Donbass and Lugansk.",
  'A Kiev-based analyst said chicken Kiev sales rose in Lvov, Rovno and Vinnitsa.',
]
const paragraphs = seed.split('\n\n')
const mixedArticle = paragraphs.flatMap((p, i) => [p, NAME_DENSE[i % NAME_DENSE.length]!])
const NO_NAMES = ['The committee met on Tuesday to discuss the budget for the coming year, and agreed to meet again next month.']

const normalize = (extra: Record<string, unknown>) => (text: string) => ({ text, ...extra })

/** Every shape of valid request the memory target is about, each with a body of at most `limit` bytes (default BODY_LIMIT, the largest valid). */
export function shapes(limit = BODY_LIMIT): Shape[] {
  const post = (name: string, path: string, wrap: (text: string) => unknown, units: readonly string[], separator: string): Shape => ({
    name,
    path,
    body: JSON.stringify(wrap(fill(limit, units, separator, wrap))),
  })
  const en = normalize({ language: 'en' })
  const html = mixedArticle.map((p) => `<p class="lede"><a href="/world/europe">${p.replace(/(Kiev|Odessa|Zelenski)/g, '<strong><em>$1</em></strong>')}</a></p>`)
  const markdown = mixedArticle.map((p) => `- **${p.replace(/(Kiev|Odessa)/g, '[$1](https://example.org/$1)')}** _${p.slice(0, 20)}_`)
  // Rows with more cells than the header: CommonMark's table extension drops the extra ones,
  // which are read as cells since round 24 (each row's tokens are rebuilt).
  const wideRows = mixedArticle.map((p) => `| ${p.slice(0, 60)} | Kiev | ${p.slice(60, 120)} |`)
  const table = (text: string) => ({ text: `| a |\n| --- |\n${text}`, language: 'en', format: 'markdown' })
  // The batch: 100 documents (the most a batch takes) sharing the 1 MiB.
  const document = fill(Math.max(400, Math.floor(limit / 100) - 60), mixedArticle, '\n\n', normalize({ language: 'en' }))
  const repeatedName = fill(Math.max(400, Math.floor(limit / 100) - 60), ['Kiev'], ' ', normalize({ language: 'en' }))
  return [
    post('repeated name ("Kiev " × 200k)', '/v1/normalize', en, ['Kiev'], ' '),
    post('name-dense article', '/v1/normalize', en, mixedArticle, '\n\n'),
    post('name-dense article, include everything', '/v1/normalize', normalize({ language: 'en', include: ['text', 'language', 'changes', 'concepts', 'diff', 'warnings', 'changes.note'] }), mixedArticle, '\n\n'),
    post('HTML, dense markup and names', '/v1/normalize', normalize({ language: 'en', format: 'html' }), html, '\n'),
    post('Markdown, dense markup and names', '/v1/normalize', normalize({ language: 'en', format: 'markdown' }), markdown, '\n'),
    post('Markdown table, rows longer than the header', '/v1/normalize', table, wideRows, '\n'),
    post('text without names', '/v1/normalize', en, NO_NAMES, ' '),
    post('short paragraphs, mixed languages, auto', '/v1/normalize', normalize({ language: 'auto' }), MIXED_LANGUAGES, '\n\n'),
    { name: 'batch, 100 documents of the article', path: '/v1/normalize/batch', body: JSON.stringify({ documents: Array.from({ length: 100 }, () => ({ text: document, language: 'en' })) }) },
    { name: 'batch, 100 documents of a repeated name', path: '/v1/normalize/batch', body: JSON.stringify({ documents: Array.from({ length: 100 }, () => ({ text: repeatedName, language: 'en' })) }) },
    post('translate, repeated name (stand-in model)', '/v1/translate', (text) => ({ text, from: 'es', to: 'en' }), ['Kiev'], ' '),
    post('translate (stand-in model)', '/v1/translate', (text) => ({ text, from: 'es', to: 'en' }), ['El presidente Volodímir Zelenski visitó Kiev y habló con el alcalde.'], ' '),
  ]
}

// The stand-in for the Workers AI binding (test/workers/stand-ins/ai.js, a word list), served
// by a second worker as an RPC entrypoint and bound as AI: `env.AI.run(model, inputs)` as on Cloudflare.
const aiStandIn = fileURLToPath(new URL('../test/workers/stand-ins/ai.js', import.meta.url))
const aiEntry = `import { WorkerEntrypoint } from 'cloudflare:workers'
import standIn from './ai.js'
const ai = standIn()
export class Ai extends WorkerEntrypoint { run(model, inputs) { return ai.run(model, inputs) } }
export default { fetch: () => new Response(null, { status: 404 }) }
`

/** Linux: resident memory now and its peak since the last reset, MB. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN)
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
}

/** The process among this one's workerd children that listens on `port` of 127.0.0.1 (Linux /proc). */
function workerdListeningOn(port: number): number | undefined {
  // /proc/net/tcp: "sl local_address rem_address st … inode", addresses in hex, 0A = LISTEN.
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set(
    readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((f) => f[1] === `0100007F:${hexPort}` && f[3] === '0A')
      .map((f) => f[9]),
  )
  return workerdChildren().find((pid) => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => inodes.has(/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1]))
    } catch {
      return false
    }
  })
}

/** The workerd processes that are children of this one. */
function workerdChildren(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        // pid (comm) state ppid …: comm may hold spaces, so read after the last ')'.
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        return comm === 'workerd' && ppid === process.pid
      } catch {
        return false // gone meanwhile
      }
    })
    .map(Number)
}

/**
 * Builds the worker; then for each shape starts a fresh workerd process, warms it up with a
 * small request of that shape (code compiled, lazy data such as the language detector's
 * loaded, the heap not yet grown by a large request), takes its RSS as idle, resets its peak,
 * sends the shape once, reads the peak and stops it. Two at a time (the start, which compiles
 * the glossaries, is most of the time). Linux only.
 */
export async function measureWorkerdMemory(list: readonly Shape[] = shapes(), { parallel = 2 } = {}): Promise<WorkerdMemory[]> {
  useOfflineWranglerEnv() // before wrangler and miniflare are loaded
  const outdir = mkdtempSync(join(tmpdir(), 'copydesk-workerd-memory-'))
  try {
    const status = await runWrangler(['deploy', '--dry-run', '--outdir', outdir], { quiet: true }).exit
    if (status !== 0) throw new Error(`wrangler deploy --dry-run exited with ${status}`)
    const script = bundleSizes(outdir)[0]!.file
    const small = new Map(shapes(8192).map((shape) => [shape.name, shape]))
    const rows: WorkerdMemory[] = []
    let next = 0
    const lane = async () => {
      for (let i = next++; i < list.length; i = next++) {
        const shape = list[i]!
        const workerd = await startWorkerd(outdir, script)
        try {
          await workerd.send(small.get(shape.name) ?? shape)
          const idle = memory(workerd.pid).rss
          writeFileSync(`/proc/${workerd.pid}/clear_refs`, '5') // VmHWM := VmRSS
          const { status, bytes } = await workerd.send(shape)
          const after = memory(workerd.pid)
          rows[i] = {
            shape: shape.name,
            status,
            answerBytes: bytes.byteLength,
            answer: JSON.parse(new TextDecoder().decode(bytes)),
            idleMb: idle,
            peakAboveIdleMb: after.peak - idle,
          }
        } finally {
          await workerd.stop()
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(parallel, list.length) }, lane))
    return rows
  } finally {
    rmSync(outdir, { recursive: true, force: true })
  }
}

interface Workerd {
  pid: number
  send(shape: Shape): Promise<{ status: number; bytes: ArrayBuffer }>
  stop(): Promise<void>
}

/** The built worker in a new workerd process (Miniflare) on 127.0.0.1, an ephemeral port. */
async function startWorkerd(outdir: string, script: string): Promise<Workerd> {
  const { unstable_readConfig } = await import('wrangler')
  const { Miniflare, convertV4MiniflareOptions } = await import('miniflare')
  const config = unstable_readConfig({ config: 'wrangler.toml' }, { hideWarnings: true })
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      handleStructuredLogs: () => {}, // the worker's request log, one line a request
      workers: [
        {
          name: 'copydesk',
          modules: true,
          modulesRoot: outdir,
          scriptPath: script,
          compatibilityDate: config.compatibility_date,
          compatibilityFlags: config.compatibility_flags,
          bindings: { ...config.vars, RATE_LIMIT: '0' },
          serviceBindings: { AI: { name: 'ai-stand-in', entrypoint: 'Ai' } },
        },
        {
          name: 'ai-stand-in',
          modulesRoot: dirname(aiStandIn),
          modules: [
            { type: 'ESModule' as const, path: join(dirname(aiStandIn), 'entry.js'), contents: aiEntry },
            { type: 'ESModule' as const, path: aiStandIn },
          ],
          compatibilityDate: config.compatibility_date,
        },
      ],
    }),
  )
  try {
    const url = await mf.ready
    const pid = workerdListeningOn(Number(url.port))
    if (pid === undefined) throw new Error(`no workerd child of this process listens on ${url.host}`)
    return {
      pid,
      async send(shape) {
        const res = await fetch(new URL(shape.path, url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: shape.body })
        return { status: res.status, bytes: await res.arrayBuffer() }
      },
      stop: () => mf.dispose(),
    }
  } catch (error) {
    await mf.dispose()
    throw error
  }
}
