import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

/** Where Debian's apertium packages install their translation modes (eng-spa.mode, spa-eng.mode…). */
export const APERTIUM_MODES = '/usr/share/apertium/modes'
const LAUNCHER = fileURLToPath(new URL('./apy-loopback.py', import.meta.url))
const INSTALL = 'apt-get install apertium apertium-apy apertium-eng-spa'

export interface Apy {
  /** Base URL, e.g. http://127.0.0.1:43121 */
  url: string
  port: number
  /** Stops APy and its pipelines; resolves when the process has exited. */
  stop(): Promise<void>
}

export interface StartApyOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number
  /** How long to wait for APy to answer /listPairs, in ms. Default 30 000. */
  readyTimeoutMs?: number
  /** Where APy's output goes. Default: kept, and shown if APy fails to start. */
  stdio?: 'inherit' | 'pipe'
}

/**
 * Starts Apertium's APy on loopback (scripts/apertium/apy-loopback.py) with every installed
 * pair and waits until it answers, within a bounded time. Used by the tests, the bench and
 * `npm run translator`.
 */
export async function startApy(options: StartApyOptions = {}): Promise<Apy> {
  if (!existsSync(APERTIUM_MODES)) throw new Error(`Apertium is not installed (no ${APERTIUM_MODES}): ${INSTALL}`)
  const port = options.port || (await freePort())
  const url = `http://127.0.0.1:${port}`
  const child = spawn(apyPython(), [LAUNCHER, '-p', String(port), APERTIUM_MODES], { stdio: ['ignore', options.stdio ?? 'pipe', options.stdio ?? 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(killer)
  }
  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`APy exited with code ${child.exitCode} before it was ready:\n${output}`)
    try {
      const response = await fetch(`${url}/listPairs`, { signal: AbortSignal.timeout(2000) })
      if (response.ok) return { url, port, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  await stop()
  throw new Error(`APy did not answer on ${url} within ${options.readyTimeoutMs ?? 30_000} ms:\n${output}`)
}

/**
 * The Python that runs APy: the one of the installed `apertium-apy` script's #! line (Debian's
 * /usr/bin/python3), which has tornado; another python3 earlier on PATH may not.
 */
function apyPython(): string {
  const script = '/usr/bin/apertium-apy'
  if (!existsSync(script)) throw new Error(`APy is not installed (no ${script}): ${INSTALL}`)
  return /^#!\s*(\S+)/u.exec(readFileSync(script, 'utf8'))?.[1] ?? '/usr/bin/python3'
}

/** A TCP port free on 127.0.0.1 now (APy needs a number; another process could take it in between, rarely). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}


