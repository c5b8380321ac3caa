import type { MarkdownIt } from 'markdown-it'
import { rulesOf } from './rules.js'

const FOOTNOTES = 'copydesk:footnotes'

/** The label of `[^label]` at `pos`, and where it ends (after `]`); undefined if there is none. */
function footnoteLabel(src: string, pos: number, max: number): { label: string; end: number } | undefined {
  if (src.charCodeAt(pos) !== 0x5b || src.charCodeAt(pos + 1) !== 0x5e) return undefined
  let i = pos + 2
  for (; i < max; i++) {
    const c = src.charCodeAt(i)
    if (c === 0x5d) break
    if (c === 0x5b || c === 0x20 || c === 0x09 || c === 0x0a) return undefined
    if (c === 0x5c && i + 1 < max && '[\\]'.includes(src[i + 1]!)) i++
    if (i - pos > 1000) return undefined
  }
  if (i >= max || i === pos + 2) return undefined
  return { label: normalizeLabel(src.slice(pos + 2, i)), end: i + 1 }
}

function normalizeLabel(label: string): string {
  return label.toLowerCase().toUpperCase()
}

function definedLabels(env: Record<string, unknown>): Set<string> {
  let set = env[FOOTNOTES] as Set<string> | undefined
  if (!set) env[FOOTNOTES] = set = new Set()
  return set
}

/**
 * GFM footnotes (https://github.github.com/gfm/, micromark-extension-gfm-footnote): a definition
 * `[^label]: …` is a container like a list item (continuation lines indented by four columns),
 * tokens `footnote_open` / `footnote_close`; a call `[^label]` is a `footnote_ref` only when
 * that label is defined somewhere in the document.
 */
export function footnotes(md: MarkdownIt): void {
  rulesOf(md).addBlock('reference', 'footnote_definition', (state, startLine, endLine, silent) => {
    if (state.sCount[startLine]! - state.blkIndent >= 4) return false
    const start = state.bMarks[startLine]! + state.tShift[startLine]!
    const max = state.eMarks[startLine]!
    const found = footnoteLabel(state.src, start, max)
    if (!found || state.src.charCodeAt(found.end) !== 0x3a) return false
    if (silent) return true
    definedLabels(state.env).add(found.label)
    const open = state.push('footnote_open', '', 1)
    open.meta = { label: found.label }
    const lines: [number, number] = [startLine, startLine + 1]
    open.map = lines

    const oldBMark = state.bMarks[startLine]!
    const oldTShift = state.tShift[startLine]!
    const oldSCount = state.sCount[startLine]!
    const oldParentType = state.parentType
    const afterColon = found.end + 1
    const initial = state.sCount[startLine]! + afterColon - start
    let offset = initial
    let pos = afterColon
    for (; pos < max; pos++) {
      const ch = state.src.charCodeAt(pos)
      if (ch === 0x09) offset += 4 - (offset % 4)
      else if (ch === 0x20) offset++
      else break
    }
    state.tShift[startLine] = pos - afterColon
    state.sCount[startLine] = offset - initial
    state.bMarks[startLine] = afterColon
    state.blkIndent += 4
    state.parentType = 'footnote' as typeof state.parentType
    if (state.sCount[startLine]! < state.blkIndent) state.sCount[startLine]! += state.blkIndent
    state.md.block.tokenize(state, startLine, endLine)
    state.parentType = oldParentType
    state.blkIndent -= 4
    state.tShift[startLine] = oldTShift
    state.sCount[startLine] = oldSCount
    state.bMarks[startLine] = oldBMark
    if (state.line <= startLine) state.line = startLine + 1
    lines[1] = state.line
    state.push('footnote_close', '', -1)
    return true
  }, ['paragraph', 'reference', 'blockquote'])

  // Not in silent mode: a link label is scanned silently, and a call seen there would read as a
  // nested link, so that `[[^1]](url)` would not be a link (it is one to micromark).
  md.inline.ruler.before('link', 'footnote_ref', (state, silent) => {
    const defined = state.env[FOOTNOTES] as Set<string> | undefined
    if (silent || !defined) return false
    const found = footnoteLabel(state.src, state.pos, state.posMax)
    if (!found || !defined.has(found.label)) return false
    state.push('footnote_ref', '', 0).meta = { label: found.label }
    state.pos = found.end
    return true
  })
}
