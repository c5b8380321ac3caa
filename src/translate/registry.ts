import { ConfigReader, type ConfigSource } from '../config/index.js'
import type { Copydesk, NormalizeOffThread } from '../core/api.js'
import { readTranslateConfig, type TranslateConfig } from './config.js'
import type { AiBinding, ProviderFactory } from './provider.js'
import { createTranslator, type Translator } from './translate.js'

export interface TranslatorSetup {
  /** The runtime's registry: its providers, in order of preference for the default. */
  registry: readonly ProviderFactory[]
  /** APERTIUM_URL when unset (Node: APy on loopback; Workers: none). */
  apertiumUrl: string | undefined
  ai?: AiBinding | undefined
  fetch?: typeof fetch
  /** Normalizes the translations (Node: large ones on the worker-thread pool). Default: `copydesk.normalize`, on the calling thread. */
  normalize?: NormalizeOffThread
}

/**
 * The translator a runtime starts with: every provider of its registry that the environment
 * configures. Throws, so the service does not start, on an invalid variable or a
 * TRANSLATE_PROVIDER that names no configured provider.
 */
export function translatorFromEnv(env: ConfigSource, copydesk: Copydesk, setup: TranslatorSetup): { translator: Translator; config: TranslateConfig } {
  const read = new ConfigReader(env)
  const config = readTranslateConfig(read, { apertiumUrl: setup.apertiumUrl })
  read.throwIfAny()
  const settings = {
    apertiumUrl: config.apertiumUrl,
    deeplAuthKey: config.deeplAuthKey,
    deeplServerUrl: config.deeplServerUrl,
    timeoutMs: config.timeoutMs,
    ai: setup.ai,
    fetch: setup.fetch ?? ((input: Parameters<typeof fetch>[0], init?: RequestInit) => fetch(input, init)),
  }
  const providers = setup.registry.flatMap((factory) => factory(settings) ?? [])
  if (config.provider !== undefined && !providers.some((p) => p.id === config.provider)) {
    const ids = providers.map((p) => p.id)
    throw new Error(`TRANSLATE_PROVIDER is "${config.provider}", which is not configured here (configured: ${ids.length > 0 ? ids.join(', ') : 'none'})`)
  }
  return { translator: createTranslator({ copydesk, providers, defaultProvider: config.provider, timeoutMs: config.timeoutMs, ...(setup.normalize ? { normalize: setup.normalize } : {}) }), config }
}
