import type { Token } from 'markdown-it'
import type { NotReadReason } from '../types.js'
import type { DocumentOffsets } from './source.js'
import { lowerBound } from '../../text/sorted.js'

/** Source text the extraction never read, and why (the caller warns `not-read`). */
export interface UnreadSpan {
  start: number
  end: number
  reason: NotReadReason
}

/** Tokens that read only their own markers (`>`, `-`, `1.`, `[^1]:`): their lines' text is their children's. */
export const CONTAINERS = new Set(['blockquote_open', 'bullet_list_open', 'ordered_list_open', 'list_item_open', 'footnote_open'])

/**
 * Container markers at the start of a line, and spaces: a line of nothing else holds no text
 * (`>`, `- >`, `1.` with nothing after it, an empty footnote `[^1]:`).
 */
const MARKERS = /(?:[ \t>]|[-+*](?=[ \t\n]|$)|\d{1,9}[.)](?=[ \t\n]|$)|\[\^[^\]\s]+\]:)*/y

/**
 * The text of `src` (what the parser read, `doc` maps its offsets back) that no block of the
 * token stream covers, in document offsets: a safety net, so that text the parser skipped is
 * reported rather than silently left as it is. markdown-it stops reading a container nested
 * deeper than `maxNesting` (a guard on its recursion; `'>'.repeat(120)` has no tokens beyond
 * level 100) and leaves the rest of it out of the token stream; `unplaced` adds the lines of
 * `inline` tokens the walker could not place (their text is not prose).
 *
 * A block covers the lines of its map, a container only its markers. Runs of lines that none
 * covers, with no text but markers between them, make one span: from the first text after the
 * markers to the end of the last line with text.
 */
export function unreadSpans(src: string, tokens: readonly Token[], maxNesting: number, unplaced: readonly Token[], doc: DocumentOffsets, placeholders: readonly number[] = []): UnreadSpan[] {
  const lines = new LineIndex(src, doc, placeholders)
  const out: UnreadSpan[] = []
  readLines(tokens, (from, to, level) => lines.unread(from, to ?? lines.count, level + 1 >= maxNesting ? 'nesting-limit' : 'unplaced', out))
  for (const t of unplaced) {
    if (t.map && /\S/.test(t.content)) lines.unread(t.map[0], t.map[1], 'unplaced', out)
  }
  return out
}

/**
 * The lines markdown-it's block tokens read, in token order: a block reads the lines of its
 * map, a container (CONTAINERS) none of its own. A container's first line holds its marker,
 * and what follows the marker there is its children's: a line that no child reads is not read
 * (`'>'.repeat(120) + ' Kiev'` has a `blockquote_open` at level 99 on that line, and no child).
 * `gap(from, to, level)` is called for each run of lines [from, to) that no block read, before
 * the next token that has a map, and last for the lines after the last one read (`to`
 * undefined); `level` is the depth of the token before the run. Returns the first line after
 * the last one read.
 *
 * Both questions asked of the token maps use this one rule: which lines were never read
 * (unreadSpans), and whether a placeholder of simple chunks that no token reads lies inside
 * what markdown-it read (extract.ts). A placeholder is `***` alone at column 0 after a blank
 * line, on which no container starts (`***` is a thematic break before it could be a list
 * item), so whether a container's first line counted as read would not change that answer
 * (simple-chunks.test.ts checks it by property).
 */
export function readLines(tokens: readonly Token[], gap?: (from: number, to: number | undefined, level: number) => void): number {
  let covered = 0
  let level = 0
  for (const t of tokens) {
    if (t.map === null || t.nesting === -1) continue
    const [first, end] = t.map
    if (first > covered) {
      gap?.(covered, first, level)
      covered = first
    }
    if (!CONTAINERS.has(t.type) && end > covered) covered = end
    level = t.level
  }
  gap?.(covered, undefined, level)
  return covered
}

/** Line starts of a text, found as far as asked. */
class LineIndex {
  private readonly starts = [0]
  /** `placeholders`: the lines that stand for chunks read directly (simple-chunks.ts), in order. */
  constructor(private readonly src: string, private readonly doc: DocumentOffsets, private readonly placeholders: readonly number[]) {}

  get count(): number {
    while (this.grow());
    return this.starts.length
  }

  /** Offset where line `n` starts (the text's length past its last line). */
  start(n: number): number {
    while (n >= this.starts.length && this.grow());
    return n < this.starts.length ? this.starts[n]! : this.src.length
  }

  /** Offset where line `n`'s text ends, before its line ending. */
  end(n: number): number {
    const next = this.start(n + 1)
    return next > this.start(n) && this.src.charCodeAt(next - 1) === 0x0a ? next - 1 : next
  }

  /**
   * Adds to `out`, in document offsets, the text of lines [from, to): from the first text after
   * container markers to the end of the last line with text; one span for each stretch between
   * lines that stand for chunks read directly (simple-chunks.ts puts a placeholder where the
   * document has the chunks; `placeholders` says which lines).
   */
  unread(from: number, to: number, reason: NotReadReason, out: UnreadSpan[]): void {
    const { src, doc } = this
    let first = -1
    let last = 0
    for (let n = from; n <= to; n++) {
      let at = -1
      let end = 0
      if (n < to) {
        const start = this.start(n)
        end = this.end(n)
        if (start === end) continue // an empty line, most gaps: no regular expression
        MARKERS.lastIndex = start
        MARKERS.test(src)
        at = MARKERS.lastIndex
        if (at >= end) continue
        if (!this.isPlaceholder(n)) {
          if (first < 0) first = at
          last = end
          continue
        }
      }
      // The end, or a placeholder: the stretch so far is a span.
      if (first >= 0) out.push({ start: doc.offset(first), end: doc.offset(trimEnd(src, first, last)), reason })
      first = -1
    }
  }

  private isPlaceholder(n: number): boolean {
    const k = lowerBound(this.placeholders, n)
    return k < this.placeholders.length && this.placeholders[k] === n
  }

  private grow(): boolean {
    const last = this.starts[this.starts.length - 1]!
    const i = this.src.indexOf('\n', last)
    if (i < 0) return false
    this.starts.push(i + 1)
    return true
  }
}

/** `end` moved back over spaces and tabs, not before `start`. */
export function trimEnd(src: string, start: number, end: number): number {
  while (end > start && (src[end - 1] === ' ' || src[end - 1] === '\t')) end--
  return end
}
