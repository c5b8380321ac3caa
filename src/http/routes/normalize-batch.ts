import type { Handler } from 'hono'
import { t } from '../../i18n/index.js'
import { isRetryable } from '../retryable.js'
import type { AppEnv } from '../env.js'
import { HttpError } from '../http-error.js'
import { jsonResponse } from '../json-response.js'
import { localeHeaders } from '../middleware/index.js'
import type { RenderedNormalizeResult } from '../render/index.js'
import { parseFields, readRequest } from '../request/index.js'
import { BatchRequest, NormalizeOptions } from '../schemas/index.js'
import * as v from 'valibot'
import { documentNormalizer, type NormalizeRouteOptions } from './normalize.js'

const BatchDocument = v.object(NormalizeOptions, 'invalid_request')

type ErrorResult = { error: { code: string; message: string; retryable: boolean } }

/**
 * `POST /v1/normalize/batch` (BatchRequest → BatchResponse, src/http/schemas): each document
 * with its own options, answered in order, each with its result or its own error. Each
 * document counts against the rate limit: the access layer counted the first, each further
 * one is counted here, and once the budget is spent the rest are `rate_limited`.
 */
export function normalizeBatchRoute(options: NormalizeRouteOptions): Handler<AppEnv> {
  const normalize = documentNormalizer(options)
  return async (c) => {
    const { documents } = await readRequest(c, BatchRequest, options.bodyLimit)
    const locale = c.get('locale')
    const meter = c.get('rateMeter')
    const results: (RenderedNormalizeResult | ErrorResult)[] = []
    const counts = { changes: 0, suggestions: 0, warnings: 0 }
    for (const [index, document] of documents.entries()) {
      try {
        if (index > 0 && meter) {
          const outcome = await meter.spend()
          if (!outcome.success) throw new HttpError(429, 'rate_limited', { count: Math.max(1, Math.ceil(outcome.retryAfter ?? 1)) })
        }
        const { answer, counts: made } = normalize(parseFields(BatchDocument, document), locale)
        counts.changes += made.changes ?? 0
        counts.suggestions += made.suggestions ?? 0
        counts.warnings += made.warnings ?? 0
        results.push(answer)
      } catch (error) {
        if (!(error instanceof HttpError)) throw error
        const { status, code, params } = error
        results.push({ error: { code, message: t(locale, `error.${code}`, params), retryable: isRetryable(status) } })
      }
    }
    c.set('counts', counts)
    return jsonResponse({ results, locale }, 200, localeHeaders(locale))
  }
}
