import { t, type Locale } from '../../i18n/index.js'
import type { DeliveryBody, ErrorBody, IgnoredBody, ReportBody, SkippedField, WebhookMessage } from '../../webhooks/index.js'

/** A webhook answer as the API shows it: every message rendered in the response's locale. */
export type RenderedDeliveryBody =
  | (Omit<ReportBody, 'skipped'> & { skipped: (Omit<SkippedField, 'message'> & { message: string })[] })
  | (Omit<IgnoredBody, 'message'> & { message: string })
  | { error: Omit<ErrorBody['error'], 'message'> & { message: string } }

export function renderDeliveryBody(body: DeliveryBody, locale: Locale): RenderedDeliveryBody {
  if ('error' in body) {
    const { code, message, retryable, details } = body.error
    return { error: { code, message: renderWebhookMessage(message, locale), retryable, ...(details === undefined ? {} : { details }) } }
  }
  if (body.outcome === 'ignored') return { ...body, message: renderWebhookMessage(body.message, locale) }
  return { ...body, skipped: body.skipped.map((skip) => ({ ...skip, message: renderWebhookMessage(skip.message, locale) })) }
}

/** `webhook.<key>` of the locale's messages, with the message's parameters. */
export function renderWebhookMessage(message: WebhookMessage, locale: Locale): string {
  return t(locale, `webhook.${message.key}`, message.params)
}
