import { describe, expect, it } from 'vitest'
import { call, json, lockedCall } from './support/call.js'
import { bearer, LOCKED } from './support/locked-env.js'
import { awayFromWindowEdge } from './support/rate-window.js'

/** POST /v1/normalize/batch, in both runtimes. */
describe('POST /v1/normalize/batch', () => {
  it('answers each document with its own options, in order, as POST /v1/normalize would', async () => {
    const documents = [
      { text: 'Kiev is the capital.', language: 'en' },
      { text: '<p>The mayor of Kiev</p>', format: 'html', language: 'en', include: ['text', 'changes'] },
      { text: 'El alcalde de Kiev habló.', language: 'es', include: ['text'] },
    ]
    const res = await call('POST', '/v1/normalize/batch', { documents, locale: 'de' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-language')).toBe('de')
    const { results, locale } = await json(res)
    expect(locale).toBe('de')
    expect(results).toHaveLength(3)
    for (const [i, document] of documents.entries()) {
      const { locale: _, ...single } = document as Record<string, unknown>
      const alone = await json(await call('POST', '/v1/normalize', { ...single, locale: 'de' }))
      expect(results[i], `document ${i}`).toEqual(alone)
    }
    expect(results[1].text).toBe('<p>The mayor of Kyiv</p>')
    expect(results[2]).toEqual({ text: 'El alcalde de Kiev habló.', glossary: expect.any(Object), locale: 'de' })
  })

  it('gives a document its own error and goes on with the others', async () => {
    const res = await call('POST', '/v1/normalize/batch', {
      documents: [{ text: 1 }, { text: 'Kiev', glossary: 'sports' }, 'Kiev', { text: 'Kiev', language: 'zu' }, { text: 'Kiev', language: 'en', include: ['text'] }],
    })
    expect(res.status).toBe(200)
    const { results } = await json(res)
    expect(results).toEqual([
      { error: { code: 'invalid_field', message: '"text" must be a string', retryable: false } },
      { error: { code: 'unknown_glossary', message: expect.stringMatching(/^Unknown glossary “sports”/), retryable: false } },
      { error: { code: 'invalid_request', message: 'The request body must be a JSON object', retryable: false } },
      { error: { code: 'unsupported_language', message: expect.stringContaining('“zu”'), retryable: false } },
      { text: 'Kyiv', glossary: expect.any(Object), locale: 'en' },
    ])
  })

  it.each([
    ['no documents field', {}, '"documents" must be an array of 1 to 100 documents'],
    ['an empty list', { documents: [] }, '"documents" must be an array of 1 to 100 documents'],
    ['too many documents', { documents: Array(101).fill({ text: 'Kiev' }) }, '"documents" must be an array of 1 to 100 documents'],
    ['an invalid locale', { documents: [{ text: 'Kiev' }], locale: 1 }, '"locale" must be a BCP 47 language tag naming the language of the messages, such as "en", "de" or "es-MX"'],
  ])('refuses the whole batch for %s', async (_, body, message) => {
    const res = await call('POST', '/v1/normalize/batch', body)
    expect(res.status).toBe(400)
    expect(await json(res)).toEqual({ error: { code: 'invalid_field', message, retryable: false } })
  })

  it('counts each document against the rate limit; documents over the budget are rate_limited', async () => {
    await awayFromWindowEdge(LOCKED.period)
    const key = bearer(LOCKED.keys.batch)
    const documents = Array.from({ length: LOCKED.rateLimit + 2 }, (_, i) => ({ text: `Officials in Kiev met the mayor (${i}).`, language: 'en', include: ['text'] }))
    const res = await lockedCall('POST', '/v1/normalize/batch', { documents }, key)
    expect(res.status).toBe(200)
    const { results } = await json(res)
    expect(results.slice(0, LOCKED.rateLimit).map((r: { text: string }) => r.text)).toEqual(documents.slice(0, LOCKED.rateLimit).map((_, i) => `Officials in Kyiv met the mayor (${i}).`))
    for (const result of results.slice(LOCKED.rateLimit)) expect(result.error).toMatchObject({ code: 'rate_limited', retryable: true })
    expect(res.headers.get('ratelimit')).toMatch(/^"default";r=0;t=\d+$/)
    // The budget is spent for the next request too.
    expect((await lockedCall('POST', '/v1/normalize', { text: 'Kiev' }, key)).status).toBe(429)
  })
})
