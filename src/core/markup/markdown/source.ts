import { lowerBound } from '../../text/sorted.js'

/** Where the parser's offsets are in the document, and the document itself. */
export interface DocumentOffsets {
  readonly source: string
  /** Document offset of parsed offset `n`. */
  offset(n: number): number
}

/**
 * What of a Markdown document the parser sees, and how its offsets map back. The parser gets
 * the document after a byte order mark and front matter; markdown-it then turns CRLF into LF
 * (and lone CR into LF, NUL into U+FFFD, which keep lengths), so from there on each CRLF is one
 * character shorter than in the document.
 */
export class MarkdownSource implements DocumentOffsets {
  /** Where the parsed text starts in the document. */
  readonly start: number
  /** Where the document starts after a byte order mark: the front matter, if any, is [base, start). */
  readonly base: number
  /** Parsed offsets of the LFs that stand for a CRLF, in order. */
  private readonly crlf: number[] = []

  constructor(readonly source: string) {
    this.base = source.charCodeAt(0) === 0xfeff ? 1 : 0
    this.start = frontMatterEnd(source, this.base)
    for (let i = source.indexOf('\r\n', this.start); i >= 0; i = source.indexOf('\r\n', i + 2)) {
      this.crlf.push(i - this.start - this.crlf.length)
    }
  }

  get body(): string {
    return this.start ? this.source.slice(this.start) : this.source
  }

  /** Document offset of parsed offset `n`. */
  offset(n: number): number {
    const { crlf } = this
    if (crlf.length === 0 || n <= crlf[0]!) return this.start + n
    // One more unit for each CRLF the parser read as an LF before `n`.
    return this.start + n + lowerBound(crlf, n)
  }
}

/**
 * Front matter as micromark-extension-frontmatter reads it: on the first line, `---` (YAML) or
 * `+++` (TOML) and nothing but spaces or tabs after it, up to a line of the same fence. Returns
 * where the rest of the document starts (after the closing fence's line ending), or `start`.
 */
export function frontMatterEnd(source: string, start: number): number {
  for (const fence of ['---', '+++']) {
    if (!source.startsWith(fence, start)) continue
    let i = fenceLineEnd(source, start + 3)
    if (i < 0 || i === source.length) return start
    for (;;) {
      i += source.startsWith('\r\n', i) ? 2 : 1 // past the line ending
      if (source.startsWith(fence, i)) {
        const end = fenceLineEnd(source, i + 3)
        if (end >= 0) return end === source.length ? end : end + (source.startsWith('\r\n', end) ? 2 : 1)
      }
      i = nextLineEnd(source, i)
      if (i < 0) return start
    }
  }
  return start
}

/** After a fence: spaces or tabs up to a line ending or the end; where that is, or -1. */
function fenceLineEnd(source: string, i: number): number {
  while (source[i] === ' ' || source[i] === '\t') i++
  return i === source.length || source[i] === '\n' || source[i] === '\r' ? i : -1
}

function nextLineEnd(source: string, i: number): number {
  for (; i < source.length; i++) if (source[i] === '\n' || source[i] === '\r') return i
  return -1
}
