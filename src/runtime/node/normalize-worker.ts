import { parentPort, workerData } from 'node:worker_threads'
import type { Config } from '../../config/index.js'
import { getPriority, setPriority } from 'node:os'
import type { NormalizeInput } from '../../core/api.js'
import { capChanges, glossaryCatalog, normalizeToJson, type NormalizeJobInput } from '../../http/index.js'
import type { Locale } from '../../i18n/index.js'
import { createCore } from '../service.js'
import { openNodeGlossaryStore } from './glossary-store.js'

// One thread of the normalize pool (./normalize-pool.ts): the same core as the main thread,
// built from the same configuration, over the same glossary store when there is one; one job at
// a time; the changes are capped here, so the full list never crosses to the main thread.
export type NormalizeJob = {
  id: number
  maxChanges: number
  /** The version of the glossary the main thread serves now: the thread reads the store again if it has another. */
  version: string | undefined
} & (
  | /** POST /v1/normalize: the whole answer, rendered in `locale` and serialized; its bytes come back. */ { kind: 'answer'; input: NormalizeJobInput; locale: Locale }
  | /** Webhooks and translation: the core's result, its changes capped. */ { kind: 'result'; input: NormalizeInput }
)

/** How much nicer than the main thread the threads are: 10 steps give it about nine times their share of a busy core. */
const THREAD_NICE = 10

const { config, glossaryStore } = workerData as { config: Config; glossaryStore: boolean }
const builtIn = createCore(config)
const live = glossaryStore ? await openNodeGlossaryStore(config, builtIn) : undefined
const copydesk = live?.copydesk ?? builtIn
const catalog = glossaryCatalog(copydesk)

// Below the main thread (Linux applies a nice value to the calling thread only): when the cores
// are busy, the scheduler runs the main thread first, so /healthz and small requests keep their
// latency while megabytes are being normalized here. Relative to the process's own priority, so
// a server started with `nice` keeps the gap.
try {
  setPriority(Math.min(19, getPriority() + THREAD_NICE))
} catch {
  // not allowed here: the thread keeps the process's priority
}

parentPort?.on('message', async (job: NormalizeJob) => {
  const { id, input, maxChanges, version } = job
  try {
    const glossary = input.glossary ?? copydesk.defaultGlossary
    if (live && version !== copydesk.glossaries().find((g) => g.id === glossary)?.version) await live.refresh(true)
    if (job.kind === 'result') {
      parentPort?.postMessage({ id, result: capChanges(copydesk.normalize(job.input), maxChanges) })
      return
    }
    // The whole answer is made here; its bytes are moved (not copied) to the main thread.
    const output = normalizeToJson(copydesk, catalog, job.input, maxChanges, job.locale)
    parentPort?.postMessage({ id, output }, [output.bytes.buffer])
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
parentPort?.postMessage({ ready: true })
