import type { FieldFormat } from '../settings.js'
import { message, type WebhookMessage, type WebhookMessageKey, type WebhookMessageParams } from '../messages.js'

/** One configured field in one locale, as the delivery carries it. */
export interface FieldValue {
  field: string
  format: FieldFormat
  /** The CMS locale; null when the payload says none (the language is then detected). */
  locale: string | null
  /** As in the payload: a string, or a rich-text JSON document. Checked when normalized. */
  value: unknown
  /** Where the value is written back: a Sanity JSONMatch path; the field id for the others. */
  path: string
}

/** 400 when the body is not JSON at all; 422 when it is JSON of the wrong shape. */
export interface PayloadProblem {
  kind: 'invalid'
  status: 400 | 422
  message: WebhookMessage
}

export function invalid(key: WebhookMessageKey, params?: WebhookMessageParams, status: 400 | 422 = 422): PayloadProblem {
  return { kind: 'invalid', status, message: message(key, params) }
}

/** A field of the payload that is missing or of the wrong type: `"<field>" must be …`. */
export function invalidField(key: WebhookMessageKey, field: string, params: WebhookMessageParams = {}): PayloadProblem {
  return invalid(key, { field: clip(field, 100), ...params })
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A rich-text document rather than a map of locales: an array (Portable Text, Strapi blocks) or a Contentful node. */
export function isRichTextDocument(value: unknown): boolean {
  return Array.isArray(value) || (isRecord(value) && typeof value.nodeType === 'string')
}

/** Keeps ids, versions and events in error messages and reports short and printable. */
export function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
