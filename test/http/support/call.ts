import type { Hono } from 'hono'
import { createCopydesk } from '../../../src/core/copydesk.js'
import { glossaries } from '../../../src/generated/glossaries.js'
import { createApp, type AppEnv } from '../../../src/http/index.js'
import { createNodeApp } from '../../../src/runtime/node/app.js'
import { createService } from '../../../src/runtime/service.js'
import { createTranslator, DEFAULT_TRANSLATE_TIMEOUT_MS } from '../../../src/translate/translate.js'
import { workersAi } from '../../../src/translate/providers/workers-ai/index.js'
import aiStandIn from '../../workers/stand-ins/ai.js'
import { DEFAULT_CLIENT, lockedEnv } from './locked-env.js'
import { storeEnv } from './store-env.js'
import { serveFromStore } from '../../../src/runtime/glossary-store.js'
import { sqliteGlossaryStore } from '../../../src/store/sqlite/index.js'
import { requestInit, type Call, type LockedCall } from './request-init.js'

/**
 * The contract suite's target on Node: the real core with the generated glossary bundle,
 * driven through `app.request`. The workers project of vitest.config.ts replaces this module
 * with test/workers/call.ts, which sends the same requests to the worker inside workerd.
 */
export const copydesk = createCopydesk({ glossaries, prevalidated: true })

/**
 * Translation through the Workers AI provider with the stand-in binding that the worker of the
 * workers project gets too (test/workers/stand-ins/ai.js), so the translate contract is the same.
 */
const translator = createTranslator({
  copydesk,
  providers: [workersAi({ apertiumUrl: undefined, deeplAuthKey: undefined, deeplServerUrl: undefined, timeoutMs: DEFAULT_TRANSLATE_TIMEOUT_MS, ai: aiStandIn(), fetch })!],
})

export const app = createApp({ copydesk, translator, log: () => {} })

/** What `call` drives: the Hono app here, the worker entry in test/workers/call.ts. */
export const target: 'app' | 'worker' = 'app'

export const call: Call = async (method, path, body, headers) => app.request(path, requestInit(method, body, headers))

/** The translate contract's target: the same app (test/workers/call.ts builds the Worker with the AI stand-in). */
export const translateCall: Call = call

let locked: Hono<AppEnv> | undefined

/**
 * The locked-down service (API keys, a rate limit, CORS, webhooks: ./locked-env.ts) as the Node
 * runtime builds it (src/runtime/node/app.ts: the in-memory limiter, clients by socket address);
 * the request comes from a socket whose peer address is `client`. Built on first use.
 */
export const lockedCall: LockedCall = async (method, path, body, headers, client = DEFAULT_CLIENT) => {
  if (!locked) {
    const { config, copydesk: core, integrations } = createService(lockedEnv())
    locked = createNodeApp(config, { copydesk: core, integrations, log: () => {} })
  }
  const incoming = { socket: { remoteAddress: client, remotePort: 50_000, remoteFamily: client.includes(':') ? 'IPv6' : 'IPv4' } }
  return locked.request(path, requestInit(method, body, headers), { incoming })
}

let stored: Hono<AppEnv> | undefined

/**
 * The service with a glossary store (./store-env.ts) as the Node runtime wires it
 * (src/runtime/node/glossary-store.ts), over SQLite in memory. Built on first use; its state
 * lasts for the test file.
 */
export const storeCall: Call = async (method, path, body, headers) => {
  if (!stored) {
    const { config, copydesk: core, integrations } = createService(storeEnv())
    const glossaryStore = serveFromStore(config, core, sqliteGlossaryStore(':memory:'))
    await glossaryStore.refresh(true)
    stored = createNodeApp(config, { copydesk: glossaryStore.copydesk, glossaryStore, integrations, log: () => {} })
  }
  return stored.request(path, requestInit(method, body, headers))
}

export type { Call, ErrorBody, Headers, LockedCall } from './request-init.js'
export { json, streamOf } from './request-init.js'
