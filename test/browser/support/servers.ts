import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createService } from '../../../src/runtime/service.js'
import { startNodeServer } from '../../../src/runtime/node/start.js'
import { DEFAULT_APERTIUM_URL } from '../../../src/translate/config.js'
import { nodeRegistry } from '../../../src/translate/providers/node.js'
import { translatorFromEnv } from '../../../src/translate/registry.js'
import { offlineWranglerEnv } from '../../../scripts/wrangler-env.js'
import { freePort } from '../../../scripts/apertium/apy.js'

export interface RunningServer {
  url: string
  close(): Promise<void>
}

/**
 * The Node server as `npm start` runs it (the same service and translation wiring as
 * src/runtime/node/main.ts), on a free loopback port. Apertium is looked for where nothing
 * answers unless `APERTIUM_URL` is given, so that no APy running on this machine changes a test.
 */
export async function startNode(env: Record<string, string> = {}): Promise<RunningServer> {
  const source = { HOST: '127.0.0.1', PORT: '0', APERTIUM_URL: `http://127.0.0.1:${await freePort()}`, ...env }
  const { config, copydesk, integrations } = createService(source)
  const { translator } = translatorFromEnv(source, copydesk, { registry: nodeRegistry, apertiumUrl: DEFAULT_APERTIUM_URL })
  const server = await startNodeServer(config, { copydesk, integrations, translator, log: () => {} })
  return { url: server.url, close: () => server.close() }
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const wranglerBin = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin', 'wrangler.js')

/**
 * The Worker as `npm run dev:worker` serves it: `wrangler dev --local` (workerd, offline, its
 * own [build] step included) on free loopback ports, stopped with its process group.
 */
export async function startWorker(): Promise<RunningServer> {
  const [port, inspector] = [await freePort(), await freePort()]
  const child = spawn(
    process.execPath,
    [wranglerBin, 'dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspector), '--show-interactive-dev-session=false'],
    { cwd: repoRoot, env: { ...process.env, ...offlineWranglerEnv, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(url, child, () => output)
  } catch (error) {
    await stop(child)
    throw error
  }
  return { url, close: () => stop(child) }
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(`${url}/healthz`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`wrangler dev did not answer on ${url} within 90 s:\n${output()}`)
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid, 'SIGTERM') // wrangler and the workerd it started
  } catch {
    // already gone
  }
  const force = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // gone
    }
  }, 5_000)
  return exited.finally(() => clearTimeout(force))
}

/** A loopback port nothing listens on, as APy's start-up finds one. */
export { freePort }
