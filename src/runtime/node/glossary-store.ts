import type { Config } from '../../config/index.js'
import type { Copydesk } from '../../core/api.js'
import type { LiveGlossaries } from '../../store/live.js'
import { serveFromStore } from '../glossary-store.js'
import { withNodeSqlite } from './node-sqlite.js'

/**
 * GLOSSARY_DB on Node: a SQLite file (default data/copydesk.db, created on first start), or
 * undefined with GLOSSARY_DB=none (or a clear error on a Node without node:sqlite). Read once here, so a broken store stops the start, not the
 * first request.
 */
export async function openNodeGlossaryStore(config: Config, builtIn: Copydesk): Promise<LiveGlossaries | undefined> {
  if (config.glossaryDb === undefined) return undefined
  const { sqliteGlossaryStore } = await withNodeSqlite('GLOSSARY_DB', 'set GLOSSARY_DB=none (read-only glossaries)', () => import('../../store/sqlite/index.js'))
  const live = serveFromStore(config, builtIn, sqliteGlossaryStore(config.glossaryDb))
  await live.refresh(true)
  return live
}
