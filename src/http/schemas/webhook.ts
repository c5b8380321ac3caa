import * as v from 'valibot'

/** What a CMS delivers: its own JSON, signed; docs/webhooks.md describes each provider. */
export const WebhookDelivery = v.pipe(
  v.looseObject({}),
  v.title('WebhookDelivery'),
  v.description('The CMS\'s payload, as it signs it (generic, Contentful, Sanity, Strapi): see docs/webhooks.md.'),
)

export const WebhookReport = v.pipe(
  v.looseObject({
    outcome: v.pipe(v.string(), v.description('normalized, ignored or duplicate: see docs/webhooks.md.')),
    summary: v.optional(
      v.pipe(v.literal(true), v.description('A replayed delivery: the first answer\'s status, each field summarised (changed, changeCount), no values.')),
    ),
  }),
  v.title('WebhookReport'),
)

export const IntegrationName = v.pipe(v.string(), v.description('The name of a configured webhook integration.'), v.examples(['wire']))
