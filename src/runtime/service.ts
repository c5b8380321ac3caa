import { parseConfig, type Config, type ConfigSource } from '../config.js'
import type { Copydesk } from '../core/api.js'
import { createCopydesk } from '../core/copydesk.js'
import { detectors } from '../core/detect/index.js'
import { glossaries } from '../generated/glossaries.js'

/** Configuration plus the core built from the bundled glossaries: what every runtime starts with. */
export function createService(env: ConfigSource): { config: Config; copydesk: Copydesk } {
  const config = parseConfig(env)
  const copydesk = createCopydesk({
    glossaries,
    defaultGlossary: config.defaultGlossary,
    fallbackLanguage: config.fallbackLanguage,
    detector: detectors[config.detector],
  })
  return { config, copydesk }
}
