import { describe, expect, it } from 'vitest'
import { call, json } from './support/call.js'

describe('GET /v1/glossaries/:id/export', () => {
  it('downloads TBX-Basic named after the glossary and its version', async () => {
    const { version } = await json(await call('GET', '/v1/glossaries/news'))
    const res = await call('GET', '/v1/glossaries/news/export?format=tbx')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/x-tbx+xml; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="news-${version}.tbx"`)
    const body = await res.text()
    expect(body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tbx style="dca" type="TBX-Basic"/)
    expect(body).toContain('<conceptEntry id="kyiv">')
  })

  it('downloads a DeepL dictionary for a language pair', async () => {
    const res = await call('GET', '/v1/glossaries/news/export?format=deepl&from=es&to=en')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/tab-separated-values; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="news-es-en-[0-9a-f]+\.tsv"$/)
    expect((await res.text()).split('\n')).toContain('Kiev\tKyiv')
  })

  it('names in Copydesk-Not-Carried every field of the glossary the file loses', async () => {
    const tbx = (await call('GET', '/v1/glossaries/news/export?format=tbx')).headers.get('copydesk-not-carried')!.split(', ')
    expect(tbx).toEqual(expect.arrayContaining(['forms.<lang>.exceptions', 'forms.<lang>.variants[].context.speakerAfter', 'forms.<lang>.article', 'languageRules.<lang>.mentions', 'examples']))
    expect(tbx).not.toContain('forms.<lang>.variants')
    const deepl = (await call('GET', '/v1/glossaries/news/export?format=deepl&from=es&to=en')).headers.get('copydesk-not-carried')!.split(', ')
    // kyiv_independent has no English form: its Spanish forms are not in the file.
    expect(deepl).toEqual(expect.arrayContaining(['id', 'forms.<from>.preferred', 'forms.<to>.variants', 'forms.<to>.variants[].context.speakerAfter', 'forms.<lang>.preferred']))
  })

  it('is 400 invalid_field for an unknown format, listing the formats', async () => {
    const res = await call('GET', '/v1/glossaries/news/export?format=xliff')
    expect(res.status).toBe(400)
    expect(await json(res)).toEqual({
      error: { code: 'invalid_field', message: '"format" must name one of these formats: tbx, csv, deepl, google, and amazon', retryable: false },
    })
  })

  it('is 400 invalid_field naming "from" or "to" when a pair format lacks a usable pair', async () => {
    for (const [query, field] of [['format=deepl&to=en', 'from'], ['format=amazon&from=en', 'to'], ['format=deepl&from=en&to=en', 'from'], ['format=deepl&from=en&to=xx', 'to']] as const) {
      const res = await call('GET', `/v1/glossaries/news/export?${query}`, undefined, { 'accept-language': 'de' })
      expect(res.status, query).toBe(400)
      const { error } = await json(res)
      expect(error.code).toBe('invalid_field')
      expect(error.message, query).toContain(`Das Format ${query.slice(7, query.indexOf('&'))} braucht "${field}"`)
    }
  })

  it('is 404 unknown_glossary for an unknown glossary', async () => {
    const res = await call('GET', '/v1/glossaries/nope/export?format=csv')
    expect(res.status).toBe(404)
    expect((await json(res)).error.code).toBe('unknown_glossary')
  })
})
