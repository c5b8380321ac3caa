/** The first index of ascending `sorted` whose value is at least `value` (its length if none). */
export function lowerBound(sorted: readonly number[], value: number): number {
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
