import { describe, expect, it } from 'vitest'
import { handleDelivery, handleWebhook, type FieldReport, type ReportBody } from '../../src/webhooks/index.js'
import { renderWebhookMessage } from '../../src/http/index.js'
import { contentfulDelivery, deps, fixture, genericDelivery, integration, sanityDelivery, strapiDelivery } from './support/deliveries.js'

const SECRET = 'report-secret'

function report(body: unknown): ReportBody {
  expect(body).toHaveProperty('outcome', 'normalized')
  return body as ReportBody
}

function field(body: ReportBody, name: string, locale: string | null): FieldReport {
  const found = body.fields.find((f) => f.field === name && f.locale === locale)
  expect(found, `${name} ${locale}`).toBeDefined()
  return found!
}

describe('report mode, Contentful', () => {
  const cf = integration({
    name: 'cf',
    provider: 'contentful',
    secrets: [SECRET],
    fields: [{ name: 'title', format: 'text' }, { name: 'body', format: 'rich-text' }],
    locales: { 'en-US': 'en', 'es-ES': 'es' },
  })
  const payload = fixture('contentful-entry-save.json')

  it('answers per field and locale with the normalized value, the changes and the language', async () => {
    const result = await handleDelivery(cf, contentfulDelivery(payload, { secret: SECRET }), deps())
    expect(result.status).toBe(200)
    const body = report(result.body)
    expect(body).toMatchObject({ integration: 'cf', provider: 'contentful', mode: 'report', event: 'ContentManagement.Entry.save', entry: { id: '5KsDBWseXY6QegucYAoacS', version: 7 } })
    expect(field(body, 'title', 'en-US')).toMatchObject({ language: 'en', value: 'Zelensky visits Kyiv', changed: true, changes: [{ original: 'Zelenskyy', replacement: 'Zelensky', start: 0, end: 9 }, { original: 'Kiev', replacement: 'Kyiv' }] })
    expect(field(body, 'title', 'es-ES')).toMatchObject({ language: 'es', value: 'Zelenski visita Kiev' })
  })

  it('skips a locale it cannot map, and says why', async () => {
    const body = report((await handleDelivery(cf, contentfulDelivery(payload, { secret: SECRET }), deps())).body)
    expect(body.fields.some((f) => f.locale === 'fr-FR')).toBe(false)
    expect(body.skipped).toEqual([{ field: 'title', locale: 'fr-FR', reason: 'locale-not-mapped', message: { key: 'skip-locale-not-mapped', params: { locale: 'fr-FR', language: 'fr' } } }])
    expect(renderWebhookMessage(body.skipped[0]!.message, 'en')).toBe('The locale "fr-FR" is not in "locales" and the glossary does not normalize “fr”')
  })

  it('neither touches nor echoes fields that are not configured', async () => {
    const body = report((await handleDelivery(cf, contentfulDelivery(payload, { secret: SECRET }), deps())).body)
    expect(JSON.stringify(body)).not.toContain('zelenskyy-visits-kiev')
    expect(new Set(body.fields.map((f) => f.field))).toEqual(new Set(['title', 'body']))
  })

  it('normalizes the text nodes of a rich-text document, never code, link targets or structure', async () => {
    const body = report((await handleDelivery(cf, contentfulDelivery(payload, { secret: SECRET }), deps())).body)
    const rich = field(body, 'body', 'en-US')
    const original = (payload as { fields: { body: { 'en-US': unknown } } }).fields.body['en-US']
    const expected = structuredClone(original) as { content: { content: { value?: string; content?: { value: string }[] }[] }[] }
    expected.content[0]!.content[1]!.value = 'Kyiv'
    expected.content[0]!.content[3]!.content![0]!.value = 'the Kyiv statement'
    expect(rich.value).toEqual(expected)
    expect(rich.changes).toEqual([
      expect.objectContaining({ path: '/content/0/content/1/value', start: 0, end: 4, original: 'Kiev', replacement: 'Kyiv' }),
      expect.objectContaining({ path: '/content/0/content/3/content/0/value', start: 4, end: 8 }),
    ])
  })

  it('answers other topics 200 "ignored", without reading fields', async () => {
    const result = await handleDelivery(cf, contentfulDelivery(payload, { secret: SECRET }, 'ContentManagement.Entry.publish'), deps())
    expect(result).toMatchObject({ status: 200, body: { outcome: 'ignored', event: 'ContentManagement.Entry.publish', reason: 'not-an-entry-save', message: { key: 'ignored-event', params: { event: 'ContentManagement.Entry.publish' } } } })
  })

  it('refuses a body of the wrong shape with 422 and a wrong media type with 415, after the signature', async () => {
    const broken = await handleDelivery(cf, contentfulDelivery({ sys: { type: 'Entry', id: 'x', version: 'seven' } }, { secret: SECRET }), deps())
    expect(broken).toMatchObject({ status: 422, body: { error: { code: 'invalid_payload', message: { key: 'field-positive-integer', params: { field: 'sys.version' } }, retryable: false } } })
    const text = await handleDelivery(cf, contentfulDelivery(payload, { secret: SECRET, headers: { 'content-type': 'text/plain' } }), deps())
    expect(text).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } })
  })
})

describe('locale mapping', () => {
  const base = { name: 'g', provider: 'generic', secrets: [SECRET], fields: [{ name: 'headline', format: 'text' }] }
  const deliver = (locales: Record<string, string>, payload: unknown) =>
    handleDelivery(integration({ ...base, locales }), genericDelivery(payload, { secret: SECRET }), deps()).then((r) => report(r.body))

  it('maps case-insensitively, falls back to the primary subtag, skips what the glossary does not cover', async () => {
    const body = await deliver({ 'EN-us': 'en', 'pt-BR': 'pt' }, {
      id: 's',
      fields: { headline: { 'en-US': 'Kiev', 'de-AT': 'Kiew', 'es-419': 'Kyiv', 'pt-BR': 'Kiev', 'fr-CA': 'Kiev', '419': 'Kiev' } },
    })
    expect(body.fields.map((f) => [f.locale, f.language, f.value])).toEqual([
      ['en-US', 'en', 'Kyiv'],
      ['de-AT', 'de', 'Kyjiw'],
      ['es-419', 'es', 'Kiev'],
    ])
    // An integer-like key ("419") comes first in a JSON object's key order.
    expect(body.skipped.map((s) => [s.locale, s.reason, renderWebhookMessage(s.message, 'en')])).toEqual([
      ['419', 'locale-not-mapped', 'The locale "419" is not in "locales" and has no language subtag'],
      ['pt-BR', 'language-not-covered', 'The locale "pt-BR" maps to “pt”, which the glossary does not normalize'],
      ['fr-CA', 'locale-not-mapped', 'The locale "fr-CA" is not in "locales" and the glossary does not normalize “fr”'],
    ])
  })

  it('detects the language of a value without a locale', async () => {
    const body = await deliver({}, { id: 's', fields: { headline: 'Fuentes de la ciudad de Kyiv' } })
    expect(field(body, 'headline', null)).toMatchObject({ language: 'es', value: 'Fuentes de la ciudad de Kiev' })
  })
})

describe('HTML and Markdown fields', () => {
  it('normalizes the prose of an HTML field and leaves its markup (a link target) alone', async () => {
    const g = integration({ name: 'g', provider: 'generic', secrets: [SECRET], fields: [{ name: 'body', format: 'html' }], locales: { 'en-US': 'en', 'es-ES': 'es' } })
    const body = report((await handleDelivery(g, genericDelivery(fixture('generic-story.json'), { secret: SECRET }), deps())).body)
    expect(field(body, 'body', 'en-US').value).toBe('<p>Officials in <a href="https://kiev.example/Kiev">Kyiv</a> confirmed.</p>')
    expect(field(body, 'body', 'es-ES').value).toBe('<p>Fuentes en Kiev lo confirmaron.</p>')
  })

  it('skips a value of the wrong type for its format', async () => {
    const g = integration({ name: 'g', provider: 'generic', secrets: [SECRET], fields: [{ name: 'headline', format: 'rich-text' }, { name: 'body', format: 'text' }], defaultLocale: 'en' })
    const body = report((await handleDelivery(g, genericDelivery({ id: 's', fields: { headline: 'Kiev', body: { 'en-US': 42 } } }, { secret: SECRET }), deps())).body)
    expect(body.skipped.map((s) => [s.field, s.reason])).toEqual([['headline', 'not-rich-text'], ['body', 'not-text']])
  })
})

describe('report mode, Sanity and Strapi', () => {
  it('reads document-level, field-level and internationalized-array localization, and Portable Text', async () => {
    const s = integration({ name: 's', provider: 'sanity', secrets: [SECRET], localeField: 'language', fields: [{ name: 'title', format: 'text' }, { name: 'summary', format: 'text' }, { name: 'body', format: 'rich-text' }] })
    const doc = report((await handleDelivery(s, sanityDelivery(fixture('sanity-document.json'), { secret: SECRET }), deps())).body)
    expect(field(doc, 'title', 'en-GB')).toMatchObject({ language: 'en', value: 'Zelensky visits Kyiv' })
    const spans = field(doc, 'body', 'en-GB')
    expect(spans.changes).toEqual([expect.objectContaining({ path: '/0/children/0/text', original: 'Kiev' })])
    expect(JSON.stringify(spans.value)).toContain('" Kiev.json"')
    expect(JSON.stringify(spans.value)).toContain('https://kiev.example/Kiev')

    const levels = report((await handleDelivery(s, sanityDelivery(fixture('sanity-field-level.json'), { secret: SECRET }), deps())).body)
    expect(levels.fields.map((f) => [f.field, f.locale, f.value])).toEqual([
      ['title', 'en', 'Kyiv at night'],
      ['title', 'es', 'Kiev de noche'],
      ['summary', 'en', 'Zelensky in Kyiv'],
      ['summary', 'de', 'Selenskyj in Kyjiw'],
    ])
    expect(levels.skipped).toEqual([expect.objectContaining({ field: 'title', locale: 'pt-BR', reason: 'locale-not-mapped' })])
  })

  it('reads a Strapi entry in its locale, with an HTML field and blocks', async () => {
    const st = integration({ name: 'st', provider: 'strapi', secrets: [SECRET], fields: [{ name: 'title', format: 'text' }, { name: 'lede', format: 'html' }, { name: 'body', format: 'rich-text' }] })
    const body = report((await handleDelivery(st, strapiDelivery(fixture('strapi-entry-update.json'), { secret: SECRET }), deps())).body)
    expect(body.entry).toEqual({ id: 'lr5wju2og49bf820kj9kz8c3', updatedAt: '2026-01-05T09:31:02.915Z', locale: 'en' })
    expect(field(body, 'lede', 'en').value).toBe('<p>Officials in <a href="https://kiev.example/Kiev">Kyiv</a> confirmed the visit.</p>')
    expect(field(body, 'body', 'en').value).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Officials in Kyiv confirmed the visit.' }, { type: 'text', text: ' kiev.sh --Kiev', code: true }] }])
  })
})

describe('handleWebhook', () => {
  it('answers 401 invalid_signature for an integration that is not configured, as for a wrong signature', async () => {
    const result = await handleWebhook([], 'nope', genericDelivery({}, { secret: SECRET }), deps())
    expect(result).toMatchObject({ status: 401, body: { error: { code: 'invalid_signature', message: { key: 'signature-mismatch' }, retryable: false } } })
  })
})

describe('MAX_CHANGES in a report', () => {
  const wire = integration({ name: 'wire', provider: 'generic', secrets: [SECRET], fields: [{ name: 'headline', format: 'text' }, { name: 'body', format: 'text' }] })

  it('lists at most maxChanges changes in the whole delivery, in field order, and says how many there were', async () => {
    const shared = deps({ maxChanges: 3 })
    const request = genericDelivery({ id: 'capped', locale: 'en', fields: { headline: 'Kiev, Kiev', body: 'Kiev and Kiev and Kiev' } }, { secret: SECRET })
    const body = report((await handleDelivery(wire, request, shared)).body)
    expect(field(body, 'headline', 'en').changes).toHaveLength(2)
    expect(field(body, 'headline', 'en').changeCount).toBeUndefined()
    const cut = field(body, 'body', 'en')
    expect(cut.changes).toHaveLength(1)
    expect(cut.changeCount).toBe(3)
    // The values carry every change: nothing is left unnormalized.
    expect(cut.value).toBe('Kyiv and Kyiv and Kyiv')
    expect(body.warnings).toEqual([{ code: 'changes-truncated', total: 5, listed: 3 }])
    // A replay's summary counts every change of each field.
    const replay = await handleDelivery(wire, request, shared)
    expect((replay.body as { fields: { changeCount: number }[] }).fields.map((f) => f.changeCount)).toEqual([2, 3])
  })

  it('adds no warning when the changes fit', async () => {
    const body = report((await handleDelivery(wire, genericDelivery({ id: 'fits', locale: 'en', fields: { headline: 'Kiev' } }, { secret: SECRET }), deps({ maxChanges: 3 }))).body)
    expect(body.warnings).toBeUndefined()
  })
})
