import { parentPort, workerData } from 'node:worker_threads'
import type { Config } from '../../config/index.js'
import type { NormalizeInput } from '../../core/api.js'
import { capChanges } from '../../http/index.js'
import { createCore } from '../service.js'
import { openNodeGlossaryStore } from './glossary-store.js'

// One thread of the normalize pool (./normalize-pool.ts): the same core as the main thread,
// built from the same configuration, over the same glossary store when there is one; one job at
// a time; the changes are capped here, so the full list never crosses to the main thread.
export interface NormalizeJob {
  id: number
  input: NormalizeInput
  maxChanges: number
  /** The version of the glossary the main thread serves now: the thread reads the store again if it has another. */
  version: string | undefined
}

const { config, glossaryStore } = workerData as { config: Config; glossaryStore: boolean }
const builtIn = createCore(config)
const live = glossaryStore ? await openNodeGlossaryStore(config, builtIn) : undefined
const copydesk = live?.copydesk ?? builtIn

parentPort?.on('message', async ({ id, input, maxChanges, version }: NormalizeJob) => {
  try {
    const glossary = input.glossary ?? copydesk.defaultGlossary
    if (live && version !== copydesk.glossaries().find((g) => g.id === glossary)?.version) await live.refresh(true)
    parentPort?.postMessage({ id, result: capChanges(copydesk.normalize(input), maxChanges) })
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
parentPort?.postMessage({ ready: true })
