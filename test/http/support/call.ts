import { createCopydesk } from '../../../src/core/copydesk.js'
import { glossaries } from '../../../src/generated/glossaries.js'
import { createApp } from '../../../src/http/index.js'
import { requestInit, type Call } from './request-init.js'

/**
 * The contract suite's target on Node: the real core with the generated glossary bundle,
 * driven through `app.request`. The workers project of vitest.config.ts replaces this module
 * with test/workers/call.ts, which sends the same requests to the worker inside workerd.
 */
export const copydesk = createCopydesk({ glossaries })

export const app = createApp({ copydesk, log: () => {} })

/** What `call` drives: the Hono app here, the worker entry in test/workers/call.ts. */
export const target: 'app' | 'worker' = 'app'

export const call: Call = async (method, path, body, headers) => app.request(path, requestInit(method, body, headers))

export type { Call, ErrorBody, Headers } from './request-init.js'
export { json, streamOf } from './request-init.js'
