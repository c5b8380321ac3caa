import { describe, expect, it, vi } from 'vitest'
import { handleDelivery, MemoryIdempotencyStore, type ErrorBody, type ReportSummary } from '../../src/webhooks/index.js'
import { MAX_STORED_ANSWER_BYTES } from '../../src/webhooks/idempotency.js'
import { deps, genericDelivery, integration } from './support/deliveries.js'

const SECRET = 'idempotency-secret-0123456789abcdef0123456789abcdef0123456789ab'
const wire = integration({ name: 'wire', provider: 'generic', secrets: [SECRET], fields: [{ name: 'headline', format: 'text' }, { name: 'body', format: 'text' }] })
const story = (headline: string) => ({ id: 'story-7', locale: 'en', fields: { headline, body: 'Officials in Kiev confirmed.' } })

describe('webhook idempotency', () => {
  it('refuses the same Idempotency-Key with another (validly signed) body: 422, not the first answer', async () => {
    const shared = deps()
    const first = await handleDelivery(wire, genericDelivery(story('Zelenskyy visits Kiev'), { secret: SECRET, headers: { 'idempotency-key': 'k-1' } }), shared)
    expect(first.status).toBe(200)
    const other = await handleDelivery(wire, genericDelivery(story('Zelenskyy leaves Kiev'), { secret: SECRET, headers: { 'idempotency-key': 'k-1' } }), shared)
    expect(other.status).toBe(422)
    expect((other.body as ErrorBody).error).toEqual({ code: 'idempotency_key_reused', message: { key: 'idempotency-key-reused' }, retryable: false, details: { delivery: 'k-1' } })
  })

  it('refuses another body under a key being processed right now as well', async () => {
    const shared = deps()
    const [first, other] = await Promise.all([
      handleDelivery(wire, genericDelivery(story('Zelenskyy visits Kiev'), { secret: SECRET, headers: { 'idempotency-key': 'k-2' } }), shared),
      handleDelivery(wire, genericDelivery(story('Zelenskyy leaves Kiev'), { secret: SECRET, headers: { 'idempotency-key': 'k-2' } }), shared),
    ])
    expect([first.status, other.status].sort()).toEqual([200, 422])
  })

  it('recognizes a captured delivery resent under new keys by its body, and does not process it again', async () => {
    const normalize = vi.fn(deps().normalize)
    const shared = deps({ normalize })
    const body = story('Zelenskyy visits Kiev')
    await handleDelivery(wire, genericDelivery(body, { secret: SECRET, headers: { 'idempotency-key': 'k-3' } }), shared)
    const calls = normalize.mock.calls.length
    for (const key of ['k-4', 'k-5']) {
      const again = await handleDelivery(wire, genericDelivery(body, { secret: SECRET, headers: { 'idempotency-key': key } }), shared)
      expect(again.status).toBe(200)
      expect(again.headers).toMatchObject({ 'idempotent-replayed': 'true' })
    }
    expect(normalize.mock.calls.length).toBe(calls)
  })

  it('keeps a compact answer under the byte budget, however large the first answer was', async () => {
    const store = new MemoryIdempotencyStore()
    const shared = deps({ store })
    const fields = Array.from({ length: 400 }, (_, i) => ({ name: `f${i}`, format: 'text' }))
    const big = integration({ name: 'big', provider: 'generic', secrets: [SECRET], fields })
    const values = Object.fromEntries(fields.map((f) => [f.name, 'In Kiev. '.repeat(200)]))
    const request = genericDelivery({ id: 'big-1', locale: 'en', fields: values }, { secret: SECRET })
    const first = await handleDelivery(big, request, shared)
    expect(JSON.stringify(first.body).length).toBeGreaterThan(1_000_000)
    // Stored twice (by id and by body), each under the budget.
    expect(store.heldBytes).toBeLessThanOrEqual(2 * (MAX_STORED_ANSWER_BYTES + 200))
    const replay = await handleDelivery(big, request, shared)
    const summary = replay.body as ReportSummary
    expect(summary).toMatchObject({ outcome: 'normalized', summary: true, fieldCount: 400, entry: { id: 'big-1' } })
    expect(summary.fields).toBeUndefined()
  })
})
