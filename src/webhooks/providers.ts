import type { Integration, Provider } from './config.js'
import { parseContentful } from './payload/contentful.js'
import { parseGeneric } from './payload/generic.js'
import { parseSanity } from './payload/sanity.js'
import { parseStrapi } from './payload/strapi.js'
import type { PayloadParser } from './payload/types.js'
import { verifyContentful } from './verify/contentful.js'
import { verifyGeneric } from './verify/generic.js'
import { verifySanity } from './verify/sanity.js'
import { verifyStrapi } from './verify/strapi.js'
import type { Verifier } from './verify/types.js'

/** How each provider's deliveries are verified and read. */
export function verifierFor(integration: Integration): Verifier {
  switch (integration.provider) {
    case 'generic':
      return verifyGeneric
    case 'contentful':
      return verifyContentful
    case 'sanity':
      return verifySanity
    case 'strapi':
      return verifyStrapi(integration.auth)
  }
}

export const parsers: Record<Provider, PayloadParser> = {
  generic: parseGeneric,
  contentful: parseContentful,
  sanity: parseSanity,
  strapi: parseStrapi,
}

/** The header that carries the proof, named in 401 messages. */
export function signatureHeaderOf(integration: Integration): string {
  switch (integration.provider) {
    case 'generic':
      return 'Copydesk-Signature'
    case 'contentful':
      return 'X-Contentful-Signature'
    case 'sanity':
      return 'sanity-webhook-signature'
    case 'strapi':
      return integration.auth.header
  }
}

