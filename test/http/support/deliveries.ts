import { LOCKED } from './locked-env.js'
import type { Headers } from './request-init.js'
import { signContentful, signGeneric, signSanity } from './sign.js'

/** A webhook delivery as a CMS sends it: the path, the raw body and the headers, signature included. */
export interface Delivery {
  path: string
  body: string
  headers: Record<string, string>
}

export interface DeliveryOptions {
  secret?: string
  /** When it was signed (milliseconds). Default: now. */
  signedAt?: number
  headers?: Record<string, string>
}

export async function wireDelivery(payload: unknown, { secret = LOCKED.secrets.wire, signedAt, headers = {} }: DeliveryOptions = {}): Promise<Delivery> {
  const body = JSON.stringify(payload)
  return { path: '/v1/webhooks/wire', body, headers: { 'content-type': 'application/json', 'copydesk-signature': await signGeneric(body, secret, signedAt), ...headers } }
}

export async function contentfulDelivery(payload: unknown, { secret = LOCKED.secrets.contentful, signedAt, headers = {} }: DeliveryOptions = {}): Promise<Delivery> {
  const body = JSON.stringify(payload)
  const path = '/v1/webhooks/contentful-main'
  const sent = { 'content-type': 'application/vnd.contentful.management.v1+json', 'x-contentful-topic': 'ContentManagement.Entry.save', ...headers }
  return { path, body, headers: { ...sent, ...(await signContentful({ method: 'POST', path, headers: sent, body }, secret, signedAt)) } }
}

export async function sanityDelivery(payload: unknown, { secret = LOCKED.secrets.sanity, signedAt, headers = {} }: DeliveryOptions = {}): Promise<Delivery> {
  const body = JSON.stringify(payload)
  return {
    path: '/v1/webhooks/sanity-news',
    body,
    headers: { 'content-type': 'application/json', 'sanity-operation': 'update', 'sanity-webhook-signature': await signSanity(body, secret, signedAt), ...headers },
  }
}

export async function strapiDelivery(payload: unknown, { secret = LOCKED.secrets.strapi, headers = {} }: DeliveryOptions = {}): Promise<Delivery> {
  return { path: '/v1/webhooks/strapi-blog', body: JSON.stringify(payload), headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, ...headers } }
}

/** A Contentful entry save, as its webhook sends it. */
export function contentfulEntry(id: string, version = 3): Record<string, unknown> {
  return {
    sys: { type: 'Entry', id, version, space: { sys: { type: 'Link', linkType: 'Space', id: 'space1' } }, environment: { sys: { type: 'Link', linkType: 'Environment', id: 'master' } } },
    fields: {
      title: { 'en-US': 'Zelenskyy visits Kiev', 'es-ES': 'Zelenskyy visita Kyiv' },
      body: {
        'en-US': {
          nodeType: 'document',
          data: {},
          content: [{ nodeType: 'paragraph', data: {}, content: [{ nodeType: 'text', value: 'Crowds in Kiev cheered.', marks: [], data: {} }] }],
        },
      },
    },
  }
}

/** Headers of a delivery plus `extra` (a header set to undefined is dropped). */
export function withHeaders(delivery: Delivery, extra: Headers): Headers {
  return { ...delivery.headers, ...extra }
}
