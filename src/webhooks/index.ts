export { parseIntegrations, IntegrationConfigError } from './config.js'
export type { ContentfulWriteBack, FieldFormat, FieldSpec, Integration, Mode, Provider, SanityWriteBack, StrapiWriteBack, WriteBackBase } from './config.js'
export { handleWebhook } from './webhook.js'
export { handleDelivery } from './process.js'
export { MemoryIdempotencyStore } from './store.js'
export { message, webhookMessageKeys } from './messages.js'
export type { WebhookMessage, WebhookMessageKey, WebhookMessageParams } from './messages.js'
export type { IdempotencyStore, MemoryStoreOptions } from './store.js'
export type {
  DeliveryBody,
  DeliveryRequest,
  DeliveryResult,
  ErrorBody,
  ErrorCode,
  FieldReport,
  IgnoredBody,
  IgnoredReason,
  NormalizedValue,
  ReportBody,
  ReportChange,
  SkippedField,
  TextFormat,
  WebhookDeps,
  WriteBackOutcome,
} from './types.js'
export type { HeadersInput } from './headers.js'
export { verifyContentful } from './verify/contentful.js'
export { verifyGeneric } from './verify/generic.js'
export { verifySanity } from './verify/sanity.js'
export { verifyStrapi } from './verify/strapi.js'
export type { VerifyFailure, VerifyInput, VerifyResult } from './verify/types.js'
export { REPLAY_WINDOW_MS } from './verify/window.js'
