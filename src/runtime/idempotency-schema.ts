/**
 * The table of the SQL idempotency stores (SQLite on Node, D1 on Workers, which is SQLite too):
 * one row per key, the stored answer as JSON, and when it expires (milliseconds since the
 * epoch). Expired rows are ignored on read and deleted on write.
 */
export const IDEMPOTENCY_TABLE = 'copydesk_idempotency'

/**
 * Deliveries being processed: one row per claimed key, who holds it (a random id per delivery),
 * the body's fingerprint and when the claim lapses. A table of its own, so that an older
 * version of the service reading the answers table never sees a claim.
 */
export const CLAIMS_TABLE = 'copydesk_idempotency_claims'

export const CREATE_IDEMPOTENCY_TABLE = [
  `CREATE TABLE IF NOT EXISTS ${IDEMPOTENCY_TABLE} (key TEXT PRIMARY KEY, answer TEXT NOT NULL, expires INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS ${IDEMPOTENCY_TABLE}_expires ON ${IDEMPOTENCY_TABLE} (expires)`,
  `CREATE TABLE IF NOT EXISTS ${CLAIMS_TABLE} (key TEXT PRIMARY KEY, owner TEXT NOT NULL, fingerprint TEXT NOT NULL, expires INTEGER NOT NULL)`,
]

export const SELECT_ANSWER = `SELECT answer FROM ${IDEMPOTENCY_TABLE} WHERE key = ? AND expires > ?`
export const UPSERT_ANSWER = `INSERT INTO ${IDEMPOTENCY_TABLE} (key, answer, expires) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET answer = excluded.answer, expires = excluded.expires`
export const DELETE_EXPIRED = `DELETE FROM ${IDEMPOTENCY_TABLE} WHERE expires <= ?`

/**
 * Claims a key in one statement, so two instances cannot both get it: a new row, or a row whose
 * claim has lapsed (`expires <= now`), becomes ours; a live row is left as it is. SQLite
 * evaluates every SET expression against the row as it was, and RETURNING gives the row as it
 * is now: the claim is ours when its owner is. Binds: key, owner, fingerprint, expires, then now three times.
 */
export const CLAIM_KEY = `INSERT INTO ${CLAIMS_TABLE} (key, owner, fingerprint, expires) VALUES (?, ?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET
    owner = CASE WHEN ${CLAIMS_TABLE}.expires <= ? THEN excluded.owner ELSE ${CLAIMS_TABLE}.owner END,
    fingerprint = CASE WHEN ${CLAIMS_TABLE}.expires <= ? THEN excluded.fingerprint ELSE ${CLAIMS_TABLE}.fingerprint END,
    expires = CASE WHEN ${CLAIMS_TABLE}.expires <= ? THEN excluded.expires ELSE ${CLAIMS_TABLE}.expires END
  RETURNING owner, fingerprint`

export const RELEASE_KEY = `DELETE FROM ${CLAIMS_TABLE} WHERE key = ? AND owner = ?`
export const DELETE_EXPIRED_CLAIMS = `DELETE FROM ${CLAIMS_TABLE} WHERE expires <= ?`
