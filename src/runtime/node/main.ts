import { readFileSync } from 'node:fs'
import { openNodeGlossaryStore } from './glossary-store.js'
import { createService } from '../service.js'
import { startLines, translateStartLine } from '../start-lines.js'
import { DEFAULT_APERTIUM_URL } from '../../translate/config.js'
import { nodeRegistry } from '../../translate/providers/node.js'
import { translatorFromEnv } from '../../translate/registry.js'
import { batchedLog } from './batched-log.js'
import { NormalizePool } from './normalize-pool.js'
import { startNodeServer, type NodeServer } from './start.js'

let server: NodeServer
let lines: string[]
let translateLine: string
try {
  const { config, copydesk, integrations, stalePrecompiled } = createService(process.env, { readFile: (path) => readFileSync(path, 'utf8') })
  lines = startLines({ config, integrations, stalePrecompiled })
  const glossaryStore = await openNodeGlossaryStore(config, copydesk)
  if (glossaryStore) lines.push(`Copydesk glossary store: ${config.glossaryDb} (${config.adminApiKeys.length > 0 ? 'admin keys can change glossaries' : 'read-only: ADMIN_API_KEYS is not set'})`)
  // Translation reads the glossaries the service serves: the store's active versions when there is one.
  const served = glossaryStore?.copydesk ?? copydesk
  // One worker-thread pool for large texts, whatever the route: normalize, webhooks, translation.
  const pool = new NormalizePool(config, served, glossaryStore !== undefined)
  const { translator } = translatorFromEnv(process.env, served, { registry: nodeRegistry, apertiumUrl: DEFAULT_APERTIUM_URL, normalize: pool.normalizer() })
  translateLine = translateStartLine(translator.ids, translator.defaultProvider)
  // The request log: one line per request, written to stdout once per turn of the event loop.
  const log = batchedLog()
  server = await startNodeServer(config, glossaryStore ? { copydesk: served, glossaryStore, integrations, translator, pool, log } : { copydesk, integrations, translator, pool, log })
} catch (error) {
  // A configuration or glossary error: say what is wrong, without a stack trace.
  console.error(`Copydesk could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
for (const line of lines) console.log(line)
console.log(`Copydesk listening on ${server.url}`)
console.log(translateLine)

// SIGTERM (a supervisor) or SIGINT (Ctrl-C): stop accepting, let requests in flight finish
// within SHUTDOWN_TIMEOUT_MS, close what is left and exit 0. A second signal exits at once.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    process.removeAllListeners('SIGTERM').removeAllListeners('SIGINT')
    for (const again of ['SIGTERM', 'SIGINT'] as const) process.once(again, () => process.exit(1))
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  })
}
