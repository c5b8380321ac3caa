import { describe, expect, it } from 'vitest'
import { call, json } from './support/call.js'

describe('GET /healthz', () => {
  it('answers ok with the service and glossary versions', async () => {
    const res = await call('GET', '/healthz')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const body = await json(res)
    expect(body).toMatchObject({ status: 'ok', version: expect.any(String) })
    expect(body.glossaries).toContainEqual({ id: 'news', version: expect.any(String) })
  })

  it('answers HEAD without a body', async () => {
    const res = await call('HEAD', '/healthz')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })
})
