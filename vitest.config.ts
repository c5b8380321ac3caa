import { fileURLToPath } from 'node:url'
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { configDefaults, defineConfig, type Plugin } from 'vitest/config'
import { useOfflineWranglerEnv } from './scripts/wrangler-env.js'
import { LOCKED } from './test/http/support/locked-env.js'

// wrangler and miniflare (the workers project) send nothing and download nothing.
useOfflineWranglerEnv()

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

/** Every import that resolves to `from` gets `to` instead. */
function replaceModule(from: string, to: string): Plugin {
  return {
    name: 'copydesk:replace-module',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/(^|\/)call(\.[jt]s)?$/.test(source)) return undefined
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      return resolved?.id === from ? to : undefined
    },
  }
}

export default defineConfig({
  test: {
    // The worker's request log (console.log, one JSON line a request) and its start lines are not shown.
    onConsoleLog: (line) => !line.startsWith('{"method":') && !line.startsWith('Copydesk '),
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // A budget against hangs, not a speed check: tests that compile glossaries or start
          // servers take seconds on a loaded machine (CI shares its cores). Hooks too: a
          // beforeAll that compiles every built-in glossary twice (precompiled.test.ts) passed
          // vitest's default 10 s at load 9 and skipped its tests.
          testTimeout: 30_000,
          hookTimeout: 30_000,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/workers/**'],
        },
      },
      {
        // The HTTP contract suite (test/http) again, inside workerd: `call` sends the requests
        // to the worker of wrangler.toml (src/runtime/worker/main.ts with its [vars]) instead of the
        // Node app, by replacing test/http/support/call.ts with test/workers/call.ts.
        // Two changes to wrangler.toml's bindings: RATE_LIMIT is "0" for the worker `call`
        // drives, since the whole suite comes from one client, hundreds of requests a minute
        // (the Node `call` app has no limit either); and LOCKED_RATE_LIMITER, a second
        // rate-limiting binding (miniflare implements it), is the one of the locked-down target
        // (`lockedCall`, test/http/support/locked-env.ts) where the limits are tested.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // Workers AI ([ai] in wrangler.toml) runs on Cloudflare's network only: no remote
            // bindings here. The translate contract puts a stand-in in its place
            // (test/workers/stand-ins/ai.js, `translateCall` in test/workers/call.ts).
            remoteBindings: false,
            miniflare: {
              bindings: { RATE_LIMIT: '0' },
              ratelimits: { LOCKED_RATE_LIMITER: { namespace_id: '9001', simple: { limit: LOCKED.rateLimit, period: LOCKED.period } } },
              // The glossary store's target (`storeCall`) binds it as GLOSSARY_DB; the worker `call`
              // drives has none, so it serves the built-in glossaries read-only, as deployed by default.
              // Webhook answers in D1 (src/runtime/worker/d1-idempotency-store.ts): IDEMPOTENCY_DB.
              d1Databases: ['STORE_DB', 'REFRESH_DB', 'IDEMPOTENCY_DB'],
            },
          }),
          replaceModule(path('./test/http/support/call.ts'), path('./test/workers/call.ts')),
        ],
        test: {
          name: 'workers',
          include: ['test/http/**/*.test.ts', 'test/workers/**/*.test.ts'],
          // One workerd for all the files, which load the worker (and eld's language data) once:
          // this keeps the run short on a small machine. The app keeps no state between requests.
          isolate: false,
          maxWorkers: 1,
          testTimeout: 30_000, // as in the node project: a budget against hangs
          hookTimeout: 30_000,
        },
      },
    ],
  },
})
