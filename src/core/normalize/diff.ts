import { createPatch, formatPatch, structuredPatch, type StructuredPatchHunk } from 'diff'
import { applyChanges } from './apply-changes.js'
import type { Change } from './change.js'

/** Lines of context around each change, as `createPatch` writes by default. */
const CONTEXT = 4

/**
 * A unified patch from `before` to `after`; `applyPatch(before, patch) === after`.
 *
 * With the changes that turned one into the other, only the lines around them are diffed:
 * a line diff of a whole 50 KB article costs several milliseconds (Myers' algorithm grows
 * with the number of changed lines), while the changes already say which lines differ.
 * The patch is the same text `createPatch` would write.
 */
export function unifiedDiff(before: string, after: string, changes?: readonly Change[], name = 'text'): string {
  if (changes === undefined) return createPatch(name, before, after, 'input', 'normalized')
  const starts = lineStarts(before)
  const hunks: StructuredPatchHunk[] = []
  let shift = 0
  for (const group of groupByLines(changes, starts)) {
    const first = Math.max(0, group.firstLine - CONTEXT)
    const last = Math.min(starts.length - 1, group.lastLine + CONTEXT)
    const from = starts[first]!
    const to = last + 1 < starts.length ? starts[last + 1]! : before.length
    const oldRegion = before.slice(from, to)
    const newRegion = applyChanges(oldRegion, group.changes.map((c) => ({ start: c.start - from, end: c.end - from, replacement: c.replacement })))
    for (const hunk of structuredPatch(name, name, oldRegion, newRegion, '', '', { context: CONTEXT }).hunks) {
      hunks.push({ ...hunk, oldStart: hunk.oldStart + first, newStart: hunk.newStart + first + shift })
    }
    shift += countLines(newRegion) - countLines(oldRegion)
  }
  return formatPatch({ oldFileName: name, newFileName: name, oldHeader: 'input', newHeader: 'normalized', hunks })
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

function countLines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return text.length > 0 && !text.endsWith('\n') ? n + 1 : n
}

/** Changes whose lines are close enough to share a hunk (at most 2 × CONTEXT lines apart). */
function groupByLines(changes: readonly Change[], starts: readonly number[]) {
  const groups: { firstLine: number; lastLine: number; changes: Change[] }[] = []
  for (const change of changes) {
    const firstLine = lineOf(starts, change.start)
    const lastLine = lineOf(starts, Math.max(change.start, change.end - 1))
    const group = groups[groups.length - 1]
    if (group && firstLine - group.lastLine - 1 <= 2 * CONTEXT) {
      group.lastLine = Math.max(group.lastLine, lastLine)
      group.changes.push(change)
    } else groups.push({ firstLine, lastLine, changes: [change] })
  }
  return groups
}
