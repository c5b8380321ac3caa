import { toBytes, toHex } from './crypto.js'
import { errorResult } from './errors.js'
import { headerMap } from './headers.js'
import { handleDelivery, signatureMessage } from './process.js'
import { GENERIC_SIGNATURE_HEADER_NAME, verifyGeneric } from './providers/generic/verify.js'
import type { Integration } from './providers/types.js'
import type { DeliveryRequest, DeliveryResult, WebhookDeps } from './types.js'

/**
 * A secret nobody holds, new in each process (or isolate): what a delivery to an unknown
 * integration is checked against, so it always fails the check. Drawn on first use, not when
 * the module loads: Workers refuse random values in global scope, and the Worker would not start
 * (https://developers.cloudflare.com/workers/runtime-apis/handlers/).
 */
let nobodysSecret: string[] | undefined
const secretNobodyHolds = (): string[] => (nobodysSecret ??= [toHex(crypto.getRandomValues(new Uint8Array(32)))])

/**
 * `POST /v1/webhooks/:integration`: finds the integration by name and handles the delivery.
 *
 * A name that is not configured is answered as a generic integration whose secret nobody holds
 * would be: the signature is checked (one HMAC over the body, the same work as for a configured
 * integration) and fails, `401 invalid_signature`. So a caller without a valid signature cannot
 * tell configured names from others by the status, the code or the time taken.
 */
export async function handleWebhook(integrations: readonly Integration[], name: string, request: DeliveryRequest, deps: WebhookDeps): Promise<DeliveryResult> {
  const integration = integrations.find((candidate) => candidate.name === name)
  if (integration) return handleDelivery(integration, request, deps)
  const input = { headers: headerMap(request.headers), body: toBytes(request.body), secrets: secretNobodyHolds(), now: deps.now(), method: request.method, path: request.path }
  const verified = await verifyGeneric(input)
  return errorResult(401, 'invalid_signature', signatureMessage(verified.ok ? 'mismatch' : verified.reason, GENERIC_SIGNATURE_HEADER_NAME))
}
