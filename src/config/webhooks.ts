import { jsonSyntaxErrorAt } from './json-syntax.js'
import type { ConfigReader } from './reader.js'

/** Where the webhook integrations come from; validated by `parseIntegrations` (./integrations.ts). */
export interface WebhooksSetting {
  /** WEBHOOKS: the webhook integrations (`{"integrations": [...]}`), parsed from JSON; not yet validated. */
  webhooks: unknown
  /** WEBHOOKS_FILE: path of a JSON file holding the same (Node only; read by src/runtime). */
  webhooksFile: string | undefined
  /**
   * IDEMPOTENCY_DB_FILE: path of the SQLite file that keeps webhook answers for replays (Node
   * only; created on start), so they survive a restart and are shared by every process using the
   * same file. Unset: in process memory. On Workers, the D1 binding IDEMPOTENCY_DB does this.
   */
  idempotencyDbFile: string | undefined
}

export const webhooksVariables = ['WEBHOOKS', 'WEBHOOKS_FILE', 'IDEMPOTENCY_DB_FILE'] as const

/** WEBHOOKS (parsed from JSON, validated later by the runtime) or WEBHOOKS_FILE (its path), not both. */
export function readWebhooksSetting(read: ConfigReader): WebhooksSetting {
  const text = read.variable('WEBHOOKS')
  const file = read.variable('WEBHOOKS_FILE')
  if (text !== undefined && file !== undefined) {
    read.problem('WEBHOOKS and WEBHOOKS_FILE must not both be set: use one of them')
    return { webhooks: undefined, webhooksFile: undefined, idempotencyDbFile: idempotencyDbFile(read) }
  }
  if (file !== undefined && !/\.json$/i.test(file)) read.invalid('WEBHOOKS_FILE', 'the path of a .json file', file)
  return { webhooks: text === undefined ? undefined : readJsonSetting(read, 'WEBHOOKS', text), webhooksFile: file, idempotencyDbFile: idempotencyDbFile(read) }
}

function idempotencyDbFile(read: ConfigReader): string | undefined {
  return read.matching('IDEMPOTENCY_DB_FILE', /^[^\0]+\.(db|sqlite|sqlite3)$/i, 'the path of a SQLite database file ending in .db, .sqlite or .sqlite3 (created if missing)')
}

/**
 * A setting holding JSON (`WEBHOOKS`, or the content of `WEBHOOKS_FILE`). The problem says where
 * the syntax breaks, never what the text says: it may hold secrets.
 */
export function readJsonSetting(read: ConfigReader, name: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    const at = jsonSyntaxErrorAt(text)
    const where = at === undefined ? '' : ` (line ${at.line}, column ${at.column})`
    return read.problem(`${name} must be a JSON document {"integrations": [...]}; it is not valid JSON${where}`)
  }
}
