import type { Handler } from 'hono'
import { handleWebhook, type DeliveryBody, type Integration, type WebhookDeps } from '../../webhooks/index.js'
import type { AppEnv, RequestCounts } from '../env.js'
import { jsonResponse } from '../json-response.js'
import { localeHeaders } from '../middleware/index.js'
import { renderDeliveryBody } from '../render/index.js'
import { readBody } from '../request/index.js'

export interface WebhookRouteOptions {
  integrations: readonly Integration[]
  deps: WebhookDeps
  bodyLimit: number
}

/**
 * `POST /v1/webhooks/:integration`: the raw body (at most `bodyLimit` bytes, else 413) goes to
 * the webhook module untouched, since signatures are over those bytes; the module verifies the
 * signature before reading anything, then checks the media type and the payload. Its answer is
 * rendered in the request's locale: `{"error": {"code", "message", "retryable"}}` or the report.
 */
export function webhookRoute({ integrations, deps, bodyLimit }: WebhookRouteOptions): Handler<AppEnv, '/v1/webhooks/:integration'> {
  return async (c) => {
    const body = await readBody(c.req.raw, bodyLimit)
    c.set('requestBytes', body.byteLength)
    await c.get('chargeBody')?.(body.byteLength)
    const url = new URL(c.req.url)
    const request = { method: c.req.method, path: `${url.pathname}${url.search}`, headers: c.req.raw.headers, body }
    const result = await handleWebhook(integrations, c.req.param('integration'), request, deps)
    c.set('counts', countsOf(result.body))
    const locale = c.get('locale')
    return jsonResponse(renderDeliveryBody(result.body, locale), result.status, { ...localeHeaders(locale), ...result.headers })
  }
}

function countsOf(body: DeliveryBody): RequestCounts {
  if (!('outcome' in body) || body.outcome !== 'normalized') return {}
  if ('summary' in body) return { fields: body.fieldCount }
  const all = body.fields.flatMap((field) => field.changes)
  const suggestions = all.filter((change) => change.status === 'suggested').length
  return { fields: body.fields.length, skipped: body.skipped.length, changes: all.length - suggestions, suggestions }
}
