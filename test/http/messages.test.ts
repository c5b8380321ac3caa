import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { createApp, type ErrorCode } from '../../src/http/index.js'
import { defaultLocale, languageName, locales, pickLocale, t } from '../../src/i18n/index.js'
import { webhookMessageKeys } from '../../src/webhooks/index.js'
import { requestInit, json } from './support/request-init.js'
import { tinyGlossary } from './support/tiny-glossary.js'

const errorCodes: ErrorCode[] = [
  'invalid_json',
  'invalid_request',
  'invalid_field',
  'unknown_glossary',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'unsupported_language',
  'unauthorized',
  'rate_limited',
  'internal_error',
]

describe('messages', () => {
  it('exist in every locale for every error, rule and warning code', () => {
    for (const [locale, messages] of Object.entries(locales)) {
      const errors: Readonly<Record<string, string | undefined>> = messages.error
      for (const code of errorCodes) expect(errors[code] ?? errors[`${code}_other`], `${locale} error.${code}`).toBeTruthy()
      for (const rule of ['preferred-form', 'preferred-surname', 'translation-leak'] as const) expect(messages.change[rule]).toBeTruthy()
      expect(messages.warning['language-not-covered']).toBeTruthy()
      const webhook: Readonly<Record<string, string | undefined>> = messages.webhook
      for (const key of webhookMessageKeys) expect(webhook[key] ?? webhook[`${key}_other`], `${locale} webhook.${key}`).toBeTruthy()
    }
  })

  it('render rule messages with typographic quotes and no HTML escaping', () => {
    expect(t('en', 'change.preferred-form', { original: 'Kiev', replacement: 'Kyiv' })).toBe('Use “Kyiv” rather than “Kiev” (house style)')
    expect(t('en', 'change.translation-leak', { original: 'Kiew', replacement: 'Kyiv', languageName: languageName('en', 'en') })).toBe(
      'Use “Kyiv”, the English house-style form, rather than “Kiew”',
    )
    expect(t('en', 'change.preferred-surname', { original: 'Zelenskyy', replacement: 'Zelensky', preferred: 'Zelensky' })).toBe(
      'Use “Zelensky” rather than “Zelenskyy” (house-style surname)',
    )
    expect(t('en', 'change.preferred-form', { original: "O'Brien & <Co>", replacement: 'x' })).toContain("“O'Brien & <Co>”")
  })

  it('do not interpolate or nest what comes from the request', () => {
    expect(t('en', 'change.preferred-form', { original: '{{replacement}} $t(error.not_found)', replacement: 'Kyiv' })).toBe(
      'Use “Kyiv” rather than “{{replacement}} $t(error.not_found)” (house style)',
    )
  })

  it('select the specific invalid_field message by context, the generic one otherwise', () => {
    expect(t('en', 'error.invalid_field', { field: 'text', context: 'string' })).toBe('"text" must be a string')
    expect(t('en', 'error.invalid_field', { field: 'text', context: 'no-such-context' })).toBe('"text" is invalid')
  })

  it('name languages, falling back to the code', () => {
    expect(languageName('en', 'de')).toBe('German')
    expect(languageName('en', 'not a code')).toBe('not a code')
  })

  it('pick a bundled locale from Accept-Language, English by default', () => {
    expect(pickLocale(undefined)).toBe(defaultLocale)
    expect(pickLocale('xx-YY, zz;q=0.5')).toBe('en')
    expect(pickLocale('en-GB;q=0.8, xx')).toBe('en')
    expect(pickLocale(';;;,,,q=,')).toBe('en')
  })

  it('are rendered for warnings', async () => {
    const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
    const app = createApp({ copydesk, log: () => {} })
    const res = await app.request('/v1/normalize', requestInit('POST', { text: 'Вони приїхали до Києва в понеділок увечері.' }))
    const { warnings, language } = await json(res)
    expect(language.code).toBe('uk')
    expect(warnings[0]).toEqual({
      code: 'language-not-covered',
      language: language.code,
      glossary: 'tiny',
      message: `The “tiny” glossary has no house style for ${languageName('en', language.code)} (“${language.code}”); the text was left unchanged`,
    })
  })
})
