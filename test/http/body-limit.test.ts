import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { createApp } from '../../src/http/index.js'
import { call, streamOf, json } from './support/call.js'
import { requestInit, type Headers } from './support/request-init.js'
import { tinyGlossary } from './support/tiny-glossary.js'

const tooLarge = { error: { code: 'payload_too_large', message: 'The request body exceeds the limit of 1048576 bytes', retryable: false } }

/** A JSON body of exactly `bytes` bytes. */
function bodyOf(bytes: number): string {
  const frame = '{"text":""}'
  return `{"text":"${'a'.repeat(bytes - frame.length)}"}`
}

describe('BODY_LIMIT (default 1 MiB)', () => {
  it('accepts a body of exactly the limit', async () => {
    const res = await call('POST', '/v1/detect', bodyOf(1_048_576))
    expect(res.status).toBe(200)
  })

  it('refuses one byte more, announced by Content-Length, before reading it', async () => {
    const res = await call('POST', '/v1/normalize', bodyOf(1_048_577), { 'content-length': '1048577' })
    expect(res.status).toBe(413)
    expect(await json(res)).toEqual(tooLarge)
  })

  it('refuses one byte more without Content-Length', async () => {
    const res = await call('POST', '/v1/normalize', streamOf(bodyOf(1_048_577)))
    expect(res.status).toBe(413)
    expect(await json(res)).toEqual(tooLarge)
  })
})

describe('body limit against the declared size', () => {
  const app = createApp({
    copydesk: createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' }),
    config: { bodyLimit: 64 },
    log: () => {},
  })
  const post = (body: unknown, headers?: Headers) => app.request('/v1/normalize', requestInit('POST', body, headers))
  const small = '{"text":"Kiev","language":"en"}'
  const big = `{"text":"${'Kiev '.repeat(40)}","language":"en"}`

  it('accepts a small body with a true Content-Length', async () => {
    expect((await post(small, { 'content-length': String(small.length) })).status).toBe(200)
  })

  it('refuses a declared size over the limit even if the body is small', async () => {
    const res = await post(small, { 'content-length': '65' })
    expect(res.status).toBe(413)
    expect((await json(res)).error.message).toBe('The request body exceeds the limit of 64 bytes')
  })

  it('counts the real size when Content-Length lies', async () => {
    expect((await post(big, { 'content-length': '10' })).status).toBe(413)
  })

  it('counts the real size of a streamed body', async () => {
    expect((await post(streamOf(...big.match(/.{1,7}/g)!))).status).toBe(413)
    expect((await post(streamOf('{"text":', '"Kiev"', ',"language":"en"}'))).status).toBe(200)
  })

  it('counts bytes, not characters', async () => {
    const text = 'К'.repeat(25) // 2 bytes each in UTF-8: a 77-byte body of 52 characters
    expect((await post(JSON.stringify({ text, language: 'en' }))).status).toBe(413)
    expect((await post(JSON.stringify({ text: text.slice(0, 15), language: 'en' }))).status).toBe(200)
  })

  it('ignores a malformed Content-Length and counts', async () => {
    expect((await post(small, { 'content-length': 'abc' })).status).toBe(200)
  })
})
