import { hc } from 'hono/client'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../core/copydesk.js'
import { glossaries } from '../generated/glossaries.js'
import { createApp } from './app.js'
import type { CopydeskApi } from './client.js'
import { BatchResponse, DetectResponse, ErrorBody, GlossaryList, Health, NormalizeResponse } from './schemas/index.js'

/** CopydeskApi against the app: the typed client's calls reach the routes and get the documented answers. */
const app = createApp({ copydesk: createCopydesk({ glossaries }), log: () => {} })
const api = hc<CopydeskApi>('http://copydesk.test', { fetch: (input: Request | string | URL, init?: RequestInit) => app.request(input, init) })

describe('CopydeskApi with hono/client', () => {
  it('normalizes, typed', async () => {
    const res = await api.v1.normalize.$post({ json: { text: 'Kiev', language: 'en', include: ['text', 'changes'] } })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(v.is(NormalizeResponse, body)).toBe(true)
    if ('error' in body) throw new Error('unexpected error')
    expect(body.text).toBe('Kyiv')
    expect(body.changes?.[0]?.line).toBe(1)
  })

  it('gets the error shape for a refused request', async () => {
    const res = await api.v1.normalize.$post({ json: { text: 'Kiev', glossary: 'sports' } })
    expect(res.status).toBe(404)
    expect(v.is(ErrorBody, await res.json())).toBe(true)
  })

  it('reaches the other routes', async () => {
    expect(v.is(BatchResponse, await (await api.v1.normalize.batch.$post({ json: { documents: [{ text: 'Kiev' }] } })).json())).toBe(true)
    expect(v.is(DetectResponse, await (await api.v1.detect.$post({ json: { text: 'Kyiv is the capital of Ukraine.' } })).json())).toBe(true)
    expect(v.is(GlossaryList, await (await api.v1.glossaries.$get()).json())).toBe(true)
    expect(v.is(Health, await (await api.healthz.$get()).json())).toBe(true)
  })
})
