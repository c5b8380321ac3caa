import { defineProvider } from '../types.js'
import { parseGeneric, type GenericEntry } from './payload.js'
import { GENERIC_SIGNATURE_HEADER_NAME, verifyGeneric } from './verify.js'

/**
 * Copydesk's own signed payload, for a CMS without a provider of its own: report mode only
 * (there is no CMS API to write back to), no settings of its own.
 */
export const generic = defineProvider<object, GenericEntry>({
  settingKeys: [],
  readSettings: () => ({}),
  signatureHeader: () => GENERIC_SIGNATURE_HEADER_NAME,
  verify: (input) => verifyGeneric(input),
  parse: parseGeneric,
  summary: (entry) => ({ id: entry.id }),
})
