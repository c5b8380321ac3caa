import type { Token } from 'markdown-it'
import { BlockBuilder } from '../block-builder.js'
import type { SkipState } from '../extract-html.js'
import { findUrls, protect } from '../protect.js'
import type { NotReadReason, ProseBlock } from '../types.js'
import { type ContentMap, type ContentMaps, endOf, pieceAt, startOf } from './content-map.js'
import type { Span } from './literals.js'
import type { DocumentOffsets } from './source.js'
import { decodeTitle, titleRange } from './syntax.js'
import type { UnreadSpan } from './unread.js'

export const MARKDOWN = { kind: 'markdown' } as const

/** One inline token's content and its map, while its children are walked. */
export interface Inline {
  content: string
  map: ContentMap
  children: Token[]
  /** Spans that are not prose though markdown-it reads text there (GFM autolink literals), in order. */
  literals: Span[]
  /** Content before this offset is not prose (a task list item's check). */
  from: number
}

/**
 * What the Markdown walker writes to: the blocks found so far and the one being built, and
 * how content offsets of an inline token become document offsets.
 */
export abstract class WalkerBase {
  readonly blocks: ProseBlock[] = []
  /** Text read but not placed exactly (an alt text with markup in it): reported (`not-read`). */
  readonly notRead: UnreadSpan[] = []
  protected block = new BlockBuilder(MARKDOWN)
  /** An inline HTML element whose content is not prose (`<code>`), open in this paragraph. */
  protected skip: SkipState | undefined
  /**
   * Such an element left open by an HTML block or a paragraph: what follows, up to its end
   * tag, is inside it once rendered (`<code>` alone on a line, a blank line, then text).
   */
  protected flowSkip: SkipState | undefined

  constructor(protected readonly doc: DocumentOffsets, protected readonly src: string, protected readonly tokens: Token[], protected readonly maps: ContentMaps) {}

  /** The text of a REPORTED element open inline (`<select>` in a paragraph), from its first text to its last. */
  private report: { start: number; end: number; reason: NotReadReason } | undefined

  protected endBlock(): void {
    this.endReport()
    this.skip = undefined
    this.push(this.block.finish())
  }

  /**
   * Content [a, b) that the source holds character for character (but for a table's `\|`). A
   * run that holds something else (never seen) is an atom, and reported.
   */
  protected literalText(ctx: Inline, a: number, b: number): void {
    if (this.placeRuns(this.block, ctx.map, a, b, ctx.content, 0)) return
    const range = this.range(ctx, a, b)
    if (range) this.unplaced(range)
  }

  /**
   * Writes content [a, b) of a token to `builder` in document offsets, one run per piece of its
   * content `map` that it lies on: text where the source holds what the parser read (`shown`,
   * whose offset 0 is content offset `from`), a table cell's `\|` as the `|` it shows, and
   * spaces that stand for part of a tab as that tab, an atom. Returns false when a run holds
   * anything else than the parser read (never seen): that run is then an atom.
   */
  protected placeRuns(builder: BlockBuilder, map: ContentMap, a: number, b: number, shown: string, from: number): boolean {
    const { doc } = this
    let exact = true
    for (let i = pieceAt(map, a); i < map.length && map[i]!.at < b; i++) {
      const p = map[i]!
      const x = Math.max(a, p.at)
      const y = Math.min(b, p.at + p.len)
      if (x >= y) continue
      if (p.kind === 'pipe') builder.ref(doc.offset(p.src), doc.offset(p.src + 2), '|')
      else if (p.kind === 'tab') builder.atom(doc.offset(p.src), doc.offset(p.src + 1))
      else {
        const start = doc.offset(p.src + (x - p.at))
        const end = doc.offset(p.src + (y - p.at))
        const raw = doc.source.slice(start, end)
        const parsed = shown.slice(x - from, y - from)
        if (raw === parsed) builder.text(start, end, raw)
        else if (sameAsParsed(raw, parsed)) nulText(builder, start, raw)
        else {
          builder.atom(start, end)
          exact = false
        }
      }
    }
    return exact
  }

  /** A backslash escape or character reference: what it shows is `shown`. */
  protected special(ctx: Inline, a: number, b: number, shown: string): void {
    const range = this.range(ctx, a, b)
    if (!range) return
    const raw = this.doc.source.slice(range[0], range[1])
    if (raw === shown) this.block.text(range[0], range[1], raw) // `\a`: not an escape, shown as written
    else this.block.ref(range[0], range[1], shown)
  }

  /** A soft line break: the line ending as written; the prefix of the next line is left out. */
  protected lineEnding(ctx: Inline, a: number): void {
    const at = startOf(ctx.map, a)
    if (at === undefined || ctx.content[a] !== '\n') return this.endBlock()
    const start = this.doc.offset(at)
    const { source } = this.doc
    const end = start + (source.startsWith('\r\n', start) ? 2 : 1)
    this.block.text(start, end, source.slice(start, end))
  }

  /**
   * A link title is a tooltip people read, like an HTML `title` attribute: prose. One that does
   * not decode to what the parser read (it runs over a `> ` of a quote) is reported, not read.
   */
  protected title(start: number, end: number, paren: boolean, title: string): void {
    const builder = new BlockBuilder(MARKDOWN)
    const quote = decodeTitle(this.doc.source, start, end, paren, title, builder)
    if (quote) this.push(builder.finish({ kind: 'markdown', quote }))
    else this.unplaced(titleRange(this.doc.source, start, end, paren) ?? [start, end])
  }

  /** Source [start, end) follows an element left open that a browser would have ended (extract-html.ts readHtml): reported. */
  protected leftOpen(span: Span): void {
    this.notReadSpan(span, 'left-open')
  }

  /** Source [start, end) holds text the parser read but we cannot place exactly: not prose, reported. */
  protected unplaced(span: Span): void {
    this.notReadSpan(span, 'unplaced')
  }

  /** Source [start, end), text a reader sees in a REPORTED element: reported with the rest of that element's. */
  protected reportText([start, end]: Span, reason: NotReadReason): void {
    const { report } = this
    if (report && report.reason === reason) report.end = end
    else {
      this.endReport()
      this.report = { start, end, reason }
    }
  }

  /** Reports the text of the REPORTED element, when it ends. */
  protected endReport(): void {
    if (this.report) this.notReadSpan([this.report.start, this.report.end], this.report.reason)
    this.report = undefined
  }

  /** A span with text in it, reported as not read (a span of only whitespace hides nothing). */
  protected notReadSpan([start, end]: Span, reason: NotReadReason): void {
    if (/\S/.test(this.doc.source.slice(start, end))) this.notRead.push({ start, end, reason })
  }

  protected atom(ctx: Inline, a: number, b: number): void {
    const range = this.range(ctx, a, b)
    if (range) this.block.atom(range[0], range[1])
  }

  /** Document range of content [a, b). */
  protected range(ctx: Inline, a: number, b: number): Span | undefined {
    const start = startOf(ctx.map, a)
    const end = endOf(ctx.map, b)
    if (start === undefined || end === undefined) return undefined
    return [this.doc.offset(start), this.doc.offset(end)]
  }

  protected push(block: ProseBlock | undefined, urls = true): void {
    const safe = block && urls ? protect(block, findUrls(block)) : block
    if (safe) this.blocks.push(safe)
  }
}

/** Source text and what markdown-it read for it, which has every line ending as LF and NUL as U+FFFD. */
export function sameAsParsed(raw: string, parsed: string): boolean {
  return raw === parsed || ((raw.includes('\r') || raw.includes('\0')) && raw.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD') === parsed)
}

/**
 * Source `text` at `start` that the parser read otherwise only in its line endings and NULs (a
 * NUL becomes U+FFFD: CommonMark, "Insecure characters"). Each NUL is an atom, as it is no
 * letter, and the text around it is prose as in plain text: the whole run as one atom hid a
 * name beside a NUL, silently.
 */
function nulText(builder: BlockBuilder, start: number, text: string): void {
  let from = 0
  for (let i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', from)) {
    builder.text(start + from, start + i, text.slice(from, i))
    builder.atom(start + i, start + i + 1)
    from = i + 1
  }
  builder.text(start + from, start + text.length, text.slice(from))
}
