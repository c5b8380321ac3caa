import { describe, expect, it } from 'vitest'
import { call, json } from './support/call.js'

const body = JSON.stringify({ text: 'They met in Kiev.', language: 'en' })

describe('Content-Type of POST bodies', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
    'Application/JSON; Charset="utf-8"',
    'application/json; charset=utf8',
  ])('accepts %s', async (contentType) => {
    const res = await call('POST', '/v1/normalize', body, { 'content-type': contentType })
    expect(res.status).toBe(200)
  })

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=iso-8859-1',
    'application/json-patch+json',
    'application/jsonp',
  ])('refuses %j with 415 unsupported_media_type', async (contentType) => {
    const res = await call('POST', '/v1/normalize', body, { 'content-type': contentType })
    expect(res.status).toBe(415)
    expect(await json(res)).toEqual({
      error: {
        code: 'unsupported_media_type',
        message: `Content-Type must be application/json (charset, if given, utf-8), got “${contentType}”`,
        retryable: false,
      },
    })
  })

  it('refuses an empty Content-Type with 415 unsupported_media_type', async () => {
    // Node passes the empty header on; workerd drops a header whose value is empty, so there
    // the request has no Content-Type at all.
    const res = await call('POST', '/v1/normalize', body, { 'content-type': '' })
    expect(res.status).toBe(415)
    const { error } = await json(res)
    expect(error.code).toBe('unsupported_media_type')
    expect(error.message).toMatch(/, got (“”|none)$/)
  })

  it('refuses a body without Content-Type', async () => {
    const res = await call('POST', '/v1/detect', body, { 'content-type': undefined })
    expect(res.status).toBe(415)
    expect(await json(res)).toEqual({
      error: { code: 'unsupported_media_type', message: 'Content-Type must be application/json (charset, if given, utf-8), got none', retryable: false },
    })
  })

  it('answers JSON in UTF-8', async () => {
    const res = await call('POST', '/v1/normalize', body)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
  })
})
