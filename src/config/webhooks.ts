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
  /**
   * IDEMPOTENCY_CLAIM_SECONDS: how long a delivery being processed stays claimed in the store
   * (the same delivery meanwhile: 409 `delivery_in_progress`, retryable). A claim left by a
   * crashed instance blocks the delivery this long. Keep it above the slowest delivery
   * (translation plus the CMS's GET and PUT at `writeBack.timeoutMs`). Default 120.
   */
  idempotencyClaimSeconds: number
}

export const webhooksVariables = ['WEBHOOKS', 'WEBHOOKS_FILE', 'IDEMPOTENCY_DB_FILE', 'IDEMPOTENCY_CLAIM_SECONDS'] as const

export const DEFAULT_IDEMPOTENCY_CLAIM_SECONDS = 120

/** WEBHOOKS (parsed from JSON, validated later by the runtime) or WEBHOOKS_FILE (its path), not both. */
export function readWebhooksSetting(read: ConfigReader): WebhooksSetting {
  const text = read.variable('WEBHOOKS')
  const file = read.variable('WEBHOOKS_FILE')
  if (text !== undefined && file !== undefined) {
    read.problem('WEBHOOKS and WEBHOOKS_FILE must not both be set: use one of them')
    return { webhooks: undefined, webhooksFile: undefined, ...idempotency(read) }
  }
  if (file !== undefined && !/\.json$/i.test(file)) read.invalid('WEBHOOKS_FILE', 'the path of a .json file', file)
  return { webhooks: text === undefined ? undefined : readJsonSetting(read, 'WEBHOOKS', text), webhooksFile: file, ...idempotency(read) }
}

function idempotency(read: ConfigReader): Pick<WebhooksSetting, 'idempotencyDbFile' | 'idempotencyClaimSeconds'> {
  return {
    idempotencyDbFile: read.matching('IDEMPOTENCY_DB_FILE', /^[^\0]+\.(db|sqlite|sqlite3)$/i, 'the path of a SQLite database file ending in .db, .sqlite or .sqlite3 (created if missing)'),
    idempotencyClaimSeconds: read.integer('IDEMPOTENCY_CLAIM_SECONDS', 1, 86_400, 'an integer from 1 to 86400 (seconds a delivery being processed stays claimed)') ?? DEFAULT_IDEMPOTENCY_CLAIM_SECONDS,
  }
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
