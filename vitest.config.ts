import { fileURLToPath } from 'node:url'
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { configDefaults, defineConfig, type Plugin } from 'vitest/config'
import { useOfflineWranglerEnv } from './scripts/wrangler-env.js'

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
    // The worker's request log (console.log, one JSON line a request) is not shown.
    onConsoleLog: (line) => !line.startsWith('{"method":'),
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/workers/**'],
        },
      },
      {
        // The HTTP contract suite (test/http) again, inside workerd: `call` sends the requests
        // to the worker of wrangler.toml (src/runtime/worker.ts with its [vars]) instead of the
        // Node app, by replacing test/http/support/call.ts with test/workers/call.ts.
        plugins: [
          cloudflareTest({ wrangler: { configPath: './wrangler.toml' } }),
          replaceModule(path('./test/http/support/call.ts'), path('./test/workers/call.ts')),
        ],
        test: {
          name: 'workers',
          include: ['test/http/**/*.test.ts', 'test/workers/**/*.test.ts'],
          // One workerd for all the files, which load the worker (and eld's language data) once:
          // this keeps the run short on a small machine. The app keeps no state between requests.
          isolate: false,
          maxWorkers: 1,
        },
      },
    ],
  },
})
