import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseConfig, type ConfigSource } from '../../src/config/index.js'
import { openNodeGlossaryStore } from '../../src/runtime/node/glossary-store.js'
import { startNodeServer, type NodeServer } from '../../src/runtime/node/start.js'
import { tinyGlossary } from '../http/support/tiny-glossary.js'
import { createCore } from '../../src/runtime/service.js'
import { probeHealthzDuring } from './support/probe-healthz.js'

/** A name-dense megabyte: every sentence has a name the news glossary changes. */
const denseText = (bytes: number) => 'Officials in Kiev met the mayor. '.repeat(Math.floor(bytes / 33))

async function serve(env: ConfigSource): Promise<NodeServer> {
  const config = parseConfig({ PORT: '0', RATE_LIMIT: '0', ...env })
  return startNodeServer(config, { copydesk: createCore(config), log: () => {} })
}

const post = (server: NodeServer, path: string, body: string) => fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })

describe('heavy requests on Node', () => {
  it('answers /healthz while a 1 MiB name-dense normalize runs, and lists at most MAX_CHANGES changes', async () => {
    const server = await serve({ NORMALIZE_THREADS: '1' })
    try {
      const body = JSON.stringify({ text: denseText(1_040_000), language: 'en' })
      const heavy = post(server, '/v1/normalize', body).then(async (res) => ({
        status: res.status,
        bytes: Number(res.headers.get('content-length')),
        json: (await res.json()) as Record<string, any>,
      }))
      const { answer, answeredBefore } = await probeHealthzDuring(server, heavy)
      expect(answer.status).toBe(200)
      expect(answeredBefore).toBeGreaterThan(3)
      expect(answer.json.changes).toHaveLength(5000)
      const truncated = answer.json.warnings.find((w: { code: string }) => w.code === 'changes-truncated')
      expect(truncated).toMatchObject({ code: 'changes-truncated', listed: 5000, total: Math.floor(1_040_000 / 33) })
      expect(truncated.message).toMatch(/first 5,000 of 31,515 changes/)
      // The text carries every change.
      expect(answer.json.text).not.toContain('Kiev')
      // Bounded by the change cap: megabytes, not the ~220 MB of a full list (and under MAX_RESPONSE_BYTES).
      expect(answer.bytes).toBeLessThan(16 * 1024 * 1024)
    } finally {
      await server.close()
    }
  }, 60_000)

  it('refuses with 422 too_many_changes when the request says "onTooManyChanges": "reject"', async () => {
    const server = await serve({ MAX_CHANGES: '10', NORMALIZE_THREADS: '0' })
    try {
      const res = await post(server, '/v1/normalize', JSON.stringify({ text: denseText(33 * 11), language: 'en', onTooManyChanges: 'reject' }))
      expect(res.status).toBe(422)
      expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'too_many_changes', message: expect.stringMatching(/11 changes, more than the 10/) })
      const bad = await post(server, '/v1/normalize', JSON.stringify({ text: 'Kiev', onTooManyChanges: 'drop' }))
      expect(bad.status).toBe(400)
    } finally {
      await server.close()
    }
  })

  it('refuses an answer larger than MAX_RESPONSE_BYTES with 422 response_too_large', async () => {
    const server = await serve({ MAX_RESPONSE_BYTES: '65536', NORMALIZE_THREADS: '0' })
    try {
      const res = await post(server, '/v1/normalize', JSON.stringify({ text: denseText(40_000), language: 'en' }))
      expect(res.status).toBe(422)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('response_too_large')
    } finally {
      await server.close()
    }
  })

  it('charges the rate limit one unit per started 64 KiB of body', async () => {
    const server = await serve({ RATE_LIMIT: '20', RATE_LIMIT_PERIOD: '3600' })
    try {
      const megabyte = 'x'.repeat(1_000_000) // not JSON: read and charged (16 units), then 400
      const first = await post(server, '/v1/normalize', megabyte)
      expect(first.status).toBe(400)
      // The RateLimit field counts the body's units too: 20 - 16 = 4 left.
      expect(first.headers.get('ratelimit')).toMatch(/^"default";r=4;t=\d+$/)
      expect(first.headers.get('ratelimit-policy')).toBe('"default";q=20;w=3600')
      const second = await post(server, '/v1/normalize', megabyte)
      expect(second.status).toBe(429)
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0)
      // Small requests still have the budget that is left (3 units).
      expect((await post(server, '/v1/normalize', JSON.stringify({ text: 'Kiev' }))).status).toBe(200)
    } finally {
      await server.close()
    }
  })
})

describe('the API options on the normalize threads and in a batch', () => {
  it('renders on a thread the parts asked for with include, in the locale asked for', async () => {
    const server = await serve({ NORMALIZE_THREADS: '1' })
    try {
      // 70 000 code units: over the pool's threshold (64 Ki), so a thread renders the answer.
      const res = await post(server, '/v1/normalize', JSON.stringify({ text: denseText(70_000), language: 'en', include: ['changes'], locale: 'de' }))
      expect(res.status).toBe(200)
      const json = (await res.json()) as Record<string, any>
      expect(Object.keys(json).sort()).toEqual(['changes', 'glossary', 'locale'])
      expect(json.locale).toBe('de')
      expect(json.changes).toHaveLength(Math.floor(70_000 / 33))
      expect(json.changes[1]).toMatchObject({ original: 'Kiev', replacement: 'Kyiv', line: 1, column: 47, status: 'applied' })
      expect(json.changes[1].note).toBeUndefined()
      expect(json.changes[0].message).toMatch(/statt/)
    } finally {
      await server.close()
    }
  }, 60_000)

  it('applies MAX_CHANGES and onTooManyChanges to each document of a batch, and MAX_RESPONSE_BYTES to the whole answer', async () => {
    const server = await serve({ MAX_CHANGES: '100', MAX_RESPONSE_BYTES: '65536', NORMALIZE_THREADS: '0' })
    try {
      const more = denseText(33 * 101)
      const documents = [
        { text: more, language: 'en', include: ['warnings'] },
        { text: more, language: 'en', onTooManyChanges: 'reject' },
        // A hundred changes with their messages and positions: over 20 KB each, so the fourth no longer fits in 64 KiB.
        ...Array.from({ length: 4 }, () => ({ text: denseText(33 * 100), language: 'en', include: ['changes'] })),
        { text: 'Kyiv', language: 'en', include: ['text'] },
      ]
      const res = await post(server, '/v1/normalize/batch', JSON.stringify({ documents }))
      expect(res.status).toBe(200)
      const body = await res.text()
      expect(Number(res.headers.get('content-length'))).toBeLessThanOrEqual(65536)
      const { results, locale } = JSON.parse(body) as { results: Record<string, any>[]; locale: string }
      expect(locale).toBe('en')
      expect(results).toHaveLength(documents.length)
      expect(results[0]!.warnings).toContainEqual(expect.objectContaining({ code: 'changes-truncated', total: 101, listed: 100 }))
      expect(results[1]).toEqual({ error: { code: 'too_many_changes', message: expect.stringMatching(/101 changes, more than the 100/), retryable: false } })
      const codes = results.slice(2, 6).map((result) => result.error?.code ?? 'ok')
      expect(codes[0]).toBe('ok')
      expect(codes).toContain('response_too_large')
      // What fits after a refused document is still answered.
      expect(results[6]).toEqual({ text: 'Kyiv', glossary: expect.any(Object), locale: 'en' })
    } finally {
      await server.close()
    }
  })
})

describe('heavy requests with a glossary store', () => {
  it('are normalized by the threads with the version the main thread serves, after an activation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-pool-'))
    const config = parseConfig({ PORT: '0', RATE_LIMIT: '0', NORMALIZE_THREADS: '1', GLOSSARY_DB: join(dir, 'glossaries.db'), GLOSSARY_REFRESH_MS: '3600000' })
    const live = await openNodeGlossaryStore(config, createCore(config))
    if (!live) throw new Error('no glossary store')
    const server = await startNodeServer(config, { copydesk: live.copydesk, glossaryStore: live, log: () => {} })
    try {
      const text = denseText(70_000)
      const before = (await (await post(server, '/v1/normalize', JSON.stringify({ text, language: 'en' }))).json()) as { text: string; glossary: { version: string } }
      expect(before.text).toContain('Kyiv')
      // A standards editor activates a version of "news" that spells it otherwise; the main thread serves it.
      const source = tinyGlossary('news')
      source.concepts[0]!.forms.en!.preferred = 'Kyyiv'
      await live.store.putDraft('news', '2026-12-05', source, 'test')
      await live.store.activate('news', '2026-12-05', 'test')
      await live.refresh(true)
      const after = (await (await post(server, '/v1/normalize', JSON.stringify({ text, language: 'en' }))).json()) as { text: string; glossary: { version: string } }
      expect(after.glossary.version).not.toBe(before.glossary.version)
      expect(after.text).toContain('Officials in Kyyiv met')
      expect(after.text).not.toContain('Kiev')
    } finally {
      await server.close()
    }
  }, 60_000)
})
