/**
 * The table of the SQL idempotency stores (SQLite on Node, D1 on Workers, which is SQLite too):
 * one row per key, the stored answer as JSON, and when it expires (milliseconds since the
 * epoch). Expired rows are ignored on read and deleted on write.
 */
export const IDEMPOTENCY_TABLE = 'copydesk_idempotency'

export const CREATE_IDEMPOTENCY_TABLE = [
  `CREATE TABLE IF NOT EXISTS ${IDEMPOTENCY_TABLE} (key TEXT PRIMARY KEY, answer TEXT NOT NULL, expires INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS ${IDEMPOTENCY_TABLE}_expires ON ${IDEMPOTENCY_TABLE} (expires)`,
]

export const SELECT_ANSWER = `SELECT answer FROM ${IDEMPOTENCY_TABLE} WHERE key = ? AND expires > ?`
export const UPSERT_ANSWER = `INSERT INTO ${IDEMPOTENCY_TABLE} (key, answer, expires) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET answer = excluded.answer, expires = excluded.expires`
export const DELETE_EXPIRED = `DELETE FROM ${IDEMPOTENCY_TABLE} WHERE expires <= ?`
