import type { Change } from './change.js'

/**
 * Applies changes (in input order, non-overlapping) to the text they were found in, plain text
 * or the source of a document alike. Text outside the changes is copied as is. Suggestions
 * (`status: 'suggested'`) are skipped: they are reported, never written, so
 * `applyChanges(input, result.changes) === result.text`.
 */
export function applyChanges(text: string, changes: readonly (Pick<Change, 'start' | 'end' | 'replacement'> & { status?: Change['status'] })[]): string {
  let out = ''
  let at = 0
  for (const change of changes) {
    if (change.status === 'suggested') continue
    if (change.start < at || change.end < change.start || change.end > text.length) {
      throw new Error(`changes must be in order and within the text: got ${change.start}..${change.end} after ${at}`)
    }
    out += text.slice(at, change.start) + change.replacement
    at = change.end
  }
  return out + text.slice(at)
}
