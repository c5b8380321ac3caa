import type { Context } from 'hono'
import * as v from 'valibot'
import { lookupLocale } from '../../i18n/index.js'
import type { AppEnv } from '../env.js'
import { HttpError } from '../http-error.js'
import { contextParams, LocaleField } from '../schemas/fields.js'
import { canonicalLanguageTag } from './language-tag.js'
import { readJson } from './read-json.js'

/** A request body schema: an object of fields (src/http/schemas). */
export type BodySchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined> | v.SchemaWithPipe<readonly [v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>, ...v.PipeItem<any, any, v.BaseIssue<unknown>>[]]>

const LocaleOnly = v.object({ locale: LocaleField })

/**
 * Reads a JSON body (media type, size, UTF-8, syntax: ./read-json.ts) and validates it with
 * `schema`. The `locale` field is read first, so that the errors about the other fields are
 * already in the locale asked for.
 */
export async function readRequest<S extends BodySchema>(c: Context<AppEnv>, schema: S, limit: number): Promise<v.InferOutput<S>> {
  const body = await readJson(c, limit)
  if (isPlainObject(body) && Object.hasOwn(body, 'locale')) {
    const { locale } = parseFields(LocaleOnly, body)
    const bundled = locale === undefined ? undefined : lookupLocale(canonicalLanguageTag(locale)!)
    // A language with no bundled messages keeps the locale of Accept-Language.
    if (bundled !== undefined) c.set('locale', bundled)
  }
  return parseFields(schema, body)
}

/**
 * Validates `body` with an object schema: the first failing field (in the schema's order)
 * becomes 400 `invalid_field` naming it (`documents[2].text`), with the failing check's message
 * as the i18n context; a body that is not a JSON object is 400 `invalid_request`. Fields the
 * schema does not name are ignored.
 */
export function parseFields<S extends BodySchema>(schema: S, body: unknown, at: readonly (string | number)[] = []): v.InferOutput<S> {
  if (!isPlainObject(body)) throw new HttpError(400, 'invalid_request')
  const result = v.safeParse(schema, body, { abortEarly: true })
  if (result.success) return result.output
  throw issueError(schema, result.issues[0], at)
}

/** `at`: where the object sits in the body, for the field's name (`["texts", 2]` → `texts[2].text`). */
function issueError(schema: BodySchema, issue: v.BaseIssue<unknown>, at: readonly (string | number)[]): HttpError {
  const keys = (issue.path ?? []).map((item) => item.key)
  if (keys.length === 0) return new HttpError(400, 'invalid_request')
  let context = issue.message
  // A missing field is reported by valibot with the object's message: the field's own schema
  // says what it must be.
  if (keys.length === 1 && issue.input === undefined) {
    const entries = 'entries' in schema ? schema.entries : undefined
    const entry = entries?.[String(keys[0])]
    const own = entry ? v.safeParse(entry, undefined) : undefined
    if (own && !own.success) context = own.issues[0].message
  }
  return new HttpError(400, 'invalid_field', { field: fieldName([...at, ...keys]), context, ...contextParams[context] })
}

/** `["documents", 2, "text"]` → `documents[2].text`. */
function fieldName(keys: readonly unknown[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('')
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
