import { required } from '../../write-back/settings.js'
import { defineProvider } from '../types.js'
import { parseContentful, type ContentfulEntry } from './payload.js'
import { contentfulSettingKeys, readContentfulSettings, type ContentfulSettings } from './settings.js'
import { verifyContentful } from './verify.js'
import { writeBackContentful } from './write-back.js'

/** Contentful: signed requests, entry payloads of the Content Management API, write-back by entry version. */
export const contentful = defineProvider<ContentfulSettings, ContentfulEntry>({
  settingKeys: contentfulSettingKeys,
  readSettings: readContentfulSettings,
  signatureHeader: () => 'X-Contentful-Signature',
  verify: (input) => verifyContentful(input),
  parse: parseContentful,
  summary: (entry) => ({ id: entry.id, version: entry.version }),
  writeBack: ({ settings, ...input }) => writeBackContentful({ config: required(settings.writeBack, 'Contentful'), ...input }),
})
