import type { Handler } from 'hono'
import type { Copydesk } from '../../core/api.js'
import type { Locale } from '../../i18n/index.js'
import type { AppEnv, RequestCounts } from '../env.js'
import type { GlossaryCatalog } from '../glossary-catalog.js'
import { HttpError } from '../http-error.js'
import { jsonResponse } from '../json-response.js'
import { localeHeaders } from '../middleware/index.js'
import { renderNormalizeResult, type RenderedNormalizeResult } from '../render/index.js'
import { readRequest } from '../request/index.js'
import { NormalizeRequest } from '../schemas/index.js'

export interface NormalizeRouteOptions {
  copydesk: Copydesk
  catalog: GlossaryCatalog
  defaultGlossary: string
  bodyLimit: number
}

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
    const { answer, counts } = normalize(input, locale)
    c.set('counts', counts)
    return jsonResponse(answer, 200, localeHeaders(locale))
  }
}

/** One validated document → its answer, or the HttpError that says why not (unknown glossary, language). */
export function documentNormalizer({ copydesk, catalog, defaultGlossary }: NormalizeRouteOptions) {
  return (input: NormalizeDocument, locale: Locale): { answer: RenderedNormalizeResult; counts: RequestCounts } => {
    const { text, format, language, apply } = input
    const glossary = input.glossary ?? defaultGlossary
    const entry = catalog.get(glossary)
    if (!entry) throw new HttpError(404, 'unknown_glossary', { glossary, available: catalog.ids })
    if (language !== 'auto' && !copydesk.supports(glossary, language)) {
      throw new HttpError(422, 'unsupported_language', { language, glossary, supported: entry.summary.languages })
    }
    const result = copydesk.normalize({ text, format, language, glossary, apply })
    const suggestions = result.changes.filter((change) => change.status === 'suggested').length
    return {
      answer: renderNormalizeResult(result, entry.notes, locale, { input: text, format, include: input.include }),
      counts: { changes: result.changes.length - suggestions, suggestions, warnings: result.warnings.length },
    }
  }
}
