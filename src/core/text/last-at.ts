/**
 * Index of the last item whose `at` is at most `p`, in items sorted by `at` (0 when `p` is
 * before them all): the segment, piece or run that holds offset `p`. Binary search.
 */
export function lastAtOrBefore(items: readonly { at: number }[], p: number): number {
  let lo = 0
  let hi = items.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (items[mid]!.at <= p) lo = mid
    else hi = mid - 1
  }
  return lo
}
