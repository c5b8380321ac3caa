import { contentful } from './contentful/index.js'
import { generic } from './generic/index.js'
import { sanity } from './sanity/index.js'
import { strapi } from './strapi/index.js'
import type { RegisteredProvider } from './types.js'

/**
 * The CMSs Copydesk takes webhooks from, by the id an integration names in `"provider"`.
 * Adding one is a folder (./<cms>/: settings, verify, payload, write-back, index) and a line
 * here; nothing else in src/ names a CMS (docs/architecture.md, "Adding a CMS").
 */
export const providers: Readonly<Record<string, RegisteredProvider>> = {
  generic,
  contentful,
  sanity,
  strapi,
}

export type { Connector, Delivery, Integration, Provider, RegisteredProvider } from './types.js'
export { defineProvider } from './types.js'
