import type { Handler } from 'hono'
import type { Copydesk } from '../../core/api.js'
import type { AppEnv } from '../env.js'
import type { GlossaryCatalog } from '../glossary-catalog.js'
import { HttpError } from '../http-error.js'
import { jsonResponse } from '../json-response.js'
import { renderNormalizeResult } from '../render/index.js'
import { expectObject, glossaryField, languageField, readJson, textField } from '../request/index.js'

export interface NormalizeRouteOptions {
  copydesk: Copydesk
  catalog: GlossaryCatalog
  defaultGlossary: string
  bodyLimit: number
}

/** `POST /v1/normalize` `{"text", "language"?, "glossary"?}` → the normalized text and its changes. */
export function normalizeRoute({ copydesk, catalog, defaultGlossary, bodyLimit }: NormalizeRouteOptions): Handler<AppEnv> {
  return async (c) => {
    const body = expectObject(await readJson(c, bodyLimit))
    const text = textField(body, 'text')
    const language = languageField(body, 'language')
    const glossary = glossaryField(body, 'glossary') ?? defaultGlossary

    const entry = catalog.get(glossary)
    if (!entry) throw new HttpError(404, 'unknown_glossary', { glossary, available: catalog.ids })
    if (language !== 'auto' && !copydesk.supports(glossary, language)) {
      throw new HttpError(422, 'unsupported_language', { language, glossary, supported: entry.summary.languages })
    }

    const result = copydesk.normalize({ text, language, glossary })
    return jsonResponse(renderNormalizeResult(result, entry.notes, c.get('locale')))
  }
}
