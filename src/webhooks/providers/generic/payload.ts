import { GENERIC_SIGNATURE_HEADER } from './verify.js'
import { digestDeliveryId } from '../../payload/digest-id.js'
import type { FieldValue, PayloadProblem } from '../../payload/types.js'
import type { ParsedDelivery, PayloadInput } from '../types.js'
import { clip, invalid, invalidField, isRecord, isRichTextDocument } from '../../payload/types.js'

export interface GenericEntry {
  id: string
}

/**
 * Copydesk's own payload, for a CMS without a provider of its own:
 *
 *     { "id": "story-42", "locale": "en-US",
 *       "fields": { "headline": "…", "body": { "en-US": "…", "es-ES": "…" } } }
 *
 * A field is a value in the payload's `locale` (or the integration's `defaultLocale`, or none:
 * the language is then detected), or an object of locale → value. A rich-text value is a JSON
 * document (an array, or an object with `nodeType`). Report mode only.
 *
 * Delivery id: the `Idempotency-Key` header when the sender sets one
 * (https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/), else the
 * signature's `t` and the body's SHA-256.
 */
export const GENERIC_IDEMPOTENCY_KEY = 'idempotency-key'

const MAX_ID = 200

export async function parseGeneric({ headers, body, json, integration }: PayloadInput<object>): Promise<ParsedDelivery<GenericEntry> | PayloadProblem> {
  if (!isRecord(json)) return invalid('generic-body')
  if (typeof json.id !== 'string' || json.id.trim() === '' || json.id.length > MAX_ID) return invalidField('field-short-text', 'id', { count: MAX_ID })
  if (json.locale !== undefined && (typeof json.locale !== 'string' || json.locale.trim() === '')) return invalidField('field-locale', 'locale')
  if (!isRecord(json.fields)) return invalidField('field-map', 'fields')
  const locale = (json.locale as string | undefined) ?? integration.defaultLocale ?? null

  const values: FieldValue[] = []
  for (const spec of integration.fields) {
    const raw = json.fields[spec.name]
    if (raw === undefined || raw === null) continue
    if (isRecord(raw) && !isRichTextDocument(raw)) {
      for (const [key, value] of Object.entries(raw)) {
        if (value !== null && value !== undefined) values.push({ field: spec.name, format: spec.format, locale: key, value, path: spec.name })
      }
    } else {
      values.push({ field: spec.name, format: spec.format, locale, value: raw, path: spec.name })
    }
  }

  const key = headers.get(GENERIC_IDEMPOTENCY_KEY)?.trim()
  const signedAt = /(?:^|,)\s*t=(\d+)/.exec(headers.get(GENERIC_SIGNATURE_HEADER) ?? '')?.[1] ?? '0'
  const deliveryId = key ? clip(key) : await digestDeliveryId(signedAt, body)
  return { kind: 'entry', deliveryId, event: 'save', entry: { id: json.id }, values }
}
