import { describe, expect, it } from 'vitest'
import { json, lockedCall } from './support/call.js'
import { contentfulDelivery, contentfulEntry, sanityDelivery, strapiDelivery, wireDelivery, withHeaders, type Delivery } from './support/deliveries.js'
import { LOCKED } from './support/locked-env.js'
import type { Headers } from './support/request-init.js'
import { replayOf } from '../webhooks/support/replay.js'

/**
 * `POST /v1/webhooks/:integration` end to end, in both runtimes, on the locked-down target
 * (support/locked-env.ts): deliveries signed as each CMS signs them go through the route to the
 * webhook module and the real core. No API key is sent: webhooks are authenticated by their
 * signature. Each test comes from a client address of its own (webhooks are rate limited per
 * integration and client).
 */
function deliver(delivery: Delivery, client: string, extra: Headers = {}): Promise<Response> {
  return lockedCall('POST', delivery.path, delivery.body, withHeaders(delivery, extra), client)
}

const story = (id: string) => ({ id, locale: 'en-US', fields: { headline: 'Zelenskyy visits Kiev', body: 'Crowds in **Kiev** cheered. `Kiev` stays in code.' } })

describe('generic deliveries', () => {
  it('normalizes a signed delivery and reports every field', async () => {
    const res = await deliver(await wireDelivery(story('g-valid')), '192.0.2.101')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-language')).toBe('en')
    const body = await json(res)
    expect(body).toMatchObject({ outcome: 'normalized', integration: 'wire', provider: 'generic', mode: 'report', entry: { id: 'g-valid' }, skipped: [] })
    expect(body.fields.map((f: { field: string; language: string; value: string; changed: boolean }) => [f.field, f.language, f.value, f.changed])).toEqual([
      ['headline', 'en', 'Zelensky visits Kyiv', true],
      ['body', 'en', 'Crowds in **Kyiv** cheered. `Kiev` stays in code.', true],
    ])
  })

  it('writes only applied changes into the values and reports suggestions beside them', async () => {
    const delivery = await wireDelivery({ id: 'g-suggest', locale: 'en-US', fields: { headline: 'Odessa port reopens to grain ships', body: 'Crowds in Kiev cheered.' } })
    const body = await json(await deliver(delivery, '192.0.2.109'))
    const [headline, text] = body.fields as { value: string; changed: boolean; changes: { original: string; status: string; reason?: string }[] }[]
    expect(headline).toMatchObject({ value: 'Odessa port reopens to grain ships', changed: false })
    expect(headline!.changes).toEqual([expect.objectContaining({ original: 'Odessa', replacement: 'Odesa', language: 'en', status: 'suggested', reason: 'context-missing' })])
    expect(text).toMatchObject({ value: 'Crowds in Kyiv cheered.', changed: true, changes: [expect.objectContaining({ original: 'Kiev', language: 'en', status: 'applied' })] })
  })

  it('says of each change whose house style it followed: an English quotation in Spanish copy follows English style', async () => {
    const headline = 'El alcalde de Kyiv dijo: "We will defend Kyiv and Kharkov".'
    const body = await json(await deliver(await wireDelivery({ id: 'g-quotation', locale: 'es-ES', fields: { headline } }), '192.0.2.110'))
    const [field] = body.fields as { language: string; value: string; changes: { original: string; replacement: string; language: string }[] }[]
    expect(field).toMatchObject({ language: 'es', value: 'El alcalde de Kiev dijo: "We will defend Kyiv and Kharkiv".' })
    expect(field!.changes.map((c) => [c.original, c.replacement, c.language])).toEqual([
      ['Kyiv', 'Kiev', 'es'],
      ['Kharkov', 'Kharkiv', 'en'],
    ])
  })

  it('refuses a wrong secret, a tampered body, a missing signature and a stale one with 401, and processes nothing', async () => {
    const client = '192.0.2.102'
    const valid = await wireDelivery(story('g-refused'), { headers: { 'idempotency-key': 'g-refused' } })
    const refused: [string, Delivery][] = [
      ['wrong secret', await wireDelivery(story('g-refused'), { secret: 'not-the-wire-secret-000000', headers: { 'idempotency-key': 'g-refused' } })],
      ['tampered body', { ...valid, body: valid.body.replace('Kiev', 'Kyiv') }],
      ['no signature', { ...valid, headers: { ...valid.headers, 'copydesk-signature': '' } }],
      ['signed six minutes ago', await wireDelivery(story('g-refused'), { signedAt: Date.now() - 6 * 60_000, headers: { 'idempotency-key': 'g-refused' } })],
    ]
    for (const [what, delivery] of refused) {
      const res = await deliver(delivery, client)
      expect(res.status, what).toBe(401)
      const body = await json(res)
      expect(body.error, what).toMatchObject({ code: 'invalid_signature', retryable: false })
      expect(body.fields, what).toBeUndefined()
    }
    // Nothing was kept either: the genuine delivery with the same idempotency key is processed now.
    const res = await deliver(valid, client)
    expect(res.status).toBe(200)
    expect(res.headers.get('idempotent-replayed')).toBeNull()
  })

  it('says why in the language of the request', async () => {
    const delivery = await wireDelivery(story('g-stale'), { signedAt: Date.now() - 10 * 60_000 })
    const en = await json(await deliver(delivery, '192.0.2.103'))
    expect(en.error.message).toBe('The delivery was signed more than 5 minutes ago (or ahead of our clock); replays are refused')
    const uk = await deliver(delivery, '192.0.2.103', { 'accept-language': 'uk' })
    expect(uk.headers.get('content-language')).toBe('uk')
    expect((await json(uk)).error.message).toBe('Доставку підписано понад 5 хвилин тому (або з випередженням нашого годинника); повтори відхиляються')
  })

  it('answers a replay of the same delivery with the same answer', async () => {
    const delivery = await wireDelivery(story('g-replay'), { headers: { 'idempotency-key': 'delivery-g-replay' } })
    const first = await deliver(delivery, '192.0.2.104')
    const second = await deliver(delivery, '192.0.2.104')
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expect(second.headers.get('idempotent-replayed')).toBe('true')
    expect(await json(second)).toEqual(replayOf(await json(first)))
  })

  it('checks the media type after the signature, and the body limit before', async () => {
    const text = await deliver(await wireDelivery(story('g-text'), { headers: { 'content-type': 'text/plain' } }), '192.0.2.105')
    expect(text.status).toBe(415)
    expect((await json(text)).error).toEqual({
      code: 'unsupported_media_type',
      message: 'The Content-Type must be application/json or a +json type (charset, if given, utf-8), got “text/plain”',
      retryable: false,
    })
    const big = await lockedCall('POST', '/v1/webhooks/wire', 'x'.repeat(1_048_577), { 'content-type': 'application/json' }, '192.0.2.105')
    expect(big.status).toBe(413)
    expect((await json(big)).error).toMatchObject({ code: 'payload_too_large', retryable: false })
  })

  it('answers 401 for an integration that is not configured, as for a configured one unsigned; 405 for another method', async () => {
    const res = await lockedCall('POST', '/v1/webhooks/nobody', '{}', {}, '192.0.2.106')
    const unsigned = await lockedCall('POST', '/v1/webhooks/wire', '{}', {}, '192.0.2.106')
    expect(res.status).toBe(401)
    expect(unsigned.status).toBe(401)
    const body = await json(res)
    expect(body).toEqual(await json(unsigned))
    expect(body.error).toMatchObject({ code: 'invalid_signature', retryable: false })
    const get = await lockedCall('GET', '/v1/webhooks/wire', undefined, {}, '192.0.2.106')
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
  })
})

describe('Contentful deliveries', () => {
  it('normalizes a signed entry save, text and rich text, per locale', async () => {
    const res = await deliver(await contentfulDelivery(contentfulEntry('cf-valid')), '192.0.2.111')
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body).toMatchObject({ outcome: 'normalized', integration: 'contentful-main', provider: 'contentful', entry: { id: 'cf-valid', version: 3 } })
    const fields = body.fields.map((f: { field: string; locale: string; language: string; changes: unknown[] }) => [f.field, f.locale, f.language, f.changes.length])
    expect(fields).toEqual([
      ['title', 'en-US', 'en', 2],
      ['title', 'es-ES', 'es', 2],
      ['body', 'en-US', 'en', 1],
    ])
    expect(body.fields[0].value).toBe('Zelensky visits Kyiv')
    expect(body.fields[1].value).toBe('Zelenski visita Kiev')
    expect(body.fields[2].value.content[0].content[0].value).toBe('Crowds in Kyiv cheered.')
  })

  it('refuses a wrong secret and a tampered request with 401', async () => {
    const client = '192.0.2.112'
    const wrong = await contentfulDelivery(contentfulEntry('cf-wrong'), { secret: 'not-the-contentful-secret-00' })
    expect((await deliver(wrong, client)).status).toBe(401)
    const valid = await contentfulDelivery(contentfulEntry('cf-wrong'))
    const tampered = await deliver({ ...valid, headers: { ...valid.headers, 'x-contentful-topic': 'ContentManagement.Entry.delete' } }, client)
    expect(tampered.status).toBe(401)
    const stale = await deliver(await contentfulDelivery(contentfulEntry('cf-stale'), { signedAt: Date.now() - 6 * 60_000 }), client)
    expect(stale.status).toBe(401)
    expect((await json(stale)).error.code).toBe('invalid_signature')
  })

  it('accepts the old and the new secret during a rotation', async () => {
    const client = '192.0.2.113'
    expect((await deliver(await contentfulDelivery(contentfulEntry('cf-new'), { secret: LOCKED.secrets.contentful }), client)).status).toBe(200)
    expect((await deliver(await contentfulDelivery(contentfulEntry('cf-old'), { secret: LOCKED.secrets.contentfulOld }), client)).status).toBe(200)
  })

  it('answers a replay (same idempotency key) with the same answer', async () => {
    const delivery = await contentfulDelivery(contentfulEntry('cf-replay'), { headers: { 'x-contentful-idempotency-key': 'cf-replay-key' } })
    const first = await deliver(delivery, '192.0.2.114')
    const second = await deliver(delivery, '192.0.2.114')
    expect(second.headers.get('idempotent-replayed')).toBe('true')
    expect([first.status, second.status]).toEqual([200, 200])
    expect(await json(second)).toEqual(replayOf(await json(first)))
  })
})

describe('Sanity and Strapi deliveries', () => {
  it('normalizes signed ones and refuses the others', async () => {
    const client = '192.0.2.121'
    const doc = { _id: 'doc-1', _rev: 'rev-1', language: 'en', title: 'Zelenskyy visits Kiev' }
    const sanity = await deliver(await sanityDelivery(doc), client)
    expect(sanity.status).toBe(200)
    expect((await json(sanity)).fields[0]).toMatchObject({ field: 'title', locale: 'en', value: 'Zelensky visits Kyiv' })
    expect((await deliver(await sanityDelivery(doc, { secret: 'not-the-sanity-secret' }), client)).status).toBe(401)

    const entry = { event: 'entry.update', createdAt: new Date().toISOString(), uid: 'api::article.article', entry: { documentId: 'abc', updatedAt: new Date().toISOString(), title: 'Kiev', lede: '<p>In <b>Kiev</b></p>' } }
    const strapi = await deliver(await strapiDelivery(entry), client)
    expect(strapi.status).toBe(200)
    expect((await json(strapi)).fields.map((f: { value: string }) => f.value)).toEqual(['Kyiv', '<p>In <b>Kyiv</b></p>'])
    expect((await deliver(await strapiDelivery(entry, { secret: 'wrong-strapi-token' }), client)).status).toBe(401)
  })

  it('answers 200 "ignored" with a reason code and a message for events other than saves', async () => {
    const entry = { event: 'entry.publish', createdAt: new Date().toISOString(), uid: 'api::article.article', entry: { documentId: 'abc', updatedAt: new Date().toISOString() } }
    const res = await deliver(await strapiDelivery(entry, { headers: { 'x-strapi-event': 'entry.publish' } }), '192.0.2.122', { 'accept-language': 'es' })
    expect(res.status).toBe(200)
    expect(await json(res)).toMatchObject({ outcome: 'ignored', event: 'entry.publish', reason: 'not-an-entry-save', message: 'El evento "entry.publish" no es el guardado de una entrada' })
  })
})
