import type { Config } from './config.js'
import { invalid, read, type ConfigSource } from './config-read.js'
import { jsonSyntaxErrorAt } from './json-syntax.js'

/** WEBHOOKS (parsed from JSON, validated later by the runtime) or WEBHOOKS_FILE (its path), not both. */
export function parseWebhooksSetting(source: ConfigSource): Pick<Config, 'webhooks' | 'webhooksFile'> {
  const text = read(source, 'WEBHOOKS')
  const file = read(source, 'WEBHOOKS_FILE')
  if (text !== undefined && file !== undefined) throw new Error('WEBHOOKS and WEBHOOKS_FILE must not both be set: use one of them')
  if (file !== undefined && !/\.json$/i.test(file)) throw invalid('WEBHOOKS_FILE', 'the path of a .json file', file)
  return { webhooks: text === undefined ? undefined : parseJsonSetting('WEBHOOKS', text), webhooksFile: file }
}

/**
 * A setting holding JSON (`WEBHOOKS`, or the content of `WEBHOOKS_FILE`). The error says where
 * the syntax breaks, never what the text says: it may hold secrets.
 */
export function parseJsonSetting(name: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    const at = jsonSyntaxErrorAt(text)
    const where = at === undefined ? '' : ` (line ${at.line}, column ${at.column})`
    throw new Error(`${name} must be a JSON document {"integrations": [...]}; it is not valid JSON${where}`)
  }
}
