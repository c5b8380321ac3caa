import type { FieldUpdate } from '../normalize-fields.js'

/**
 * Whether the entry already holds every value we would write: then a version that moved on is
 * our own earlier write (its answer was lost, the process crashed, the CMS retried), not an
 * editor's, and the delivery is answered `written` instead of a 409 the CMS would show as a
 * failure. `current(update)` reads the update's field (and locale) from the entry as the CMS
 * returns it now.
 */
export function alreadyWritten(updates: readonly FieldUpdate[], current: (update: FieldUpdate) => unknown): boolean {
  return updates.length > 0 && updates.every((update) => sameJson(current(update), update.value))
}

/** Structural equality of JSON values (object keys in any order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]))
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = Object.keys(x)
  return keys.length === Object.keys(y).length && keys.every((key) => Object.hasOwn(y, key) && sameJson(x[key], y[key]))
}
