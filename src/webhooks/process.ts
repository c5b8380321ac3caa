import { isJsonMediaType } from '../http/request/media-type.js'
import { toBytes } from './crypto.js'
import { errorResult } from './errors.js'
import { answerToStore, DEFAULT_CLAIM_TTL_SECONDS, fingerprintOf, inProgress, keyReused, replayed, storeKeys } from './idempotency.js'
import { headerMap } from './headers.js'
import { message, type WebhookMessage } from './messages.js'
import { normalizeFields } from './normalize-fields.js'
import { parseJsonBody } from './payload/json.js'
import type { Delivery, Integration } from './providers/types.js'
import { TranslationUnavailable, type DeliveryRequest, type DeliveryResult, type IdempotencyStore, type WebhookDeps } from './types.js'
import type { VerifyFailure } from './verify/types.js'
import { REPLAY_WINDOW_MS } from './verify/window.js'

const DEFAULT_TTL_SECONDS = 24 * 60 * 60

/** Deliveries being processed right now, per store: a duplicate arriving meanwhile waits for the same answer. */
const inFlight = new WeakMap<IdempotencyStore, Map<string, { fingerprint: string; work: Promise<DeliveryResult> }>>()

/**
 * Handles one delivery for one integration and returns the answer; never throws for anything
 * a request can contain (only a failing `deps` can throw).
 *
 * 1. The provider's proof (a signature, or a token) is verified before anything else is read: 401
 *    `invalid_signature` otherwise.
 * 2. The body must be JSON (415, 400) of the provider's documented shape (422).
 * 3. The same delivery again (same provider delivery id, or the same signed body under another
 *    id) gets the stored answer, in its compact form: at most one write. The same id with
 *    another body is refused, 422. Answers that a retry could change (429, 5xx) are not stored
 *    (./idempotency.ts). The same delivery being processed by another instance sharing the
 *    store is 409 `delivery_in_progress`, retryable; within this process it waits for the answer.
 * 4. The configured fields are normalized in their locales' languages; `report` answers with
 *    them, `write-back` also updates the CMS entry under its concurrency check — and makes no
 *    request at all when nothing changed, so the save our own write triggers ends the loop.
 */
export async function handleDelivery(integration: Integration, request: DeliveryRequest, deps: WebhookDeps): Promise<DeliveryResult> {
  const headers = headerMap(request.headers)
  const body = toBytes(request.body)
  const { connector } = integration
  const verified = await connector.verify({ headers, body, secrets: integration.secrets, now: deps.now(), method: request.method, path: request.path })
  if (!verified.ok) return errorResult(401, 'invalid_signature', signatureMessage(verified.reason, connector.signatureHeader))

  // No Content-Type is taken as JSON (some senders set none); `+json` types too (Contentful's).
  const contentType = headers.get('content-type')
  if (contentType !== undefined && !isJsonMediaType(contentType, { suffix: true })) {
    return errorResult(415, 'unsupported_media_type', message('media-type', { contentType: contentType.slice(0, 100) }))
  }
  const parsedJson = parseJsonBody(body)
  if ('kind' in parsedJson) return errorResult(parsedJson.status, 'invalid_payload', parsedJson.message)
  const delivery = await connector.parse({ headers, body, json: parsedJson.json, integration })
  if (delivery.kind === 'invalid') return errorResult(delivery.status, 'invalid_payload', delivery.message)

  const fingerprint = await fingerprintOf(body)
  const { byId, byBody } = storeKeys(integration.name, delivery.deliveryId, fingerprint)
  const stored = await deps.store.get(byId)
  if (stored) return stored.fingerprint === fingerprint ? replayed(stored) : keyReused(delivery.deliveryId)
  const sameBody = await deps.store.get(byBody)
  if (sameBody) return replayed(sameBody)
  let pending = inFlight.get(deps.store)
  if (!pending) inFlight.set(deps.store, (pending = new Map()))
  const running = pending.get(byId)
  if (running) {
    if (running.fingerprint !== fingerprint) return keyReused(delivery.deliveryId)
    const answer = answerToStore(fingerprint, await running.work)
    return answer ? replayed(answer) : running.work
  }

  const work = claimAndProcess(integration, delivery, fingerprint, { byId, byBody }, deps)
  pending.set(byId, { fingerprint, work })
  try {
    return await work
  } finally {
    pending.delete(byId)
  }
}

/**
 * Across instances sharing the store: the body's key is claimed first (the same delivery under
 * two ids is one delivery), then the id's; a key held by another is 409 `delivery_in_progress`,
 * or 422 when its holder processes another body under this id. Once both are held the store is
 * read again (the holder may have finished between our read and our claim); then the delivery is
 * processed, its answer kept, and the claims given back.
 */
async function claimAndProcess(integration: Integration, delivery: Delivery, fingerprint: string, keys: { byId: string; byBody: string }, deps: WebhookDeps): Promise<DeliveryResult> {
  const { store } = deps
  const claim = { owner: crypto.randomUUID(), fingerprint, ttlSeconds: deps.claimTtlSeconds ?? DEFAULT_CLAIM_TTL_SECONDS }
  const held: string[] = []
  try {
    const byBody = await store.claim(keys.byBody, claim)
    if (!byBody.claimed) return inProgress(delivery.deliveryId)
    held.push(keys.byBody)
    const byId = await store.claim(keys.byId, claim)
    if (!byId.claimed) return byId.fingerprint === fingerprint ? inProgress(delivery.deliveryId) : keyReused(delivery.deliveryId)
    held.push(keys.byId)

    const stored = await store.get(keys.byId)
    if (stored) return stored.fingerprint === fingerprint ? replayed(stored) : keyReused(delivery.deliveryId)
    const sameBody = await store.get(keys.byBody)
    if (sameBody) return replayed(sameBody)

    const result = await processDelivery(integration, delivery, deps)
    const answer = answerToStore(fingerprint, result)
    const ttl = deps.idempotencyTtlSeconds ?? DEFAULT_TTL_SECONDS
    if (answer) await Promise.all([store.put(keys.byId, answer, ttl), store.put(keys.byBody, answer, ttl)])
    return result
  } finally {
    await Promise.all(held.map((key) => store.release(key, claim.owner)))
  }
}

async function processDelivery(integration: Integration, delivery: Delivery, deps: WebhookDeps): Promise<DeliveryResult> {
  const common = { integration: integration.name, provider: integration.provider, delivery: delivery.deliveryId, event: delivery.event }
  if (delivery.kind === 'ignored') return { status: 200, body: { outcome: 'ignored', ...common, reason: delivery.reason, message: delivery.message } }

  let normalized: Awaited<ReturnType<typeof normalizeFields>>
  try {
    normalized = await normalizeFields(delivery.values, integration, deps)
  } catch (error) {
    if (!(error instanceof TranslationUnavailable)) throw error
    return errorResult(503, 'translation_unavailable', message('translation-unavailable', { locale: error.locale, provider: error.provider }))
  }
  const { fields, skipped, updates, truncated } = normalized
  const warnings = truncated ? { warnings: [{ code: 'changes-truncated' as const, ...truncated }] } : {}
  const body = { outcome: 'normalized' as const, ...common, mode: integration.mode, entry: delivery.entry, fields, skipped, ...warnings }
  if (integration.mode === 'report') return { status: 200, body }
  if (updates.length === 0) return { status: 200, body: { ...body, writeBack: { outcome: 'unchanged' } } }

  if (!delivery.writeBack) throw new Error(`integration "${integration.name}" is in write-back mode but provider "${integration.provider}" cannot write back`)
  const written = await delivery.writeBack(updates, deps.fetch)
  if (!written.ok) return written.result
  return { status: 200, body: { ...body, writeBack: written.outcome } }
}

export function signatureMessage(reason: VerifyFailure, header: string): WebhookMessage {
  switch (reason) {
    case 'missing':
      return message('signature-missing', { header })
    case 'malformed':
      return message('signature-malformed', { header })
    case 'mismatch':
      return message('signature-mismatch', { header })
    case 'expired':
      return message('signature-expired', { count: REPLAY_WINDOW_MS / 60_000 })
  }
}
