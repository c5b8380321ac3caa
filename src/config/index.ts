/**
 * The service's configuration, typed once for every runtime and composed from its parts
 * (./service.ts, ./access.ts, ./webhooks.ts): parsed from a plain record of strings
 * (`process.env` on Node, the bindings / `[vars]` on Workers) by the one reader (./reader.ts).
 * An empty value counts as unset. Every invalid value is reported at once, one line each,
 * naming the variable, saying what is allowed and repeating what was given (never a secret).
 * The webhook integrations that WEBHOOKS holds are validated by ./integrations.ts.
 */
import { accessVariables, readAccess, type AccessConfig } from './access.js'
import { glossaryStoreVariables, readGlossaryStore, type GlossaryStoreConfig } from './glossary-store.js'
import { ConfigReader, type ConfigSource } from './reader.js'
import { limitsVariables, readLimits, type LimitsConfig } from './limits.js'
import { readServer, serverVariables, type ServerConfig } from './server.js'
import { readService, serviceVariables, type ServiceConfig } from './service.js'
import { readJsonSetting, readWebhooksSetting, webhooksVariables, type WebhooksSetting } from './webhooks.js'

export type { AccessConfig } from './access.js'
export type { GlossaryStoreConfig } from './glossary-store.js'
export { MIN_API_KEY_LENGTH } from './access.js'
export { ConfigReader, type ConfigSource } from './reader.js'
export type { LimitsConfig } from './limits.js'
export type { ServerConfig } from './server.js'
export type { ServiceConfig } from './service.js'
export type { WebhooksSetting } from './webhooks.js'

export type Config = ServiceConfig & ServerConfig & LimitsConfig & AccessConfig & WebhooksSetting & GlossaryStoreConfig

/**
 * The variables parseConfig reads: environment variables on Node, `[vars]` in wrangler.toml or
 * secrets on Workers. HOST, PORT, WEBHOOKS_FILE and the server's timeouts (./server.ts) only concern the Node server.
 */
export const configVariables = [...serviceVariables, ...serverVariables, ...limitsVariables, ...accessVariables, ...webhooksVariables, ...glossaryStoreVariables] as const

export const defaultConfig: Readonly<Config> = Object.freeze({
  defaultGlossary: 'news',
  bodyLimit: 1_048_576,
  fallbackLanguage: undefined,
  host: '127.0.0.1',
  port: 8787,
  detector: 'eld',
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
  shutdownTimeoutMs: 10_000,
  maxChanges: 5_000,
  maxResponseBytes: 16 * 1024 * 1024,
  normalizeThreads: undefined,
  apiKeys: Object.freeze([]),
  adminApiKeys: Object.freeze([]),
  rateLimit: 120,
  rateLimitPeriod: 60,
  corsOrigins: Object.freeze([]),
  webhooks: undefined,
  webhooksFile: undefined,
  glossaryDb: 'data/copydesk.db',
  glossaryRefreshMs: 10_000,
  idempotencyDbFile: undefined,
  idempotencyClaimSeconds: 120,
})

/** Throws an Error listing every problem, one a line. */
export function parseConfig(source: ConfigSource): Config {
  const read = new ConfigReader(source)
  const config = readConfig(read)
  read.throwIfAny()
  return config
}

/** The same, recording the problems in `read` (an invalid value leaves its default), for a caller that has more to check. */
export function readConfig(read: ConfigReader): Config {
  return { ...readService(read, defaultConfig), ...readServer(read, defaultConfig), ...readLimits(read, defaultConfig), ...readAccess(read, defaultConfig), ...readWebhooksSetting(read), ...readGlossaryStore(read, defaultConfig) }
}

/**
 * A setting holding JSON (the content of WEBHOOKS_FILE). Throws an Error saying where the
 * syntax breaks, never what the text says: it may hold secrets.
 */
export function parseJsonSetting(name: string, text: string): unknown {
  const read = new ConfigReader({})
  const json = readJsonSetting(read, name, text)
  read.throwIfAny()
  return json
}
