import { parentPort, workerData } from 'node:worker_threads'
import type { Config } from '../../config/index.js'
import { glossaryCatalog, normalizeToJson, type NormalizeJobInput } from '../../http/index.js'
import type { Locale } from '../../i18n/index.js'
import { createCore } from '../service.js'
import { openNodeGlossaryStore } from './glossary-store.js'

// One thread of the normalize pool (./normalize-pool.ts): the same core as the main thread,
// built from the same configuration, over the same glossary store when there is one; one job at
// a time; the changes are capped here, so the full list never crosses to the main thread.
export interface NormalizeJob {
  id: number
  input: NormalizeJobInput
  maxChanges: number
  locale: Locale
  /** The version of the glossary the main thread serves now: the thread reads the store again if it has another. */
  version: string | undefined
}

const { config, glossaryStore } = workerData as { config: Config; glossaryStore: boolean }
const builtIn = createCore(config)
const live = glossaryStore ? await openNodeGlossaryStore(config, builtIn) : undefined
const copydesk = live?.copydesk ?? builtIn
const catalog = glossaryCatalog(copydesk)

parentPort?.on('message', async ({ id, input, maxChanges, locale, version }: NormalizeJob) => {
  try {
    if (live && version !== copydesk.glossaries().find((g) => g.id === input.glossary)?.version) await live.refresh(true)
    // The whole answer is made here; its bytes are moved (not copied) to the main thread.
    const output = normalizeToJson(copydesk, catalog, input, maxChanges, locale)
    parentPort?.postMessage({ id, output }, [output.bytes.buffer])
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
parentPort?.postMessage({ ready: true })
