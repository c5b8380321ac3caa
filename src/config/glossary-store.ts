import type { ConfigReader } from './reader.js'

/** Where glossary versions live (docs/glossary-store.md). */
export interface GlossaryStoreConfig {
  /**
   * GLOSSARY_DB (Node): the SQLite file of the glossary store, created on first start; `none`
   * runs read-only from the built-in glossaries. Default `data/copydesk.db`. On Workers the
   * store is the D1 binding named GLOSSARY_DB, when there is one.
   */
  glossaryDb: string | undefined
  /** GLOSSARY_REFRESH_MS: how long a process or isolate may serve the active versions it last read. Default 10000. */
  glossaryRefreshMs: number
}

export const glossaryStoreVariables = ['GLOSSARY_DB', 'GLOSSARY_REFRESH_MS'] as const

export function readGlossaryStore(read: ConfigReader, defaults: GlossaryStoreConfig): GlossaryStoreConfig {
  // A path of the characters paths are usually made of: a stray quote or space is a mistake.
  const db = read.matching('GLOSSARY_DB', /^[\w./\\:~-]+$/, 'a file path (letters, digits, ".", "_", "-", "/", "\\", ":", "~") or "none" for no store')
  return {
    glossaryDb: db === 'none' ? undefined : (db ?? defaults.glossaryDb),
    glossaryRefreshMs: read.integer('GLOSSARY_REFRESH_MS', 0, 3_600_000, 'an integer from 0 to 3600000 (milliseconds)') ?? defaults.glossaryRefreshMs,
  }
}
