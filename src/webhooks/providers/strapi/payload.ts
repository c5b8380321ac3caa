import { message } from '../../messages.js'
import type { FieldValue, PayloadProblem } from '../../payload/types.js'
import type { ParsedDelivery, PayloadInput } from '../types.js'
import type { StrapiSettings } from './settings.js'
import { clip, invalid, invalidField, isRecord } from '../../payload/types.js'

/** What write-back checks against: the document's `updatedAt`, in its content type and locale. */
export interface StrapiEntry {
  documentId: string
  uid: string
  locale: string | undefined
  updatedAt: string
}

/**
 * Strapi webhook payloads (https://docs.strapi.io/cms/backend-customization/webhooks#payloads):
 * `{"event": "entry.update", "createdAt", "model", "uid", "entry": {…}}` with the event also in
 * `X-Strapi-Event`. Strapi 5 builds it in packages/core/core/src/services/document-service/events.ts
 * (https://github.com/strapi/strapi): `model` is the model name, `uid` the content-type uid
 * (`api::article.article`) and `entry` the sanitized database row, which carries `documentId`,
 * `locale` (with i18n) and `updatedAt`.
 *
 * entry.create and entry.update are processed; publish, unpublish, delete and media events are
 * answered 200 "ignored".
 *
 * Delivery id: Strapi sends none, so event + uid + document id + locale + `updatedAt`, which a
 * second delivery of the same save shares and any later save changes.
 */
export const STRAPI_EVENT = 'x-strapi-event'

const PROCESSED = new Set(['entry.create', 'entry.update'])

export async function parseStrapi({ headers, json, integration }: PayloadInput<StrapiSettings>): Promise<ParsedDelivery<StrapiEntry> | PayloadProblem> {
  if (!isRecord(json)) return invalid('body-not-object')
  const event = typeof json.event === 'string' ? json.event : headers.get(STRAPI_EVENT)?.trim()
  if (!event) return invalid('strapi-event')
  const entry = json.entry
  const documentId = isRecord(entry) ? idOf(entry) : undefined
  const updatedAt = isRecord(entry) && typeof entry.updatedAt === 'string' ? entry.updatedAt : undefined
  const locale = isRecord(entry) && typeof entry.locale === 'string' && entry.locale !== '' ? entry.locale : undefined
  const uid = typeof json.uid === 'string' ? json.uid : undefined
  const deliveryId = clip(`${event}:${uid ?? ''}:${documentId ?? ''}:${locale ?? ''}:${updatedAt ?? ''}`, 400)

  if (!PROCESSED.has(event)) return { kind: 'ignored', deliveryId, event: clip(event), reason: 'not-an-entry-save', message: message('ignored-event', { event: clip(event) }) }
  if (uid === undefined || !/^[A-Za-z0-9:._-]{1,200}$/.test(uid)) return invalid('strapi-uid')
  if (!isRecord(entry)) return invalidField('field-object', 'entry')
  if (documentId === undefined) return invalidField('field-id', 'entry.documentId')
  if (updatedAt === undefined || Number.isNaN(Date.parse(updatedAt))) return invalidField('field-date-time', 'entry.updatedAt')

  const values: FieldValue[] = []
  for (const spec of integration.fields) {
    const value = entry[spec.name]
    if (value === undefined || value === null) continue
    values.push({ field: spec.name, format: spec.format, locale: locale ?? integration.defaultLocale ?? null, value, path: spec.name })
  }
  return { kind: 'entry', deliveryId, event, entry: { documentId, uid, locale, updatedAt }, values }
}

/** Strapi 5's `documentId`; Strapi 4 rows only have the numeric `id`. */
function idOf(entry: Record<string, unknown>): string | undefined {
  const id = entry.documentId ?? entry.id
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id)
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined
}
