import { t, type Locale } from '../../i18n/index.js'
import type { DeliveryBody, ErrorBody, IgnoredBody, ReportBody, ReportSummary, SkippedField, WebhookMessage } from '../../webhooks/index.js'

/** A webhook answer as the API shows it: every message rendered in the response's locale. */
export type RenderedDeliveryBody =
  | (Omit<ReportBody, 'skipped'> & { skipped: RenderedSkippedField[] })
  | (Omit<ReportSummary, 'skipped'> & { skipped?: RenderedSkippedField[] })
  | (Omit<IgnoredBody, 'message'> & { message: string })
  | { error: Omit<ErrorBody['error'], 'message'> & { message: string } }

type RenderedSkippedField = Omit<SkippedField, 'message'> & { message: string }

export function renderDeliveryBody(body: DeliveryBody, locale: Locale): RenderedDeliveryBody {
  if ('error' in body) {
    const { code, message, retryable, details } = body.error
    return { error: { code, message: renderWebhookMessage(message, locale), retryable, ...(details === undefined ? {} : { details }) } }
  }
  if (body.outcome === 'ignored') return { ...body, message: renderWebhookMessage(body.message, locale) }
  const render = (skipped: SkippedField[]) => skipped.map((skip) => ({ ...skip, message: renderWebhookMessage(skip.message, locale) }))
  if ('summary' in body) {
    const { skipped, ...rest } = body
    return skipped === undefined ? rest : { ...rest, skipped: render(skipped) }
  }
  return { ...body, skipped: render(body.skipped) }
}

/** `webhook.<key>` of the locale's messages, with the message's parameters. */
export function renderWebhookMessage(message: WebhookMessage, locale: Locale): string {
  return t(locale, `webhook.${message.key}`, message.params)
}
