import type { GlossarySource } from '../core/api.js'
import { sql, type SqlDriver, type Statement } from './sql-driver.js'
import { BUILT_IN, type ActiveVersion, type Actor, type AuditEntry, type GlossaryStore, type VersionInfo } from './types.js'

const SCHEMA: Statement[] = [
  sql`CREATE TABLE IF NOT EXISTS glossary_versions (
    glossary TEXT NOT NULL, version TEXT NOT NULL, source TEXT NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL, PRIMARY KEY (glossary, version))`,
  // A version is immutable: the database refuses to change one, whatever the code does.
  sql`CREATE TRIGGER IF NOT EXISTS glossary_versions_immutable BEFORE UPDATE ON glossary_versions
    BEGIN SELECT RAISE(ABORT, 'glossary versions are immutable'); END`,
  sql`CREATE TABLE IF NOT EXISTS glossary_active (
    glossary TEXT PRIMARY KEY, version TEXT NOT NULL, activated_at TEXT NOT NULL, activated_by TEXT NOT NULL)`,
  sql`CREATE TABLE IF NOT EXISTS glossary_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    glossary TEXT NOT NULL, version TEXT NOT NULL)`,
]

const now = (): string => new Date().toISOString()

const audit = (at: string, actor: Actor, action: AuditEntry['action'], glossary: string, version: string): Statement =>
  sql`INSERT INTO glossary_audit (at, actor, action, glossary, version) VALUES (${at}, ${actor}, ${action}, ${glossary}, ${version})`

/** The seed's audit row, written once even when two instances seed at the same time. */
const seedAudit = (at: string, action: AuditEntry['action'], glossary: string, version: string): Statement =>
  sql`INSERT INTO glossary_audit (at, actor, action, glossary, version) SELECT ${at}, ${BUILT_IN}, ${action}, ${glossary}, ${version}
    WHERE NOT EXISTS (SELECT 1 FROM glossary_audit WHERE actor = ${BUILT_IN} AND action = ${action} AND glossary = ${glossary} AND version = ${version})`

const activation = (at: string, actor: Actor, glossary: string, version: string): Statement =>
  sql`INSERT INTO glossary_active (glossary, version, activated_at, activated_by) VALUES (${glossary}, ${version}, ${at}, ${actor})
    ON CONFLICT (glossary) DO UPDATE SET version = excluded.version, activated_at = excluded.activated_at, activated_by = excluded.activated_by`

/** The glossary store over any SQLite driver (node:sqlite on Node, D1 on Workers). */
export function sqlGlossaryStore(db: SqlDriver): GlossaryStore {
  async function hasVersion(glossary: string, version: string): Promise<boolean> {
    const rows = await db.all(sql`SELECT 1 FROM glossary_versions WHERE glossary = ${glossary} AND version = ${version}`)
    return rows.length > 0
  }

  return {
    async init(builtIns) {
      await db.batch(SCHEMA)
      const active = new Map((await db.all<{ glossary: string; version: string; activated_by: string }>(
        sql`SELECT glossary, version, activated_by FROM glossary_active`,
      )).map((row) => [row.glossary, row]))
      for (const { source, version } of builtIns) {
        const at = now()
        const current = active.get(source.id)
        const statements: Statement[] = []
        if (!(await hasVersion(source.id, version))) {
          statements.push(
            sql`INSERT OR IGNORE INTO glossary_versions (glossary, version, source, created_at, created_by) VALUES (${source.id}, ${version}, ${JSON.stringify(source)}, ${at}, ${BUILT_IN})`,
            seedAudit(at, 'draft', source.id, version),
          )
        }
        // A new deploy's built-in glossary goes live only while no editor has activated a version.
        if (current === undefined || (current.activated_by === BUILT_IN && current.version !== version)) {
          statements.push(activation(at, BUILT_IN, source.id, version), seedAudit(at, 'activate', source.id, version))
        }
        if (statements.length > 0) await db.batch(statements)
      }
    },

    activeVersions: () => db.all<ActiveVersion>(sql`SELECT glossary, version FROM glossary_active ORDER BY glossary`),

    async source(glossary, version) {
      const [row] = await db.all<{ source: string }>(sql`SELECT source FROM glossary_versions WHERE glossary = ${glossary} AND version = ${version}`)
      return row === undefined ? undefined : (JSON.parse(row.source) as GlossarySource)
    },

    async putDraft(glossary, version, source, actor) {
      const created = !(await hasVersion(glossary, version))
      const at = now()
      await db.batch([
        sql`INSERT OR IGNORE INTO glossary_versions (glossary, version, source, created_at, created_by) VALUES (${glossary}, ${version}, ${JSON.stringify(source)}, ${at}, ${actor})`,
        audit(at, actor, 'draft', glossary, version),
      ])
      return { created }
    },

    async activate(glossary, version, actor) {
      if (!(await hasVersion(glossary, version))) return false
      const at = now()
      await db.batch([activation(at, actor, glossary, version), audit(at, actor, 'activate', glossary, version)])
      return true
    },

    async versions(glossary) {
      const rows = await db.all<{ version: string; created_at: string; created_by: string; active: number }>(
        sql`SELECT v.version, v.created_at, v.created_by, (a.version IS NOT NULL) AS active FROM glossary_versions v
          LEFT JOIN glossary_active a ON a.glossary = v.glossary AND a.version = v.version
          WHERE v.glossary = ${glossary} ORDER BY v.created_at DESC, v.rowid DESC`,
      )
      return rows.map((r): VersionInfo => ({ version: r.version, createdAt: r.created_at, createdBy: r.created_by, active: r.active === 1 }))
    },

    async audit(glossary) {
      return db.all<AuditEntry>(
        sql`SELECT at, actor, action, glossary, version FROM glossary_audit WHERE glossary = ${glossary} ORDER BY id DESC`,
      )
    },
  }
}
