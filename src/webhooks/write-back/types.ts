import type { FieldUpdate } from '../normalize-fields.js'
import type { DeliveryResult, WriteBackOutcome } from '../types.js'

/** What a CMS client gets: the integration's `writeBack` settings, the entry as delivered, the changed values. */
export interface WriteBackInput<C, E> {
  config: C
  entry: E
  /** Never empty: with nothing to write, no client is called at all. */
  updates: readonly FieldUpdate[]
  fetch: typeof fetch
}

/** The new version on success; otherwise the error answer (a conflict, the CMS down…). */
export type WriteBackResult = { ok: true; outcome: Extract<WriteBackOutcome, { outcome: 'written' }> } | { ok: false; result: DeliveryResult }
