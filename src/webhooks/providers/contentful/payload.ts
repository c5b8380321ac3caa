import { message } from '../../messages.js'
import type { FieldValue, PayloadProblem } from '../../payload/types.js'
import type { ParsedDelivery, PayloadInput } from '../types.js'
import type { ContentfulSettings } from './settings.js'
import { clip, invalid, invalidField, isRecord } from '../../payload/types.js'

/** What write-back checks against: the entry's version, in its space and environment. */
export interface ContentfulEntry {
  id: string
  version: number
  spaceId: string
  environmentId: string
}

/**
 * Contentful webhook payloads (https://www.contentful.com/developers/docs/webhooks/overview/):
 * the topic is in `X-Contentful-Topic` (`ContentManagement.Entry.save`…,
 * https://www.contentful.com/developers/docs/webhooks/headers/) and, for entry events, the body
 * is the entry as the Content Management API returns it:
 *
 *     { "sys": { "type": "Entry", "id", "version", "space": {"sys": {"id"}},
 *                "environment": {"sys": {"id"}}, "contentType": {"sys": {"id"}}, … },
 *       "fields": { "<field id>": { "<locale>": <value> } } }
 *
 * Entry create / save / auto_save are processed. Publish, unpublish, archive, delete… are
 * answered 200 "ignored": a publish carries nothing a save did not, and writing back after it
 * would turn a published entry into a changed draft.
 *
 * Delivery id: `X-Contentful-Idempotency-Key`, a SHA-256 Contentful assigns to each webhook
 * call so that a duplicate can be dropped
 * (https://www.contentful.com/developers/changelog/idempotency-key-headers-for-webhook-requests/);
 * without it, topic + space + environment + entry id + version, which a duplicate shares too.
 */
export const CONTENTFUL_TOPIC = 'x-contentful-topic'
export const CONTENTFUL_IDEMPOTENCY_KEY = 'x-contentful-idempotency-key'

const PROCESSED = new Set(['ContentManagement.Entry.create', 'ContentManagement.Entry.save', 'ContentManagement.Entry.auto_save'])

export async function parseContentful({ headers, json, integration }: PayloadInput<ContentfulSettings>): Promise<ParsedDelivery<ContentfulEntry> | PayloadProblem> {
  const topic = headers.get(CONTENTFUL_TOPIC)?.trim()
  if (!topic) return invalid('header-missing', { header: 'X-Contentful-Topic' }, 400)
  if (!isRecord(json)) return invalid('contentful-body')
  const sys = json.sys
  if (!isRecord(sys)) return invalidField('field-object', 'sys')

  const idempotencyKey = headers.get(CONTENTFUL_IDEMPOTENCY_KEY)?.trim()
  if (!PROCESSED.has(topic)) {
    const deliveryId = idempotencyKey || `${topic}:${String(sys.id)}:${String(sys.version)}`
    return { kind: 'ignored', deliveryId: clip(deliveryId), event: clip(topic), reason: 'not-an-entry-save', message: message('ignored-event', { event: clip(topic) }) }
  }

  if (sys.type !== 'Entry') return invalid('contentful-type', { topic: clip(topic) })
  if (typeof sys.id !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(sys.id)) return invalidField('field-id', 'sys.id')
  if (typeof sys.version !== 'number' || !Number.isSafeInteger(sys.version) || sys.version < 1) return invalidField('field-positive-integer', 'sys.version')
  const spaceId = linkId(sys.space)
  if (spaceId === undefined) return invalidField('field-id', 'sys.space.sys.id')
  // Payloads of the master environment predating environments carry no "environment" link.
  const environmentId = sys.environment === undefined ? 'master' : linkId(sys.environment)
  if (environmentId === undefined) return invalidField('field-id', 'sys.environment.sys.id')

  const fields = json.fields ?? {}
  if (!isRecord(fields)) return invalidField('field-map', 'fields')
  const values: FieldValue[] = []
  for (const spec of integration.fields) {
    const localized = fields[spec.name]
    if (localized === undefined || localized === null) continue
    if (!isRecord(localized)) return invalidField('field-locale-map', `fields.${spec.name}`)
    for (const [locale, value] of Object.entries(localized)) {
      if (value === null || value === undefined) continue
      values.push({ field: spec.name, format: spec.format, locale, value, path: spec.name })
    }
  }

  const deliveryId = idempotencyKey || `${topic}:${spaceId}:${environmentId}:${sys.id}:${sys.version}`
  return {
    kind: 'entry',
    deliveryId: clip(deliveryId),
    event: topic,
    entry: { id: sys.id, version: sys.version, spaceId, environmentId },
    values,
  }
}

/** `{"sys": {"type": "Link", "id": "…"}}` → the id. */
function linkId(link: unknown): string | undefined {
  if (!isRecord(link) || !isRecord(link.sys)) return undefined
  const id = link.sys.id
  return typeof id === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(id) ? id : undefined
}
