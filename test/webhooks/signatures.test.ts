import { describe, expect, it, vi } from 'vitest'
import { renderWebhookMessage } from '../../src/http/index.js'
import { handleDelivery, handleWebhook, type DeliveryRequest, type ErrorBody, type Integration } from '../../src/webhooks/index.js'
import { MAX_SIGNATURES } from '../../src/webhooks/providers/generic/verify.js'
import { contentfulDelivery, deps, fixture, genericDelivery, integration, NOW, sanityDelivery, strapiDelivery, type SignOptions } from './support/deliveries.js'
import { replayOf } from './support/replay.js'

/**
 * For every provider: a delivery signed as the CMS documents it passes; one with a wrong,
 * missing, malformed or stale proof is refused with 401 before anything is read; during a
 * rotation the old and the new secret both pass, and once the old one is removed it fails.
 */
const OLD = 'old-secret-0123456789abcdef0123456789abcdef0123456789abcdef012345'
const NEW = 'new-secret-0123456789abcdef0123456789abcdef0123456789abcdef012345'

interface Case {
  provider: string
  config: Record<string, unknown>
  payload: unknown
  sign: (payload: unknown, options: SignOptions) => DeliveryRequest
  proofHeader: string
  /** Strapi's token carries no time: staleness comes from the body's createdAt. */
  stale: (secret: string) => DeliveryRequest
}

const strapiPayload = fixture('strapi-entry-update.json')
const cases: Case[] = [
  {
    provider: 'generic',
    config: { fields: [{ name: 'headline', format: 'text' }] },
    payload: fixture('generic-story.json'),
    sign: genericDelivery,
    proofHeader: 'copydesk-signature',
    stale: (secret) => genericDelivery(fixture('generic-story.json'), { secret, now: NOW - 5 * 60_000 - 1000 }),
  },
  {
    provider: 'contentful',
    config: { fields: [{ name: 'title', format: 'text' }], locales: { 'en-US': 'en', 'es-ES': 'es' } },
    payload: fixture('contentful-entry-save.json'),
    sign: contentfulDelivery,
    proofHeader: 'x-contentful-signature',
    stale: (secret) => contentfulDelivery(fixture('contentful-entry-save.json'), { secret, now: NOW - 5 * 60_000 - 1 }),
  },
  {
    provider: 'sanity',
    config: { fields: [{ name: 'title', format: 'text' }], localeField: 'language' },
    payload: fixture('sanity-document.json'),
    sign: sanityDelivery,
    proofHeader: 'sanity-webhook-signature',
    stale: (secret) => sanityDelivery(fixture('sanity-document.json'), { secret, now: NOW - 5 * 60_000 - 1 }),
  },
  {
    provider: 'strapi',
    config: { fields: [{ name: 'title', format: 'text' }] },
    payload: strapiPayload,
    sign: strapiDelivery,
    proofHeader: 'authorization',
    stale: (secret) => strapiDelivery({ ...strapiPayload, createdAt: new Date(NOW - 5 * 60_000 - 1).toISOString() }, { secret }),
  },
]

function withSecrets(c: Case, secrets: string[]): Integration {
  return integration({ name: `${c.provider}-main`, provider: c.provider, secrets, ...c.config })
}

function tamper(request: DeliveryRequest): DeliveryRequest {
  return { ...request, body: String(request.body).replace('Kiev', 'Kyiv') }
}

describe.each(cases)('$provider deliveries', (c) => {
  const run = (request: DeliveryRequest, secrets = [NEW]) => handleDelivery(withSecrets(c, secrets), request, deps())

  it('accepts a delivery signed as documented', async () => {
    const result = await run(c.sign(c.payload, { secret: NEW }))
    expect(result.status).toBe(200)
    expect(result.body).toMatchObject({ outcome: 'normalized', provider: c.provider })
  })

  it('refuses a tampered body, a wrong secret and a missing or malformed proof with 401', async () => {
    const valid = c.sign(c.payload, { secret: NEW })
    const headers = valid.headers as Record<string, string>
    const requests: DeliveryRequest[] = [
      // Strapi's token does not cover the body (Strapi signs nothing): see the test below.
      ...(c.provider === 'strapi' ? [] : [tamper(valid)]),
      c.sign(c.payload, { secret: 'not-the-secret-0123456789abcdef0123456789abcdef0123456789abcdef' }),
      { ...valid, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => name !== c.proofHeader)) },
      { ...valid, headers: { ...headers, [c.proofHeader]: 't=abc,v1=zz' } },
    ]
    for (const request of requests) {
      const result = await run(request)
      expect(result.status).toBe(401)
      expect(result.body).toMatchObject({ error: { code: 'invalid_signature', retryable: false } })
    }
  })

  it('refuses a delivery signed more than five minutes ago, or ahead', async () => {
    for (const request of [c.stale(NEW)]) {
      const result = await run(request)
      expect(result.status).toBe(401)
      const { error } = result.body as ErrorBody
      expect(error.message).toEqual({ key: 'signature-expired', params: { count: 5 } })
      expect(renderWebhookMessage(error.message, 'en')).toMatch(/more than 5 minutes ago/)
    }
    if (c.provider !== 'strapi') {
      const ahead = await run(c.sign(c.payload, { secret: NEW, now: NOW + 5 * 60_000 + 1000 }))
      expect(ahead.status).toBe(401)
      const withinSkew = await run(c.sign(c.payload, { secret: NEW, now: NOW + 4 * 60_000 }))
      expect(withinSkew.status).toBe(200)
    }
  })

  it('accepts the old and the new secret during a rotation, and only the new one after', async () => {
    expect((await run(c.sign(c.payload, { secret: OLD }), [NEW, OLD])).status).toBe(200)
    expect((await run(c.sign(c.payload, { secret: NEW }), [NEW, OLD])).status).toBe(200)
    expect((await run(c.sign(c.payload, { secret: OLD }), [NEW])).status).toBe(401)
  })

  it('answers a replayed delivery with the same answer', async () => {
    const shared = deps()
    const request = c.sign(c.payload, { secret: NEW })
    const first = await handleDelivery(withSecrets(c, [NEW]), request, shared)
    const second = await handleDelivery(withSecrets(c, [NEW]), request, shared)
    expect(second.status).toBe(first.status)
    expect(second.body).toEqual(replayOf(first.body))
    expect(second.headers).toMatchObject({ 'idempotent-replayed': 'true' })
  })
})

describe('strapi', () => {
  it('cannot tell a tampered body: its token covers no content (Strapi does not sign webhooks)', async () => {
    const c = cases.find((x) => x.provider === 'strapi')!
    const result = await handleDelivery(withSecrets(c, [NEW]), tamper(c.sign(c.payload, { secret: NEW })), deps())
    expect(result.status).toBe(200)
  })
})

describe('generic signatures under a stuffed header', () => {
  const c = cases.find((x) => x.provider === 'generic')!
  const run = (request: DeliveryRequest, secrets = [NEW]) => handleDelivery(withSecrets(c, secrets), request, deps())
  const withHeader = (request: DeliveryRequest, value: string): DeliveryRequest => ({ ...request, headers: { ...(request.headers as Record<string, string>), 'copydesk-signature': value } })
  const forged = (n: number) => Array.from({ length: n }, (_, i) => `v1=${i.toString(16).padStart(64, '0')}`)

  it(`accepts up to ${MAX_SIGNATURES} v1 values (the right one among them) and refuses more as malformed`, async () => {
    const valid = c.sign(c.payload, { secret: NEW })
    const [t, v1] = String((valid.headers as Record<string, string>)['copydesk-signature']).split(',')
    expect((await run(withHeader(valid, [t, ...forged(MAX_SIGNATURES - 1), v1].join(',')))).status).toBe(200)
    const stuffed = await run(withHeader(valid, [t, ...forged(MAX_SIGNATURES), v1].join(',')))
    expect(stuffed.status).toBe(401)
    expect((stuffed.body as ErrorBody).error.message).toMatchObject({ key: 'signature-malformed' })
    const hundreds = await run(withHeader(valid, [t, ...forged(230)].join(',')))
    expect((hundreds.body as ErrorBody).error.message).toMatchObject({ key: 'signature-malformed' })
  })

  it('computes one MAC per secret, whatever the number of candidates', async () => {
    const valid = c.sign(c.payload, { secret: NEW })
    const [t] = String((valid.headers as Record<string, string>)['copydesk-signature']).split(',')
    const sign = vi.spyOn(crypto.subtle, 'sign')
    try {
      const result = await run(withHeader(valid, [t, ...forged(MAX_SIGNATURES)].join(',')), [NEW, OLD])
      expect(result.status).toBe(401)
      expect(sign).toHaveBeenCalledTimes(2)
    } finally {
      sign.mockRestore()
    }
  })
})

describe('an integration that is not configured', () => {
  const c = cases.find((x) => x.provider === 'generic')!
  const known = withSecrets(c, [NEW])

  it('is answered as a configured one is, to a caller without a valid signature: same status, code, message and work', async () => {
    const valid = c.sign(c.payload, { secret: 'not-the-secret-0123456789abcdef0123456789abcdef0123456789abcdef' })
    const headers = valid.headers as Record<string, string>
    const requests: DeliveryRequest[] = [
      valid,
      { ...valid, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'copydesk-signature')) },
      { ...valid, headers: { ...headers, 'copydesk-signature': 't=abc,v1=zz' } },
      c.stale('not-the-secret'),
    ]
    for (const request of requests) {
      const sign = vi.spyOn(crypto.subtle, 'sign')
      try {
        const configured = await handleWebhook([known], known.name, request, deps())
        const configuredMacs = sign.mock.calls.length
        const unknown = await handleWebhook([known], 'nobody', request, deps())
        expect(unknown).toEqual(configured)
        expect(unknown.status).toBe(401)
        expect(sign.mock.calls.length - configuredMacs).toBe(configuredMacs)
      } finally {
        sign.mockRestore()
      }
    }
    // Even a delivery validly signed for the configured integration is refused under another name.
    const signed = c.sign(c.payload, { secret: NEW })
    expect((await handleWebhook([known], 'nobody', signed, deps())).body).toMatchObject({ error: { code: 'invalid_signature' } })
  })
})
