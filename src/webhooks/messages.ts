/**
 * What the webhook module says to people, as data: a message key and its parameters, never a
 * sentence. The HTTP layer renders it in the request's locale from the `webhook` group of
 * src/i18n/locales (`webhook.<key>`); the answers kept for replays keep the data, so a replay
 * is rendered in the locale of the replay.
 */
export const webhookMessageKeys = [
  'idempotency-key-reused',
  'delivery-in-progress',
  'signature-missing',
  'signature-malformed',
  'signature-mismatch',
  'signature-expired',
  'media-type',
  'body-not-utf8',
  'body-empty',
  'body-not-json',
  'body-not-object',
  'generic-body',
  'contentful-body',
  'sanity-body',
  'header-missing',
  'field-object',
  'field-id',
  'field-text',
  'field-short-text',
  'field-locale',
  'field-map',
  'field-locale-map',
  'field-positive-integer',
  'field-date-time',
  'contentful-type',
  'sanity-id',
  'sanity-rev-required',
  'strapi-event',
  'strapi-uid',
  'unknown-content-type',
  'cms-timeout',
  'cms-network',
  'cms-incomplete',
  'cms-unauthorized',
  'cms-not-found',
  'cms-rate-limited',
  'cms-rejected',
  'cms-failed',
  'version-conflict',
  'version-conflict-now',
  'skip-language-not-covered',
  'skip-no-language',
  'skip-locale-not-mapped',
  'skip-not-text',
  'skip-not-rich-text',
  'skip-too-deep',
  'skip-no-translator',
  'translation-unavailable',
  'ignored-event',
  'ignored-deleted',
] as const

export type WebhookMessageKey = (typeof webhookMessageKeys)[number]

/** Values interpolated into the message; `count` also selects the plural form. */
export type WebhookMessageParams = Readonly<Record<string, string | number>>

export interface WebhookMessage {
  key: WebhookMessageKey
  params?: WebhookMessageParams
}

export function message(key: WebhookMessageKey, params?: WebhookMessageParams): WebhookMessage {
  return params === undefined ? { key } : { key, params }
}
