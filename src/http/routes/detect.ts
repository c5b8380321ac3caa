import type { Handler } from 'hono'
import type { Copydesk } from '../../core/api.js'
import type { AppEnv } from '../env.js'
import { jsonResponse } from '../json-response.js'
import { expectObject, readJson, textField } from '../request/index.js'

export interface DetectRouteOptions {
  copydesk: Copydesk
  bodyLimit: number
}

/** `POST /v1/detect` `{"text"}` → `{"language", "candidates"}`. */
export function detectRoute({ copydesk, bodyLimit }: DetectRouteOptions): Handler<AppEnv> {
  return async (c) => {
    const text = textField(expectObject(await readJson(c, bodyLimit)), 'text')
    const { language, candidates } = copydesk.detect(text)
    return jsonResponse({ language, candidates })
  }
}
