import { describe, expect, it } from 'vitest'
import { i18n } from './instance.js'
import { defaultLocale, languageName, locales, t, type Locale, type MessageKey } from './index.js'

type Group = Readonly<Record<string, string | undefined>>
const english: Readonly<Record<string, Group>> = locales.en
const localeList = Object.keys(locales) as Locale[]
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/

/** `{{name}}` and `{{name, format}}` → name; nesting (`$t(...)`) is not used. */
function variables(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\{\s*([^,}\s]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!))].sort()
}

/** English keys without plural forms, and the bases of the plural ones. */
const singular = new Map<string, string[]>()
const plural = new Map<string, string[]>()
for (const [group, messages] of Object.entries(english)) {
  singular.set(group, Object.keys(messages).filter((key) => !PLURAL.test(key)))
  plural.set(group, [...new Set(Object.keys(messages).flatMap((key) => PLURAL.exec(key)?.[1] ?? []))])
}

/** The keys a locale must have: English's, with its own plural categories. */
function expectedKeys(locale: Locale, group: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
  return [...singular.get(group)!, ...plural.get(group)!.flatMap((base) => categories.map((c) => `${base}_${c}`))].sort()
}

/** The English message whose variables `key` must use (a plural form: English's `_other`). */
function reference(group: string, key: string): string {
  const base = PLURAL.exec(key)?.[1]
  return english[group]![base === undefined ? key : `${base}_other`]!
}

const entries = localeList.flatMap((locale) =>
  Object.entries(locales[locale] as Readonly<Record<string, Group>>).flatMap(([group, messages]) =>
    Object.entries(messages).map(([key, message]) => ({ locale, group, key, message: message ?? '' })),
  ),
)

describe('message resources', () => {
  it('bundle at least en, es, de, fr and uk, English by default', () => {
    expect(localeList).toEqual(expect.arrayContaining(['en', 'es', 'de', 'fr', 'uk']))
    expect(defaultLocale).toBe('en')
  })

  it.each(localeList)('%s has every group and key of English, no other, and its own plural forms', (locale) => {
    const messages = locales[locale] as Readonly<Record<string, Group>>
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort())
    for (const group of Object.keys(english)) {
      expect(Object.keys(messages[group]!).sort(), `${locale} ${group}`).toEqual(expectedKeys(locale, group))
    }
  })

  it('uses plurals for the messages with a count', () => {
    expect(plural.get('error')).toEqual(expect.arrayContaining(['payload_too_large', 'invalid_field_glossary']))
    for (const [group, bases] of plural) for (const base of bases) expect(variables(english[group]![`${base}_other`]!)).toContain('count')
    for (const { group, key, message } of entries) {
      if (!PLURAL.test(key)) expect(variables(message), `${group}.${key} has a count but no plural forms`).not.toContain('count')
    }
  })

  it.each(entries.map((e) => [`${e.locale} ${e.group}.${e.key}`, e] as const))('%s has the variables of English', (_, entry) => {
    expect(variables(entry.message)).toEqual(variables(reference(entry.group, entry.key)))
  })

  it('has no empty, padded, HTML or nested messages, and only known formats', () => {
    for (const { locale, group, key, message } of entries) {
      const name = `${locale} ${group}.${key}`
      expect(message.trim(), name).not.toBe('')
      expect(message, name).toBe(message.trim())
      expect(message, name).not.toMatch(/<[a-z/]|\$t\(|\{\{-|\{\{\s*\}\}/i)
      for (const [, format] of message.matchAll(/\{\{[^,}]+,\s*([^}]+)\}\}/g)) expect(format, name).toMatch(/^(?:list|number(?:\(.*\))?)$/)
    }
  })
})

describe('typographic quotes', () => {
  const quotes: Record<Locale, readonly [string, string]> = {
    en: ['“', '”'],
    es: ['«', '»'],
    de: ['„', '“'],
    fr: ['«\u202F', '\u202F»'],
    uk: ['«', '»'],
  }
  /** Variables that hold terms from the text or the request: always quoted. */
  const terms = ['original', 'replacement', 'glossary', 'language', 'contentType']

  it.each(localeList)('%s quotes every term with its own quotes', (locale) => {
    const [open, close] = quotes[locale]
    for (const { group, key, message } of entries.filter((e) => e.locale === locale)) {
      for (const term of terms) {
        const bare = message.split(`${open}{{${term}}}${close}`).join('')
        expect(bare, `${locale} ${group}.${key}: {{${term}}}`).not.toContain(`{{${term}}}`)
      }
      const foreign = ['“', '”', '„', '«', '»', '‘', '‚'].filter((q) => !open.includes(q) && !close.includes(q))
      for (const q of foreign) expect(message, `${locale} ${group}.${key}`).not.toContain(q)
    }
  })

  it('renders a change with the quotes of each language', () => {
    const rendered = Object.fromEntries(localeList.map((l) => [l, t(l, 'change.preferred-form', { original: 'Kiev', replacement: 'Kyiv' })]))
    expect(rendered).toEqual({
      en: 'Use “Kyiv” rather than “Kiev” (house style)',
      es: 'Use «Kyiv» en lugar de «Kiev» (libro de estilo)',
      de: '„Kyiv“ statt „Kiev“ verwenden (Hausstil)',
      fr: 'Utiliser «\u202FKyiv\u202F» plutôt que «\u202FKiev\u202F» (style maison)',
      uk: 'Пишіть «Kyiv», а не «Kiev» (стиль редакції)',
    })
  })

  it('spaces French punctuation with no-break spaces', () => {
    for (const { group, key, message: raw } of entries.filter((e) => e.locale === 'fr')) {
      const name = `fr ${group}.${key}`
      const message = raw.replace(/\{\{[^}]*\}\}/g, 'x') // the format options have their own colons
      expect(message, name).not.toMatch(/ [;:!?»]|« /)
      expect(message, name).not.toMatch(/[^\u00A0\u202F][:;!?](?=\s|$)/)
      expect(message, name).not.toMatch(/[^\u202F][;!?](?=\s|$)/)
    }
  })
})

describe('rendering', () => {
  const sample: Record<string, string | number | string[]> = {
    original: 'Kiev',
    replacement: 'Kyiv',
    preferred: 'Kyiv',
    language: 'en',
    languageName: 'English',
    glossary: 'news',
    field: 'text',
    method: 'GET',
    path: '/x',
    contentType: 'text/plain',
    available: ['news', 'sports'],
    allowed: ['GET', 'HEAD'],
    supported: ['en', 'es', 'de'],
    formats: ['tbx', 'csv'],
    expected: 'text/csv',
    max: 100,
    reason: 'line 2: bad',
    version: '0123456789abcd',
    languages: ['en', 'es'],
    confidence: 0.8612,
    minConfidence: 0.15,
    integration: 'wire',
    header: 'Copydesk-Signature',
    topic: 'ContentManagement.Entry.publish',
    uid: 'api::article.article',
    cms: 'Contentful',
    answer: '401 AccessTokenInvalid',
    delivered: 7,
    current: 8,
    locale: 'fr-CA',
    format: 'html',
    event: 'entry.publish',
    status: 418,
    provider: 'apertium',
    from: 'es',
    to: 'de',
    fromName: 'Spanish',
    toName: 'German',
    pairs: ['es → en', 'en → es'],
    url: 'http://127.0.0.1:2737',
    timeoutMs: 20000,
    form: 'Kharkiv',
    message: 'Use “Kyiv” rather than “Kiev”',
    why: 'the sentence talks about the name',
    detectedName: 'German',
    total: 31515,
    listed: 5000,
    limit: 16777216,
  }

  it.each(entries.map((e) => [`${e.locale} ${e.group}.${e.key}`, e] as const))('%s renders every variable', (_, { locale, group, key }) => {
    const match = PLURAL.exec(key)
    const base = match?.[1] ?? key
    // Pick a count that selects this very form, and a context when the key has one.
    const category = match?.[2]
    const count = category === undefined ? undefined : [0, 1, 2, 3, 5, 6, 11, 21, 22, 25, 1.5, 1e6].find((n) => new Intl.PluralRules(locale).select(n) === category)
    const [head, ...rest] = base.split('_')
    const contextual = english[group]![head!] !== undefined || plural.get(group)!.includes(head!)
    const known = contextual && rest.length > 0 ? { key: head!, context: rest.join('_') } : { key: base, context: undefined }
    const rendered = t(locale, `${group}.${known.key}` as MessageKey, { ...sample, count, context: known.context })
    expect(rendered).not.toMatch(/\{\{|\}\}/)
    expect(rendered).toBe(t(locale, `${group}.${base}` as MessageKey, { ...sample, count }))
  })

  it('formats numbers and lists for the locale', () => {
    expect(t('en', 'language.detected', { languageName: 'English', confidence: 0.8612 })).toBe('Detected as English (confidence 0.86)')
    expect(t('de', 'language.detected', { languageName: 'Englisch', confidence: 0.9 })).toBe('Erkannt als Englisch (Konfidenz 0,90)')
    expect(t('es', 'error.unknown_glossary', { glossary: 'x', available: ['news', 'tiny'] })).toBe('Glosario desconocido: «x»; disponibles: news y tiny')
    expect(t('uk', 'error.unknown_glossary', { glossary: 'x', available: ['news', 'tiny'] })).toBe('Невідомий глосарій «x»; доступні: news і tiny')
  })

  it('chooses plural forms by the rules of each language', () => {
    const bytes = (locale: Locale, count: number) => t(locale, 'error.payload_too_large', { count })
    expect([1, 2, 5, 21, 1048576].map((n) => bytes('uk', n))).toEqual([
      'Тіло запиту перевищує ліміт у 1 байт',
      'Тіло запиту перевищує ліміт у 2 байти',
      'Тіло запиту перевищує ліміт у 5 байтів',
      'Тіло запиту перевищує ліміт у 21 байт',
      'Тіло запиту перевищує ліміт у 1048576 байтів',
    ])
    expect([1, 64].map((n) => bytes('en', n))).toEqual([
      'The request body exceeds the limit of 1 byte',
      'The request body exceeds the limit of 64 bytes',
    ])
    expect([0, 1, 2].map((n) => bytes('fr', n))).toEqual([
      'Le corps de la requête dépasse la limite de 0 octet',
      'Le corps de la requête dépasse la limite de 1 octet',
      'Le corps de la requête dépasse la limite de 2 octets',
    ])
  })

  it('names languages in the language of the messages', () => {
    expect(localeList.map((l) => languageName(l, 'de'))).toEqual(['German', 'alemán', 'Deutsch', 'allemand', 'німецька'])
  })
})

describe('the i18next instance', () => {
  it('is initialized once, synchronously, with the bundled resources', () => {
    expect(i18n.isInitialized).toBe(true)
    for (const locale of localeList) expect(i18n.hasResourceBundle(locale, 'translation')).toBe(true)
  })

  it('never changes its language to render another locale', () => {
    t('uk', 'error.invalid_json')
    t('de', 'error.invalid_json')
    expect(i18n.language).toBe(defaultLocale)
  })
})
