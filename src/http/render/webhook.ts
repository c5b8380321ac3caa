import { t, type Locale } from '../../i18n/index.js'
import type { DeliveryBody, ErrorBody, IgnoredBody, ReportBody, ReportSummary, SkippedField, WebhookMessage } from '../../webhooks/index.js'

/** A webhook answer as the API shows it: every message rendered in the response's locale. */
type RenderedWarnings = { warnings?: (NonNullable<ReportBody['warnings']>[number] & { message: string })[] }

export type RenderedDeliveryBody =
  | (Omit<ReportBody, 'skipped' | 'warnings'> & { skipped: RenderedSkippedField[] } & RenderedWarnings)
  | (Omit<ReportSummary, 'skipped' | 'warnings'> & { skipped?: RenderedSkippedField[] } & RenderedWarnings)
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
  const { warnings, ...report } = body
  const rendered: RenderedWarnings = warnings === undefined ? {} : { warnings: warnings.map((warning) => ({ ...warning, message: t(locale, 'warning.changes-truncated', { total: warning.total, listed: warning.listed }) })) }
  if ('summary' in report) {
    const { skipped, ...rest } = report
    return skipped === undefined ? { ...rest, ...rendered } : { ...rest, skipped: render(skipped), ...rendered }
  }
  return { ...report, skipped: render(report.skipped), ...rendered }
}

/** `webhook.<key>` of the locale's messages, with the message's parameters. */
export function renderWebhookMessage(message: WebhookMessage, locale: Locale): string {
  return t(locale, `webhook.${message.key}`, message.params)
}
