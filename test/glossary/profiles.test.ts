import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/index.js'
import { createNodeApp } from '../../src/runtime/node/app.js'
import { createService } from '../../src/runtime/service.js'
import { json } from '../http/support/request-init.js'
import { signGeneric } from '../http/support/sign.js'

// The house-style profiles as a user meets them: listed by the API, chosen per request, and
// chosen per webhook integration.
const secret = 'profile-secret-3c9e1f7a2b6d4e80'
const service = createService({
  WEBHOOKS: JSON.stringify({ integrations: [{ name: 'ap-wire', provider: 'generic', glossary: 'ap', secrets: [{ env: 'AP_WIRE_SECRET' }], fields: [{ name: 'headline', format: 'text' }] }] }),
  AP_WIRE_SECRET: secret,
  RATE_LIMIT: '0',
})
const app = createApp({ copydesk: service.copydesk, log: () => {} })
const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
const normalize = async (text: string, glossary?: string, language = 'en') => ((await (await post('/v1/normalize', { text, language, glossary })).json()) as { text: string }).text

describe('house-style profiles', () => {
  it('are listed by GET /v1/glossaries with the glossary they extend', async () => {
    const { glossaries } = await json(await app.request('/v1/glossaries'))
    expect(glossaries.map((g: { id: string; extends?: string }) => [g.id, g.extends])).toEqual([
      ['ap', 'news'], ['bbc', 'news'], ['news', undefined], ['reuters', 'news'],
    ])
    const news = glossaries.find((g: { id: string }) => g.id === 'news')
    expect(news.languages).toEqual(['en', 'es', 'de', 'fr', 'it', 'pt', 'pl'])
    expect(news.concepts).toBeGreaterThanOrEqual(100)
    for (const g of glossaries) expect(g.concepts, g.id).toBe(news.concepts)
    const ap = await json(await app.request('/v1/glossaries/ap'))
    expect(ap).toMatchObject({ id: 'ap', extends: 'news', overrides: { en: ['chornobyl', 'dnipro_river', 'volodymyr_zelensky'] } })
  })

  it('are chosen per request: each desk keeps its own spelling of the same name', async () => {
    const wire = 'KYIV — Zelenskyy visited Sievierodonetsk and the Chornobyl plant on the Dnieper.'
    expect(await normalize(wire)).toBe('KYIV — Zelensky visited Sievierodonetsk and the Chornobyl plant on the Dnipro.')
    expect(await normalize(wire, 'ap')).toBe('KYIV — Zelenskyy visited Sievierodonetsk and the Chernobyl plant on the Dnieper.')
    expect(await normalize(wire, 'reuters')).toBe('KYIV — Zelenskiy visited Sievierodonetsk and the Chornobyl plant on the Dnipro.')
    expect(await normalize(wire, 'bbc')).toBe('KYIV — Zelensky visited Severodonetsk and the Chornobyl plant on the Dnipro.')
    // A language the profile does not override keeps the base house style.
    expect(await normalize('Zelensky visitó Kyiv.', 'ap', 'es')).toBe('Zelenski visitó Kiev.')
  })

  it('are chosen per webhook integration', async () => {
    const node = createNodeApp(service.config, { copydesk: service.copydesk, integrations: service.integrations, log: () => {} })
    const body = JSON.stringify({ id: 'ap-1', locale: 'en-US', fields: { headline: 'Zelensky visits Kiev' } })
    const res = await node.request('/v1/webhooks/ap-wire', {
      method: 'POST', body,
      headers: { 'content-type': 'application/json', 'copydesk-signature': await signGeneric(body, secret) },
    }, { incoming: { socket: { remoteAddress: '192.0.2.50', remotePort: 50_000, remoteFamily: 'IPv4' } } })
    expect(res.status).toBe(200)
    const answer = await json(res)
    expect(answer.fields.map((f: { value: string }) => f.value)).toEqual(['Zelenskyy visits Kyiv'])
  })
})

describe('the news glossary in its seven languages', () => {
  it.each([
    ['en', 'Zelenskyy met Klychko in Kiev before visiting Artemovsk, Ugledar and Krivoy Rog in Ukraine.', 'Zelensky met Klitschko in Kyiv before visiting Bakhmut, Vuhledar and Kryvyi Rih in Ukraine.'],
    ['es', 'Zelensky se reunió con Klychko en Kyiv y viajó a Kharkiv y Kryvyi Rih.', 'Zelenski se reunió con Klitschko en Kiev y viajó a Járkov y Krivói Rog.'],
    ['de', 'Zelensky traf Klychko in Kiew und reiste nach Kharkiv und Kupiansk.', 'Selenskyj traf Klitschko in Kyjiw und reiste nach Charkiw und Kupjansk.'],
    ['fr', 'Zelenskyy a rencontré Klychko à Kyiv avant de se rendre à Kupiansk et Zaporizhzhia.', 'Zelensky a rencontré Klitschko à Kiev avant de se rendre à Koupiansk et Zaporijjia.'],
    ['it', 'Zelenskyy ha incontrato Klychko a Kyiv prima di andare a Lviv e Lugansk.', 'Zelensky ha incontrato Klitschko a Kiev prima di andare a Leopoli e Lugansk.'],
    ['pt', 'Zelenskyy encontrou Klychko em Kyiv antes de visitar Kharkov e Zaporozhye.', 'Zelensky encontrou Klitschko em Kiev antes de visitar Kharkiv e Zaporizhzhia.'],
    // Polish names take the case the word before them decides (languages/pl.yaml).
    ['pl', 'Prezydent Zelensky i mer Klitschko spotkali się w Kyiv, potem pojechali do Kharkiv.', 'Prezydent Zełenski i mer Kliczko spotkali się w Kijowie, potem pojechali do Charkowa.'],
  ])('%s', async (language, text, expected) => {
    expect(await normalize(text, 'news', language)).toBe(expected)
  })
})
