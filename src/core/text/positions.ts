/** A 1-based line and column; the column counts UTF-16 code units, like the offsets. */
export interface Position {
  line: number
  column: number
}

/**
 * Line and column of UTF-16 offsets into `text`, for editors and CI annotations. Lines end at
 * "\n" (so "\r\n" too); the line starts are found once, each offset then costs a binary search.
 */
export function positionsIn(text: string): (offset: number) => Position {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    const line = lineOf(starts, offset)
    return { line: line + 1, column: offset - starts[line]! + 1 }
  }
}

/** The 0-based line of `offset`: the last of `starts` (ascending, from 0) at or before it, by binary search. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
