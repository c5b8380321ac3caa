import type { Integration } from '../config.js'
import type { FieldUpdate } from '../normalize-fields.js'
import type { EntryRef } from '../payload/types.js'
import { writeBackContentful } from './contentful.js'
import { writeBackSanity } from './sanity.js'
import { writeBackStrapi } from './strapi.js'
import type { WriteBackResult } from './types.js'

/** The integration's CMS client. `parseIntegrations` guarantees `writeBack` in write-back mode. */
export function writeBack(integration: Integration, entry: EntryRef, updates: readonly FieldUpdate[], fetchImpl: typeof fetch): Promise<WriteBackResult> {
  if (integration.provider === 'contentful' && entry.provider === 'contentful' && integration.writeBack) {
    return writeBackContentful({ config: integration.writeBack, entry, updates, fetch: fetchImpl })
  }
  if (integration.provider === 'sanity' && entry.provider === 'sanity' && integration.writeBack) {
    return writeBackSanity({ config: integration.writeBack, entry, updates, fetch: fetchImpl })
  }
  if (integration.provider === 'strapi' && entry.provider === 'strapi' && integration.writeBack) {
    return writeBackStrapi({ config: integration.writeBack, entry, updates, fetch: fetchImpl })
  }
  throw new Error(`integration "${integration.name}" is in write-back mode without write-back settings for ${integration.provider}`)
}
