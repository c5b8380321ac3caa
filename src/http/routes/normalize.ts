import type { Handler } from 'hono'
import type { Copydesk } from '../../core/api.js'
import type { AppEnv } from '../env.js'
import type { GlossaryCatalog } from '../glossary-catalog.js'
import { HttpError } from '../http-error.js'
import { jsonResponse } from '../json-response.js'
import { localeHeaders } from '../middleware/index.js'
import { renderNormalizeResult } from '../render/index.js'
import { applyField, expectObject, formatField, glossaryField, languageField, localeField, readJson, textField } from '../request/index.js'

export interface NormalizeRouteOptions {
  copydesk: Copydesk
  catalog: GlossaryCatalog
  defaultGlossary: string
  bodyLimit: number
}

/**
 * `POST /v1/normalize` `{"text", "format"?, "language"?, "glossary"?, "apply"?, "locale"?}` → the normalized text,
 * its changes and the locale of their messages. `locale` is read first, so that the errors
 * about the other fields are already in the locale asked for.
 */
export function normalizeRoute({ copydesk, catalog, defaultGlossary, bodyLimit }: NormalizeRouteOptions): Handler<AppEnv> {
  return async (c) => {
    const body = expectObject(await readJson(c, bodyLimit))
    const asked = localeField(body, 'locale')
    if (asked !== undefined) c.set('locale', asked)
    const text = textField(body, 'text')
    const format = formatField(body, 'format')
    const language = languageField(body, 'language')
    const glossary = glossaryField(body, 'glossary') ?? defaultGlossary
    const apply = applyField(body, 'apply')

    const entry = catalog.get(glossary)
    if (!entry) throw new HttpError(404, 'unknown_glossary', { glossary, available: catalog.ids })
    if (language !== 'auto' && !copydesk.supports(glossary, language)) {
      throw new HttpError(422, 'unsupported_language', { language, glossary, supported: entry.summary.languages })
    }

    const result = copydesk.normalize({ text, format, language, glossary, apply })
    const suggestions = result.changes.filter((change) => change.status === 'suggested').length
    c.set('counts', { changes: result.changes.length - suggestions, suggestions, warnings: result.warnings.length })
    const locale = c.get('locale')
    return jsonResponse(renderNormalizeResult(result, entry.notes, locale), 200, localeHeaders(locale))
  }
}
