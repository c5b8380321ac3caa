/** A half-open range [start, end) of offsets into a string. */
export type Span = [number, number]

/**
 * Whether [a, b) overlaps one of `spans`, which are sorted by start: the search stops at the
 * first span that starts at or after `b`.
 */
export function overlapsAny(spans: readonly Span[], a: number, b: number): boolean {
  for (const [x, y] of spans) {
    if (x >= b) return false
    if (y > a) return true
  }
  return false
}
