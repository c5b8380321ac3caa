import { parseConfig, type Config, type ConfigSource } from '../config/index.js'
import type { Copydesk } from '../core/api.js'
import { createCopydesk } from '../core/copydesk.js'
import { detectors } from '../core/detect/index.js'
import { glossaries } from '../generated/glossaries.js'
import type { Integration } from '../webhooks/index.js'
import { loadIntegrations, type ReadTextFile } from './webhook-integrations.js'

export interface Service {
  config: Config
  copydesk: Copydesk
  /** The webhook integrations, validated (none when WEBHOOKS and WEBHOOKS_FILE are unset). */
  integrations: Integration[]
}

export interface ServiceOptions {
  /** How WEBHOOKS_FILE is read: Node only. */
  readFile?: ReadTextFile
}

/**
 * Configuration, the core built from the bundled glossaries and the webhook integrations: what
 * every runtime starts with. Throws an Error saying exactly what is wrong with the configuration.
 */
export function createService(env: ConfigSource, options: ServiceOptions = {}): Service {
  const config = parseConfig(env)
  const copydesk = createCopydesk({
    glossaries,
    defaultGlossary: config.defaultGlossary,
    fallbackLanguage: config.fallbackLanguage,
    detector: detectors[config.detector],
  })
  const integrations = loadIntegrations(config, env, copydesk, options.readFile)
  return { config, copydesk, integrations }
}
