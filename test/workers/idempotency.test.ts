import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { createWorkerApp } from '../../src/runtime/worker/app.js'
import { D1IdempotencyStore, IDEMPOTENCY_DB_BINDING, isD1Binding } from '../../src/runtime/worker/d1-idempotency-store.js'
import { fingerprintOf, storeKeys } from '../../src/webhooks/idempotency.js'
import { LOCKED, lockedEnv } from '../http/support/locked-env.js'
import { signGeneric } from '../http/support/sign.js'

// The test-only bindings of vitest.config.ts are not in Cloudflare.Env: read by name, as unknown.
const bindings: Readonly<Record<string, unknown>> = { ...env }

/** A Worker isolate as it starts: a new app from the bindings, sharing nothing with the others but the bindings. */
const isolate = () => createWorkerApp({ ...bindings, ...lockedEnv(), RATE_LIMIT: '0' }).app

async function deliver(app: ReturnType<typeof isolate>, body: string, key: string): Promise<Response> {
  return app.fetch(
    new Request('http://copydesk.test/v1/webhooks/wire', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, 'copydesk-signature': await signGeneric(body, LOCKED.secrets.wire) },
      body,
    }),
  )
}

describe('webhook answers in D1 (the IDEMPOTENCY_DB binding)', () => {
  it('are kept for a new isolate and shared by two at once', async () => {
    expect(isD1Binding(bindings[IDEMPOTENCY_DB_BINDING])).toBe(true)
    const body = JSON.stringify({ id: 'd1-story', locale: 'en', fields: { headline: 'They flew to Kiev' } })
    const [a, b] = [isolate(), isolate()]
    const first = await deliver(a, body, 'd1-key-1')
    expect(first.status).toBe(200)
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    const onB = await deliver(b, body, 'd1-key-1')
    expect(onB.headers.get('idempotent-replayed')).toBe('true')
    // A new isolate (after the others are gone): still replayed, by key and by body.
    const later = isolate()
    expect((await deliver(later, body, 'd1-key-1')).headers.get('idempotent-replayed')).toBe('true')
    expect((await deliver(later, body, 'd1-key-2')).headers.get('idempotent-replayed')).toBe('true')
    const other = JSON.stringify({ id: 'd1-story', locale: 'en', fields: { headline: 'They left Kiev' } })
    const reused = await deliver(later, other, 'd1-key-1')
    expect(reused.status).toBe(422)
    expect(((await reused.json()) as { error: { code: string } }).error.code).toBe('idempotency_key_reused')
  }, 60_000) // three isolates, each compiling the news glossary: past 5 s on a loaded machine

  it('expire after their time to live', async () => {
    const database = bindings[IDEMPOTENCY_DB_BINDING]
    if (!isD1Binding(database)) throw new Error('no D1 binding')
    let now = 5_000_000
    const store = new D1IdempotencyStore(database, () => now)
    const answer = { fingerprint: 'e'.repeat(64), result: { status: 200, body: { outcome: 'ignored' as const, integration: 'i', provider: 'generic', delivery: 'd', event: 'e', reason: 'deleted' as const, message: { key: 'ignored-deleted' as const } } } }
    await store.put('ttl-key', answer, 60)
    expect(await store.get('ttl-key')).toEqual(answer)
    now += 60_000
    expect(await store.get('ttl-key')).toBeUndefined()
  })

  it('let one isolate claim a delivery at a time: two claims at once, one wins; a lapsed claim is taken over', async () => {
    const database = bindings[IDEMPOTENCY_DB_BINDING]
    if (!isD1Binding(database)) throw new Error('no D1 binding')
    let now = 7_000_000
    const [a, b] = [new D1IdempotencyStore(database, () => now), new D1IdempotencyStore(database, () => now)]
    const claim = (owner: string) => ({ owner, fingerprint: owner.repeat(64).slice(0, 64), ttlSeconds: 30 })
    const outcomes = await Promise.all([a.claim('race-key', claim('a')), b.claim('race-key', claim('b'))])
    expect(outcomes.filter((outcome) => outcome.claimed)).toHaveLength(1)
    const winner = outcomes[0]!.claimed ? 'a' : 'b'
    expect(outcomes.find((outcome) => !outcome.claimed)).toEqual({ claimed: false, fingerprint: claim(winner).fingerprint })
    now += 30_000
    expect(await b.claim('race-key', claim('c'))).toEqual({ claimed: true })
    await a.release('race-key', winner) // the lapsed holder's release leaves the new claim alone
    expect((await a.claim('race-key', claim('d'))).claimed).toBe(false)
    await b.release('race-key', 'c')
    expect((await a.claim('race-key', claim('d'))).claimed).toBe(true)
  })

  it('answer 409 delivery_in_progress (retryable) while another isolate holds the delivery, and process it once that claim lapsed', async () => {
    const database = bindings[IDEMPOTENCY_DB_BINDING]
    if (!isD1Binding(database)) throw new Error('no D1 binding')
    const body = JSON.stringify({ id: 'd1-claimed', locale: 'en', fields: { headline: 'They flew to Kiev' } })
    const keys = storeKeys('wire', 'd1-claim-key', await fingerprintOf(new TextEncoder().encode(body)))
    // An isolate that took the delivery and was evicted before answering, `claimedAt` ago.
    const crashed = (claimedAt: number) => new D1IdempotencyStore(database, () => Date.now() - claimedAt).claim(keys.byBody, { owner: `crashed-${claimedAt}`, fingerprint: 'x', ttlSeconds: 120 })
    expect((await crashed(1_000)).claimed).toBe(true)
    const app = isolate()
    const held = await deliver(app, body, 'd1-claim-key')
    expect(held.status).toBe(409)
    expect(held.headers.get('retry-after')).toBe('5')
    expect(((await held.json()) as { error: { code: string; retryable: boolean } }).error).toMatchObject({ code: 'delivery_in_progress', retryable: true })
    // The same claim, had it been taken more than IDEMPOTENCY_CLAIM_SECONDS (120 s) ago: lapsed.
    await new D1IdempotencyStore(database).release(keys.byBody, 'crashed-1000')
    expect((await crashed(121_000)).claimed).toBe(true)
    const processed = await deliver(app, body, 'd1-claim-key')
    expect(processed.status).toBe(200)
    expect(processed.headers.get('idempotent-replayed')).toBeNull()
    expect((await deliver(app, body, 'd1-claim-key')).headers.get('idempotent-replayed')).toBe('true')
  }, 60_000)
})
