import type { SqlDriver, SqlValue } from '../sql-driver.js'
import { sqlGlossaryStore } from '../sql-store.js'
import type { GlossaryStore } from '../types.js'

/** The part of Cloudflare's D1 binding the store calls (https://developers.cloudflare.com/d1/worker-api/). */
export interface D1Like {
  prepare(sql: string): { bind(...values: SqlValue[]): D1StatementLike }
  batch(statements: D1StatementLike[]): Promise<unknown>
}
interface D1StatementLike {
  all<Row>(): Promise<{ results: Row[] }>
}

/** The store in D1 on Workers: `db.batch` runs its statements as one transaction. */
export function d1GlossaryStore(db: D1Like): GlossaryStore {
  const driver: SqlDriver = {
    async all<Row>({ sql, params }: { sql: string; params: SqlValue[] }) {
      return (await db.prepare(sql).bind(...params).all<Row>()).results
    },
    async batch(statements) {
      await db.batch(statements.map(({ sql, params }) => db.prepare(sql).bind(...params)))
    },
  }
  return sqlGlossaryStore(driver)
}
