import { readFileSync } from 'node:fs'
import { MemoryIdempotencyStore, parseIntegrations, type DeliveryRequest, type Integration, type WebhookDeps } from '../../../src/webhooks/index.js'
import { fakeCore } from './fake-normalize.js'
import { signContentful, signGeneric, signSanity } from './sign.js'

/** The clock of every test: a few seconds after the fixtures were "saved". */
export const NOW = Date.parse('2026-01-05T09:31:05.000Z')

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T
}

export function integration(config: Record<string, unknown>, env: Record<string, string> = {}): Integration {
  return parseIntegrations({ integrations: [config] }, env)[0]!
}

export function deps(overrides: Partial<WebhookDeps> = {}): WebhookDeps {
  return {
    ...fakeCore,
    fetch: () => Promise.reject(new Error('no CMS in this test')),
    now: () => NOW,
    store: new MemoryIdempotencyStore({ now: () => NOW }),
    ...overrides,
  }
}

export interface SignOptions {
  secret: string
  now?: number
  path?: string
  headers?: Record<string, string>
}

export function genericDelivery(payload: unknown, { secret, now = NOW, path = '/v1/webhooks/generic', headers = {} }: SignOptions): DeliveryRequest {
  const body = JSON.stringify(payload)
  return { method: 'POST', path, body, headers: { 'content-type': 'application/json', 'copydesk-signature': signGeneric(body, secret, now), ...headers } }
}

export function contentfulDelivery(payload: unknown, { secret, now = NOW, path = '/v1/webhooks/contentful', headers = {} }: SignOptions, topic = 'ContentManagement.Entry.save'): DeliveryRequest {
  const body = JSON.stringify(payload)
  const sent = { 'content-type': 'application/vnd.contentful.management.v1+json', 'x-contentful-topic': topic, ...headers }
  const signed = signContentful({ method: 'POST', path, headers: sent, body }, secret, now)
  return { method: 'POST', path, body, headers: { ...sent, 'x-contentful-webhook-name': 'Copydesk', ...signed } }
}

export function sanityDelivery(payload: unknown, { secret, now = NOW, path = '/v1/webhooks/sanity', headers = {} }: SignOptions, operation = 'update'): DeliveryRequest {
  const body = JSON.stringify(payload)
  return {
    method: 'POST',
    path,
    body,
    headers: { 'content-type': 'application/json', 'sanity-operation': operation, 'idempotency-key': `idem-${operation}-${body.length}`, 'sanity-webhook-signature': signSanity(body, secret, now), ...headers },
  }
}

export function strapiDelivery(payload: unknown, { secret, path = '/v1/webhooks/strapi', headers = {} }: SignOptions): DeliveryRequest {
  const body = JSON.stringify(payload)
  const event = (payload as { event?: unknown } | null)?.event
  const eventHeader = typeof event === 'string' ? event : 'entry.update'
  return { method: 'POST', path, body, headers: { 'content-type': 'application/json', 'x-strapi-event': eventHeader, authorization: `Bearer ${secret}`, ...headers } }
}
