import { ConfigReader, readConfig, type Config, type ConfigSource } from '../config/index.js'
import type { Copydesk } from '../core/api.js'
import { createCopydesk } from '../core/copydesk.js'
import { detectors } from '../core/detect/index.js'
import { glossaries } from '../generated/glossaries.js'
import { precompiled } from '../generated/precompiled.js'
import type { Integration } from '../webhooks/index.js'
import { loadIntegrations, type ReadTextFile } from './webhook-integrations.js'

export interface Service {
  config: Config
  copydesk: Copydesk
  /** The webhook integrations, validated (none when WEBHOOKS and WEBHOOKS_FILE are unset). */
  integrations: Integration[]
  /** Bundled glossaries compiled at start because the build's precompiled tries were not theirs: "id: why". */
  stalePrecompiled: string[]
}

export interface ServiceOptions {
  /** How WEBHOOKS_FILE is read: Node only. */
  readFile?: ReadTextFile
}

/**
 * Configuration, the core built from the bundled glossaries and the webhook integrations: what
 * every runtime starts with. Throws an Error saying exactly what is wrong, every problem at
 * once (the variables, the glossaries, the integrations), one a line.
 */
export function createService(env: ConfigSource, options: ServiceOptions = {}): Service {
  const read = new ConfigReader(env)
  // An invalid variable leaves its default, so the parts after it are still checked.
  const config = readConfig(read)
  const stalePrecompiled: string[] = []
  const copydesk = attempt(read, () => createCore(config, (glossary, reason) => stalePrecompiled.push(`${glossary}: ${reason}`)))
  const integrations = copydesk && attempt(read, () => loadIntegrations(config, env, copydesk, options.readFile))
  read.throwIfAny()
  if (!copydesk || !integrations) throw new Error('Copydesk could not be configured') // unreachable: a failure above is a problem
  return { config, copydesk, integrations, stalePrecompiled }
}

/**
 * The core as the configuration asks for it: the bundled glossaries (decoded from the build's
 * precompiled tries where they are current; `onStale` hears of any compiled instead), the
 * default glossary, the fallback and the detector.
 */
export function createCore(config: Config, onStale?: (glossary: string, reason: string) => void): Copydesk {
  return createCopydesk({
    glossaries,
    prevalidated: true, // by npm run build:glossaries, which every start script runs first
    precompiled: { artifact: precompiled, ...(onStale === undefined ? {} : { onStale }) },
    defaultGlossary: config.defaultGlossary,
    fallbackLanguage: config.fallbackLanguage,
    detector: detectors[config.detector],
  })
}

/** What `build` returns; undefined after recording its error (a glossary or an integration problem) in `read`. */
function attempt<T>(read: ConfigReader, build: () => T): T | undefined {
  try {
    return build()
  } catch (error) {
    read.problem(error instanceof Error ? error.message : String(error))
    return undefined
  }
}
