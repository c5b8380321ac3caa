import type { Handler } from 'hono'
import type { Copydesk } from '../../core/api.js'
import type { Locale } from '../../i18n/index.js'
import type { AppEnv, RequestCounts } from '../env.js'
import type { GlossaryCatalog } from '../glossary-catalog.js'
import { HttpError } from '../http-error.js'
import { jsonBytesResponse } from '../json-response.js'
import { normalizeToJson, type NormalizeJobInput, type NormalizeOutput } from '../limits.js'
import { localeHeaders } from '../middleware/index.js'
import { readRequest } from '../request/index.js'
import { NormalizeRequest } from '../schemas/index.js'

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
export type NormalizeRunner = (input: NormalizeJobInput, maxChanges: number, locale: Locale) => Promise<NormalizeOutput>

/** The fields of one document, validated (src/http/schemas/normalize.ts). */
export type NormalizeDocument = Omit<NormalizeRequest, 'locale'>

/**
 * `POST /v1/normalize` (NormalizeRequest → NormalizeResponse, src/http/schemas): the
 * normalized text, its changes, the notes of their concepts, the diff, the warnings.
 */
export function normalizeRoute(options: NormalizeRouteOptions): Handler<AppEnv> {
  const normalize = documentNormalizer(options)
  return async (c) => {
    const input = await readRequest(c, NormalizeRequest, options.bodyLimit)
    const locale = c.get('locale')
    const bytes = await normalize(input, locale, (counts) => c.set('counts', counts))
    return jsonBytesResponse(bytes, 200, localeHeaders(locale))
  }
}

/**
 * One validated document → its answer as JSON bytes, or the HttpError that says why not
 * (unknown glossary, language; more changes than MAX_CHANGES with "reject"; an answer over
 * MAX_RESPONSE_BYTES). The normalization runs on the runner (Node: large texts on a thread).
 * `count` receives what the request log reports of the work done, refused answers included.
 */
export function documentNormalizer({ copydesk, catalog, defaultGlossary, maxChanges, maxResponseBytes, runNormalize }: NormalizeRouteOptions) {
  const run: NormalizeRunner = runNormalize ?? (async (input, max, locale) => normalizeToJson(copydesk, catalog, input, max, locale))
  return async (input: NormalizeDocument, locale: Locale, count: (counts: RequestCounts) => void): Promise<Uint8Array<ArrayBuffer>> => {
    const { text, format, language, apply, include, onTooManyChanges } = input
    const glossary = input.glossary ?? defaultGlossary
    const entry = catalog.get(glossary)
    if (!entry) throw new HttpError(404, 'unknown_glossary', { glossary, available: catalog.ids })
    if (language !== 'auto' && !copydesk.supports(glossary, language)) {
      throw new HttpError(422, 'unsupported_language', { language, glossary, supported: entry.summary.languages })
    }
    const { bytes, total, suggestions, warnings } = await run({ text, format, language, glossary, apply, include }, maxChanges, locale)
    // When the list is cut, the suggestions are those listed: the rest are counted as changes.
    count({ changes: total - suggestions, suggestions, warnings })
    if (onTooManyChanges === 'reject' && total > maxChanges) throw new HttpError(422, 'too_many_changes', { total, listed: maxChanges })
    if (bytes.byteLength > maxResponseBytes) throw new HttpError(422, 'response_too_large', { limit: maxResponseBytes })
    return bytes
  }
}
