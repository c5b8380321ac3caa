import { describe, expect, it } from 'vitest'
import { call, json } from './support/call.js'

describe('POST /v1/detect', () => {
  it('detects the language of a text with scored candidates', async () => {
    const res = await call('POST', '/v1/detect', {
      text: 'The president met the prime minister in the capital on Thursday to discuss military aid.',
    })
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(Object.keys(body).sort()).toEqual(['candidates', 'language', 'locale'])
    expect(body.language).toMatchObject({ code: 'en', source: 'detected', confidence: expect.any(Number) })
    expect(body.candidates.length).toBeGreaterThan(0)
    for (const candidate of body.candidates) {
      expect(candidate).toEqual({ code: expect.any(String), score: expect.any(Number) })
      expect(candidate.score).toBeGreaterThanOrEqual(0)
      expect(candidate.score).toBeLessThanOrEqual(1)
    }
    expect(body.candidates[0].code).toBe('en')
  })

  it('answers und for an empty text', async () => {
    const res = await call('POST', '/v1/detect', { text: '' })
    expect(res.status).toBe(200)
    expect((await json(res)).language.code).toBe('und')
  })

  it('validates the body like /v1/normalize', async () => {
    const res = await call('POST', '/v1/detect', { language: 'en' })
    expect(res.status).toBe(400)
    expect(await json(res)).toEqual({ error: { code: 'invalid_field', message: '"text" must be a string', retryable: false } })
  })
})
