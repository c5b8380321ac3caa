import type { WriteBackBase } from '../config.js'
import type { FieldUpdate } from '../normalize-fields.js'
import type { EntryRef } from '../payload/types.js'
import type { DeliveryResult, WriteBackOutcome } from '../types.js'

export interface WriteBackInput<C extends WriteBackBase, E extends EntryRef> {
  /** The integration's `writeBack` settings. */
  config: C
  entry: E
  /** Never empty: with nothing to write, no client is called at all. */
  updates: readonly FieldUpdate[]
  fetch: typeof fetch
}

/** The new version on success; otherwise the error answer (a conflict, the CMS down…). */
export type WriteBackResult = { ok: true; outcome: Extract<WriteBackOutcome, { outcome: 'written' }> } | { ok: false; result: DeliveryResult }
