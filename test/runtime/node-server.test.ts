import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/index.js'
import { createCopydesk } from '../../src/core/copydesk.js'
import { POOL_THRESHOLD } from '../../src/runtime/node/normalize-pool.js'
import { startNodeServer } from '../../src/runtime/node/start.js'
import { tinyGlossary } from '../http/support/tiny-glossary.js'
import { json } from '../http/support/request-init.js'
import { signGeneric } from '../http/support/sign.js'

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

  it('limits each client, told apart by its socket address', async () => {
    const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
    const config = parseConfig({ PORT: '0', DEFAULT_GLOSSARY: 'tiny', RATE_LIMIT: '2', RATE_LIMIT_PERIOD: '60' })
    const lines: string[] = []
    const server = await startNodeServer(config, { copydesk, log: (line) => lines.push(line) })
    try {
      const statuses = []
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${server.url}/v1/glossaries`)).status)
      expect(statuses).toEqual([200, 200, 429])
      const refused = await fetch(`${server.url}/v1/glossaries`)
      expect(refused.headers.get('retry-after')).toBe('30')
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    } finally {
      await server.close()
    }
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

/**
 * `node --import tsx src/runtime/node/main.ts`, as `npm start` runs it: one process, signals go
 * straight to it. No glossary store unless the test gives GLOSSARY_DB (the default would write
 * data/copydesk.db into the checkout).
 */
function startEntry(env: Record<string, string>, command: readonly string[] = [process.execPath, '--import', 'tsx', 'src/runtime/node/main.ts']): Child {
  const child = spawn(command[0]!, command.slice(1), {
    cwd: repoRoot,
    env: { ...process.env, GLOSSARY_DB: 'none', ...env },
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

describe('src/runtime/node/main.ts', () => {
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
      // The request log went to stdout, as one JSON line, after the start lines.
      expect(child.stdout()).toContain('"path":"/healthz"')
      expect(child.stdout()).toMatch(/^Copydesk is open: API_KEYS is not set, every \/v1 route answers without a key\nCopydesk listening on /)
    } finally {
      child.kill('SIGKILL')
    }
  }, 60_000)

  it('npm start serves from its build, large texts on its worker threads, and stopped with SIGTERM leaves no server behind', async () => {
    // npm runs the script through sh, which does not pass signals on: the script execs node.
    const child = startEntry({ PORT: '0', HOST: '127.0.0.1' }, ['npm', 'start', '--silent'])
    try {
      const url = await listeningUrl(child, 60_000)
      expect((await fetch(`${url}/healthz`)).status).toBe(200)
      // Over POOL_THRESHOLD: normalized on a thread, whose entry is the build's own
      // (build/node/normalize-worker.js beside build/node/main.js).
      const text = 'They flew to Kiev. '.repeat(Math.ceil(POOL_THRESHOLD / 19))
      const res = await fetch(`${url}/v1/normalize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, language: 'en', include: ['text'] }) })
      expect(res.status).toBe(200)
      expect((await json(res)).text).toBe(text.replaceAll('Kiev', 'Kyiv'))
      child.kill('SIGTERM')
      await child.exit
      await expect(fetch(`${url}/healthz`)).rejects.toThrow()
    } finally {
      child.kill('SIGKILL')
    }
  }, 90_000)

  it('locks down with API_KEYS, and serves the webhooks of WEBHOOKS_FILE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-'))
    const webhooks = join(dir, 'webhooks.json')
    writeFileSync(webhooks, JSON.stringify({ integrations: [{ name: 'wire', provider: 'generic', secrets: [{ env: 'WIRE_SECRET' }], fields: [{ name: 'headline', format: 'text' }] }] }))
    const key = 'entry-test-key-0123456789abcdef'
    const child = startEntry({ PORT: '0', API_KEYS: `${key},second-key-0123456789abcdef`, WEBHOOKS_FILE: webhooks, WIRE_SECRET: 'entry-wire-secret' })
    try {
      const url = await listeningUrl(child, 30_000)
      expect(child.stdout()).toMatch(/^Copydesk requires an API key \(2 keys\)\nCopydesk webhooks: wire \(generic, report\)\nCopydesk listening on /)
      expect((await fetch(`${url}/v1/glossaries`)).status).toBe(401)
      expect((await fetch(`${url}/v1/glossaries`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200)
      const body = JSON.stringify({ id: 'story', locale: 'en', fields: { headline: 'They flew to Kiev' } })
      const res = await fetch(`${url}/v1/webhooks/wire`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'copydesk-signature': await signGeneric(body, 'entry-wire-secret') },
        body,
      })
      expect(res.status).toBe(200)
      expect((await json(res)).fields[0].value).toBe('They flew to Kyiv')
      expect(child.stdout()).not.toContain(key)
      expect(child.stdout()).not.toContain('entry-wire-secret')
    } finally {
      child.kill('SIGKILL')
    }
  }, 60_000)

  it('keeps an activated glossary version across a restart (GLOSSARY_DB)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-'))
    const env = { PORT: '0', GLOSSARY_DB: join(dir, 'db', 'glossaries.db'), ADMIN_API_KEYS: 'entry-admin-key-0123456789abcdef' }
    const admin = { authorization: `Bearer ${env.ADMIN_API_KEYS}`, 'content-type': 'application/json' }
    const normalized = async (url: string) =>
      json(await fetch(`${url}/v1/normalize`, { method: 'POST', headers: admin, body: JSON.stringify({ text: 'Kiev', language: 'en' }) }))
    let child = startEntry(env)
    let version: string
    try {
      const url = await listeningUrl(child, 30_000)
      expect(child.stdout()).toContain(`Copydesk glossary store: ${env.GLOSSARY_DB} (admin keys can change glossaries)\n`)
      const glossary = await json(await fetch(`${url}/v1/glossaries/news`))
      const put = await fetch(`${url}/v1/glossaries/news`, { method: 'PUT', headers: admin, body: JSON.stringify({ ...glossary, name: 'News, desk edition' }) })
      expect(put.status, await put.clone().text()).toBe(201)
      version = (await json(put)).version
      expect((await fetch(`${url}/v1/glossaries/news/versions/${version}/activate`, { method: 'POST', headers: admin })).status).toBe(200)
      expect((await normalized(url)).glossary.version).toBe(version)
      child.kill('SIGTERM')
      expect(await child.exit).toBe(0)
      child = startEntry(env)
      const again = await listeningUrl(child, 30_000)
      expect(await normalized(again)).toMatchObject({ text: 'Kyiv', glossary: { version } })
      expect((await json(await fetch(`${again}/v1/glossaries`))).glossaries.find((g: { id: string }) => g.id === 'news')).toMatchObject({ name: 'News, desk edition', version })
    } finally {
      child.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    }
  }, 90_000)

  it('exits 1 with the exact errors of the webhook configuration', async () => {
    const child = startEntry({ PORT: '0', WEBHOOKS: '{"integrations": [{"name": "wire", "provider": "generic", "secrets": [{"env": "NOT_SET_ANYWHERE"}], "fields": []}]}' })
    expect(await child.exit).toBe(1)
    expect(child.stderr()).toBe(
      'Copydesk could not start: WEBHOOKS is invalid:\nintegrations[0] "wire": "secrets[0]" names environment variable NOT_SET_ANYWHERE, which is not set\nintegrations[0] "wire": "fields" must be a non-empty array of {"name", "format"}\n',
    )
  }, 60_000)

  it('exits 1 with the configuration error', async () => {
    const child = startEntry({ PORT: 'abc' })
    expect(await child.exit).toBe(1)
    expect(child.stderr()).toBe('Copydesk could not start: PORT must be an integer from 0 to 65535, got "abc"\n')
  }, 60_000)
})
