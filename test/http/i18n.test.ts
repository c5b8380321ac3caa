import { beforeAll, describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { createApp } from '../../src/http/index.js'
import { call, json, type Headers } from './support/call.js'
import { requestInit } from './support/request-init.js'
import { tinyGlossary } from './support/tiny-glossary.js'

type Locale = 'en' | 'es' | 'de' | 'fr' | 'uk'
const locales: Locale[] = ['en', 'es', 'de', 'fr', 'uk']
const nnbsp = '\u202F'
const nbsp = '\u00A0'

/** What each locale must say, word for word. */
const expected: Record<Locale, Record<'declared' | 'surname' | 'form' | 'leak' | 'tooShort' | 'notConfident' | 'warning' | 'textField' | 'tooLarge', string>> = {
  en: {
    declared: 'Declared in the request: English',
    surname: 'Use “Zelensky” rather than “Zelenskyy” (house-style surname)',
    form: 'Use “Kyiv” rather than “Kiev” (house style)',
    leak: 'Use “Kyiv”, the English house-style form, rather than “Kiew”',
    tooShort: 'Too short to detect the language (fewer than 6 letters); used the fallback language, English',
    notConfident: 'The language could not be detected with enough confidence (0.00, below 0.15)',
    warning: 'The “news” glossary has no house style for Ukrainian (“uk”); the text was left unchanged',
    textField: '"text" must be a string',
    tooLarge: 'The request body exceeds the limit of 1048576 bytes',
  },
  es: {
    declared: 'Idioma declarado en la solicitud: inglés',
    surname: 'Use «Zelensky» en lugar de «Zelenskyy» (apellido según el libro de estilo)',
    form: 'Use «Kyiv» en lugar de «Kiev» (libro de estilo)',
    leak: 'Use «Kyiv», la forma del libro de estilo para textos en inglés, en lugar de «Kiew»',
    tooShort: 'Texto demasiado corto para detectar el idioma (menos de 6 letras); se aplicó el idioma por defecto, inglés',
    notConfident: 'No se pudo detectar el idioma con suficiente confianza (0,00, por debajo de 0,15)',
    warning: 'El glosario «news» no tiene libro de estilo para textos en ucraniano («uk»); el texto no se ha modificado',
    textField: '"text" debe ser una cadena de texto',
    tooLarge: 'El cuerpo de la solicitud supera el límite de 1048576 bytes',
  },
  de: {
    declared: 'In der Anfrage angegeben: Englisch',
    surname: '„Zelensky“ statt „Zelenskyy“ verwenden (Nachname laut Hausstil)',
    form: '„Kyiv“ statt „Kiev“ verwenden (Hausstil)',
    leak: '„Kyiv“ statt „Kiew“ verwenden (Hausstil für Texte auf Englisch)',
    tooShort: 'Zu kurz, um die Sprache zu erkennen (weniger als 6 Buchstaben); verwendet wurde die Ersatzsprache Englisch',
    notConfident: 'Die Sprache konnte nicht sicher genug erkannt werden (Konfidenz 0,00, unter 0,15)',
    warning: 'Das Glossar „news“ hat keinen Hausstil für Texte auf Ukrainisch („uk“); der Text bleibt unverändert',
    textField: '"text" muss eine Zeichenkette sein',
    tooLarge: 'Der Anfragetext überschreitet die Grenze von 1048576 Byte',
  },
  fr: {
    declared: `Langue déclarée dans la requête${nbsp}: anglais`,
    surname: `Utiliser «${nnbsp}Zelensky${nnbsp}» plutôt que «${nnbsp}Zelenskyy${nnbsp}» (nom de famille selon le style maison)`,
    form: `Utiliser «${nnbsp}Kyiv${nnbsp}» plutôt que «${nnbsp}Kiev${nnbsp}» (style maison)`,
    leak: `Utiliser «${nnbsp}Kyiv${nnbsp}», la forme du style maison pour les textes en anglais, plutôt que «${nnbsp}Kiew${nnbsp}»`,
    tooShort: `Texte trop court pour détecter la langue (moins de 6 lettres)${nnbsp}; langue par défaut appliquée${nbsp}: anglais`,
    notConfident: 'La langue n’a pas pu être détectée avec assez de confiance (0,00, sous le seuil de 0,15)',
    warning: `Le glossaire «${nnbsp}news${nnbsp}» n’a pas de style maison pour les textes en ukrainien («${nnbsp}uk${nnbsp}»)${nnbsp}; le texte est resté inchangé`,
    textField: '"text" doit être une chaîne de caractères',
    tooLarge: 'Le corps de la requête dépasse la limite de 1048576 octets',
  },
  uk: {
    declared: 'Мову вказано в запиті: англійська',
    surname: 'Пишіть «Zelensky», а не «Zelenskyy» (прізвище за стилем редакції)',
    form: 'Пишіть «Kyiv», а не «Kiev» (стиль редакції)',
    leak: 'Пишіть «Kyiv», а не «Kiew» (форма за стилем редакції; мова тексту — англійська)',
    tooShort: 'Текст закороткий, щоб визначити мову (менше ніж 6 літер); застосовано резервну мову — англійська',
    notConfident: 'Не вдалося впевнено визначити мову (впевненість 0,00, нижче порога 0,15)',
    warning: 'Глосарій «news» не має стилю редакції для мови тексту (українська, «uk»); текст залишено без змін',
    textField: 'Поле "text" має бути рядком',
    tooLarge: 'Тіло запиту перевищує ліміт у 1048576 байтів',
  },
}

const story = "Zelenskyy's office in Kiev confirmed the visit; German aid still flows to Kiew."
const ukrainian = 'Вони приїхали до Києва в понеділок увечері.'

/** Concept id → its note in the news glossary, as GET /v1/glossaries/news has it. */
let notes: Map<string, string | Record<string, string>>

beforeAll(async () => {
  const glossary = await json(await call('GET', '/v1/glossaries/news'))
  notes = new Map(glossary.concepts.filter((c: { note?: unknown }) => c.note !== undefined).map((c: { id: string; note: string }) => [c.id, c.note]))
})

function noteIn(concept: string, locale: Locale): string {
  const note = notes.get(concept)!
  return typeof note === 'string' ? note : note[locale]!
}

/** The locale a request ends up with, read from /v1/detect (which always answers 200). */
async function localeFor(headers: Headers, body: Record<string, unknown> = {}): Promise<string> {
  const res = await call('POST', '/v1/detect', { text: '', ...body }, headers)
  expect(res.status).toBe(200)
  const { locale } = await json(res)
  expect(res.headers.get('content-language')).toBe(locale)
  return locale
}

describe.each(locales)('a response in %s', (locale) => {
  const say = expected[locale]

  it('renders the changes, their notes and the language decision', async () => {
    const res = await call('POST', '/v1/normalize', { text: story, language: 'en', locale })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-language')).toBe(locale)
    expect(res.headers.get('vary')).toContain('Accept-Language')
    expect(await json(res)).toEqual({
      text: "Zelensky's office in Kyiv confirmed the visit; German aid still flows to Kyiv.",
      language: { code: 'en', confidence: 1, source: 'declared', explanation: say.declared },
      glossary: { id: 'news', version: expect.any(String) },
      changes: [
        {
          start: 0, end: 9, line: 1, column: 1, endLine: 1, endColumn: 10,
          original: 'Zelenskyy', replacement: 'Zelensky', concept: 'volodymyr_zelensky', rule: 'preferred-surname', language: 'en', message: say.surname, status: 'applied',
        },
        {
          start: 22, end: 26, line: 1, column: 23, endLine: 1, endColumn: 27,
          original: 'Kiev', replacement: 'Kyiv', concept: 'kyiv', rule: 'preferred-form', language: 'en', message: say.form, status: 'applied',
        },
        {
          start: 74, end: 78, line: 1, column: 75, endLine: 1, endColumn: 79,
          original: 'Kiew', replacement: 'Kyiv', concept: 'kyiv', rule: 'translation-leak', language: 'en', message: say.leak, status: 'applied',
        },
      ],
      concepts: { volodymyr_zelensky: { note: noteIn('volodymyr_zelensky', locale) }, kyiv: { note: noteIn('kyiv', locale) } },
      diff: expect.any(String),
      warnings: [],
      locale,
    })
  })

  it('renders a warning and explains a detected language', async () => {
    const res = await call('POST', '/v1/normalize', { text: ukrainian }, { 'accept-language': locale })
    const body = await json(res)
    expect(body.locale).toBe(locale)
    expect(body.warnings).toEqual([{ code: 'language-not-covered', language: 'uk', glossary: 'news', message: say.warning }])
    expect(body.language).toEqual({ code: 'uk', confidence: expect.any(Number), source: 'detected', explanation: expect.any(String) })
    const confidence = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(body.language.confidence)
    expect(body.language.explanation).toContain(confidence)
    expect(body.language.explanation).toContain(new Intl.DisplayNames([locale], { type: 'language' }).of('uk'))
  })

  it('explains why detection could not tell, with the fallback language', async () => {
    const normalized = await json(await call('POST', '/v1/normalize', { text: 'Kiev', locale }))
    expect(normalized.language).toEqual({ code: 'en', confidence: 0, source: 'fallback', reason: 'too-short', explanation: say.tooShort })
    const detected = await json(await call('POST', '/v1/detect', { text: 'Bakhmut Donetsk Luhansk', locale }))
    expect(detected.language).toEqual({ code: 'und', confidence: 0, source: 'detected', reason: 'not-confident', explanation: say.notConfident })
    expect(detected.locale).toBe(locale)
  })

  it('renders errors, before and after the body is read', async () => {
    const invalid = await call('POST', '/v1/normalize', { text: 42, locale })
    expect(invalid.status).toBe(400)
    expect(invalid.headers.get('content-language')).toBe(locale)
    expect(await json(invalid)).toEqual({ error: { code: 'invalid_field', message: say.textField, retryable: false } })

    // Over the limit: the body is never parsed, so its locale field cannot count.
    const big = JSON.stringify({ locale: 'en', text: 'a'.repeat(1_048_576) })
    const tooLarge = await call('POST', '/v1/normalize', big, { 'accept-language': locale, 'content-length': String(big.length) })
    expect(tooLarge.status).toBe(413)
    expect(tooLarge.headers.get('content-language')).toBe(locale)
    expect(await json(tooLarge)).toEqual({ error: { code: 'payload_too_large', message: say.tooLarge, retryable: false } })
  })
})

describe('the locale of the messages', () => {
  it('is independent of the language of the text', async () => {
    const body = await json(await call('POST', '/v1/normalize', { text: 'Präsident Zelensky reiste nach Kiew.', language: 'de', locale: 'en' }))
    expect(body.text).toBe('Präsident Selenskyj reiste nach Kyjiw.')
    expect(body.changes.map((c: { message: string }) => c.message)).toEqual([
      'Use “Selenskyj” rather than “Zelensky” (house-style surname)',
      'Use “Kyjiw” rather than “Kiew” (house style)',
    ])
    expect(body.language.explanation).toBe('Declared in the request: German')
  })

  it('comes from the locale field before Accept-Language', async () => {
    expect(await localeFor({ 'accept-language': 'de' }, { locale: 'uk' })).toBe('uk')
    expect(await localeFor({ 'accept-language': 'de' }, { locale: 'es-MX' })).toBe('es')
    expect(await localeFor({ 'accept-language': 'de' }, { locale: 'FR-ca' })).toBe('fr')
  })

  it('falls back to Accept-Language, then English, for a locale field with no messages', async () => {
    expect(await localeFor({ 'accept-language': 'de' }, { locale: 'pt-BR' })).toBe('de')
    expect(await localeFor({}, { locale: 'ja' })).toBe('en')
    expect(await localeFor({}, { locale: 'und' })).toBe('en')
  })

  it.each([['english'], ['e n'], [''], ['de_DE'], ['*'], [42], [null], [['de']]])('refuses the locale %j with 400 invalid_field', async (locale) => {
    const res = await call('POST', '/v1/normalize', { text: 'Kiev', locale }, { 'accept-language': 'de' })
    expect(res.status).toBe(400)
    const { error } = await json(res)
    expect(error.code).toBe('invalid_field')
    expect(error.message).toContain('"locale"')
    expect(error.message).toBe('"locale" muss ein BCP-47-Sprachtag sein, der die Sprache der Meldungen angibt, etwa "en", "de" oder "es-MX"')
    expect(res.headers.get('content-language')).toBe('de')
  })

  it('is checked before the other fields, so their errors are in it', async () => {
    const res = await call('POST', '/v1/detect', { locale: 'es' })
    expect(await json(res)).toEqual({ error: { code: 'invalid_field', message: '"text" debe ser una cadena de texto', retryable: false } })
  })

  it('uses Accept-Language for errors before the body is parsed', async () => {
    const unsupported = await call('POST', '/v1/normalize', JSON.stringify({ text: 'Kiev', locale: 'en' }), {
      'content-type': 'text/plain',
      'accept-language': 'fr',
    })
    expect(unsupported.status).toBe(415)
    expect((await json(unsupported)).error.message).toBe(
      `Le Content-Type doit être application/json (avec charset utf-8, s’il est indiqué)${nnbsp}; reçu${nbsp}: «${nnbsp}text/plain${nnbsp}»`,
    )
    const malformed = await call('POST', '/v1/normalize', '{"locale": "en", "text": ', { 'accept-language': 'uk' })
    expect(await json(malformed)).toEqual({ error: { code: 'invalid_json', message: 'Тіло запиту має бути коректним JSON у кодуванні UTF-8', retryable: false } })
    const notObject = await call('POST', '/v1/normalize', '[{"locale": "en"}]', { 'accept-language': 'es' })
    expect(await json(notObject)).toEqual({ error: { code: 'invalid_request', message: 'El cuerpo de la solicitud debe ser un objeto JSON', retryable: false } })
  })

  it('applies to routing errors too', async () => {
    const res = await call('GET', '/v1/glossaries/sports', undefined, { 'accept-language': 'de' })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-language')).toBe('de')
    expect((await json(res)).error.message).toMatch(/^Unbekanntes Glossar „sports“; verfügbar: /)
    const route = await call('GET', '/nowhere', undefined, { 'accept-language': 'uk' })
    expect((await json(route)).error.message).toBe('Немає маршруту для GET /nowhere')
  })

  it('does not leak between concurrent requests', async () => {
    const order = Array.from({ length: 30 }, (_, i) => locales[i % locales.length]!)
    const responses = await Promise.all(
      order.map((locale) => call('POST', '/v1/normalize', { text: 'They met in Kiev.', language: 'en' }, { 'accept-language': locale })),
    )
    const bodies = await Promise.all(responses.map((res) => json(res)))
    expect(bodies.map((b) => b.changes[0].message)).toEqual(order.map((locale) => expected[locale].form))
    expect(responses.map((res) => res.headers.get('content-language'))).toEqual(order)
  })
})

describe('Accept-Language', () => {
  it.each([
    ['no header', undefined, 'en'],
    ['a bundled language', 'de', 'de'],
    ['the first of equal q-values', 'fr, de', 'fr'],
    ['the highest q-value, wherever it is', 'en;q=0.5, uk;q=0.9, de;q=0.7', 'uk'],
    ['a browser header', 'de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7', 'de'],
    ['a region, falling back to its language', 'es-MX', 'es'],
    ['a script and region', 'uk-Cyrl-UA', 'uk'],
    ['any case', 'ES-mx', 'es'],
    ['Q in capitals and spaces', 'en ; Q=0.1 , fr ; q = 0.8', 'fr'],
    ['languages without messages skipped', 'ja, pt-BR;q=0.9, fr;q=0.5', 'fr'],
    ['no bundled language at all', 'ja, zh-Hant;q=0.8', 'en'],
    ['q=0 excluded', 'de;q=0, fr;q=0.1', 'fr'],
    ['q=0 on a language excludes its regions', 'fr-CA, fr;q=0, es;q=0.2', 'es'],
    ['q=0 on a region keeps the language', 'de-AT;q=0, de;q=0.5', 'de'],
    ['q=0.000 excluded too', 'uk;q=0.000, es;q=0.001', 'es'],
    ['a wildcard', '*', 'en'],
    ['a wildcard below a language', 'uk, *;q=0.1', 'uk'],
    ['a wildcard above a language', 'fr;q=0.5, *;q=0.8', 'en'],
    ['a wildcard with English excluded', 'en;q=0, *', 'es'],
    ['everything excluded', '*;q=0', 'en'],
    ['an invalid q-value drops its range', 'de;q=abc, fr;q=1.5, es;q=-1, uk;q=0.5', 'uk'],
    ['an empty range', ',,;q=0.5, ,de', 'de'],
    ['garbage', ';;;,,,q=,', 'en'],
    ['a range that is not a language', 'd e, <de>, de_DE, 12, fr', 'fr'],
    ['names instead of tags', 'francais, deutsch, ukrainian', 'en'],
    ['a very long header', `${'xx;q=0.9,'.repeat(5000)}de`, 'en'],
  ])('%s: %j → %s', async (_, header, locale) => {
    expect(await localeFor({ 'accept-language': header })).toBe(locale)
  })
})

describe('concept notes in the response', () => {
  it('exist in en, es, de, fr and uk for kyiv, volodymyr_zelensky and odesa', () => {
    for (const concept of ['kyiv', 'volodymyr_zelensky', 'odesa']) {
      const note = notes.get(concept)
      expect(Object.keys(note as object).sort(), concept).toEqual(['de', 'en', 'es', 'fr', 'uk'])
    }
  })

  it('are the same in every locale when the glossary has one text', async () => {
    const note = notes.get('kharkiv')
    expect(typeof note).toBe('string')
    for (const locale of locales) {
      const body = await json(await call('POST', '/v1/normalize', { text: 'Shelling hit Kharkov.', language: 'en', locale }))
      expect(body.concepts).toEqual({ kharkiv: { note } })
    }
  })

  it('fall back to English, then to the first language given', async () => {
    const glossary = tinyGlossary()
    glossary.concepts[0]!.note = { uk: 'Київ — латинізація: Kyiv.', en: 'Kyiv is the romanization of the Ukrainian name.' }
    glossary.concepts[1]!.note = { uk: 'Харків — латинізація: Kharkiv.', de: 'Charkiw, englisch Kharkiv.' }
    const app = createApp({ copydesk: createCopydesk({ glossaries: [glossary], defaultGlossary: 'tiny' }), log: () => {} })
    const notesIn = async (locale: string) => {
      const res = await app.request('/v1/normalize', requestInit('POST', { text: 'Kiev and Kharkov', language: 'en', locale }))
      const { concepts } = await json(res)
      return [concepts.kyiv.note, concepts.kharkiv.note]
    }
    expect(await notesIn('uk')).toEqual(['Київ — латинізація: Kyiv.', 'Харків — латинізація: Kharkiv.'])
    expect(await notesIn('de')).toEqual(['Kyiv is the romanization of the Ukrainian name.', 'Charkiw, englisch Kharkiv.'])
    expect(await notesIn('fr')).toEqual(['Kyiv is the romanization of the Ukrainian name.', 'Харків — латинізація: Kharkiv.'])
  })
})
