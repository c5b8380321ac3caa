import { createCopydesk } from '../../../src/core/copydesk.js'
import { glossaries } from '../../../src/generated/glossaries.js'
import { createApp } from '../../../src/http/index.js'
import { requestInit, type Call } from './request-init.js'

/**
 * The contract suite's target on Node: the real core with the generated glossary bundle,
 * driven through `app.request`. A workerd run swaps this module for one built on the worker.
 */
export const copydesk = createCopydesk({ glossaries })

export const app = createApp({ copydesk, log: () => {} })

export const call: Call = async (method, path, body, headers) => app.request(path, requestInit(method, body, headers))

export type { Call, ErrorBody, Headers } from './request-init.js'
export { json, streamOf } from './request-init.js'
