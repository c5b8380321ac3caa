import type { Token } from 'markdown-it'
import { BlockBuilder, shiftBlock } from '../block-builder.js'
import { afterParagraphEnds, type SkipState, walkHtml } from '../extract-html.js'
import { ELEMENT_KINDS, FOREIGN, INLINE, INLINE_ATOM, KIND, REPORTED, SKIP, VOID } from '../html-elements.js'
import { type ContentMap, endOf, pieceAt, startOf } from './content-map.js'
import type { Span } from './literals.js'
import { tagOf } from './syntax.js'
import { closing } from './tokens.js'
import type { ProseBlock } from '../types.js'
import { type Inline, sameAsParsed, WalkerBase } from './walker-base.js'

/**
 * Raw HTML in Markdown: HTML blocks go through the HTML extractor, and an element whose content
 * is not prose (`<code>`), opened inline or by an HTML block, hides what follows up to its end.
 */
export abstract class HtmlWalker extends WalkerBase {
  private lineStarts: number[] | undefined
  /**
   * Inline HTML elements open in the block being walked: outside the skipped element (with the
   * `p` a paragraph renders), and inside it. What ends one outside ends the skipped element in a
   * browser (`x <b><kbd>a</b>Kiev`: Kiev is shown).
   */
  private outside: string[] = []
  private inside: string[] = []
  /** Where a start tag that ends the skipped element in a browser stood (`x <kbd>a<div>Kiev`), and the end of what was skipped since: reported. -1: none. */
  private shownFrom = -1
  private shownTo = -1

  /**
   * Before the inline content of a block: `p`, whether the block renders a `<p>` (not a tight
   * list's paragraph); `item`, whether a list item holds it (its `<li>`).
   */
  protected startInline(p: boolean, item: boolean): void {
    this.outside = item ? ['li'] : []
    if (p) this.outside.push('p')
    this.inside = []
    this.shownFrom = -1
  }

  protected override endBlock(): void {
    this.endShown(this.shownTo)
    super.endBlock()
  }

  /** Reports what was skipped since a start tag that a browser ends the skipped element at, up to `to`. */
  private endShown(to: number): void {
    if (this.shownFrom >= 0) this.leftOpen([this.shownFrom, to])
    this.shownFrom = -1
  }

  /**
   * Whether a start tag `name` in the skipped element ends it in a browser: one that ends the
   * paragraph's `p` (`<div>`, `<li>`…), or an `<a>`, `<nobr>` or `<button>` while one is open
   * outside it (extract-html.ts closeImplied, adoption).
   */
  private endsFromOutside(name: string): boolean {
    const kind = ELEMENT_KINDS.get(name) ?? 0
    if (name === 'li') return this.outside.includes('p') || this.outside.includes('li')
    if ((kind & KIND.closesP) !== 0 || name === 'dd' || name === 'dt') return this.outside.includes('p')
    return (name === 'a' || name === 'nobr' || name === 'button') && this.outside.includes(name)
  }

  /**
   * An HTML block is extracted as HTML when it is one run of the source (not cut by container
   * prefixes), carrying over an element left open by an earlier one.
   */
  protected flowHtml(t: Token): void {
    const map = this.maps.get(t)
    let contiguous = !!map && map.length > 0
    if (map) for (let i = 0; i < map.length; i++) {
      const p = map[i]!
      if (p.kind !== 'copy' || (i > 0 && p.src !== map[i - 1]!.src + map[i - 1]!.len)) contiguous = false
    }
    const last = map?.[map.length - 1]
    if (!contiguous || !map || !last) {
      // Cut by container prefixes (`> <p>Kiev`, `> is big</p>`): read through its map.
      if (map && map.length > 0) return this.mappedHtml(t.content, map, 0, t.level)
      if (t.map) this.unplacedRange(this.lineRange(t.map))
      return void this.skipFlowRange(t.map ? this.lineRange(t.map) : undefined)
    }
    let end = last.src + last.len
    if (this.src[end - 1] === '\n') end--
    const start = this.doc.offset(map[0]!.src)
    const value = this.doc.source.slice(start, this.doc.offset(end))
    const { blocks, skip, unread } = walkHtml(value, this.flowSkip)
    this.flowSkip = skip && { ...skip, level: t.level }
    for (const block of blocks) this.push(shiftBlock(block, start), false)
    for (const [from, to, reason] of unread) this.notReadSpan([start + from, start + to], reason)
  }

  /**
   * Skips the block at `i` whole (to its closing token) while an element is open; the element
   * ends with it if its end tag is anywhere inside. Returns the index of the last token skipped.
   */
  protected skipFlow(i: number): number {
    const t = this.tokens[i]!
    if (t.nesting === -1) {
      // The end tag of the container that holds the HTML block (`</li>`, `</blockquote>`) ends
      // an element that ends with what holds it, as in HTML (`- <kbd>`, a blank line, `- Kiev`).
      const skip = this.flowSkip
      if (skip?.level !== undefined && t.level < skip.level && endsWithHolder(skip.name) && containerEnds(skip, t.type === 'list_item_close' ? 'li' : 'blockquote')) this.flowSkip = undefined
      return i
    }
    // Rendered, a block starts with a tag that ends an open `p` (`<p>`, `<ul>`, `<h2>`, `<pre>`;
    // not a tight list's paragraph, which has no tag): an element that `p` holds ends with it.
    if (this.flowSkip && !t.hidden && (t.nesting === 1 || t.type === 'hr' || t.type === 'code_block' || t.type === 'fence')) this.flowSkip = afterParagraphEnds(this.flowSkip)
    const end = t.nesting === 1 ? closing(this.tokens, i) : i
    let range: Span | undefined
    if (t.map) range = this.lineRange(t.map)
    else {
      // table cells have no line map: their content has one
      const inline = this.tokens[i + 1]
      const map = inline?.type === 'inline' ? this.maps.get(inline) : undefined
      const first = map?.[0]
      const last = map?.[map.length - 1]
      if (first && last) range = [first.src, endOf(map, last.at + last.len)!]
    }
    this.skipFlowRange(range)
    return end
  }

  protected skipFlowRange(range: Span | undefined): void {
    const skip = this.flowSkip
    if (!skip || !range) return
    const start = this.doc.offset(range[0])
    const end = this.doc.offset(range[1])
    // Hidden here, where a browser has ended the element: said, as in the HTML before it; so is
    // what a REPORTED element (a `<select>`, an `<svg>`) holds, which a browser shows.
    const reported = REPORTED.get(skip.name)
    if (skip.hidden || reported) {
      this.notReadSpan([start, end], skip.hidden ? 'left-open' : reported!)
      if (this.src.slice(range[0], range[1]).toLowerCase().includes(`</${skip.name}`)) this.flowSkip = undefined
      return
    }
    const source = this.doc.source.slice(start, end)
    if (!source.includes('<')) return
    // The block's tags, read as HTML with the elements open: its own end tag, or one of what
    // holds it (`- </td>` in a list after `<td><kbd>`), may end it inside the block, and a
    // browser shows what follows (`x</kbd> Kiev`). That is reported (the block is Markdown, not
    // read as HTML), and so is what a start tag ends it before.
    const { blocks, skip: after, unread } = walkHtml(source, skip)
    for (const [from, to, reason] of unread) this.notReadSpan([start + from, start + to], reason)
    if (blocks.length > 0) this.leftOpen([start + blocks[0]!.start, end])
    this.flowSkip = after && { ...after, level: skip.level }
  }

  /** Parsed-text range of lines [from, to). */
  protected lineRange([from, to]: [number, number]): Span {
    if (!this.lineStarts) {
      const starts = [0]
      for (let i = this.src.indexOf('\n'); i >= 0; i = this.src.indexOf('\n', i + 1)) starts.push(i + 1)
      this.lineStarts = starts
    }
    const starts = this.lineStarts
    return [starts[from] ?? this.src.length, starts[to] ?? this.src.length]
  }

  protected inlineHtml(ctx: Inline, t: Token): void {
    const range = this.range(ctx, ...t.map!)
    if (!range) return
    const value = t.content
    // `alt` and `title` of an inline `<img>` or `<abbr>`, when the tag is one run of the source.
    const raw = this.doc.source.slice(range[0], range[1])
    if (sameAsParsed(raw, value)) {
      const { blocks, unread } = walkHtml(raw)
      for (const block of blocks) this.push(shiftBlock(block, range[0]), false)
      for (const [from, to, reason] of unread) this.notReadSpan([range[0] + from, range[0] + to], reason) // `<input value="…">`
    } else this.mappedHtml(value, ctx.map, t.map![0]) // a tag over lines of a quote or list item
    const tag = tagOf(value)
    if (!tag) return // a comment: markup, but no boundary
    const { name, closing: isClosing, selfClosing } = tag
    if (isClosing) {
      const at = this.outside.lastIndexOf(name)
      if (at >= 0) this.outside.length = at
    } else {
      // `<pre>`, `<div>`… end the paragraph's p first: a `</p>` after them ends nothing of it
      if (((ELEMENT_KINDS.get(name) ?? 0) & KIND.closesP) !== 0 && this.outside.includes('p')) this.outside.length = this.outside.lastIndexOf('p')
      if (!SKIP.has(name) && !VOID.has(name) && !selfClosing && this.outside.length < MAX_INLINE_OPEN) this.outside.push(name)
    }
    if (!isClosing && SKIP.has(name)) {
      this.block.atom(range[0], range[1])
      if (!VOID.has(name) && !(selfClosing && FOREIGN.has(name))) {
        this.skip = { name, depth: 1 }
        this.inside = []
      }
    } else if (!isClosing && INLINE_ATOM.has(name)) this.block.atom(range[0], range[1])
    else if (!INLINE.has(name)) this.endBlock()
  }

  /**
   * HTML whose text `html` sits at content offset `base` of a content map that is not one run of
   * the source (container prefixes cut it): its blocks are read from `html` and each segment is
   * placed through the map, a run of text cut where the source skips a prefix, as a paragraph's
   * lines are. A block that cannot be placed so is reported (`not-read`), never dropped in silence.
   * `level`: an HTML block's nesting level; it carries an element left open (`flowSkip`) to what follows.
   */
  protected mappedHtml(html: string, map: ContentMap, base: number, level?: number): void {
    const flow = level !== undefined
    const { blocks, skip, unread } = walkHtml(html, flow ? this.flowSkip : undefined)
    if (flow) this.flowSkip = skip && { ...skip, level }
    for (const [from, to, reason] of unread) {
      const start = startOf(map, base + from)
      const end = endOf(map, base + to)
      if (start !== undefined && end !== undefined) this.notReadSpan([this.doc.offset(start), this.doc.offset(end)], reason)
    }
    for (const block of blocks) {
      const placed = this.placeBlock(block, map, base)
      if (placed) this.push(placed, false)
      else {
        const start = startOf(map, base + block.start)
        const end = endOf(map, base + block.end)
        if (start !== undefined && end !== undefined) this.unplacedRange([start, end])
      }
    }
  }

  /** Parsed-text range [start, end) reported as read but not placed. */
  private unplacedRange([start, end]: Span): void {
    this.unplaced([this.doc.offset(start), this.doc.offset(end)])
  }

  /** A block of content coordinates (less `base`) in document offsets, or undefined. */
  private placeBlock(block: ProseBlock, map: ContentMap, base: number): ProseBlock | undefined {
    const builder = new BlockBuilder(block.escape)
    for (const seg of block.segments) {
      const a = base + seg.start
      const b = base + seg.end
      // Text: one run per piece of the map it lies on, as a paragraph's text (literalText).
      if (seg.kind === 'text') {
        if (!this.placeRuns(builder, map, a, b, seg.text, a)) return undefined
        continue
      }
      const start = startOf(map, a)
      const end = endOf(map, b)
      if (start === undefined || end === undefined) return undefined
      if (seg.kind === 'atom') builder.atom(this.doc.offset(start), this.doc.offset(end))
      else if (pieceAt(map, a) === pieceAt(map, b - 1) && map[pieceAt(map, a)]!.kind === 'copy') builder.ref(this.doc.offset(start), this.doc.offset(end), seg.text)
      else return undefined // a reference over a cut (never seen)
    }
    return builder.finish()
  }

  /** The open element of `skip` across inline HTML that is not walked. */
  protected trackSkip(children: Token[]): void {
    for (const t of children) {
      const tag = t.type === 'html_inline' ? tagOf(t.content) : undefined
      if (!tag) continue
      const skip = this.skip
      if (!skip) {
        if (!tag.closing && SKIP.has(tag.name) && !VOID.has(tag.name) && !(tag.selfClosing && FOREIGN.has(tag.name))) this.skip = { name: tag.name, depth: 1 }
      } else if (tag.name === skip.name) {
        if (tag.closing) skip.depth--
        else if (!tag.selfClosing) skip.depth++
        if (skip.depth === 0) this.skip = undefined
      }
    }
  }

  /**
   * Inside `<code>…</code>` everything is an atom, until the matching end tag; a nested element
   * (emphasis, a link) is one atom, end tags inside it included. Returns the last token used.
   */
  protected skipped(ctx: Inline, k: number): number {
    const t = ctx.children[k]!
    if (t.nesting === -1) return k
    const end = t.nesting === 1 ? closing(ctx.children, k) : k
    this.atom(ctx, t.map![0], ctx.children[end]!.map![1])
    const skip = this.skip
    const reported = skip && t.type !== 'html_inline' ? REPORTED.get(skip.name) : undefined
    if (reported) {
      // text (or emphasis, a link…) in a `<select>` or `<svg>` opened inline: shown, reported
      const range = this.range(ctx, t.map![0], ctx.children[end]!.map![1])
      if (range && /\S/.test(this.doc.source.slice(range[0], range[1]).replace(/<[^>]*>/g, ''))) this.reportText(range, reported)
    }
    const tag = t.type === 'html_inline' ? tagOf(t.content) : undefined
    const range = this.range(ctx, t.map![0], ctx.children[end]!.map![1])
    if (range && this.shownFrom >= 0) this.shownTo = range[1]
    if (!skip || !tag) return end
    if (tag.name !== skip.name) {
      if (tag.closing) {
        const inside = this.inside.lastIndexOf(tag.name)
        const outside = this.outside.lastIndexOf(tag.name)
        if (inside >= 0) this.inside.length = inside
        else if (outside >= 0 && endsWithHolder(skip.name)) {
          // `x <b><kbd>a</b>Kiev`: the end tag of an element that holds it ends it; what follows is read
          this.outside.length = outside
          if (range) this.endShown(range[0])
          this.skip = undefined
        }
      } else {
        if (this.shownFrom < 0 && range && endsWithHolder(skip.name) && this.endsFromOutside(tag.name)) {
          this.shownFrom = range[0]
          this.shownTo = range[1]
        }
        if (!VOID.has(tag.name) && !tag.selfClosing && this.inside.length < MAX_INLINE_OPEN) this.inside.push(tag.name)
      }
      return end
    }
    if (tag.closing) skip.depth--
    else if (!tag.selfClosing) skip.depth++
    if (skip.depth === 0) {
      this.endReport()
      if (range) this.endShown(range[0])
      this.skip = undefined
    }
    return end
  }
}

/**
 * How many inline elements of a block `outside` and `inside` keep (so that each tag looks
 * through at most that many: a paragraph of 100,000 `<span>`s costs no more per tag). Past it, an
 * element is not followed: its end tag does not end the skipped one (as before they were kept).
 */
const MAX_INLINE_OPEN = 256

/**
 * Whether the end tag of the Markdown container `name` (`</li>`, `</blockquote>`) that holds the
 * HTML blocks reaches the skipped element through what they left open under it: the first such
 * `li` (`blockquote`) up from it is the one closed (a raw one too), but a raw list (for `</li>`)
 * or a table, a cell… (scope) stops it, and a select ignores end tags. Unknown open elements:
 * it does.
 */
function containerEnds(skip: SkipState, name: string): boolean {
  const { open, at } = skip
  if (!open || at === undefined) return true
  for (let i = at - 1; i >= 0; i--) {
    const n = open[i]!
    if (n === name) return true
    if (n === 'select' || ((ELEMENT_KINDS.get(n) ?? 0) & KIND.scope) !== 0 || (name === 'li' && (n === 'ul' || n === 'ol'))) return false
  }
  return true
}

/** An element that ends with what holds it and is not opened again after (`kbd`; not `code`, raw text, foreign content). */
function endsWithHolder(name: string): boolean {
  const kind = ELEMENT_KINDS.get(name) ?? 0
  return (kind & KIND.endsWithHolder) !== 0 && (kind & KIND.reopened) === 0
}
