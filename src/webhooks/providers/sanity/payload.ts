import type { IntegrationBase } from '../../settings.js'
import { SANITY_SIGNATURE_HEADER } from './verify.js'
import { message } from '../../messages.js'
import { digestDeliveryId } from '../../payload/digest-id.js'
import type { FieldValue, PayloadProblem } from '../../payload/types.js'
import type { ParsedDelivery, PayloadInput } from '../types.js'
import type { SanitySettings } from './settings.js'
import { clip, invalid, invalidField, isRecord } from '../../payload/types.js'

/** What write-back checks against: the document's revision (`_rev`, when projected). */
export interface SanityEntry {
  id: string
  revision: string | undefined
}

/**
 * Sanity GROQ-powered webhooks (https://www.sanity.io/docs/webhooks): the body is the result of
 * the webhook's projection (the whole document when the projection is empty), so it carries
 * `_id`, and `_rev` when projected (needed for write-back: add `_rev` to the projection). The
 * operation is in the `sanity-operation` header (`create`, `update`, `delete`); deletes are
 * answered 200 "ignored".
 *
 * Localized strings come in the shapes Sanity's localization guides use
 * (https://www.sanity.io/docs/studio/localization): a plain string in a document-level
 * localized document (its locale in the `localeField` attribute), an object keyed by locale
 * (`{"en": "…", "es": "…"}`, field-level), or an internationalized array
 * (`[{"_key": "en", "value": "…"}]`, sanity-plugin-internationalized-array). Rich text is
 * Portable Text, an array of blocks.
 *
 * Delivery id: the `idempotency-key` header Sanity sends with each delivery; without it the
 * `sanity-transaction-id` and the document id; without that, the signature time and body hash.
 */
export const SANITY_OPERATION = 'sanity-operation'
export const SANITY_IDEMPOTENCY_KEY = 'idempotency-key'
export const SANITY_TRANSACTION_ID = 'sanity-transaction-id'

export async function parseSanity({ headers, body, json, integration, settings }: PayloadInput<SanitySettings>): Promise<ParsedDelivery<SanityEntry> | PayloadProblem> {
  const operation = headers.get(SANITY_OPERATION)?.trim() || 'update'
  if (!isRecord(json)) return invalid('sanity-body')
  const id = json._id
  if (typeof id !== 'string' || !/^[A-Za-z0-9._-]{1,128}$/.test(id)) return invalid('sanity-id')
  const revision = json._rev
  if (revision !== undefined && (typeof revision !== 'string' || revision === '')) return invalidField('field-text', '_rev')

  const deliveryId = await sanityDeliveryId(headers, body, id)
  if (operation === 'delete') return { kind: 'ignored', deliveryId, event: 'delete', reason: 'deleted', message: message('ignored-deleted') }

  const locale = documentLocale(json, integration, settings)
  const values: FieldValue[] = []
  for (const spec of integration.fields) {
    const raw = json[spec.name]
    if (raw === undefined || raw === null) continue
    if (Array.isArray(raw) && raw.length > 0 && raw.every(isLocalizedItem)) {
      for (const item of raw) {
        if (item.value === null || item.value === undefined) continue
        values.push({ field: spec.name, format: spec.format, locale: item._key, value: item.value, path: `${spec.name}[_key==${JSON.stringify(item._key)}].value` })
      }
    } else if (isRecord(raw) && raw._type !== 'block') {
      // Field-level localization: {"_type": "localeString", "en": "…", "es": "…"}.
      for (const [key, value] of Object.entries(raw)) {
        if (key.startsWith('_') || value === null || value === undefined) continue
        values.push({ field: spec.name, format: spec.format, locale: key, value, path: `${spec.name}${attribute(key)}` })
      }
    } else {
      // A string, or Portable Text (an array of blocks).
      values.push({ field: spec.name, format: spec.format, locale, value: raw, path: spec.name })
    }
  }
  return { kind: 'entry', deliveryId, event: clip(operation), entry: { id, revision }, values }
}

async function sanityDeliveryId(headers: ReadonlyMap<string, string>, body: Uint8Array, id: string): Promise<string> {
  const key = headers.get(SANITY_IDEMPOTENCY_KEY)?.trim()
  if (key) return clip(key)
  const transaction = headers.get(SANITY_TRANSACTION_ID)?.trim()
  if (transaction) return clip(`${transaction}:${id}`)
  const signedAt = /^t=(\d+)/.exec(headers.get(SANITY_SIGNATURE_HEADER)?.trim() ?? '')?.[1] ?? '0'
  return digestDeliveryId(signedAt, body)
}

function documentLocale(doc: Record<string, unknown>, integration: IntegrationBase, settings: SanitySettings): string | null {
  if (settings.localeField) {
    const value = doc[settings.localeField]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return integration.defaultLocale ?? null
}

/** An item of an internationalized array: `{"_key": "en", "value": …}` (a Portable Text block has no `value`). */
function isLocalizedItem(item: unknown): item is { _key: string; value: unknown } {
  return isRecord(item) && typeof item._key === 'string' && item._key !== '' && 'value' in item
}

/** JSONMatch attribute access: `.en`, or `['en-US']` for a key that is not an identifier. */
function attribute(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`
}
