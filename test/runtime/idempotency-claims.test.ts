import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/index.js'
import { createCopydesk } from '../../src/core/copydesk.js'
import { createNodeApp } from '../../src/runtime/node/app.js'
import { SqliteIdempotencyStore } from '../../src/runtime/node/sqlite-idempotency-store.js'
import { MemoryIdempotencyStore, type IdempotencyStore } from '../../src/webhooks/index.js'
import { tinyGlossary } from '../http/support/tiny-glossary.js'
import { startStrapiMock, type StrapiDocument, type StrapiMock } from '../webhooks/mock-cms/strapi.js'
import { fixture, integration } from '../webhooks/support/deliveries.js'

// Two instances of the service receiving the same delivery at the same moment (a CMS retrying
// on a timeout while the first attempt is still running, behind a load balancer): the claim in
// the shared store lets exactly one of them process it; the other answers 409, retryable.

const SECRET = 'strapi-webhook-token-claims'
const TOKEN = 'strapi-api-token-claims'
const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
const config = parseConfig({ DEFAULT_GLOSSARY: 'tiny', RATE_LIMIT: '0', IDEMPOTENCY_CLAIM_SECONDS: '30' })

let cms: StrapiMock
let payload: { entry: StrapiDocument & { locale: string }; createdAt: string }
beforeAll(async () => {
  cms = await startStrapiMock(TOKEN)
})
afterAll(() => cms.close())
beforeEach(() => {
  // Strapi's createdAt is the sending time, checked against a five-minute window.
  payload = { ...fixture<{ entry: StrapiDocument & { locale: string } }>('strapi-entry-update.json'), createdAt: new Date().toISOString() }
  cms.documents.clear()
  cms.requests.length = 0
  cms.writes = 0
  cms.seed('articles', payload.entry, 'en')
})

const strapi = () =>
  integration({
    name: 'strapi',
    provider: 'strapi',
    secrets: [SECRET],
    fields: [{ name: 'title', format: 'text' }],
    mode: 'write-back',
    writeBack: { token: TOKEN, baseUrl: cms.url, collections: { 'api::article.article': 'articles' }, timeoutMs: 5000 },
  })

/** An instance of the app: its own process state, sharing only `store`'s database. */
const instance = (store: IdempotencyStore, fetch: typeof globalThis.fetch = globalThis.fetch) => createNodeApp(config, { copydesk, integrations: [strapi()], store, fetch, log: () => {} })

const deliver = (app: ReturnType<typeof instance>) =>
  app.request('/v1/webhooks/strapi', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-strapi-event': 'entry.update', authorization: `Bearer ${SECRET}` },
    body: JSON.stringify(payload),
  })

const puts = () => cms.requests.filter((request) => request.method === 'PUT').length

/** A fetch to the CMS that waits until `open()`: holds the first instance in the middle of its work. */
function gatedFetch() {
  let open!: () => void
  let reached!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  const called = new Promise<void>((resolve) => (reached = resolve))
  // Opened anyway after a while, so that a broken claim fails the assertions below instead of hanging.
  const fallback = setTimeout(() => open(), 5000)
  const fetch: typeof globalThis.fetch = async (input, init) => {
    reached()
    await gate
    return globalThis.fetch(input, init)
  }
  return { fetch, called, open: () => (clearTimeout(fallback), open()) }
}

function sqliteFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'copydesk-claims-')), 'answers.db')
}

interface ErrorAnswer {
  error: { code: string; retryable: boolean; details?: { delivery?: string } }
}

describe('a delivery claimed in the shared store (two instances, one SQLite file)', () => {
  it('is processed by exactly one of two instances that receive it at once; the other answers 409, retryable', async () => {
    const file = sqliteFile()
    const [storeA, storeB] = [new SqliteIdempotencyStore(file), new SqliteIdempotencyStore(file)]
    const cmsFetch = gatedFetch()
    const [a, b] = [instance(storeA, cmsFetch.fetch), instance(storeB, cmsFetch.fetch)]
    try {
      const answers = [deliver(a), deliver(b)]
      // While one instance waits for the CMS, the other has already answered.
      const first = await Promise.race(answers)
      expect(first.status).toBe(409)
      expect(first.headers.get('retry-after')).toBe('5')
      const body = (await first.json()) as ErrorAnswer
      expect(body.error).toMatchObject({ code: 'delivery_in_progress', retryable: true })
      cmsFetch.open()
      const statuses = (await Promise.all(answers)).map((answer) => answer.status).sort()
      expect(statuses).toEqual([200, 409])
      expect(puts()).toBe(1)
      expect(cms.writes).toBe(1)
      // The CMS's retry, on either instance, gets the stored answer and writes nothing.
      for (const app of [a, b]) {
        const retry = await deliver(app)
        expect(retry.status).toBe(200)
        expect(retry.headers.get('idempotent-replayed')).toBe('true')
      }
      expect(puts()).toBe(1)
    } finally {
      cmsFetch.open()
      storeA.close()
      storeB.close()
    }
  })

  it('left by an instance that crashed mid-delivery blocks the delivery until the claim expires, then it is processed once', async () => {
    const file = sqliteFile()
    let clock = Date.parse('2026-12-05T01:00:00Z')
    const now = () => clock
    // Instance A claims the delivery and never finishes it (its CMS request hangs: a crash, as far as the store can tell).
    const storeA = new SqliteIdempotencyStore(file, { now })
    const hung = gatedFetch()
    const a = instance(storeA, hung.fetch)
    const abandoned = deliver(a)
    // The restarted instance, over the same file.
    const storeB = new SqliteIdempotencyStore(file, { now })
    const b = instance(storeB)
    try {
      // A is at the CMS, so past its claim.
      await hung.called
      const blocked = await deliver(b)
      expect(blocked.status).toBe(409)
      expect(((await blocked.json()) as ErrorAnswer).error).toMatchObject({ code: 'delivery_in_progress', retryable: true })
      clock += 29_000
      expect((await deliver(b)).status).toBe(409)
      expect(puts()).toBe(0)

      clock += 1_000 // IDEMPOTENCY_CLAIM_SECONDS=30 after A's claim
      const recovered = await deliver(b)
      expect(recovered.status).toBe(200)
      expect(await recovered.json()).toMatchObject({ outcome: 'normalized', writeBack: { outcome: 'written' } })
      expect(puts()).toBe(1)

      // A wakes up late: the claim it held is B's now, and B's answer is stored; A's write-back
      // finds the entry already holds its values and writes nothing.
      hung.open()
      await abandoned
      expect(puts()).toBe(1)
      const replay = await deliver(b)
      expect(replay.headers.get('idempotent-replayed')).toBe('true')
    } finally {
      hung.open()
      storeA.close()
      storeB.close()
    }
  })

  it('holds in memory too (two deliveries at once through one store without the in-process wait)', async () => {
    const store = new MemoryIdempotencyStore()
    const claim = { owner: 'one', fingerprint: 'f'.repeat(64), ttlSeconds: 60 }
    expect(await store.claim('k', claim)).toEqual({ claimed: true })
    expect(await store.claim('k', { ...claim, owner: 'two', fingerprint: 'e'.repeat(64) })).toEqual({ claimed: false, fingerprint: 'f'.repeat(64) })
    await store.release('k', 'two') // not its claim: nothing happens
    expect((await store.claim('k', { ...claim, owner: 'three' })).claimed).toBe(false)
    await store.release('k', 'one')
    expect(await store.claim('k', { ...claim, owner: 'three' })).toEqual({ claimed: true })
  })

  it('in SQLite, one statement takes a free or expired key and never a live one', async () => {
    let clock = 1_000_000
    const store = new SqliteIdempotencyStore(':memory:', { now: () => clock })
    try {
      const claim = { owner: 'one', fingerprint: 'f'.repeat(64), ttlSeconds: 10 }
      expect(await store.claim('k', claim)).toEqual({ claimed: true })
      expect(await store.claim('k', { ...claim, owner: 'two' })).toEqual({ claimed: false, fingerprint: 'f'.repeat(64) })
      clock += 10_000
      expect(await store.claim('k', { ...claim, owner: 'two', fingerprint: 'e'.repeat(64) })).toEqual({ claimed: true })
      await store.release('k', 'one') // expired and taken over: releasing it must not free two's claim
      expect(await store.claim('k', { ...claim, owner: 'three' })).toEqual({ claimed: false, fingerprint: 'e'.repeat(64) })
    } finally {
      store.close()
    }
  })
})
