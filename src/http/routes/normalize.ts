import type { Handler } from 'hono'
import type { Copydesk, NormalizeInput } from '../../core/api.js'
import type { Locale } from '../../i18n/index.js'
import type { AppEnv } from '../env.js'
import type { GlossaryCatalog } from '../glossary-catalog.js'
import { HttpError } from '../http-error.js'
import { jsonBytesResponse } from '../json-response.js'
import { normalizeToJson, type NormalizeOutput } from '../limits.js'
import { localeHeaders } from '../middleware/index.js'
import { applyField, expectObject, formatField, glossaryField, languageField, localeField, readJson, textField, tooManyChangesField } from '../request/index.js'

export interface NormalizeRouteOptions {
  copydesk: Copydesk
  catalog: GlossaryCatalog
  defaultGlossary: string
  bodyLimit: number
  /** Changes listed per answer (MAX_CHANGES). */
  maxChanges: number
  /** The largest answer, in bytes (MAX_RESPONSE_BYTES). */
  maxResponseBytes: number
  /** Runs the normalization and renders its answer (a worker-thread pool on Node). Default: here, on this thread. */
  runNormalize?: NormalizeRunner
}

/** `normalizeToJson` (src/http/limits.ts), wherever it runs. */
export type NormalizeRunner = (input: NormalizeInput & { glossary: string }, maxChanges: number, locale: Locale) => Promise<NormalizeOutput>

/**
 * `POST /v1/normalize` `{"text", "format"?, "language"?, "glossary"?, "apply"?, "locale"?}` → the normalized text,
 * its changes and the locale of their messages. `locale` is read first, so that the errors
 * about the other fields are already in the locale asked for.
 */
export function normalizeRoute({ copydesk, catalog, defaultGlossary, bodyLimit, maxChanges, maxResponseBytes, runNormalize }: NormalizeRouteOptions): Handler<AppEnv> {
  const run: NormalizeRunner = runNormalize ?? (async (input, max, locale) => normalizeToJson(copydesk, catalog, input, max, locale))
  return async (c) => {
    const body = expectObject(await readJson(c, bodyLimit))
    const asked = localeField(body, 'locale')
    if (asked !== undefined) c.set('locale', asked)
    const text = textField(body, 'text')
    const format = formatField(body, 'format')
    const language = languageField(body, 'language')
    const glossary = glossaryField(body, 'glossary') ?? defaultGlossary
    const apply = applyField(body, 'apply')
    const onTooManyChanges = tooManyChangesField(body, 'onTooManyChanges')

    const entry = catalog.get(glossary)
    if (!entry) throw new HttpError(404, 'unknown_glossary', { glossary, available: catalog.ids })
    if (language !== 'auto' && !copydesk.supports(glossary, language)) {
      throw new HttpError(422, 'unsupported_language', { language, glossary, supported: entry.summary.languages })
    }

    const locale = c.get('locale')
    const { bytes, total, suggestions, warnings } = await run({ text, format, language, glossary, apply }, maxChanges, locale)
    // When the list is cut, the suggestions are those listed: the rest are counted as changes.
    c.set('counts', { changes: total - suggestions, suggestions, warnings })
    if (onTooManyChanges === 'reject' && total > maxChanges) throw new HttpError(422, 'too_many_changes', { total, listed: maxChanges })
    if (bytes.byteLength > maxResponseBytes) throw new HttpError(422, 'response_too_large', { limit: maxResponseBytes })
    return jsonBytesResponse(bytes, 200, localeHeaders(locale))
  }
}
