import { describe, expect, it } from 'vitest'
import { apertium } from '../../src/translate/providers/apertium/index.js'
import type { ProviderFactory } from '../../src/translate/provider.js'
import { closedPort, copydesk, loopbackServer, realApertium, translateApp } from './support.js'

// Against a real Apertium: APy from Debian (apertium, apertium-apy, apertium-eng-spa; .ci/run
// installs them), started on a free loopback port for this file and stopped after it.
const apy = realApertium()
const { call } = apy

const translate = async (body: Record<string, unknown>) => {
  const res = await call('POST', '/v1/translate', body)
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

describe('POST /v1/translate on Apertium', () => {
  it('translates Spanish wire copy into English with the names in English house style', async () => {
    const text = 'JÁRKOV (Ucrania), 12 may (EFE).- El presidente Volodímir Zelenski visitó Járkov.'
    const { status, body } = await translate({ text, from: 'es', to: 'en' })
    expect(status).toBe(200)
    expect(body.text).toContain('KHARKIV (Ukraine)')
    expect(body.text).toContain('Volodymyr Zelensky')
    expect(body.text).toMatch(/Kharkiv\.$/)
    expect(body.text).not.toMatch(/Járkov|Zelenski\b|Xq\d/i)
    expect(body.source).toMatchObject({ code: 'es', source: 'declared' })
    expect(body.target).toBe('en')
    expect(body.provider).toEqual({ id: 'apertium', engine: 'apertium spa-eng' })
    expect(body.protected.map((p: { original: string; form: string }) => [p.original, p.form])).toEqual([
      ['JÁRKOV', 'KHARKIV'],
      ['Ucrania', 'Ukraine'],
      ['Volodímir Zelenski', 'Volodymyr Zelensky'],
      ['Járkov', 'Kharkiv'],
    ])
    for (const p of body.protected) expect(text.slice(p.start, p.end)).toBe(p.original)
    expect(body.warnings).toEqual([])
    expect(body.locale).toBe('en')
  })

  it('applies the target normalization on top of the engine, changes and diff relative to its output', async () => {
    // "plaza San Miguel" is a Spanish exception (unprotected); Apertium calques it, with the
    // article of "la plaza", and English normalization fixes the calque, article included.
    const { body } = await translate({ text: 'Los tanques se exhiben en la plaza San Miguel de Kiev.', from: 'es', to: 'en' })
    expect(body.machineTranslation).toContain('square San Miguel')
    expect(body.text).toContain("St Michael's Square")
    expect(body.text).toContain('Kyiv')
    expect(body.changes).toHaveLength(1)
    const [change] = body.changes
    expect(body.machineTranslation.slice(change.start, change.end)).toBe(change.original)
    expect(change).toMatchObject({ original: 'the square San Miguel', replacement: "St Michael's Square", concept: 'st_michaels_square' })
    expect(change.message).toBeTypeOf('string')
    expect(body.diff).toContain("+The tanks exhibit in St Michael's Square of Kyiv.")
  })

  it('translates English into Spanish: house forms, traps and links as they must be', async () => {
    const text = 'KYIV (Reuters) - Zelensky said on his channel that the government of Vladimir Putin had lied to the world again, and he posted the video on t.me/V_Zelenskiy_official before the vote in the Verkhovna Rada.'
    const { status, body } = await translate({ text, to: 'es' })
    expect(status).toBe(200)
    expect(body.source).toMatchObject({ code: 'en', source: 'detected' })
    expect(body.text).toMatch(/^KIEV \(Reuters\)/)
    expect(body.text).toContain('Zelenski')
    expect(body.text).toContain('Vladimir Putin')
    expect(body.text).toContain('t.me/V_Zelenskiy_official')
    expect(body.text).toContain('Rada Suprema')
    expect(body.text).not.toMatch(/Kyiv|Zelensky|Verkhovna/)
  })

  // Apertium capitalizes the first word it translates in a sentence, and a name it copies (ours,
  // protected, or one it lacks) does not count: "Zelensky said" came back "Zelenski Dijo".
  it('writes the word after a name that starts a sentence as the engine would without the name', async () => {
    const { body } = await translate({ text: 'Zelensky said on Monday that the talks would go on. Kharkiv and Odesa were hit. Klitschko said NATO would help.', from: 'en', to: 'es' })
    expect(body.text).toMatch(/^Zelenski dijo el lunes/)
    expect(body.text).toContain('Járkov y Odesa')
    expect(body.text).toContain('Klitschko dijo')
    expect(body.text).toContain('OTAN')
  })

  // The Black Sea decides which Odessa (no other lies on its coast), and is left to the engine
  // (`protect: false`), which places it as a modifier in Spanish word order; its lower-case
  // "Black sea" is normalized after.
  it('reads the Black Sea as a Ukraine mention and leaves the sea to the engine both ways', async () => {
    const es = await translate({ text: 'La flota rusa del mar Negro atacó el puerto de Odessa.', from: 'es', to: 'en' })
    expect(es.body.machineTranslation).toContain('Black sea')
    expect(es.body.text).toContain('the Black Sea attacked the port of Odesa.')
    expect(es.body.protected.map((p: { original: string; form: string }) => [p.original, p.form])).toEqual([['Odessa', 'Odesa']])
    const en = await translate({ text: 'Russian missiles struck the Black Sea port of Odessa overnight.', from: 'en', to: 'es' })
    expect(en.body.text).toContain('el puerto de Mar Negro de Odesa')
    expect(en.body.protected.map((p: { original: string; form: string }) => [p.original, p.form])).toEqual([['Odessa', 'Odesa']])
  })

  // With placeholders, which Apertium copies where they stand, "Ukraine's parliament" came back
  // "Ucrania  parlamento" and "the Kharkiv region" "el Járkov región"; a name its dictionary
  // has in their place is moved as Spanish wants it.
  it('places a protected name as the engine places its own: possessives, "the … region", a title before a person', async () => {
    const text = "Ukraine's parliament approved the budget. Shelling in the Kharkiv region killed two civilians. Zelensky's wife stayed out of politics. President Zelensky said Bakhmut is our fortress."
    const { body } = await translate({ text, from: 'en', to: 'es' })
    expect(body.text).toContain('El parlamento de Ucrania aprobó')
    expect(body.text).toContain('en la región de Járkov')
    expect(body.text).toContain('La mujer de Zelenski')
    expect(body.text).toContain('Presidente Zelenski dijo que Bajmut es nuestra fortaleza.')
    expect(body.warnings).toEqual([])
    expect(body.protected.map((p: { form: string }) => p.form)).toEqual(['Ucrania', 'Járkov', 'Zelenski', 'Zelenski', 'Bajmut'])
  })

  // English writes "Verkhovna Rada" and "Donbas" without an article; Spanish opens a sentence
  // with the name's own, which Apertium, seeing a placeholder, did not write.
  it('opens a Spanish sentence with the article of a name that takes one', async () => {
    const { body } = await translate({ text: "Verkhovna Rada approved the law. St Michael's Square was full on Sunday. Donbas is in the east.", from: 'en', to: 'es' })
    expect(body.text).toMatch(/^La Rada Suprema aprobó la ley\. La plaza de San Miguel \S+ \S+ el domingo\. El Donbás \S+ en el este\.$/)
    expect(body.warnings).toEqual([])
  })

  it('keeps frozen names frozen through the engine', async () => {
    const { body } = await translate({ text: 'El pollo a la Kiev es típico de la Rus de Kiev, dijo un chef de Odessa (Texas).', from: 'es', to: 'en' })
    expect(body.text).toContain('chicken Kiev')
    expect(body.text).toContain('Kievan Rus')
    expect(body.text).toContain('Odessa (Texas)')
    expect(body.text).not.toContain('Kyiv')
  })

  it('translates only the prose of Markdown: code, URLs and markup stay byte-identical', async () => {
    const text = '# Zelenski en Járkov\n\nEl alcalde de [Járkov](https://example.com/Járkov) habló.\n\n```\nJárkov = 1\n```\n'
    const { status, body } = await translate({ text, from: 'es', to: 'en', format: 'markdown' })
    expect(status).toBe(200)
    // Apertium capitalizes the word after a sentence-initial name it does not know ("Zelensky In").
    expect(body.text).toMatch(/^# Zelensky in Kharkiv\n\n/i)
    expect(body.text).toContain('(https://example.com/Járkov)')
    expect(body.text).toContain('[Kharkiv]')
    expect(body.text).toContain('```\nJárkov = 1\n```\n')
    // Offsets of the protected names are into the Markdown source, as in normalize.
    expect(body.protected.map((p: { original: string }) => p.original)).toEqual(['Zelenski', 'Járkov', 'Járkov'])
    for (const p of body.protected) expect(text.slice(p.start, p.end)).toBe(p.original)
  })

  it('translates only the prose of HTML: tags and attributes other than alt and title stay byte-identical', async () => {
    const text = '<p class="lead" data-city="Járkov">El alcalde de <a href="https://example.com/?c=Járkov">Járkov</a> habl&oacute; con Zelenski.</p>'
    const { body } = await translate({ text, from: 'es', to: 'en', format: 'html' })
    for (const p of body.protected) expect(text.slice(p.start, p.end)).toBe(p.original)
    expect(body.text).toContain('Zelensky')
    expect(body.text).toMatch(/^<p class="lead" data-city="Járkov">/)
    expect(body.text).toContain('<a href="https://example.com/?c=Járkov">Kharkiv</a>')
    expect(body.text).toMatch(/<\/p>$/)
  })

  // Each run of prose between inline markup goes to the engine on its own, and Apertium wrote
  // the first word of each with a capital: "The **Mayor** Of Kharkiv", "El <b>Alcalde</b> De
  // Járkov dijo el <a>Ciudad</a> Aguantaría".
  it('writes a run after inline markup as the middle of its sentence, not the start of one', async () => {
    const md = await translate({ text: 'El **alcalde** de Járkov dijo que la ciudad resistirá el lunes.', from: 'es', to: 'en', format: 'markdown' })
    expect(md.body.text).toMatch(/^The \*\*mayor\*\* of Kharkiv said that the city will resist/)
    expect(md.body.text).toContain('Monday')
    const html = await translate({ text: '<p>The <b>mayor</b> of Kharkiv said the <a href="/x">city</a> would hold.</p>', from: 'en', to: 'es', format: 'html' })
    expect(html.body.text).toMatch(/^<p>El <b>alcalde<\/b> de Járkov dijo [^<]*<a href="\/x">ciudad<\/a> aguantaría\.<\/p>$/)
    const link = await translate({ text: 'President [Zelensky](https://example.com/z) visited Kharkiv.', from: 'en', to: 'es', format: 'markdown' })
    expect(link.body.text).toContain('(https://example.com/z) visitó Járkov')
    // A Spanish verb whose subject is the link before it got one of its own: "it visited".
    const subject = await translate({ text: 'El presidente [Volodímir Zelenski](https://example.com/z) visitó Járkov.', from: 'es', to: 'en', format: 'markdown' })
    expect(subject.body.text).toContain('(https://example.com/z) visited Kharkiv')
  })

  it('answers 422 for a pair Apertium does not have, listing the pairs it has that are near', async () => {
    const { status, body } = await translate({ text: 'Hola', from: 'es', to: 'de' })
    expect(status).toBe(422)
    expect(body.error.code).toBe('unsupported_pair')
    expect(body.error.retryable).toBe(false)
    expect(body.error.message).toBe('“apertium” does not translate Spanish (“es”) into German (“de”); it translates: es → en')
    const other = await translate({ text: 'Bonjour', from: 'fr', to: 'it' })
    expect(other.body.error.message).toContain('es → en and en → es')
  })

  it('lists the provider as reachable, with its pairs', async () => {
    const res = await call('GET', '/v1/translate/providers')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { default: string; providers: { id: string; reachable: boolean; pairs: unknown[] }[] }
    expect(body.default).toBe('apertium')
    expect(body.providers).toHaveLength(1)
    expect(body.providers[0]).toMatchObject({ id: 'apertium', reachable: true, default: true })
    expect(body.providers[0]!.pairs).toEqual(expect.arrayContaining([{ from: 'es', to: 'en' }, { from: 'en', to: 'es' }]))
  })

  it('falls back to unprotected translation plus normalization when the engine breaks a protection, and says so', async () => {
    // The real engine, with its answer damaged the way engines damage tokens: glued to the next
    // word (a place is masked with the first of protect.ts's known places, Madrid).
    const gluing: ProviderFactory = (settings) => {
      const real = apertium(settings)!
      return { ...real, async translate(request) {
        const answer = await real.translate(request)
        return request.masked ? { ...answer, texts: answer.texts.map((t) => t.replace(/(Xq\d+x|Madrid) /g, '$1')) } : answer
      } }
    }
    const { call: damaged } = translateApp({ APERTIUM_URL: apy.url }, [gluing])
    const text = 'El alcalde de Járkov habló con Zelenski.\n\nLa ciudad de Kiev, sin cambios.'
    const res = await damaged('POST', '/v1/translate', { text, from: 'es', to: 'en' })
    const body = (await res.json()) as Record<string, any>
    expect(res.status).toBe(200)
    expect(body.text).not.toMatch(/Xq|Madrid|Obama/i)
    expect(body.text).toContain('Kharkiv')
    expect(body.text).toContain('Zelensky')
    expect(body.text).toContain('Kyiv')
    // Only the first paragraph was damaged ("Kiev," is followed by a comma): only it is retranslated.
    expect(body.warnings).toHaveLength(1)
    expect(body.warnings[0]).toMatchObject({ code: 'protection-broken', provider: 'apertium', start: 0, end: text.indexOf('\n') })
    expect(body.warnings[0].message).toContain('without protection')
  })
})

describe('when Apertium is not there', () => {
  it('answers 503 with the fix, lists the provider as unreachable, and normalize keeps working', async () => {
    const { call: down } = translateApp({ APERTIUM_URL: await closedPort() }, [apertium])
    const res = await down('POST', '/v1/translate', { text: 'Hola', from: 'es', to: 'en' })
    expect(res.status).toBe(503)
    const body = (await res.json()) as { error: { code: string; message: string; retryable: boolean } }
    expect(body.error).toMatchObject({ code: 'provider_unavailable', retryable: true })
    expect(body.error.message).toContain('npm run translator')
    expect(body.error.message).toContain('apt-get install apertium apertium-apy apertium-eng-spa')
    const providers = (await (await down('GET', '/v1/translate/providers')).json()) as { providers: { reachable: boolean; pairs: unknown[] }[] }
    expect(providers.providers[0]).toMatchObject({ reachable: false, pairs: [] })
    const normalized = await down('POST', '/v1/normalize', { text: 'Kiev', language: 'en' })
    expect(normalized.status).toBe(200)
  })

  it('answers 504 when the engine does not answer within TRANSLATE_TIMEOUT_MS', async () => {
    const silent = await loopbackServer(() => {}) // accepts, never answers
    try {
      const { call: slow } = translateApp({ APERTIUM_URL: silent.url, TRANSLATE_TIMEOUT_MS: '300' }, [apertium])
      const res = await slow('POST', '/v1/translate', { text: 'Hola', from: 'es', to: 'en' })
      expect(res.status).toBe(504)
      const body = (await res.json()) as { error: { code: string; message: string; retryable: boolean } }
      expect(body.error).toMatchObject({ code: 'provider_timeout', retryable: true })
      expect(body.error.message).toContain('300')
    } finally {
      await silent.close()
    }
  })

  it('answers 502 for any JSON an engine may answer instead of its own, never a 500', async () => {
    // [listPairs answer, translate answer]: each is valid JSON that is not APy's.
    const answers: [unknown, unknown][] = [
      [null, null],
      [{ responseData: [{ sourceLanguage: 'spa', targetLanguage: 'eng' }] }, null],
      [{ responseData: [{ sourceLanguage: 'spa', targetLanguage: 'eng' }] }, 7],
      [{ responseData: [{ sourceLanguage: 'spa', targetLanguage: 'eng' }] }, { responseData: null }],
      [{ responseData: [{ sourceLanguage: 'spa', targetLanguage: 'eng' }] }, { responseData: { translatedText: ['Hello'] } }],
      [{ responseData: [null, 'x', { sourceLanguage: 'spa', targetLanguage: 'eng' }] }, null],
    ]
    for (const [pairs, translated] of answers) {
      const odd = await loopbackServer((req, res) => {
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify(req.url === '/listPairs' ? pairs : translated))
      })
      try {
        const { call: broken } = translateApp({ APERTIUM_URL: odd.url }, [apertium])
        const res = await broken('POST', '/v1/translate', { text: 'Hola', from: 'es', to: 'en' })
        expect([res.status, ((await res.json()) as { error: { code: string } }).error.code], JSON.stringify([pairs, translated])).toEqual([502, 'provider_bad_answer'])
      } finally {
        await odd.close()
      }
    }
  })

  it('answers 502 when the engine answers something unusable, never a partial text', async () => {
    const odd = await loopbackServer((req, res) => {
      res.setHeader('content-type', 'application/json')
      if (req.url === '/listPairs') res.end(JSON.stringify({ responseData: [{ sourceLanguage: 'spa', targetLanguage: 'eng' }], responseStatus: 200 }))
      else res.end(JSON.stringify({ responseData: { somethingElse: true }, responseStatus: 200 }))
    })
    try {
      const { call: broken } = translateApp({ APERTIUM_URL: odd.url }, [apertium])
      const res = await broken('POST', '/v1/translate', { text: 'Hola', from: 'es', to: 'en' })
      expect(res.status).toBe(502)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('provider_bad_answer')
    } finally {
      await odd.close()
    }
  })
})

describe('request validation', () => {
  it('needs "to", and a known glossary and provider', async () => {
    const { call: c } = translateApp({ APERTIUM_URL: await closedPort() }, [apertium])
    const missing = await c('POST', '/v1/translate', { text: 'Hola' })
    expect(missing.status).toBe(400)
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain('"to" must be a BCP 47 language tag')
    // A malformed tag gets the same instruction, not a claim that the field is missing.
    const malformed = await c('POST', '/v1/translate', { text: 'Hola', to: '??' })
    expect(malformed.status).toBe(400)
    expect(((await malformed.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'invalid_field', message: expect.stringContaining('"to" must be a BCP 47 language tag') })
    expect((await c('POST', '/v1/translate', { text: 'Hola', to: 'en', glossary: 'nope' })).status).toBe(404)
    const unknown = await c('POST', '/v1/translate', { text: 'Hola', to: 'en', provider: 'babelfish' })
    expect(unknown.status).toBe(503)
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('configured: apertium')
    expect((await c('POST', '/v1/translate', { text: 'Hola', to: 'en', provider: 'Not An Id' })).status).toBe(400)
  })

  it('refuses to start with a TRANSLATE_PROVIDER that is not configured', () => {
    expect(() => translateApp({ TRANSLATE_PROVIDER: 'deepl' }, [apertium], 'http://127.0.0.1:2737')).toThrow('TRANSLATE_PROVIDER is "deepl", which is not configured here (configured: apertium)')
    void copydesk
  })
})
