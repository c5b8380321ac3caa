import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Config } from '../../config/index.js'
import type { Copydesk, NormalizeInput, NormalizeOffThread, NormalizeResult } from '../../core/api.js'
import { capChanges, type NormalizeJobInput, type NormalizeOutput, type NormalizeRunner } from '../../http/index.js'
import type { Locale } from '../../i18n/index.js'
import type { NormalizeJob } from './normalize-worker.js'

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** Texts from this many UTF-16 code units go to the pool; shorter ones cost less than the trip. */
export const POOL_THRESHOLD = 64 * 1024

/**
 * The thread's entry beside this module, run as the main process runs: `npm start` runs the
 * bundle of build/node/ (`npm run build:node`), where the thread is build/node/normalize-worker.js;
 * from the sources (`node --import tsx`, vitest) it is the TypeScript file, through tsx.
 */
const threadEntry = import.meta.url.endsWith('.ts')
  ? { url: new URL('./normalize-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] }
  : { url: new URL('./normalize-worker.js', import.meta.url), execArgv: undefined }

type Job = NormalizeJob & {
  resolve: (output: NormalizeOutput | NormalizeResult) => void
  reject: (error: Error) => void
}

interface Thread {
  worker: Worker
  job: Job | undefined
}

/**
 * Normalizes large texts on worker threads, one per core by default (NORMALIZE_THREADS), so a
 * megabyte of names (a second of matching) never holds the event loop: `/healthz` and small
 * requests are answered meanwhile. One pool for every route that normalizes: POST /v1/normalize
 * (and its batch) through `runner`, webhook deliveries and translations through `normalizer`. Threads start on the first large request; jobs wait in a
 * queue (bounded by what the connection cap and the rate limit let in). A thread that dies fails
 * its job (500) and is replaced on the next one.
 */
export class NormalizePool {
  readonly size: number
  private readonly threads: Thread[] = []
  private readonly queue: Job[] = []
  private nextId = 0
  private closed = false

  /**
   * `served` is the core the main thread serves (the glossary store's live one, when there is a
   * store): each job carries the version it serves of the glossary asked for, so a thread never
   * applies another version than the main thread would.
   */
  constructor(
    private readonly config: Config,
    private readonly served: Copydesk,
    private readonly glossaryStore: boolean,
    size = config.normalizeThreads ?? availableParallelism(),
  ) {
    this.size = size
  }

  /** The runner for the app: large texts here, the others on the calling thread with `inline`. */
  runner(inline: NormalizeRunner): NormalizeRunner {
    return (input, maxChanges, locale) => (this.wanted(input) ? this.run(input, maxChanges, locale) : inline(input, maxChanges, locale))
  }

  /**
   * The same for webhooks and translation, which need the core's result rather than an answer:
   * large texts here (the changes capped in the thread), the others on the calling thread.
   */
  normalizer(): NormalizeOffThread {
    return async (input, maxChanges = Number.POSITIVE_INFINITY) =>
      this.wanted(input) ? this.submit<NormalizeResult>({ kind: 'result', input, maxChanges }) : capChanges(this.served.normalize(input), maxChanges)
  }

  run(input: NormalizeJobInput, maxChanges: number, locale: Locale): Promise<NormalizeOutput> {
    return this.submit<NormalizeOutput>({ kind: 'answer', input, maxChanges, locale })
  }

  private wanted(input: NormalizeInput): boolean {
    return this.size > 0 && input.text.length >= POOL_THRESHOLD
  }

  private submit<T extends NormalizeOutput | NormalizeResult>(job: DistributiveOmit<NormalizeJob, 'id' | 'version'>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the normalize pool is closed'))
    return new Promise<T>((resolve, reject) => {
      const glossary = job.input.glossary ?? this.served.defaultGlossary
      const version = this.served.glossaries().find((g) => g.id === glossary)?.version
      this.queue.push({ ...job, id: this.nextId++, version, resolve: resolve as Job['resolve'], reject } as Job)
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) job.reject(new Error('the normalize pool is closed'))
    await Promise.all(this.threads.splice(0).map((thread) => thread.worker.terminate()))
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const thread = this.threads.find((candidate) => candidate.job === undefined) ?? (this.threads.length < this.size ? this.spawn() : undefined)
      if (!thread) return
      const job = this.queue.shift()!
      thread.job = job
      const { resolve: _resolve, reject: _reject, ...message } = job
      thread.worker.postMessage(message satisfies NormalizeJob)
    }
  }

  private spawn(): Thread {
    const worker = new Worker(threadEntry.url, { workerData: { config: this.config, glossaryStore: this.glossaryStore }, execArgv: threadEntry.execArgv })
    const thread: Thread = { worker, job: undefined }
    worker.on('message', (message: { id?: number; output?: NormalizeOutput; result?: NormalizeResult; error?: string }) => {
      const job = thread.job
      if (message.id === undefined || job === undefined || job.id !== message.id) return
      thread.job = undefined
      const done = message.output ?? message.result
      if (done) job.resolve(done)
      else job.reject(new Error(message.error ?? 'normalize failed in a worker thread'))
      this.dispatch()
    })
    const fail = (error: Error) => {
      const index = this.threads.indexOf(thread)
      if (index >= 0) this.threads.splice(index, 1)
      thread.job?.reject(error)
      thread.job = undefined
      if (!this.closed) this.dispatch()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`a normalize thread exited (code ${code})`)))
    // An idle pool does not keep the process alive.
    worker.unref()
    this.threads.push(thread)
    return thread
  }
}
