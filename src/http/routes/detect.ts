import type { Handler } from 'hono'
import type { Copydesk } from '../../core/api.js'
import type { AppEnv } from '../env.js'
import { jsonResponse } from '../json-response.js'
import { localeHeaders } from '../middleware/index.js'
import { renderLanguage, roundConfidence } from '../render/index.js'
import { readRequest } from '../request/index.js'
import { DetectRequest } from '../schemas/index.js'

export interface DetectRouteOptions {
  copydesk: Copydesk
  bodyLimit: number
}

/** `POST /v1/detect` (DetectRequest → DetectResponse, src/http/schemas). */
export function detectRoute({ copydesk, bodyLimit }: DetectRouteOptions): Handler<AppEnv> {
  return async (c) => {
    const { text } = await readRequest(c, DetectRequest, bodyLimit)
    const locale = c.get('locale')
    const { language, candidates } = copydesk.detect(text)
    const rounded = candidates.map((candidate) => ({ ...candidate, score: roundConfidence(candidate.score) }))
    return jsonResponse({ language: renderLanguage(language, locale), candidates: rounded, locale }, 200, localeHeaders(locale))
  }
}
