import type { Integration } from './providers/types.js'
import { errorResult } from './errors.js'
import { message } from './messages.js'
import { handleDelivery } from './process.js'
import type { DeliveryRequest, DeliveryResult, WebhookDeps } from './types.js'

/**
 * `POST /v1/webhooks/:integration`: finds the integration by name (404 `unknown_integration`,
 * without listing the configured ones) and handles the delivery.
 */
export function handleWebhook(integrations: readonly Integration[], name: string, request: DeliveryRequest, deps: WebhookDeps): Promise<DeliveryResult> {
  const integration = integrations.find((candidate) => candidate.name === name)
  if (!integration) return Promise.resolve(errorResult(404, 'unknown_integration', message('unknown-integration', { integration: name.slice(0, 64) })))
  return handleDelivery(integration, request, deps)
}
