import type { StateBlock } from 'markdown-it'
import { type ContentMap, clip, verified } from './content-map.js'

/**
 * `state.getLines(begin, end, indent, keepLastLF)` (markdown-it 15, rules_block/state_block),
 * as pieces. It has to run while the block rule's container state (bMarks, tShift, bsCount)
 * is still in place: block rule wrappers call it right after the rule.
 */
export function linesMap(state: StateBlock, begin: number, end: number, indent: number, keepLastLF: boolean): ContentMap {
  const { src, bMarks, eMarks, tShift, bsCount } = state
  const pieces: ContentMap = []
  let at = 0
  for (let line = begin; line < end; line++) {
    let lineIndent = 0
    const lineStart = bMarks[line]!
    let first = lineStart
    const last = Math.min(line + 1 < end || keepLastLF ? eMarks[line]! + 1 : eMarks[line]!, src.length)
    while (first < last && lineIndent < indent) {
      const ch = src.charCodeAt(first)
      if (ch === 0x09) lineIndent += 4 - ((lineIndent + bsCount[line]!) % 4)
      else if (ch === 0x20 || first - lineStart < tShift[line]!) lineIndent++
      else break
      first++
    }
    if (lineIndent > indent) {
      pieces.push({ at, src: first - 1, len: lineIndent - indent, kind: 'tab' })
      at += lineIndent - indent
    }
    if (last > first) {
      pieces.push({ at, src: first, len: last - first, kind: 'copy' })
      at += last - first
    }
  }
  return pieces
}

/** Pieces of `linesMap` after `asciiTrim` (paragraphs, setext headings); undefined if they do not match `content`. */
export function trimmedLinesMap(state: StateBlock, begin: number, end: number, content: string): ContentMap | undefined {
  const pieces = linesMap(state, begin, end, state.blkIndent, false)
  let lead = 0
  outer: for (const p of pieces) {
    if (p.kind === 'copy') {
      for (let i = 0; i < p.len; i++) {
        if (!isAsciiTrimmable(state.src.charCodeAt(p.src + i))) break outer
        lead++
      }
    } else lead += p.len
  }
  return verified(state.src, clip(pieces, lead, content.length), content)
}

/** An ATX heading's content: one run of its line, after the `#`s and the spaces that follow. */
export function headingMap(state: StateBlock, line: number, content: string): ContentMap | undefined {
  const { src } = state
  let pos = state.bMarks[line]! + state.tShift[line]!
  while (src.charCodeAt(pos) === 0x23) pos++
  while (isAsciiTrimmable(src.charCodeAt(pos)) && pos < state.eMarks[line]!) pos++
  if (content === '' || src.slice(pos, pos + content.length) !== content) return content === '' ? [] : undefined
  return [{ at: 0, src: pos, len: content.length, kind: 'copy' }]
}

export interface Cell {
  content: string
  map: ContentMap
}

/**
 * The cells of a table row as markdown-it 15 cuts them (rules_block/table: `getLine().trim()`,
 * `escapedSplit`, an empty first and last cell dropped, each cell trimmed).
 */
export function rowCells(src: string, lineStart: number, lineEnd: number): Cell[] {
  const line = src.slice(lineStart, lineEnd)
  const trimmed = line.trim()
  const start = lineStart + line.length - line.trimStart().length
  const end = start + trimmed.length
  const cells: Cell[] = []
  let pieces: ContentMap = []
  let text = ''
  const copy = (from: number, to: number): void => {
    if (to <= from) return
    pieces.push({ at: text.length, src: from, len: to - from, kind: 'copy' })
    text += src.slice(from, to)
  }
  let lastPos = start
  let escaped = false
  for (let pos = start; pos < end; pos++) {
    const ch = src.charCodeAt(pos)
    if (ch === 0x7c) {
      if (!escaped) {
        copy(lastPos, pos)
        cells.push({ content: text, map: pieces })
        pieces = []
        text = ''
      } else {
        copy(lastPos, pos - 1)
        pieces.push({ at: text.length, src: pos - 1, len: 1, kind: 'pipe' })
        text += '|'
      }
      lastPos = pos + 1
    }
    escaped = ch === 0x5c
  }
  copy(lastPos, end)
  cells.push({ content: text, map: pieces })
  if (cells.length && cells[0]!.content === '') cells.shift()
  if (cells.length && cells[cells.length - 1]!.content === '') cells.pop()
  return cells.map(({ content, map }) => {
    const trimmedCell = content.trim()
    const lead = content.length - content.trimStart().length
    return { content: trimmedCell, map: clip(map, lead, trimmedCell.length) }
  })
}

/** markdown-it's `asciiTrim` set: space, tab, LF, CR. */
function isAsciiTrimmable(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}
