import { createPatch, formatPatch } from 'diff'
import type { Change } from './change.js'
import { lineOf } from '../text/positions.js'

/** What the hunks need of a change: its place in `before`, what replaces it, whether it was applied. */
type Edit = Pick<Change, 'start' | 'end' | 'replacement' | 'status'>

/** Lines of context around each change, as `createPatch` writes by default. */
const CONTEXT = 4

/**
 * A unified patch from `before` to `after`; `applyPatch(before, patch) === after`.
 *
 * With the changes that turned one into the other (`after` is `applyChanges(before, changes)`),
 * the hunks are written from them: a line diff of a whole 50 KB article costs several
 * milliseconds, while the changes already say which lines differ, and where their lines stand
 * in `after`, read there as they are (applying each run of changes again to a copy of its
 * lines was a third of the diff of dense copy). The patch is the text `createPatch` writes
 * (`diff` formats it). An `after` of another length than the changes make is diffed line by
 * line, as without changes.
 */
export function unifiedDiff(before: string, after: string, changes?: readonly Edit[], name = 'text'): string {
  if (changes === undefined) return createPatch(name, before, after, 'input', 'normalized')
  const starts = lineStarts(before)
  const groups = groupByLines(changes, starts)
  if (before.length + groups.delta !== after.length) return createPatch(name, before, after, 'input', 'normalized')
  // The file header as `diff` formats it (a name with units beyond ASCII is quoted there);
  // the hunks are written here, in the same text: formatPatch copied every line of them into
  // an array of its own before joining it (4 % of the diff of 1 MB of name-dense copy).
  const header = formatPatch({ oldFileName: name, newFileName: name, oldHeader: 'input', newHeader: 'normalized', hunks: [] })
  if (groups.groups.length === 0) return header
  const lines: string[] = []
  let shift = 0
  for (const group of groups.groups) shift += writeHunk(lines, before, after, starts, group, shift)
  // formatPatch ends every line, the last too, with a newline.
  lines.push('')
  return header + lines.join('\n')
}

const NO_NEWLINE = '\\ No newline at end of file'

/**
 * One hunk, its header and lines appended to `lines`: the changed lines as removed and added,
 * the lines between and around them as context. The changes say which lines differ, so no
 * line diff (Myers' algorithm grows with the number of changed lines, which dense copy has
 * many of) is needed. Returns the lines it adds (negative: removes).
 */
function writeHunk(lines: string[], before: string, after: string, starts: readonly number[], group: LineGroup, shift: number): number {
  const first = Math.max(0, group.firstLine - CONTEXT)
  const last = Math.min(starts.length - 1, group.lastLine + CONTEXT)
  // The header's counts are known once the lines are written.
  const headerAt = lines.length
  lines.push('')
  let oldLines = 0
  let newLines = 0
  let line = first
  for (const run of group.runs) {
    for (; line < run.firstLine; line++, oldLines++, newLines++) pushLine(lines, ' ', before, starts[line]!, lineEnd(before, starts, line))
    const from = starts[run.firstLine]!
    const to = lineEnd(before, starts, run.lastLine)
    for (let l = run.firstLine; l <= run.lastLine; l++, oldLines++) pushLine(lines, '-', before, starts[l]!, lineEnd(before, starts, l))
    // The same lines in `after`, their changes applied.
    const until = to + run.shift + run.delta
    for (let at = from + run.shift; at < until; newLines++) {
      const newline = after.indexOf('\n', at)
      const end = newline === -1 || newline >= until ? until : newline + 1
      pushLine(lines, '+', after, at, end)
      at = end
    }
    line = run.lastLine + 1
  }
  for (; line <= last; line++, oldLines++, newLines++) pushLine(lines, ' ', before, starts[line]!, lineEnd(before, starts, line))
  // As formatPatch writes it: a side with no lines starts one line lower.
  const oldStart = first + 1
  const newStart = first + 1 + shift
  lines[headerAt] = `@@ -${oldLines === 0 ? oldStart - 1 : oldStart},${oldLines} +${newLines === 0 ? newStart - 1 : newStart},${newLines} @@`
  return newLines - oldLines
}

/** Where line `line` ends, its newline included. */
function lineEnd(text: string, starts: readonly number[], line: number): number {
  return line + 1 < starts.length ? starts[line + 1]! : text.length
}

/** The patch line for [from, to) of `text`, sliced once without its newline, and the marker when it has none. */
function pushLine(lines: string[], prefix: string, text: string, from: number, to: number): void {
  const newline = to > from && text.charCodeAt(to - 1) === 0x0a
  lines.push(prefix + text.slice(from, newline ? to - 1 : to))
  if (!newline) lines.push(NO_NEWLINE)
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

interface LineRun {
  firstLine: number
  lastLine: number
  /** Units the applied changes before the run add (negative: remove), and those of the run. */
  shift: number
  delta: number
}

interface LineGroup {
  firstLine: number
  lastLine: number
  /** Runs of changed lines, in order; changes on one line or on touching lines share a run. */
  runs: LineRun[]
}

/**
 * The applied changes (suggestions are not in `after`) whose lines are close enough to share a
 * hunk (at most 2 × CONTEXT lines apart), and the units they add in all. Changes come in text
 * order, so their lines are found walking forwards, not searched for each.
 */
function groupByLines(changes: readonly Edit[], starts: readonly number[]): { groups: LineGroup[]; delta: number } {
  const groups: LineGroup[] = []
  let delta = 0
  let line = 0
  for (const change of changes) {
    if (change.status === 'suggested') continue
    const lastUnit = Math.max(change.start, change.end - 1)
    // Out of order (not from the matcher): searched.
    if (line > 0 && starts[line]! > change.start) line = lineOf(starts, change.start)
    while (line + 1 < starts.length && starts[line + 1]! <= change.start) line++
    const firstLine = line
    while (line + 1 < starts.length && starts[line + 1]! <= lastUnit) line++
    const lastLine = line
    const added = change.replacement.length - (change.end - change.start)
    const group = groups[groups.length - 1]
    if (group && firstLine - group.lastLine - 1 <= 2 * CONTEXT) {
      const run = group.runs[group.runs.length - 1]!
      if (firstLine <= run.lastLine + 1) {
        run.lastLine = Math.max(run.lastLine, lastLine)
        run.delta += added
      } else group.runs.push({ firstLine, lastLine, shift: delta, delta: added })
      group.lastLine = Math.max(group.lastLine, lastLine)
    } else groups.push({ firstLine, lastLine, runs: [{ firstLine, lastLine, shift: delta, delta: added }] })
    delta += added
  }
  return { groups, delta }
}
