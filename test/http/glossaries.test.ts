import { describe, expect, it } from 'vitest'
import { call, json } from './support/call.js'

describe('GET /v1/glossaries', () => {
  it('lists the glossaries with their summaries', async () => {
    const res = await call('GET', '/v1/glossaries')
    expect(res.status).toBe(200)
    const { glossaries } = await json(res)
    const news = glossaries.find((g: { id: string }) => g.id === 'news')
    expect(news).toEqual({
      id: 'news',
      name: expect.any(String),
      version: expect.any(String),
      languages: expect.arrayContaining(['en']),
      fallbackLanguage: expect.any(String),
      concepts: expect.any(Number),
    })
    expect(news.concepts).toBeGreaterThan(0)
  })
})

describe('GET /v1/glossaries/:id', () => {
  it('returns the full glossary with its version', async () => {
    const list = (await json(await call('GET', '/v1/glossaries'))).glossaries
    const res = await call('GET', '/v1/glossaries/news')
    expect(res.status).toBe(200)
    const glossary = await json(res)
    const summary = list.find((g: { id: string }) => g.id === 'news')
    expect(glossary).toMatchObject({ id: 'news', version: summary.version, languages: summary.languages })
    expect(glossary.concepts).toHaveLength(summary.concepts)
    expect(glossary.concepts.find((c: { id: string }) => c.id === 'kyiv').forms.en.preferred).toBe('Kyiv')
  })

  it('answers the same bytes every time', async () => {
    const a = await (await call('GET', '/v1/glossaries/news')).text()
    const b = await (await call('GET', '/v1/glossaries/news')).text()
    expect(b).toBe(a)
  })

  it('is 404 unknown_glossary for an unknown id, listing the known ones', async () => {
    const res = await call('GET', '/v1/glossaries/sports')
    expect(res.status).toBe(404)
    const { error } = await json(res)
    expect(error.code).toBe('unknown_glossary')
    expect(error.message).toContain('“sports”')
    expect(error.message).toContain('news')
  })
})
