import { describe, expect, it } from 'vitest'
import { headerMap } from '../../src/webhooks/headers.js'
import { verifyContentful, verifyGeneric, verifySanity, verifyStrapi, type VerifyInput } from '../../src/webhooks/index.js'
import { signGeneric } from './support/sign.js'

const utf8 = (text: string) => new TextEncoder().encode(text)

function input(headers: Record<string, string>, body: string, secrets: string[], now: number, path = '/'): VerifyInput {
  return { headers: headerMap(headers), body: utf8(body), secrets, now, method: 'POST', path }
}

/**
 * Signatures computed by the providers' own libraries, not by our code: if these pass, we
 * verify what the CMS actually sends.
 */
describe('Contentful: vectors from @contentful/node-apps-toolkit 3.16.1 signRequest', () => {
  const secret = 'a'.repeat(64)
  const timestamp = 1767225600000

  it('verifies a signed webhook with signed content-type and topic headers', async () => {
    const headers = {
      'Content-Type': 'application/vnd.contentful.management.v1+json',
      'X-Contentful-Topic': 'ContentManagement.Entry.save',
      'X-Contentful-Signature': 'e58857e1515e967d11a8ab6c8e07f434172dcc084e7a0028bb83c03d6d46bd47',
      'X-Contentful-Signed-Headers': 'content-type,x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic',
      'X-Contentful-Timestamp': '1767225600000',
      'X-Unsigned': 'anything',
    }
    const body = JSON.stringify({ sys: { id: 'x' } })
    expect(await verifyContentful(input(headers, body, [secret], timestamp, '/v1/webhooks/contentful-main'))).toEqual({ ok: true })
    expect(await verifyContentful(input(headers, body, [secret], timestamp, '/v1/webhooks/other'))).toEqual({ ok: false, reason: 'mismatch' })
    expect(await verifyContentful(input({ ...headers, 'X-Contentful-Topic': 'ContentManagement.Entry.delete' }, body, [secret], timestamp, '/v1/webhooks/contentful-main'))).toEqual({ ok: false, reason: 'mismatch' })
  })

  it('verifies a path with a query string and a non-ASCII body', async () => {
    const headers = {
      'x-contentful-signature': '00fe56572bc05e3f023273229cf5e683d776c3d3125bcde23a9ba2d434fdf05f',
      'x-contentful-signed-headers': 'x-contentful-signed-headers,x-contentful-timestamp',
      'x-contentful-timestamp': '1767225600000',
    }
    expect(await verifyContentful(input(headers, 'é', [secret], timestamp, '/v1/webhooks/cf?a=1&b=2'))).toEqual({ ok: true })
    expect(await verifyContentful(input(headers, 'é', [secret], timestamp, '/v1/webhooks/cf?b=2&a=1'))).toEqual({ ok: false, reason: 'mismatch' })
  })

  it('says what is wrong: missing, malformed, expired', async () => {
    expect(await verifyContentful(input({}, '', [secret], timestamp))).toEqual({ ok: false, reason: 'missing' })
    expect(await verifyContentful(input({ 'x-contentful-signature': 'ab' }, '', [secret], timestamp))).toEqual({ ok: false, reason: 'malformed' })
    const headers = {
      'x-contentful-signature': '00fe56572bc05e3f023273229cf5e683d776c3d3125bcde23a9ba2d434fdf05f',
      'x-contentful-signed-headers': 'x-contentful-signed-headers,x-contentful-timestamp',
      'x-contentful-timestamp': '1767225600000',
    }
    expect(await verifyContentful(input(headers, 'é', [secret], timestamp + 5 * 60_000 + 1, '/v1/webhooks/cf?a=1&b=2'))).toEqual({ ok: false, reason: 'expired' })
  })
})

describe('Sanity: vectors from the @sanity/webhook test suite', () => {
  // test/signature.test.ts of https://github.com/sanity-io/webhook-toolkit
  it('verifies the toolkit\'s signatures', async () => {
    const a = input({ 'sanity-webhook-signature': 't=1633519811129,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0' }, JSON.stringify({ _id: 'resume' }), ['test'], 1633519811129)
    expect(await verifySanity(a)).toEqual({ ok: true })
    const b = input({ 'sanity-webhook-signature': 't=1633518820676,v1=e7C9h2sfbFfc4V7TEz7PSOp4IoNzl0UdVsBV-1wgdeA' }, JSON.stringify({ title: 'GROQ-Hooks are neat' }), ['try-me'], 1633518820676)
    expect(await verifySanity(b)).toEqual({ ok: true })
  })

  it('refuses the toolkit\'s invalid cases', async () => {
    const body = JSON.stringify({ _id: 'resume' })
    const check = (signature: string, payload = body) => verifySanity(input({ 'sanity-webhook-signature': signature }, payload, ['test'], 1633519811129))
    expect(await check('t=1633519811128,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0')).toEqual({ ok: false, reason: 'mismatch' })
    // "…N1" differs from "…N0" only in the unused bits of the last character: not canonical base64url.
    expect(await check('t=1633519811129,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N1')).toEqual({ ok: false, reason: 'malformed' })
    expect(await check('t=1633519811129,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0NA')).toEqual({ ok: false, reason: 'mismatch' })
    expect(await check('t=1633519811129,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0', JSON.stringify({ _id: 'structure' }))).toEqual({ ok: false, reason: 'mismatch' })
    expect(await check('t=1633519811129,v5=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0')).toEqual({ ok: false, reason: 'malformed' })
    expect(await check('t=1633519811129, v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0')).toEqual({ ok: true })
  })
})

describe('generic', () => {
  const secret = 'generic-secret'
  const now = 1767225600000

  it('accepts any of several v1 signatures and ignores unknown keys', async () => {
    const body = '{"id":"a","fields":{}}'
    const header = `${signGeneric(body, ['other', secret], now)},v2=whatever`
    expect(await verifyGeneric(input({ 'copydesk-signature': header }, body, [secret], now))).toEqual({ ok: true })
    expect(await verifyGeneric(input({ 'copydesk-signature': header }, body, ['third'], now))).toEqual({ ok: false, reason: 'mismatch' })
  })

  it('refuses a header without t, without v1 or with a short v1', async () => {
    for (const header of ['v1=00', 't=1', `t=1,v1=${'0'.repeat(63)}`, 'garbage']) {
      expect(await verifyGeneric(input({ 'copydesk-signature': header }, '{}', [secret], now))).toEqual({ ok: false, reason: 'malformed' })
    }
  })
})

describe('strapi', () => {
  const verify = verifyStrapi({ header: 'authorization', prefix: 'Bearer ' })
  const body = JSON.stringify({ event: 'entry.update', createdAt: '2026-01-05T09:31:03.120Z' })
  const now = Date.parse('2026-01-05T09:31:05Z')

  it('compares the configured header with each secret and checks createdAt', async () => {
    expect(await verify(input({ Authorization: 'Bearer s3cret' }, body, ['s3cret'], now))).toEqual({ ok: true })
    expect(await verify(input({ Authorization: 'Bearer s3cre' }, body, ['s3cret'], now))).toEqual({ ok: false, reason: 'mismatch' })
    expect(await verify(input({}, body, ['s3cret'], now))).toEqual({ ok: false, reason: 'missing' })
    expect(await verify(input({ Authorization: 'Bearer s3cret' }, '{"event":"entry.update"}', ['s3cret'], now))).toEqual({ ok: false, reason: 'malformed' })
    expect(await verify(input({ Authorization: 'Bearer s3cret' }, body, ['s3cret'], now + 10 * 60_000))).toEqual({ ok: false, reason: 'expired' })
  })

  it('supports another header and a bare token', async () => {
    const custom = verifyStrapi({ header: 'x-webhook-token', prefix: '' })
    expect(await custom(input({ 'X-Webhook-Token': 's3cret' }, body, ['s3cret'], now))).toEqual({ ok: true })
  })
})
