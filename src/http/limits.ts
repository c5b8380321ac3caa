import type { NormalizeResult } from '../core/api.js'

/**
 * At most `maxChanges` changes in an answer: the first ones, in input order, and a
 * `changes-truncated` warning with the full count. The text and the diff are left whole (they
 * carry every change): only the list, which is what makes an answer of a name-dense megabyte
 * weigh hundreds of megabytes, is cut. Runs where the result is made (a worker thread on Node),
 * so the full list never crosses to the main thread.
 */
export function capChanges(result: NormalizeResult, maxChanges: number): NormalizeResult {
  const total = result.changes.length
  if (total <= maxChanges) return result
  return { ...result, changes: result.changes.slice(0, maxChanges), warnings: [...result.warnings, { code: 'changes-truncated', total, listed: maxChanges }] }
}

/** The full count of changes of a possibly capped result. */
export function totalChanges(result: NormalizeResult): number {
  const truncated = result.warnings.find((warning) => warning.code === 'changes-truncated')
  return truncated?.code === 'changes-truncated' ? truncated.total : result.changes.length
}
