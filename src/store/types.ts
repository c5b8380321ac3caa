import type { GlossarySource } from '../core/api.js'

/** Who did something: the id of the API key (never the key), or `built-in` for the seed. */
export type Actor = string

export const BUILT_IN: Actor = 'built-in'

export interface VersionInfo {
  version: string
  createdAt: string
  createdBy: Actor
  /** Whether this version serves requests now. */
  active: boolean
}

export type AuditAction = 'draft' | 'activate'

export interface AuditEntry {
  at: string
  actor: Actor
  action: AuditAction
  glossary: string
  version: string
}

export interface ActiveVersion {
  glossary: string
  version: string
}

/**
 * Versioned glossaries. A version is immutable, named by the content hash of its source
 * (the same `version` normalize reports), so storing the same content twice is one version.
 * Exactly one version of a glossary is active; activation is atomic and audited.
 */
export interface GlossaryStore {
  /** Creates the tables if needed and seeds the built-in glossaries (see docs/glossary-store.md). */
  init(builtIns: readonly { source: GlossarySource; version: string }[]): Promise<void>
  /** The active version of every glossary: cheap, read on each refresh. */
  activeVersions(): Promise<ActiveVersion[]>
  /** The source of one version, or undefined. */
  source(glossary: string, version: string): Promise<GlossarySource | undefined>
  /** Stores a validated draft; answers whether it was new. */
  putDraft(glossary: string, version: string, source: GlossarySource, actor: Actor): Promise<{ created: boolean }>
  /** Makes a stored version the active one; false when there is no such version. */
  activate(glossary: string, version: string, actor: Actor): Promise<boolean>
  /** Every version of a glossary, newest first. */
  versions(glossary: string): Promise<VersionInfo[]>
  /** Who changed what and when, newest first. */
  audit(glossary: string): Promise<AuditEntry[]>
}
