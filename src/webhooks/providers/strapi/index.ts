import { required } from '../../write-back/settings.js'
import { defineProvider } from '../types.js'
import { parseStrapi, type StrapiEntry } from './payload.js'
import { readStrapiSettings, strapiSettingKeys, type StrapiSettings } from './settings.js'
import { verifyStrapi } from './verify.js'
import { writeBackStrapi } from './write-back.js'

/** Strapi: a token header (Strapi does not sign), entry events; write-back checked against `updatedAt`. */
export const strapi = defineProvider<StrapiSettings, StrapiEntry>({
  settingKeys: strapiSettingKeys,
  readSettings: readStrapiSettings,
  signatureHeader: (settings) => settings.auth.header,
  verify: (input, settings) => verifyStrapi(settings.auth)(input),
  parse: parseStrapi,
  summary: (entry) => ({ id: entry.documentId, updatedAt: entry.updatedAt, ...(entry.locale === undefined ? {} : { locale: entry.locale }) }),
  writeBack: ({ settings, ...input }) => writeBackStrapi({ config: required(settings.writeBack, 'Strapi'), ...input }),
})
