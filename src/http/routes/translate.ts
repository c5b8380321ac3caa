import type { Handler } from 'hono'
import { languageName, type Locale } from '../../i18n/index.js'
import { TRANSLATE_FAILURES, TranslateError } from '../../translate/errors.js'
import type { LanguagePair } from '../../translate/provider.js'
import type { Translator } from '../../translate/translate.js'
import type { AppEnv } from '../env.js'
import type { GlossaryCatalog } from '../glossary-catalog.js'
import { HttpError } from '../http-error.js'
import { capTranslateResult } from '../limits.js'
import { encodeJson, jsonBytesResponse, jsonResponse } from '../json-response.js'
import { localeHeaders } from '../middleware/index.js'
import { renderTranslateResult } from '../render/translate-result.js'
import { readRequest } from '../request/index.js'
import { TranslateRequest } from '../schemas/index.js'

export interface TranslateRouteOptions {
  translator: Translator | undefined
  catalog: GlossaryCatalog
  defaultGlossary: string
  bodyLimit: number
  /** MAX_CHANGES: changes and protected names listed in one answer. */
  maxChanges: number
  /** MAX_RESPONSE_BYTES: a larger answer is refused (422 response_too_large). */
  maxResponseBytes: number
}

/**
 * `POST /v1/translate` `{"text", "to", "from"?, "format"?, "glossary"?, "provider"?, "locale"?}` →
 * the translation in the target language's house style, what the engine produced, the changes
 * between the two, the names protected and the warnings. A provider failure is an error
 * (422/502/503/504), never a partial text.
 */
export function translateRoute({ translator, catalog, defaultGlossary, bodyLimit, maxChanges, maxResponseBytes }: TranslateRouteOptions): Handler<AppEnv> {
  return async (c) => {
    const { text, to, from, format, provider, ...rest } = await readRequest(c, TranslateRequest, bodyLimit)
    const glossary = rest.glossary ?? defaultGlossary
    const entry = catalog.get(glossary)
    if (!entry) throw new HttpError(404, 'unknown_glossary', { glossary, available: catalog.ids })
    if (translator === undefined || translator.ids.length === 0) throw new HttpError(503, 'provider_not_configured', { context: 'none' })

    const locale = c.get('locale')
    try {
      const full = await translator.translate({ text, to, from, format, glossary, maxProtected: maxChanges, ...(provider !== undefined ? { provider } : {}) })
      c.set('counts', { changes: full.changes.length, warnings: full.warnings.length })
      const bytes = encodeJson(renderTranslateResult(capTranslateResult(full, maxChanges), entry.notes, locale))
      if (bytes.byteLength > maxResponseBytes) throw new HttpError(422, 'response_too_large', { limit: maxResponseBytes })
      return jsonBytesResponse(bytes, 200, localeHeaders(locale))
    } catch (error) {
      if (error instanceof TranslateError) throw toHttpError(error, locale)
      throw error
    }
  }
}

/** `GET /v1/translate/providers` → each configured provider, whether it answers now, and its language pairs. */
export function translateProvidersRoute(translator: Translator | undefined): Handler<AppEnv> {
  return async () => {
    const providers = translator === undefined ? [] : await translator.providers()
    return jsonResponse({ default: translator?.defaultProvider ?? null, providers })
  }
}

function toHttpError(error: TranslateError, locale: Locale): HttpError {
  const { status, code } = TRANSLATE_FAILURES[error.failure]
  const d = error.details
  const params = {
    provider: d.provider,
    ...(d.from !== undefined ? { from: d.from, fromName: languageName(locale, d.from) } : {}),
    ...(d.to !== undefined ? { to: d.to, toName: languageName(locale, d.to) } : {}),
    ...(d.pairs !== undefined ? { pairs: relevantPairs(d.pairs, d.from, d.to).map((p) => `${p.from} → ${p.to}`) } : {}),
    ...(d.available !== undefined ? { available: d.available } : {}),
    ...(d.url !== undefined ? { url: d.url } : {}),
    ...(d.status !== undefined ? { status: d.status } : {}),
    ...(d.timeoutMs !== undefined ? { timeoutMs: d.timeoutMs } : {}),
    ...(error.failure === 'unavailable' && d.reason !== undefined ? { context: d.reason } : {}),
    ...(error.failure === 'unsupported-pair' && d.pairs?.length === 0 ? { context: 'none' } : {}),
    ...(error.failure === 'not-configured' && d.available?.length === 0 ? { context: 'none' } : {}),
  }
  return new HttpError(status, code, params)
}

/** The pairs worth listing in a message: those from the asked source or into the asked target (a model may have hundreds), at most 40. */
function relevantPairs(pairs: readonly LanguagePair[], from: string | undefined, to: string | undefined): readonly LanguagePair[] {
  const near = pairs.filter((p) => p.from === from || p.to === to)
  return (near.length > 0 ? near : pairs).slice(0, 40)
}
