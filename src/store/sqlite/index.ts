import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { SqlDriver } from '../sql-driver.js'
import { sqlGlossaryStore } from '../sql-store.js'
import type { GlossaryStore } from '../types.js'

/**
 * The store in a SQLite file on Node, with Node's own `node:sqlite` (no native addon to
 * build). WAL lets several Node processes read while one writes; each sees a new active
 * version on its next refresh.
 */
export function sqliteGlossaryStore(path: string): GlossaryStore & { close(): void } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  // The busy timeout is set as the file opens: the switch to WAL needs the database's lock, and
  // set after it (a pragma), a process starting while another held the lock failed at once.
  const db = new DatabaseSync(path, { timeout: 5000 })
  db.exec('PRAGMA journal_mode = WAL')
  const driver: SqlDriver = {
    async all<Row>({ sql, params }: { sql: string; params: (string | number | null)[] }) {
      return db.prepare(sql).all(...params) as Row[]
    },
    async batch(statements) {
      db.exec('BEGIN IMMEDIATE')
      try {
        for (const { sql, params } of statements) db.prepare(sql).run(...params)
        db.exec('COMMIT')
      } catch (error) {
        db.exec('ROLLBACK')
        throw error
      }
    },
  }
  return { ...sqlGlossaryStore(driver), close: () => db.close() }
}
