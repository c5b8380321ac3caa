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
  if (!hasWord(text)) return undefined
  return { text, segments, start: first.start, end: last.end, escape }
}

/**
 * HAS_WORD.test(text), answered without the regular expression when an ASCII letter or digit
 * comes before any other non-ASCII unit: nearly every block of prose starts with one, and the
 * Unicode-property test cost more than the rest of assembling a block.
 */
function hasWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x80) break
    if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return true
  }
  return HAS_WORD.test(text)
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
  // Setting an array's length goes through the runtime even when it does not change it.
  if (n !== segments.length) segments.length = n
  return segments
}

/** Moves every offset of a block (an HTML fragment extracted on its own, inside Markdown). */
export function shiftBlock(block: ProseBlock, delta: number): ProseBlock {
  const segments = block.segments.map((s) => ({ ...s, start: s.start + delta, end: s.end + delta }))
  return { ...block, segments, start: block.start + delta, end: block.end + delta }
}
