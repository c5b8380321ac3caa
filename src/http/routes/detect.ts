import type { Handler } from 'hono'
import type { Copydesk } from '../../core/api.js'
import type { AppEnv } from '../env.js'
import { jsonResponse } from '../json-response.js'
import { localeHeaders } from '../middleware/index.js'
import { renderLanguage } from '../render/index.js'
import { expectObject, localeField, readJson, textField } from '../request/index.js'

export interface DetectRouteOptions {
  copydesk: Copydesk
  bodyLimit: number
}

/** `POST /v1/detect` `{"text", "locale"?}` → `{"language", "candidates", "locale"}`. */
export function detectRoute({ copydesk, bodyLimit }: DetectRouteOptions): Handler<AppEnv> {
  return async (c) => {
    const body = expectObject(await readJson(c, bodyLimit))
    const asked = localeField(body, 'locale')
    if (asked !== undefined) c.set('locale', asked)
    const text = textField(body, 'text')
    const locale = c.get('locale')
    const { language, candidates } = copydesk.detect(text)
    return jsonResponse({ language: renderLanguage(language, locale), candidates, locale }, 200, localeHeaders(locale))
  }
}
