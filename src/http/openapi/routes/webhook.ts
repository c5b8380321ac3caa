import { ErrorBody, IntegrationName, WebhookDelivery, WebhookReport } from '../../schemas/index.js'
import type { RouteDoc } from '../route-doc.js'

export const webhookDoc: RouteDoc = {
  method: 'post',
  path: '/v1/webhooks/:integration',
  operationId: 'webhook',
  tag: 'Webhooks',
  summary: 'Receive a CMS delivery',
  description:
    'A CMS (generic, Contentful, Sanity, Strapi) posts an entry on save; the signature is checked over the raw body, the configured fields are normalized and, when configured, written back. See docs/webhooks.md.',
  params: { integration: IntegrationName },
  body: WebhookDelivery,
  responses: {
    200: { description: 'What was done: normalized (and written back), ignored, or a duplicate.', schema: WebhookReport },
    401: {
      description: 'The signature is missing, malformed, wrong or too old; also when no integration has this name, so that names cannot be probed (`invalid_signature`).',
      schema: ErrorBody,
    },
    404: { description: 'Write-back: the entry no longer exists (`entry_not_found`).', schema: ErrorBody },
    409: {
      description:
        'Write-back: the entry was edited since the delivery (`version_conflict`, not retryable). Or the same delivery is being processed right now by another instance sharing the idempotency store (`delivery_in_progress`, retryable, with `Retry-After`).',
      schema: ErrorBody,
    },
    415: { description: 'The body is not JSON.', schema: ErrorBody },
    422: { description: 'The delivery id was already used for a delivery with another body (`idempotency_key_reused`); or the CMS refused the update (`cms_rejected`).', schema: ErrorBody },
  },
  access: 'webhook',
  examples: [
    {
      name: 'unknown',
      summary: 'No integration of that name: answered as a wrong signature',
      params: { integration: 'nowhere' },
      body: {},
      status: 401,
      answer: { error: { code: 'invalid_signature', retryable: false } },
    },
  ],
}
