import type { FieldFormat, Integration } from '../config.js'
import type { Bytes } from '../crypto.js'
import type { HeaderMap } from '../headers.js'
import type { IgnoredReason } from '../types.js'
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

/** What identifies the entry and its version, per provider: what write-back checks against. */
export type EntryRef =
  | { provider: 'generic'; id: string }
  | { provider: 'contentful'; id: string; version: number; spaceId: string; environmentId: string }
  | { provider: 'sanity'; id: string; revision: string | undefined }
  | { provider: 'strapi'; documentId: string; uid: string; locale: string | undefined; updatedAt: string }

export type ParsedDelivery =
  | { kind: 'entry'; deliveryId: string; event: string; entry: EntryRef; values: FieldValue[] }
  /** A well-formed delivery of an event that is not an entry save (a delete, a publish…). */
  | { kind: 'ignored'; deliveryId: string; event: string; reason: IgnoredReason; message: WebhookMessage }

/** 400 when the body is not JSON at all; 422 when it is JSON of the wrong shape. */
export interface PayloadProblem {
  kind: 'invalid'
  status: 400 | 422
  message: WebhookMessage
}

export interface PayloadInput {
  headers: HeaderMap
  /** The verified raw body. */
  body: Bytes
  /** The body parsed as JSON. */
  json: unknown
  integration: Integration
}

export type PayloadParser = (input: PayloadInput) => Promise<ParsedDelivery | PayloadProblem>

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
