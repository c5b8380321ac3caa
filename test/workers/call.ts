import { env, exports } from 'cloudflare:workers'
import type { Hono } from 'hono'
import type { AppEnv } from '../../src/http/index.js'
import { createWorkerApp } from '../../src/runtime/worker/app.js'
import { DEFAULT_CLIENT, lockedEnv } from '../http/support/locked-env.js'
import { storeEnv } from '../http/support/store-env.js'
import aiStandIn from './stand-ins/ai.js'
import { requestInit, type Call, type LockedCall } from '../http/support/request-init.js'

// The test-only bindings of vitest.config.ts are not in Cloudflare.Env: read by name, as unknown.
const bindings: Readonly<Record<string, unknown>> = { ...env }

// The contract suite's target inside workerd: the worker entry of wrangler.toml
// (src/runtime/worker/main.ts, configured by its [vars]), through its default export's fetch. The
// workers project of vitest.config.ts puts this module in place of test/http/support/call.ts.

/** What `call` drives: the worker entry here, the Hono app in test/http/support/call.ts. */
export const target = 'worker'

const base = 'http://copydesk.test'

export const call: Call = (method, path, body, headers) => exports.default.fetch(new Request(new URL(path, base), requestInit(method, body, headers)))

let translating: Hono<AppEnv> | undefined

/**
 * The translate contract's target: the Worker as createWorkerApp builds it from wrangler.toml's
 * bindings, with the AI binding (remote only) replaced by the stand-in of ./stand-ins/ai.js.
 */
export const translateCall: Call = async (method, path, body, headers) => {
  translating ??= createWorkerApp({ ...env, AI: aiStandIn() }).app
  return translating.fetch(new Request(new URL(path, base), requestInit(method, body, headers)))
}

let locked: Hono<AppEnv> | undefined

/**
 * The locked-down service (test/http/support/locked-env.ts) as the Workers runtime builds it
 * (src/runtime/worker/app.ts): from bindings, with a real rate-limiting binding
 * (LOCKED_RATE_LIMITER of vitest.config.ts, implemented by miniflare) and clients told apart by
 * CF-Connecting-IP, which Cloudflare would set to `client`. Built on first use.
 */
export const lockedCall: LockedCall = async (method, path, body, headers, client = DEFAULT_CLIENT) => {
  locked ??= createWorkerApp({ ...env, ...lockedEnv(), RATE_LIMITER: bindings.LOCKED_RATE_LIMITER }).app
  return locked.fetch(new Request(new URL(path, base), requestInit(method, body, { ...headers, 'cf-connecting-ip': client })))
}

let stored: Hono<AppEnv> | undefined

/**
 * The service with a glossary store (test/http/support/store-env.ts) as the Workers runtime
 * wires it (src/runtime/worker/app.ts): over STORE_DB, a D1 database of vitest.config.ts
 * (miniflare's D1), given as the GLOSSARY_DB binding. Built on first use.
 */
export const storeCall: Call = async (method, path, body, headers) => {
  stored ??= createWorkerApp({ ...env, ...storeEnv(), GLOSSARY_DB: bindings.STORE_DB }).app
  return stored.fetch(new Request(new URL(path, base), requestInit(method, body, headers)))
}

// The first request loads the worker (through Vite: eld's language data, the glossary bundle)
// and builds the service, which takes seconds here: it is done while the test files load,
// so that no test's timeout pays for it.
await call('GET', '/healthz')

export type { Call, ErrorBody, Headers, LockedCall } from '../http/support/request-init.js'
export { json, streamOf } from '../http/support/request-init.js'
