import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { createWorkerApp } from '../../src/runtime/worker/app.js'
import { D1IdempotencyStore, IDEMPOTENCY_DB_BINDING, isD1Binding } from '../../src/runtime/worker/d1-idempotency-store.js'
import { LOCKED, lockedEnv } from '../http/support/locked-env.js'
import { signGeneric } from '../http/support/sign.js'

const bindings = env as unknown as Record<string, unknown>

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
  })

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
})
