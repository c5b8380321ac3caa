export { parseIntegrations, IntegrationConfigError } from '../config/integrations.js'
export type { FieldFormat, FieldSpec, FieldTranslation, IntegrationBase, Mode } from './settings.js'
export { providers, defineProvider, type Connector, type Integration, type Provider, type RegisteredProvider } from './providers/index.js'
export type { ContentfulWriteBack } from './providers/contentful/settings.js'
export type { SanityWriteBack } from './providers/sanity/settings.js'
export type { StrapiWriteBack } from './providers/strapi/settings.js'
export type { WriteBackBase } from './write-back/settings.js'
export { handleWebhook } from './webhook.js'
export { handleDelivery } from './process.js'
export { MemoryIdempotencyStore } from './store.js'
export { TranslationUnavailable } from './types.js'
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
  ReportSummary,
  FieldSummary,
  StoredAnswer,
  Claim,
  ClaimOutcome,
  ReportChange,
  SkippedField,
  TextFormat,
  WebhookDeps,
  WriteBackOutcome,
} from './types.js'
export type { HeadersInput } from './headers.js'
export { verifyContentful } from './providers/contentful/verify.js'
export { verifyGeneric } from './providers/generic/verify.js'
export { verifySanity } from './providers/sanity/verify.js'
export { verifyStrapi } from './providers/strapi/verify.js'
export type { VerifyFailure, VerifyInput, VerifyResult } from './verify/types.js'
export { REPLAY_WINDOW_MS } from './verify/window.js'
