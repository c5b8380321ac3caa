import { ATOM, type EscapeContext, type ProseBlock, type Segment } from './types.js'

const HAS_WORD = /[\p{L}\p{N}]/u

/**
 * Collects the segments of one block while an extractor walks the document. `mark`/`rollback`
 * let a caller try a decoding and take it back when it does not match what the parser saw.
 */
export class BlockBuilder {
  private segments: Segment[] = []
  private length = 0

  constructor(private readonly escape: EscapeContext) {}

  /** Literal characters: `text === source.slice(start, end)`. */
  text(start: number, end: number, text: string): void {
    if (text) this.push('text', start, end, text)
  }

  /** A character reference or escape at source [start, end) that shows as `text`. */
  ref(start: number, end: number, text: string): void {
    if (text) this.push('ref', start, end, text)
  }

  /** Non-prose inside prose; consecutive atoms collapse into one. */
  atom(start: number, end: number): void {
    const last = this.segments[this.segments.length - 1]
    if (last?.kind === 'atom') last.end = Math.max(last.end, end)
    else this.push('atom', start, end, ATOM)
  }

  mark(): number {
    return this.segments.length
  }

  rollback(mark: number): void {
    this.segments.length = mark
    const last = this.segments[mark - 1]
    this.length = last ? last.at + last.text.length : 0
  }

  /**
   * The block so far (or undefined when it holds no letter or digit), and a fresh start.
   * `escape` overrides the context given at construction (known late for a link title).
   */
  finish(escape: EscapeContext = this.escape): ProseBlock | undefined {
    const merged = mergeRuns(this.segments)
    this.segments = []
    this.length = 0
    return toBlock(merged, escape)
  }

  private push(kind: Segment['kind'], start: number, end: number, text: string): void {
    this.segments.push({ kind, start, end, text, at: this.length })
    this.length += text.length
  }
}

/** Assembles a block from segments whose `at` are already consecutive. */
export function toBlock(segments: Segment[], escape: EscapeContext): ProseBlock | undefined {
  const first = segments[0]
  const last = segments[segments.length - 1]
  if (!first || !last) return undefined
  const text = segments.length === 1 ? first.text : segments.map((s) => s.text).join('')
  if (!HAS_WORD.test(text)) return undefined
  return { text, segments, start: first.start, end: last.end, escape }
}

/**
 * Joins literal runs that touch in the source (the tokenizer may report one run in pieces), in
 * place: the builder hands its segments over and starts a new list.
 */
function mergeRuns(segments: Segment[]): Segment[] {
  let n = 0
  for (const s of segments) {
    const last = n > 0 ? segments[n - 1]! : undefined
    if (last && last.kind === 'text' && s.kind === 'text' && last.end === s.start) {
      last.end = s.end
      last.text += s.text
    } else segments[n++] = s
  }
  segments.length = n
  return segments
}

/** Moves every offset of a block (an HTML fragment extracted on its own, inside Markdown). */
export function shiftBlock(block: ProseBlock, delta: number): ProseBlock {
  const segments = block.segments.map((s) => ({ ...s, start: s.start + delta, end: s.end + delta }))
  return { ...block, segments, start: block.start + delta, end: block.end + delta }
}
