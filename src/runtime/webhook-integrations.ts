import { parseJsonSetting, type Config, type ConfigSource } from '../config/index.js'
import type { Copydesk } from '../core/api.js'
import { IntegrationConfigError, parseIntegrations, type Integration } from '../webhooks/index.js'

/** Reads the file named by WEBHOOKS_FILE; only the Node runtime has one (Workers have no file system). */
export type ReadTextFile = (path: string) => string

/**
 * The webhook integrations of the configuration (WEBHOOKS, or the file WEBHOOKS_FILE names),
 * validated once at start: the exact mistakes, one a line, stop the service. Secrets given as
 * `{"env": "NAME"}` are read from `env` (process.env on Node, the Worker's bindings, secrets
 * included). Every glossary an integration names must be loaded.
 */
export function loadIntegrations(config: Config, env: ConfigSource, copydesk: Copydesk, readFile?: ReadTextFile): Integration[] {
  let source = 'WEBHOOKS'
  let json = config.webhooks
  if (config.webhooksFile !== undefined) {
    source = `WEBHOOKS_FILE (${config.webhooksFile})`
    if (!readFile) throw new Error('WEBHOOKS_FILE cannot be read here (Workers have no file system): put the JSON in WEBHOOKS, a variable or a secret')
    json = parseJsonSetting(source, readText(readFile, config.webhooksFile))
  }
  if (json === undefined) return []

  let integrations: Integration[]
  try {
    integrations = parseIntegrations(json, env)
  } catch (error) {
    if (error instanceof IntegrationConfigError) throw new Error(`${source} is invalid:\n${error.errors.join('\n')}`)
    throw error
  }
  const loaded = copydesk.glossaries().map((glossary) => glossary.id)
  const missing = integrations.flatMap((integration, index) =>
    integration.glossary === undefined || loaded.includes(integration.glossary)
      ? []
      : [`integrations[${index}] "${integration.name}": "glossary" names ${JSON.stringify(integration.glossary)}, which is not loaded (loaded: ${loaded.join(', ')})`],
  )
  if (missing.length > 0) throw new Error(`${source} is invalid:\n${missing.join('\n')}`)
  return integrations
}

function readText(readFile: ReadTextFile, path: string): string {
  try {
    return readFile(path)
  } catch (error) {
    const reason = (error as { code?: unknown } | null)?.code
    throw new Error(`WEBHOOKS_FILE ${JSON.stringify(path)} could not be read (${typeof reason === 'string' ? reason : 'unreadable'})`)
  }
}
