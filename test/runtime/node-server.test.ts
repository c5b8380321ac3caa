import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config.js'
import { createCopydesk } from '../../src/core/copydesk.js'
import { startNodeServer } from '../../src/runtime/start-node.js'
import { tinyGlossary } from '../http/support/tiny-glossary.js'
import { json } from '../http/support/request-init.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

describe('startNodeServer', () => {
  it('serves the app on an ephemeral port and stops', async () => {
    const lines: string[] = []
    const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
    const config = parseConfig({ PORT: '0', DEFAULT_GLOSSARY: 'tiny', BODY_LIMIT: '1000' })
    const server = await startNodeServer(config, { copydesk, log: (line) => lines.push(line) })
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
      expect(server.port).toBeGreaterThan(0)

      const health = await fetch(`${server.url}/healthz`)
      expect(health.status).toBe(200)
      expect(await json(health)).toMatchObject({ status: 'ok' })

      const normalized = await fetch(`${server.url}/v1/normalize`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'They flew to Kiev.', language: 'en' }),
      })
      expect(normalized.status).toBe(200)
      expect((await json(normalized)).text).toBe('They flew to Kyiv.')

      // Streamed (chunked, no Content-Length): the limit is enforced while reading.
      const big = new TextEncoder().encode(JSON.stringify({ text: 'x'.repeat(5000) }))
      const tooLarge = await fetch(`${server.url}/v1/normalize`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < big.length; i += 500) controller.enqueue(big.subarray(i, i + 500))
            controller.close()
          },
        }),
        duplex: 'half',
      } as RequestInit)
      expect(tooLarge.status).toBe(413)
      expect((await json(tooLarge)).error.code).toBe('payload_too_large')
      expect(lines.map((line) => JSON.parse(line).status)).toEqual([200, 200, 413])
    } finally {
      await server.close()
    }
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
  })

  it('rejects when the port is taken', async () => {
    const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
    const config = parseConfig({ PORT: '0', DEFAULT_GLOSSARY: 'tiny' })
    const first = await startNodeServer(config, { copydesk, log: () => {} })
    try {
      await expect(startNodeServer({ ...config, port: first.port }, { copydesk, log: () => {} })).rejects.toThrow(/EADDRINUSE/)
    } finally {
      await first.close()
    }
  })
})

interface Child {
  exit: Promise<number | null>
  stdout: () => string
  stderr: () => string
  kill: (signal: NodeJS.Signals) => void
}

/** `node --import tsx src/runtime/node.ts`, as `npm start` runs it: one process, signals go straight to it. */
function startEntry(env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/runtime/node.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { exit, stdout: () => stdout, stderr: () => stderr, kill: (signal) => child.kill(signal) }
}

async function listeningUrl(child: Child, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const match = /^Copydesk listening on (http:\/\/\S+)$/m.exec(child.stdout())
    if (match) return match[1]!
    if (Date.now() > deadline) throw new Error(`no listening line; stdout: ${child.stdout()} stderr: ${child.stderr()}`)
    const exited = await Promise.race([child.exit.then(() => true), new Promise((r) => setTimeout(() => r(false), 50))])
    if (exited) throw new Error(`exited early; stdout: ${child.stdout()} stderr: ${child.stderr()}`)
  }
}

describe('src/runtime/node.ts', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('listens, serves, and exits 0 on %s', async (signal) => {
    const child = startEntry({ PORT: '0', HOST: '127.0.0.1' })
    try {
      const url = await listeningUrl(child, 30_000)
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const res = await fetch(`${url}/healthz`)
      expect(res.status).toBe(200)
      expect(await json(res)).toMatchObject({ status: 'ok' })
      child.kill(signal)
      expect(await child.exit).toBe(0)
      // The request log went to stdout, as one JSON line.
      expect(child.stdout()).toContain('"path":"/healthz"')
    } finally {
      child.kill('SIGKILL')
    }
  }, 60_000)

  it('exits 1 with the configuration error', async () => {
    const child = startEntry({ PORT: 'abc' })
    expect(await child.exit).toBe(1)
    expect(child.stderr()).toBe('Copydesk could not start: PORT must be an integer from 0 to 65535, got "abc"\n')
  }, 60_000)
})
