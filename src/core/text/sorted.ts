/** The first index of ascending `sorted` whose value is at least `value` (its length if none). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Whether some value of ascending `sorted` lies in [from, to). */
export function someIn(sorted: readonly number[], from: number, to: number): boolean {
  const k = lowerBound(sorted, from)
  return k < sorted.length && sorted[k]! < to
}

/**
 * Whether a span [start, end) overlaps one of `spans` (any order, overlapping or not), in
 * O(log n) a question after an O(n log n) sort: a document can hold tens of thousands of spans
 * and as many questions.
 */
export function spanOverlaps(spans: readonly (readonly [number, number])[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0])
  const starts = sorted.map((span) => span[0])
  // The furthest end among the spans up to each index.
  const reach: number[] = []
  let furthest = -Infinity
  for (const [, b] of sorted) reach.push((furthest = Math.max(furthest, b)))
  return (start, end) => {
    // Spans starting before `end` overlap exactly when one of them ends after `start`.
    const k = lowerBound(starts, end)
    return k > 0 && reach[k - 1]! > start
  }
}
