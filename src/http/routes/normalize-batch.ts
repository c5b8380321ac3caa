import type { Handler } from 'hono'
import { t } from '../../i18n/index.js'
import { isRetryable } from '../retryable.js'
import type { AppEnv } from '../env.js'
import { concatBytes } from '../bytes.js'
import { HttpError } from '../http-error.js'
import { encodeJson, jsonBytesResponse } from '../json-response.js'
import { localeHeaders } from '../middleware/index.js'
import { parseFields, readRequest } from '../request/index.js'
import { BatchRequest, NormalizeOptions } from '../schemas/index.js'
import * as v from 'valibot'
import { documentNormalizer, type NormalizeRouteOptions } from './normalize.js'

const BatchDocument = v.object(NormalizeOptions, 'invalid_request')

const encoder = new TextEncoder()
const OPEN = encoder.encode('{"results":[')
const COMMA = encoder.encode(',')

/**
 * `POST /v1/normalize/batch` (BatchRequest → BatchResponse, src/http/schemas): each document
 * with its own options, answered in order, each with its result or its own error. Each
 * document counts against the rate limit: the access layer counted the first, each further
 * one is counted here, and once the budget is spent the rest are `rate_limited`. Each document
 * runs as `POST /v1/normalize` does (the same runner, MAX_CHANGES, `onTooManyChanges`), and the
 * whole answer stays within MAX_RESPONSE_BYTES: a document whose answer would not fit gets
 * `response_too_large`.
 */
export function normalizeBatchRoute(options: NormalizeRouteOptions): Handler<AppEnv> {
  const normalize = documentNormalizer(options)
  return async (c) => {
    const { documents } = await readRequest(c, BatchRequest, options.bodyLimit)
    const locale = c.get('locale')
    const meter = c.get('rateMeter')
    // The answer is assembled from each document's JSON bytes (as the runner made them), not re-serialized.
    const tail = encoder.encode(`],"locale":${JSON.stringify(locale)}}`)
    const parts: Uint8Array[] = [OPEN]
    let size = OPEN.byteLength + tail.byteLength
    const counts = { changes: 0, suggestions: 0, warnings: 0 }
    for (const [index, document] of documents.entries()) {
      let result: Uint8Array
      try {
        if (index > 0 && meter) {
          const outcome = await meter.spend()
          if (!outcome.success) throw new HttpError(429, 'rate_limited', { count: Math.max(1, Math.ceil(outcome.retryAfter ?? 1)) })
        }
        result = await normalize(parseFields(BatchDocument, document), locale, (made) => {
          counts.changes += made.changes ?? 0
          counts.suggestions += made.suggestions ?? 0
          counts.warnings += made.warnings ?? 0
        })
        if (size + result.byteLength + 1 > options.maxResponseBytes) throw new HttpError(422, 'response_too_large', { limit: options.maxResponseBytes })
      } catch (error) {
        if (!(error instanceof HttpError)) throw error
        const { status, code, params } = error
        result = encodeJson({ error: { code, message: t(locale, `error.${code}`, params), retryable: isRetryable(status) } })
      }
      if (index > 0) parts.push(COMMA)
      parts.push(result)
      size += result.byteLength + (index > 0 ? 1 : 0)
    }
    parts.push(tail)
    c.set('counts', counts)
    return jsonBytesResponse(concatBytes(parts, size), 200, localeHeaders(locale))
  }
}
