// `tsx scripts/wrangler.ts <args>`: the project's wrangler with telemetry, error reports, the
// banner and the `request.cf` download off (scripts/wrangler-env.ts), so `npm run dev:worker`,
// `build:worker` and `types:worker` work offline and send nothing. Exits with wrangler's status.
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { constants } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { offlineWranglerEnv } from './wrangler-env.js'

// The package's `bin` (its exports do not list it), found beside its package.json.
const wranglerBin = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin', 'wrangler.js')

export interface WranglerRun {
  child: ChildProcess
  /** Wrangler's exit status (128 + the signal number if a signal ended it). */
  exit: Promise<number>
}

/** Runs the project's wrangler with `args` in the current directory, offline. */
export function runWrangler(args: readonly string[], { quiet = false } = {}): WranglerRun {
  const child = spawn(process.execPath, [wranglerBin, ...args], {
    env: { ...process.env, ...offlineWranglerEnv },
    stdio: ['inherit', quiet ? 'ignore' : 'inherit', 'inherit'],
  })
  const exit = new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)))
  })
  return { child, exit }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { child, exit } = runWrangler(process.argv.slice(2))
  // Ctrl-C reaches wrangler too (same process group): wait for it to stop workerd and exit.
  process.on('SIGINT', () => {})
  process.on('SIGTERM', () => child.kill('SIGTERM'))
  process.exitCode = await exit
}
