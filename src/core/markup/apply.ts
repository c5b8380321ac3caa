/** Something to write over source [start, end). */
export interface Edit {
  start: number
  end: number
  replacement: string
}

/**
 * Applies edits sorted by start and non-overlapping; every character outside them is copied
 * from the source as it is.
 */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let out = ''
  let last = 0
  for (const e of edits) {
    out += source.slice(last, e.start) + e.replacement
    last = e.end
  }
  return out + source.slice(last)
}
