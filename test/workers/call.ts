import { exports } from 'cloudflare:workers'
import { requestInit, type Call } from '../http/support/request-init.js'

// The contract suite's target inside workerd: the worker entry of wrangler.toml
// (src/runtime/worker.ts, configured by its [vars]), through its default export's fetch. The
// workers project of vitest.config.ts puts this module in place of test/http/support/call.ts.

/** What `call` drives: the worker entry here, the Hono app in test/http/support/call.ts. */
export const target = 'worker'

export const call: Call = (method, path, body, headers) =>
  exports.default.fetch(new Request(new URL(path, 'http://copydesk.test'), requestInit(method, body, headers)))

// The first request loads the worker (through Vite: eld's language data, the glossary bundle)
// and builds the service, which takes seconds here: it is done while the test files load,
// so that no test's timeout pays for it.
await call('GET', '/healthz')

export type { Call, ErrorBody, Headers } from '../http/support/request-init.js'
export { json, streamOf } from '../http/support/request-init.js'
