import { lookupLocale, type Locale } from '../../i18n/index.js'
import { APPLY_MODES, type ApplyMode } from '../../core/normalize/change.js'
import { HttpError } from '../http-error.js'
import { canonicalLanguageTag } from './language-tag.js'

/** A parsed JSON body that is an object; fields not read are ignored. */
export type JsonObject = Readonly<Record<string, unknown>>

export const maxGlossaryIdLength = 128

export function expectObject(body: unknown): JsonObject {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'invalid_request')
  return body as JsonObject
}

function own(body: JsonObject, field: string): unknown {
  return Object.hasOwn(body, field) ? body[field] : undefined
}

function invalidField(field: string, context: string, params: Record<string, string | number> = {}): HttpError {
  return new HttpError(400, 'invalid_field', { field, context, ...params })
}

/** A required string field holding well-formed text (no lone surrogate); may be empty. */
export function textField(body: JsonObject, field: string): string {
  const value = own(body, field)
  if (typeof value !== 'string') throw invalidField(field, 'string')
  // No lone surrogate. isWellFormed (ES2024: Node 20+, workerd) is several times faster than
  // a regular expression with lookarounds over a long article.
  if (!value.isWellFormed()) throw invalidField(field, 'well_formed')
  return value
}

/** `"auto"` (also when absent) or the canonical BCP 47 tag. */
export function languageField(body: JsonObject, field: string): string {
  const value = own(body, field)
  if (value === undefined || value === 'auto') return 'auto'
  const tag = typeof value === 'string' ? canonicalLanguageTag(value) : undefined
  if (tag === undefined) throw invalidField(field, 'language')
  return tag
}

/** A required BCP 47 tag (not "auto"): the language to translate into. */
export function targetLanguageField(body: JsonObject, field: string): string {
  const value = own(body, field)
  const tag = typeof value === 'string' ? canonicalLanguageTag(value) : undefined
  if (tag === undefined) throw invalidField(field, 'target_language')
  return tag
}

/** A provider id ("apertium", "deepl", "workers-ai"), or undefined when absent (the default provider). */
export function providerField(body: JsonObject, field: string): string | undefined {
  const value = own(body, field)
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !/^[a-z][a-z0-9-]{0,63}$/.test(value)) throw invalidField(field, 'provider')
  return value
}

const formats = ['text', 'markdown', 'html'] as const

/** How the text is written: "text" (also when absent), "markdown" or "html". */
export function formatField(body: JsonObject, field: string): (typeof formats)[number] {
  const value = own(body, field)
  if (value === undefined) return 'text'
  if (typeof value !== 'string' || !(formats as readonly string[]).includes(value)) throw invalidField(field, 'format')
  return value as (typeof formats)[number]
}

/** Which findings change the text: "confident" (also when absent), "all" or "none". */
export function applyField(body: JsonObject, field: string): ApplyMode {
  const value = own(body, field)
  if (value === undefined) return 'confident'
  if (typeof value !== 'string' || !(APPLY_MODES as readonly string[]).includes(value)) throw invalidField(field, 'apply')
  return value as ApplyMode
}

/** What to do with more changes than an answer may list: `truncate` (default) or `reject` (422). */
export function tooManyChangesField(body: JsonObject, field: string): 'truncate' | 'reject' {
  const value = own(body, field)
  if (value === undefined) return 'truncate'
  if (value !== 'truncate' && value !== 'reject') throw invalidField(field, 'too_many_changes')
  return value
}

/** A glossary id, or undefined when absent (the caller applies the default). */
export function glossaryField(body: JsonObject, field: string): string | undefined {
  const value = own(body, field)
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.length === 0 || value.length > maxGlossaryIdLength) {
    throw invalidField(field, 'glossary', { count: maxGlossaryIdLength })
  }
  return value
}

/**
 * The locale asked for by a BCP 47 tag field: the bundled locale it falls back to (`es-MX`
 * → es), or undefined when the field is absent or names a language with no bundled
 * messages (the caller then keeps the one from Accept-Language).
 */
export function localeField(body: JsonObject, field: string): Locale | undefined {
  const value = own(body, field)
  if (value === undefined) return undefined
  const tag = typeof value === 'string' ? canonicalLanguageTag(value) : undefined
  if (tag === undefined) throw invalidField(field, 'locale')
  return lookupLocale(tag)
}
