import { describe, expect, it } from 'vitest'
import { locales, type Locale } from '../../i18n/index.js'
import { message, webhookMessageKeys, type DeliveryBody } from '../../webhooks/index.js'
import { renderDeliveryBody, renderWebhookMessage } from './webhook.js'

const PLURAL = /_(zero|one|two|few|many|other)$/

describe('webhook messages', () => {
  it('are exactly the keys the webhook module uses', () => {
    const bundled = new Set(Object.keys(locales.en.webhook).map((key) => key.replace(PLURAL, '')))
    expect([...bundled].sort()).toEqual([...webhookMessageKeys].sort())
  })

  it('render in every locale', () => {
    const params = { integration: 'wire', header: 'Copydesk-Signature', count: 5, contentType: 'text/plain', field: 'sys.version', topic: 't', uid: 'u', cms: 'Sanity', answer: '409', method: 'POST', delivered: 'r1', current: 'r2', locale: 'fr-CA', language: 'fr', format: 'html', event: 'e', provider: 'deepl' }
    for (const locale of Object.keys(locales) as Locale[]) {
      for (const key of webhookMessageKeys) {
        const text = renderWebhookMessage(message(key, params), locale)
        expect(text, `${locale} ${key}`).not.toMatch(/\{\{|\}\}|^webhook\./)
      }
    }
  })
})

describe('renderDeliveryBody', () => {
  it('renders the message of an error, keeping code, retryable and details', () => {
    const body: DeliveryBody = { error: { code: 'version_conflict', message: message('version-conflict-now', { cms: 'Strapi', delivered: 'a', current: 'b' }), retryable: false, details: { delivered: 'a', current: 'b' } } }
    expect(renderDeliveryBody(body, 'de')).toEqual({
      error: {
        code: 'version_conflict',
        message: 'Der Eintrag wurde in Strapi nach dieser Zustellung geändert (zugestellt: a, jetzt: b); nichts wurde geschrieben, die neuere Speicherung wird mit ihrer eigenen Zustellung normalisiert',
        retryable: false,
        details: { delivered: 'a', current: 'b' },
      },
    })
  })

  it('renders the messages of skipped fields and of ignored deliveries', () => {
    const report: DeliveryBody = {
      outcome: 'normalized', integration: 'wire', provider: 'generic', mode: 'report', delivery: 'd', event: 'save', entry: { id: 'x' }, fields: [],
      skipped: [{ field: 'body', locale: null, reason: 'too-deep', message: message('skip-too-deep') }],
    }
    expect(renderDeliveryBody(report, 'fr')).toMatchObject({ skipped: [{ field: 'body', reason: 'too-deep', message: 'Le document de texte enrichi est imbriqué trop profondément' }] })
    const ignored: DeliveryBody = { outcome: 'ignored', integration: 'sn', provider: 'sanity', delivery: 'd', event: 'delete', reason: 'deleted', message: message('ignored-deleted') }
    expect(renderDeliveryBody(ignored, 'uk')).toEqual({ ...ignored, message: 'Документ видалено' })
  })
})
