import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/index.js'
import { createCopydesk } from '../../src/core/copydesk.js'
import { SqliteIdempotencyStore } from '../../src/runtime/node/sqlite-idempotency-store.js'
import { startNodeServer } from '../../src/runtime/node/start.js'
import { parseIntegrations } from '../../src/webhooks/index.js'
import { tinyGlossary } from '../http/support/tiny-glossary.js'
import { signGeneric } from '../http/support/sign.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const SECRET = 'durable-secret-0123456789abcdef0123456789abcdef'
const WEBHOOKS = JSON.stringify({ integrations: [{ name: 'wire', provider: 'generic', secrets: [{ env: 'WIRE_SECRET' }], fields: [{ name: 'headline', format: 'text' }] }] })
const body = JSON.stringify({ id: 'story', locale: 'en', fields: { headline: 'They flew to Kiev' } })

async function deliver(url: string, key: string): Promise<Response> {
  return fetch(`${url}/v1/webhooks/wire`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, 'copydesk-signature': await signGeneric(body, SECRET) },
    body,
  })
}

function startEntry(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/runtime/node/main.ts'], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.resume()
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const url = (async () => {
    const deadline = Date.now() + 30_000
    for (;;) {
      const match = /listening on (http:\/\/\S+)/.exec(stdout)
      if (match) return match[1]!
      if (Date.now() > deadline) throw new Error(`no listening line: ${stdout}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  return { url, exit, kill: (signal: NodeJS.Signals) => child.kill(signal) }
}

describe('webhook answers in SQLite (IDEMPOTENCY_DB_FILE)', () => {
  it('survive a restart of the process: the same delivery is replayed, not processed again', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'copydesk-idem-')), 'answers.db')
    const env = { PORT: '0', WEBHOOKS, WIRE_SECRET: SECRET, IDEMPOTENCY_DB_FILE: file }
    const first = startEntry(env)
    try {
      const answer = await deliver(await first.url, 'restart-1')
      expect(answer.status).toBe(200)
      expect(answer.headers.get('idempotent-replayed')).toBeNull()
      expect(existsSync(file)).toBe(true)
      first.kill('SIGTERM')
      expect(await first.exit).toBe(0)
    } finally {
      first.kill('SIGKILL')
    }
    const second = startEntry(env)
    try {
      const url = await second.url
      const replay = await deliver(url, 'restart-1')
      expect(replay.status).toBe(200)
      expect(replay.headers.get('idempotent-replayed')).toBe('true')
      expect(await replay.json()).toMatchObject({ summary: true, fields: [{ field: 'headline', changed: true, changeCount: 1 }] })
      // The same key with another body is still refused after the restart.
      const other = JSON.stringify({ id: 'story', locale: 'en', fields: { headline: 'They left Kiev' } })
      const reused = await fetch(`${url}/v1/webhooks/wire`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'restart-1', 'copydesk-signature': await signGeneric(other, SECRET) },
        body: other,
      })
      expect(reused.status).toBe(422)
      expect(((await reused.json()) as { error: { code: string } }).error.code).toBe('idempotency_key_reused')
    } finally {
      second.kill('SIGKILL')
    }
  }, 90_000)

  it('are shared by two instances opening the same file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'copydesk-idem-')), 'shared.sqlite')
    const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
    const integrations = parseIntegrations(JSON.parse(WEBHOOKS), { WIRE_SECRET: SECRET })
    const config = parseConfig({ PORT: '0', DEFAULT_GLOSSARY: 'tiny', IDEMPOTENCY_DB_FILE: file })
    const [a, b] = await Promise.all([startNodeServer(config, { copydesk, integrations, log: () => {} }), startNodeServer(config, { copydesk, integrations, log: () => {} })])
    try {
      expect((await deliver(a.url, 'shared-1')).headers.get('idempotent-replayed')).toBeNull()
      const onB = await deliver(b.url, 'shared-1')
      expect(onB.status).toBe(200)
      expect(onB.headers.get('idempotent-replayed')).toBe('true')
      // Resent to B under a new key: recognized by its body.
      expect((await deliver(b.url, 'shared-2')).headers.get('idempotent-replayed')).toBe('true')
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })

  it('expire after their time to live', async () => {
    let now = 1_000_000
    const store = new SqliteIdempotencyStore(':memory:', { now: () => now })
    const answer = { fingerprint: 'f'.repeat(64), result: { status: 200, body: { outcome: 'ignored' as const, integration: 'i', provider: 'generic', delivery: 'd', event: 'e', reason: 'deleted' as const, message: { key: 'ignored-deleted' as const } } } }
    await store.put('k', answer, 60)
    expect(await store.get('k')).toEqual(answer)
    now += 60_000
    expect(await store.get('k')).toBeUndefined()
    store.close()
  })
})
