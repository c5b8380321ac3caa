import { required } from '../../write-back/settings.js'
import { defineProvider } from '../types.js'
import { parseSanity, type SanityEntry } from './payload.js'
import { readSanitySettings, sanitySettingKeys, type SanitySettings } from './settings.js'
import { verifySanity } from './verify.js'
import { writeBackSanity } from './write-back.js'

/** Sanity: GROQ-powered webhooks, signed; write-back by mutation guarded by the document's revision. */
export const sanity = defineProvider<SanitySettings, SanityEntry>({
  settingKeys: sanitySettingKeys,
  readSettings: readSanitySettings,
  signatureHeader: () => 'sanity-webhook-signature',
  verify: (input) => verifySanity(input),
  parse: parseSanity,
  summary: (entry) => (entry.revision === undefined ? { id: entry.id } : { id: entry.id, revision: entry.revision }),
  writeBack: ({ settings, ...input }) => writeBackSanity({ config: required(settings.writeBack, 'Sanity'), ...input }),
})
