import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { deeplProvider } from '../../src/translate/providers/deepl/index.js'
import { STAND_IN_KEY, startDeeplStandIn, type DeeplStandIn } from './deepl-stand-in.js'
import { closedPort, translateApp } from './support.js'

// DeepL cannot be called from here: deepl-node talks to a stand-in on loopback that speaks the
// documented API parts we use (./deepl-stand-in.ts), including its error answers.
let deepl: DeeplStandIn
beforeAll(async () => {
  deepl = await startDeeplStandIn()
})
afterAll(async () => {
  await deepl?.close()
})
beforeEach(() => {
  deepl.failWith = undefined
  deepl.delayMs = 0
  deepl.requests.length = 0
  deepl.translateParams.length = 0
})

const app = (key = STAND_IN_KEY) => translateApp({ DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: deepl.url }, [deeplProvider]).call
const translate = async (call: ReturnType<typeof app>, body: Record<string, unknown>) => {
  const res = await call('POST', '/v1/translate', body)
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

describe('the deepl provider', () => {
  it('protects names with XML tag handling and returns them in the target house style', async () => {
    const call = app()
    const { status, body } = await translate(call, { text: 'El alcalde de Járkov habló con Zelenski & <equipo>.', from: 'es', to: 'en' })
    expect(status).toBe(200)
    expect(body.text).toBe('The mayor of Kharkiv spoke with Zelensky & <equipo>.')
    expect(body.provider).toEqual({ id: 'deepl', engine: 'DeepL es-en with glossary' })
    const params = deepl.translateParams[0]!
    expect(params.get('tag_handling')).toBe('xml')
    expect(params.get('ignore_tags')).toBe('x')
    expect(params.get('target_lang')).toBe('en-GB')
    expect(params.getAll('text')).toEqual(['El alcalde de <x i="1">Kharkiv</x> habló con <x i="2">Zelensky</x> &amp; &lt;equipo&gt;.'])
  })

  it('creates the DeepL glossary once per glossary version and direction, and finds it again after a restart', async () => {
    await translate(app(), { text: 'Kiev', from: 'es', to: 'en' })
    await translate(app(), { text: 'Kiev', from: 'es', to: 'en' }) // a new process: finds it by name
    const created = deepl.requests.filter((r) => r === 'POST /v2/glossaries')
    expect(created.length).toBeLessThanOrEqual(1)
    const [name, glossary] = [...deepl.glossaries].find(([n]) => n.includes('es-en'))!
    expect(name).toMatch(/^copydesk news [0-9a-f]+ es-en$/)
    const entries = new Map(glossary.entries.split('\n').map((line) => line.split('\t') as [string, string]))
    expect(entries.get('Járkov')).toBe('Kharkiv')
    expect(entries.get('pollo a la Kiev')).toBe('chicken Kiev')
    // Context-dependent variants never go into an engine glossary, which would apply them everywhere.
    expect(entries.has('Odessa')).toBe(false)
    expect(entries.get('Odessa (Texas)')).toBe('Odessa (Texas)')
  })

  it('uses the glossary where no protection applies (a form the engine meets unprotected)', async () => {
    const call = app()
    // DROP-TAGS: the stand-in loses the tags, so the paragraph is retranslated unprotected, with the glossary.
    const { body } = await translate(call, { text: 'DROP-TAGS El alcalde de Járkov.', from: 'es', to: 'en' })
    expect(body.text).toBe('DROP-TAGS The mayor of Kharkiv.')
    expect(body.warnings.map((w: { code: string }) => w.code)).toEqual(['protection-broken'])
    expect(deepl.translateParams[1]!.get('tag_handling')).toBeNull()
    expect(deepl.translateParams[1]!.get('glossary_id')).toMatch(/^glossary-/)
  })

  // The engine glossary applies its entries wherever they stand; a name the text does not decide must not be forced.
  it('translates a paragraph with a name it does not decide without the glossary', async () => {
    const call = app()
    const { status, body } = await translate(call, { text: 'El alcalde de Járkov habló.\n\nJárkov (hoy Járkiv) es grande.', from: 'es', to: 'en' })
    expect(status).toBe(200)
    // With the glossary, the gloss would read "Kharkiv (now Kharkiv)".
    expect(body.machineTranslation).toBe('The mayor of Kharkiv spoke.\n\nJárkov (now Járkiv) is big.')
    const texts = deepl.translateParams.map((p) => [p.getAll('text'), p.get('glossary_id')])
    expect(texts).toEqual([
      [['El alcalde de <x i="1">Kharkiv</x> habló.'], expect.stringMatching(/^glossary-/)],
      [['Járkov (hoy Járkiv) es grande.'], null],
    ])
    expect(body.provider.engine).toBe('DeepL es-en with glossary, but not for 1 of 2 texts')
    // The held text first: each translation goes back to its own paragraph.
    deepl.translateParams.length = 0
    const first = await translate(call, { text: 'Járkov (hoy Járkiv) es grande.\n\nEl alcalde de Járkov habló.\n\nLa ciudad de Járkov.', from: 'es', to: 'en' })
    expect(first.body.machineTranslation).toBe('Járkov (now Járkiv) is big.\n\nThe mayor of Kharkiv spoke.\n\nThe city of Kharkiv.')
    expect(deepl.translateParams.map((p) => p.get('glossary_id') === null)).toEqual([false, true])
  })

  it('answers 502 provider_bad_answer when DeepL returns fewer translations than texts', async () => {
    const { status, body } = await translate(app(), { text: 'SHORT-ANSWER El alcalde de Járkov habló.', from: 'es', to: 'en' })
    expect(status).toBe(502)
    expect(body.error.code).toBe('provider_bad_answer')
  })

  it('lists its pairs from DeepL\'s languages', async () => {
    const res = await app()('GET', '/v1/translate/providers')
    const body = (await res.json()) as { providers: { id: string; reachable: boolean; pairs: { from: string; to: string }[] }[] }
    expect(body.providers[0]).toMatchObject({ id: 'deepl', reachable: true })
    expect(body.providers[0]!.pairs).toEqual(expect.arrayContaining([{ from: 'es', to: 'en' }, { from: 'en', to: 'de' }]))
    expect(body.providers[0]!.pairs).not.toContainEqual({ from: 'en', to: 'en' })
  })

  it.each([
    [403, 'provider_unavailable', 'refused the key'],
    [456, 'provider_unavailable', 'quota'],
    [429, 'provider_unavailable', 'rate limiting'],
    [500, 'provider_unavailable', 'failed'],
    [503, 'provider_unavailable', 'failed'],
  ])('maps DeepL %i to a 503 the caller can act on', async (status, code, words) => {
    const call = app()
    await translate(call, { text: 'Kiev', from: 'es', to: 'en' }) // pairs and glossary ready
    deepl.failWith = status
    const { status: got, body } = await translate(call, { text: 'Kiev', from: 'es', to: 'en' })
    expect(got).toBe(503)
    expect(body.error).toMatchObject({ code, retryable: true })
    expect(body.error.message).toContain(words)
  })

  // deepl-node gave a request up after 5 s (its Translator's minTimeout) and the answer was 503,
  // though TRANSLATE_TIMEOUT_MS (20 s by default) allowed a long text far more.
  it('waits for DeepL as long as TRANSLATE_TIMEOUT_MS allows, not the client\'s 5 s', async () => {
    const call = app()
    await translate(call, { text: 'Kiev', from: 'es', to: 'en' }) // pairs and glossary ready
    deepl.delayMs = 5_500
    const { status, body } = await translate(call, { text: 'El alcalde de Járkov habló.', from: 'es', to: 'en' })
    expect(status).toBe(200)
    expect(body.text).toBe('The mayor of Kharkiv spoke.')
  }, 20_000)

  it('answers 504 provider_timeout at TRANSLATE_TIMEOUT_MS', async () => {
    const call = translateApp({ DEEPL_AUTH_KEY: STAND_IN_KEY, DEEPL_SERVER_URL: deepl.url, TRANSLATE_TIMEOUT_MS: '1000' }, [deeplProvider]).call
    await translate(call, { text: 'Kiev', from: 'es', to: 'en' })
    deepl.delayMs = 3_000
    const { status, body } = await translate(call, { text: 'El alcalde de Járkov habló.', from: 'es', to: 'en' })
    expect(status).toBe(504)
    expect(body.error.code).toBe('provider_timeout')
  })

  it('answers 503 for a wrong key, naming the key as the problem', async () => {
    const { status, body } = await translate(app('wrong-key-0123456789'), { text: 'Kiev', from: 'es', to: 'en' })
    expect(status).toBe(503)
    expect(body.error.message).toContain('refused the key (HTTP 403)')
  })

  it('answers 503 when DeepL cannot be reached', async () => {
    const call = translateApp({ DEEPL_AUTH_KEY: STAND_IN_KEY, DEEPL_SERVER_URL: await closedPort() }, [deeplProvider]).call
    const { status, body } = await translate(call, { text: 'Kiev', from: 'es', to: 'en' })
    expect(status).toBe(503)
    expect(body.error.code).toBe('provider_unavailable')
  })

  it('is not configured without DEEPL_AUTH_KEY', async () => {
    const call = translateApp({}, [deeplProvider]).call
    const { status, body } = await translate(call, { text: 'Kiev', from: 'es', to: 'en' })
    expect(status).toBe(503)
    expect(body.error.code).toBe('provider_not_configured')
    expect(body.error.message).toContain('DEEPL_AUTH_KEY')
  })
})
