import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2'
import { BlockBuilder } from './block-builder.js'
import { DecodingMode, decodeHtml } from './html-decode.js'
import { ELEMENT_KINDS, FOREIGN, KIND, PROSE_ATTRIBUTES, PROSE_META, REPORTED } from './html-elements.js'
import { readJsonLd } from './json-ld.js'
import { findUrls, protect } from './protect.js'
import { findShortcodes } from './shortcodes.js'
import type { NotReadReason, ProseBlock } from './types.js'

/**
 * The prose of an HTML document or fragment, as blocks of segments mapped to exact source
 * offsets: text content, plus the values of PROSE_ATTRIBUTES and of PROSE_META `<meta>` content (each value a block of its own).
 *
 * htmlparser2's Tokenizer follows the spec's tokenization
 * (https://html.spec.whatwg.org/multipage/parsing.html#tokenization) with source indices, and
 * builds no tree: nothing is repaired or moved, which is what lets invalid and truncated input
 * come back unchanged. Blocks come from the tags themselves (html-elements.ts). A tag left open
 * at the end of input is dropped, as the spec says, so `<a href="x` is never prose.
 */
export function extractHtml(source: string): ProseBlock[] {
  return walkHtml(source).blocks
}

/**
 * `extractHtml`, with the spans of the document it did not read although a browser shows them
 * as text, said rather than passed over in silence: after an element that hides its content
 * (`<kbd>`, `<code>`…) that a start tag ends in a browser (`<li><kbd>a<li>Kiev`), which is read
 * here as nested in it, as the property tests' parser nests it (reason `left-open`); the text of
 * a form control or of inline SVG and MathML (html-elements.ts REPORTED).
 */
export function readHtml(source: string): { blocks: ProseBlock[]; unread: { start: number; end: number; reason: NotReadReason }[] } {
  const { blocks, unread } = walkHtml(source)
  return { blocks, unread: unread.map(([start, end, reason]) => ({ start, end, reason })) }
}

/** A span of the source not read, though a browser shows text there, and why. */
export type HiddenSpan = [start: number, end: number, reason: NotReadReason]

/** An open element whose content is not prose (`code`, `pre`, …), and how deep it nests. */
export interface SkipState {
  name: string
  depth: number
  /** A browser would have ended it already: what it goes on hiding is reported (readHtml). */
  hidden?: boolean
  /**
   * The open elements that hold it in a browser (names, outermost first, itself at index `at`),
   * carried to the next piece, so that what ends them there ends it (`<ul><li><kbd>a`, then a
   * piece `<li>Kiev`). Absent: its own end tags end it.
   */
  open?: readonly string[]
  at?: number
  /** Markdown: the nesting level of the HTML block that left it open (its container's end tag ends it). */
  level?: number
}

/**
 * The state after a piece whose start tag ends an open `p` first (a Markdown paragraph, heading,
 * list, quote, code block… rendered: `<p>`, `<h2>`, `<ul>`): a skipped element that `p` holds
 * ends there in a browser (html-elements.ts ENDS_WITH_HOLDER), so what it goes on hiding here is
 * reported (`hidden`); a `<code>` the browser opens again for that text goes on hiding it.
 */
export function afterParagraphEnds(skip: SkipState): SkipState {
  const { open, at } = skip
  if (!open || at === undefined) return skip
  for (let i = open.length - 1; i >= 0; i--) {
    const name = open[i]!
    if (name === 'p') {
      if (i > at) return { ...skip, open: open.slice(0, i) } // a p inside the element: it ends alone
      const reopened = (ELEMENT_KINDS.get(skip.name)! & KIND.reopened) !== 0 && !open.slice(at + 1).some((n) => ((ELEMENT_KINDS.get(n) ?? 0) & KIND.marker) !== 0)
      return reopened ? { name: skip.name, depth: skip.depth } : { name: skip.name, depth: skip.depth, hidden: true }
    }
    // "has a p element in button scope"
    if (((ELEMENT_KINDS.get(name) ?? 0) & KIND.scope) !== 0 || name === 'button') return skip
  }
  return skip
}

/**
 * `extractHtml` for HTML that comes in pieces (the HTML blocks of a Markdown document): starts
 * inside `skip` if given, and returns the element still open at the end, if any.
 */
export function walkHtml(source: string, skip?: SkipState): { blocks: ProseBlock[]; skip: SkipState | undefined; unread: HiddenSpan[] } {
  const walker = new HtmlWalker(source, skip)
  // References are decoded by decodeHtml over each whole run of text, from the source. The
  // tokenizer's own decoding only cut runs at references (addText joined them again) and made
  // it read text a unit at a time instead of skipping to the next `<` (or closing quote): with
  // it off, the same runs and tags, in two thirds of the time.
  const tokenizer = new Tokenizer({ decodeEntities: false }, walker)
  tokenizer.write(source)
  tokenizer.end()
  return { blocks: walker.blocks.sort((a, b) => a.start - b.start), skip: walker.openSkip(), unread: walker.hidden.sort((a, b) => a[0] - b[0]) }
}

interface PendingAttribute {
  start: number
  end: number
  quote: '"' | "'" | ''
}

class HtmlWalker implements TokenizerCallbacks {
  readonly blocks: ProseBlock[] = []
  private block = new BlockBuilder({ kind: 'html-text' })
  /** The pending run of text (characters and references with no markup between them). */
  private textStart = -1
  private textEnd = -1
  /** The outermost open element whose content is not prose, and how deep it nests. */
  private skip: string | undefined
  private skipDepth: number
  private tag = ''
  /** The tag's KIND bits. */
  private kind = 0
  private tagStart = 0
  private attributeName = ''
  private attributeNameEnd = 0
  private attributes: PendingAttribute[] = []
  /** The tag's `value`, `placeholder` and `label` values ([start, end, name]), and its `type`: shown on a form control (shownOn). */
  private controlAttributes: [start: number, end: number, name: string][] = []
  private type = ''
  /** A `<meta>`'s `content` and its `name` or `property`, in either order (PROSE_META). */
  private metaContent: PendingAttribute | undefined
  private metaName = ''
  /** Where the content of an open `<script type="application/ld+json">` starts (json-ld.ts); -1: none open. */
  private jsonLdFrom = -1
  /**
   * The names of the open elements, as a browser's stack of open elements holds them, as far as
   * it matters here: to end a skipped element with an element that holds it (ENDS_WITH_HOLDER).
   */
  private readonly open: string[] = []
  /** The KIND bits of each of `open`. */
  private readonly openKinds: number[] = []
  /** Where the start tag of each of `open` starts (0 for those carried in from an earlier piece). */
  private readonly openStarts: number[] = []
  /** How many of `open` are open (the arrays are not shortened: a length set on each end tag cost more). */
  private depth = 0
  /** Index in `open` of the skipped element, when it ends with one that holds it; -1 if not. */
  private skipAt = -1
  /** Where a browser would have ended the skipped element (a start tag): what follows is hidden here, not there. -1: nowhere. */
  private hiddenFrom = -1
  /** Spans hidden here that a browser shows, [start, end) (see readHtml). */
  readonly hidden: HiddenSpan[] = []
  /** The text of the skipped element, when REPORTED, from its first run to its last. -1: none yet. */
  private reportFrom = -1
  private reportTo = -1
  /** How many `style` and `script` elements are open in the skipped SVG or MathML (no text a reader sees). */
  private quiet = 0
  /** Whether the source ended with such a span open (the skipped element goes on hiding what follows). */
  private hiddenAtEnd = false

  constructor(private readonly source: string, initial?: SkipState) {
    this.skip = initial?.name
    this.skipDepth = initial?.depth ?? 0
    if (initial?.hidden) this.hiddenFrom = 0
    if (initial?.open && initial.at !== undefined) {
      for (const name of initial.open) this.pushOpen(name, ELEMENT_KINDS.get(name) ?? 0)
      this.skipAt = initial.at
    }
  }

  openSkip(): SkipState | undefined {
    const { skip } = this
    if (skip === undefined) return undefined
    if (this.hiddenAtEnd) return { name: skip, depth: this.skipAt < 0 ? this.skipDepth : this.openSkipDepth(), hidden: true }
    if (this.skipAt < 0) return { name: skip, depth: this.skipDepth }
    // The open elements go with it (as far as openElement looks), so that the next piece ends it
    // where a browser does (`<ul><li><kbd>a`, then `<li>Kiev`; `<div><kbd>a`, then `</div>`).
    const from = Math.max(0, this.depth - MAX_OPEN_SCAN)
    if (this.skipAt >= from) return { name: skip, depth: this.openSkipDepth(), open: this.open.slice(from, this.depth), at: this.skipAt - from }
    return { name: skip, depth: this.openSkipDepth(), ...(this.heldByParagraph() ? { hidden: true } : {}) }
  }

  /**
   * Whether the skipped element, held deeper than the open elements carried to the next piece,
   * is held by an open `p`: what comes next in Markdown may be a block whose start tag a browser
   * ends that `p` at, and the element with it, while the next piece is read without the open
   * elements (only its own end tag ends it there). What it then hides is reported.
   */
  private heldByParagraph(): boolean {
    // Not followed in `open`; or a `<code>`, which a browser opens again in that block.
    if (this.skipAt < 0 || this.reopenedFrom(this.skipAt) === this.skip) return false
    for (let i = 0; i < this.skipAt; i++) if (this.open[i] === 'p') return true
    return false
  }

  /** How deep the skipped element, followed in `open` from `skipAt`, nests in itself. */
  private openSkipDepth(): number {
    let depth = 0
    for (let i = this.skipAt; i < this.depth; i++) if (this.open[i] === this.skip) depth++
    return depth
  }

  ontext(start: number, end: number): void {
    this.addText(start, end)
  }

  // Called only with the tokenizer's decodeEntities on (kept right should it be turned on).
  ontextentity(_codepoint: number, end: number): void {
    // A reference is `&` plus name characters, so its `&` is the last one before its end.
    this.addText(this.source.lastIndexOf('&', end - 1), end)
  }

  onopentagname(start: number, end: number): void {
    this.flushText()
    this.tag = this.source.slice(start, end).toLowerCase()
    this.kind = ELEMENT_KINDS.get(this.tag) ?? 0
    this.tagStart = start - 1
    this.attributes = []
    if (this.controlAttributes.length > 0) this.controlAttributes = []
    this.type = ''
    this.metaContent = undefined
    this.metaName = ''
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.source.slice(start, end).toLowerCase()
    this.attributeNameEnd = end
  }

  onattribdata(): void {}
  onattribentity(): void {}

  onattribend(quote: QuoteType, end: number): void {
    if (quote === QuoteType.NoValue) return
    const quoted = quote === QuoteType.Double || quote === QuoteType.Single
    const name = this.attributeName
    const isMeta = this.tag === 'meta' && (name === 'content' || name === 'name' || name === 'property')
    const prose = PROSE_ATTRIBUTES.has(name)
    if (!prose && !isMeta && name !== 'value' && name !== 'placeholder' && name !== 'label' && name !== 'type') return
    const start = valueStart(this.source, this.attributeNameEnd)
    const valueEnd = quoted ? end - 1 : end
    if (prose || name === 'content') {
      const pending: PendingAttribute = { start, end: valueEnd, quote: quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : '' }
      // The first `content`, as a browser keeps the first of an attribute given twice.
      if (prose) this.attributes.push(pending)
      else this.metaContent ??= pending
    } else if (isMeta) {
      if (this.metaName === '') this.metaName = this.source.slice(start, valueEnd).trim().toLowerCase()
    } else if (name === 'type') this.type = this.source.slice(start, valueEnd).toLowerCase()
    else this.controlAttributes.push([start, valueEnd, name])
  }

  onopentagend(end: number): void {
    this.openTag(end + 1, false)
  }

  onselfclosingtag(end: number): void {
    this.openTag(end + 1, true)
  }

  onclosetag(start: number, end: number): void {
    this.flushText()
    this.tagStart = start - 2
    const name = this.source.slice(start, end).toLowerCase()
    const kind = ELEMENT_KINDS.get(name) ?? 0
    const at = this.openElement(name, kind)
    if (at < 0) {
      this.beyondScan()
      if ((kind & KIND.formatting) !== 0 && name !== this.skip) this.adoption(name, false)
      else if (name === 'tr' || name === 'tbody' || name === 'thead' || name === 'tfoot' || name === 'table') {
        const cell = this.cellClosedBy(name)
        if (cell >= 0) this.popTo(cell, true)
      }
    }
    if (this.quiet > 0 && (name === 'style' || name === 'script')) this.quiet--
    if (this.skip !== undefined && name === this.skip) {
      if (this.skipAt < 0) {
        // Not followed in `open` (it came open from an earlier HTML block, or is not ended by
        // what holds it): its own end tags, counted.
        if (at >= 0) this.truncate(at)
        if (--this.skipDepth === 0) this.endSkip()
      } else if (at > this.skipAt) this.truncate(at) // one nested in it
      else if (at >= 0) this.popTo(at, true, true)
      else if (this.adoptsItself()) {
        // `<code><li>a</code>Kiev`: the adoption agency moves the li out of the code, which
        // ends; Kiev is in the li (the li's text before it stays code, in a new code element).
        const at = this.skipAt
        this.removeOpen(at)
        this.endSkip()
        // A special element it held stays open (`<code><pre>a</code>Kiev`: Kiev is in the pre).
        for (let i = at; i < this.depth; i++) {
          if ((this.openKinds[i]! & (KIND.skip | KIND.special)) !== (KIND.skip | KIND.special)) continue
          this.skip = this.open[i]!
          this.skipDepth = 1
          this.skipAt = (this.openKinds[i]! & KIND.endsWithHolder) !== 0 ? i : -1
          break
        }
      }
      // else the browser ignores it (`</kbd>` in `<kbd><blockquote>`)
      return
    }
    // `</form>` takes the form off the open elements and closes nothing else: a skipped element
    // in it stays open (`<form><listing></form>x`: x is in the listing)
    if (name === 'form' && this.skip !== undefined) return
    if (at >= 0) this.popTo(at, true) // may end the skipped element: `<p><kbd>a</p>`
    if (this.skip === undefined && (kind & KIND.inline) === 0) this.endBlock() // includes `</br>`, which browsers read as `<br>`
  }

  // Comments and the like are markup between two runs of text, not block boundaries. (Methods,
  // not arrow-function fields: a walker is made for every HTML piece of a Markdown document, and
  // each field was a closure made with it.)
  oncomment(): void {
    this.flushText()
  }

  oncdata(): void {
    this.flushText()
  }

  ondeclaration(): void {
    this.flushText()
  }

  onprocessinginstruction(): void {
    this.flushText()
  }

  onend(): void {
    this.flushText()
    this.hiddenAtEnd = this.hiddenFrom >= 0 && this.skip !== undefined
    this.reportHidden(this.source.length)
    this.reportText()
    this.endBlock()
  }

  /** Inside SVG and MathML, `<title>` and `<style>` are ordinary tags, not RCDATA/raw text. */
  isInForeignContext(): boolean {
    return this.skip !== undefined && FOREIGN.has(this.skip)
  }

  private openTag(tagEnd: number, selfClosing: boolean): void {
    const name = this.tag
    const kind = this.kind
    const closed = (kind & KIND.void) !== 0 || (selfClosing && (kind & KIND.foreign) !== 0)
    if (this.skip === 'select' && (name === 'select' || name === 'input')) {
      // In a select, a `<select>` ends it and is dropped, an `<input>` ends it first
      // (https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody, and Chromium):
      // `<select><option>a<select>Kiev` shows Kiev after the select.
      const at = this.lastOpen('select')
      const reopened = at >= 0 ? this.reopenedFrom(at + 1) : undefined // a <code> in it goes on
      if (at >= 0) this.truncate(at)
      this.endSkip()
      if (reopened !== undefined) {
        this.skip = reopened
        this.skipDepth = 1
        this.reopen(reopened)
      }
      if (name === 'select') return
    }
    // Outside a table, the tree builder ignores a table's parts.
    const ignored = (kind & KIND.tablePart) !== 0 && !this.inTable()
    if (!ignored) this.closeImplied(name, kind)
    if ((kind & KIND.tablePart) !== 0 && !ignored) this.impliedTableParts(name)
    if (!closed && !ignored) this.pushOpen(name, kind)
    if (this.skip !== undefined) {
      if (name === this.skip && !closed) this.skipDepth++
      else if ((name === 'style' || name === 'script') && !closed && FOREIGN.has(this.skip)) this.quiet++
      if (this.skip === 'select') this.reportControlAttributes(name) // an option's label
      return
    }
    for (const a of this.attributes) this.attributeBlock(a)
    if (this.metaContent !== undefined && PROSE_META.has(this.metaName)) this.attributeBlock(this.metaContent)
    if (name === 'script' && !closed && this.type.trim() === 'application/ld+json') this.jsonLdFrom = tagEnd
    this.reportControlAttributes(name)
    if ((kind & KIND.skip) !== 0) {
      if ((kind & KIND.inlineSkip) !== 0) this.block.atom(this.tagStart, tagEnd)
      else this.endBlock()
      if (!closed) {
        this.skip = name
        this.skipDepth = 1
        this.skipAt = (kind & KIND.endsWithHolder) !== 0 ? this.depth - 1 : -1
      }
    } else if ((kind & KIND.inlineAtom) !== 0) this.block.atom(this.tagStart, tagEnd)
    else if ((kind & KIND.inline) === 0) this.endBlock() // block elements and `<br>` separate blocks
  }

  /**
   * Ends what a start tag ends before it opens: an open `p` (`<div>`, `<p>`, `<li>`…), an `li`,
   * `dd` or `dt` before another, a table cell before another cell or row.
   */
  private closeImplied(name: string, kind: number): void {
    if (this.depth === 0) return
    let at = -1
    if (name === 'li' || name === 'dd' || name === 'dt') at = lowest(this.openItem(name), this.openElement('p', KIND.special))
    else if ((kind & KIND.closesP) !== 0) {
      at = this.openElement('p', KIND.special)
      // A table in a table's rows (not in a cell) ends the open one first.
      if (name === 'table' && this.tableContext() >= 0) at = lowest(at, this.lastOpen('table'))
    }
    else if (name === 'a' || name === 'nobr') return this.adoption(name, true)
    else if (name === 'button') at = this.openElement('button', KIND.special) // a button in scope ends first
    else if ((kind & KIND.tablePart) !== 0) {
      if (name === 'td' || name === 'th' || name === 'tr') {
        at = lowest(this.openElement('td', KIND.special), this.openElement('th', KIND.special))
        if (name === 'tr') at = lowest(at, this.openElement('tr', KIND.special))
      }
      at = lowest(at, this.tableContext())
    } else return // ends nothing
    // A cell or caption opens a marker: a <code> it ends is not opened again in it.
    if (at >= 0) this.popTo(at, false, false, name === 'td' || name === 'th' || name === 'caption')
    else this.beyondScan()
  }

  /**
   * Where a table's part (`<tr>`, `<td>`, `<tbody>`…) clears the open elements back to the
   * table, its body or row: what was opened in them outside a cell, which a browser puts before
   * the table ("foster parenting") but keeps open, ends there (`<table><kbd>a<tr><td>Kiev`:
   * Kiev is in the cell, not the kbd; https://html.spec.whatwg.org/multipage/parsing.html#clear-the-stack-back-to-a-table-context).
   * Index of the first element to close, or -1.
   */
  private tableContext(): number {
    const { open } = this
    for (let i = this.depth - 1; i >= Math.max(0, this.depth - MAX_OPEN_SCAN); i--) {
      const n = open[i]!
      if (n === 'table' || n === 'tbody' || n === 'thead' || n === 'tfoot' || n === 'tr') return i + 1 < this.depth ? i + 1 : -1
      if (n === 'td' || n === 'th' || n === 'caption' || n === 'template') return -1 // in a cell: its own rules above
    }
    return -1
  }

  /**
   * The adoption agency (https://html.spec.whatwg.org/multipage/parsing.html#adoption-agency-algorithm),
   * as far as it ends the skipped element: at the end tag of a formatting element that holds it
   * past a special element (`<b><kbd>a<div>x</b>Kiev`), or at an `<a>` (`<nobr>`) while one
   * holds it (`<a>x<kbd>a<a>Kiev`), a browser takes the element off the open elements: each round
   * takes off what lies between the formatting element and the next special element (which it
   * moves out, with what it holds), and the last pops everything above. What follows, and what a
   * special element above it holds, is then shown: reported (left-open), as where a start tag
   * ends it. Not a special or formatting element itself (`<pre>`, `<code>`): those it keeps or
   * opens again.
   */
  private adoption(name: string, startTag: boolean): void {
    const { open, openKinds, skipAt } = this
    if (skipAt < 0 || (openKinds[skipAt]! & (KIND.special | KIND.formatting)) !== 0) return
    let special = false // between the formatting element and the top
    for (let i = this.depth - 1; i >= Math.max(0, this.depth - MAX_OPEN_SCAN); i--) {
      const k = openKinds[i]!
      if (open[i] === name) {
        if (i >= skipAt) return
        // No special element: at an end tag openElement found it (popTo); at `<a>`, a start tag ends it.
        if (!special) return startTag ? this.popTo(i, false) : undefined
        let block = skipAt + 1
        while (block < this.depth && (openKinds[block]! & KIND.special) === 0) block++
        return this.hiddenHere(block < this.depth ? this.openStarts[block]! : this.tagStart)
      }
      if ((k & KIND.scope) !== 0 || (k & KIND.marker) !== 0) return // not in scope, or behind a marker
      if ((k & KIND.special) !== 0) special = true
    }
  }

  /**
   * Index of the cell an end tag of a table, its body or row closes first (`<td><kbd>a</tr> Kiev`:
   * the browser closes the cell, and the kbd with it), when that element is open below it; or -1.
   */
  private cellClosedBy(name: string): number {
    const { open } = this
    let cell = -1
    for (let i = this.depth - 1; i >= Math.max(0, this.depth - MAX_OPEN_SCAN); i--) {
      const n = open[i]!
      if (cell < 0) {
        if (n === 'td' || n === 'th') cell = i
        else if (n === 'table' || n === 'caption' || n === 'template') return -1
      } else if (n === name) return cell
      else if (n === 'table' || n === 'template') return -1
    }
    return -1
  }

  /** Whether the skipped element is a formatting element whose end tag, here, runs the adoption agency: in scope, a special element above it. */
  private adoptsItself(): boolean {
    const { openKinds, skipAt } = this
    if ((openKinds[skipAt]! & KIND.formatting) === 0 || skipAt < this.depth - MAX_OPEN_SCAN) return false
    let block = false
    for (let i = this.depth - 1; i > skipAt; i--) {
      const k = openKinds[i]!
      if ((k & KIND.scope) !== 0) return false
      if ((k & KIND.special) !== 0) block = true
    }
    return block
  }

  /** Takes the element at index `at` off the open elements, those above it staying open. */
  private removeOpen(at: number): void {
    const { open, openKinds, openStarts } = this
    for (let i = at + 1; i < this.depth; i++) {
      open[i - 1] = open[i]!
      openKinds[i - 1] = openKinds[i]!
      openStarts[i - 1] = openStarts[i]!
    }
    this.depth--
  }

  /** A browser ends the skipped element here, which goes on here to its own end tags: what follows is reported. */
  private hiddenHere(from = this.tagStart): void {
    if (this.hiddenFrom < 0) this.hiddenFrom = from
    this.skipDepth = this.openSkipDepth()
    this.skipAt = -1
  }

  /**
   * Index in `open` of the element an end tag `</name>` (KIND bits `kind`) ends, or -1 when the
   * tree builder ignores it: the end tag of a special element looks for it in scope (SCOPE; a
   * `button` holds a `p`, a list an `li`), another one stops at a special element. Looks at most
   * MAX_OPEN_SCAN elements down (then -1: a skipped element stays skipped, as before this was
   * looked at).
   */
  private openElement(name: string, kind: number): number {
    const { open, openKinds } = this
    const stops = (kind & KIND.special) !== 0 ? KIND.scope : KIND.special
    const stop = Math.max(0, this.depth - MAX_OPEN_SCAN)
    for (let i = this.depth - 1; i >= stop; i--) {
      const n = open[i]!
      if (n === name) return i
      if ((openKinds[i]! & stops) !== 0 || (name === 'p' && n === 'button') || (name === 'li' && (n === 'ol' || n === 'ul'))) return -1
    }
    return -1
  }

  /**
   * Index of the `li` an `<li>` ends (of the `dd` or `dt` a `<dd>` or `<dt>` ends), or -1: the
   * tree builder looks down to a special element other than `address`, `div` and `p`.
   */
  private openItem(name: string): number {
    const { open, openKinds } = this
    const dl = name !== 'li'
    const stop = Math.max(0, this.depth - MAX_OPEN_SCAN)
    for (let i = this.depth - 1; i >= stop; i--) {
      const n = open[i]!
      if (dl ? n === 'dd' || n === 'dt' : n === 'li') return i
      if ((openKinds[i]! & KIND.special) !== 0 && n !== 'address' && n !== 'div' && n !== 'p') return -1
    }
    return -1
  }

  /**
   * When the skipped element's holders lie deeper than openElement looks (MAX_OPEN_SCAN), an
   * end or start tag that would end them is not seen: from there the element counts its own end
   * tags, and what it hides is reported (a browser may show it), never passed over.
   */
  private beyondScan(): void {
    if (this.skipAt < 0 || this.skipAt >= this.depth - MAX_OPEN_SCAN) return
    this.hiddenHere()
  }

  /** The body and row a browser opens for a row or cell put straight in a table (`<table><td>`): their end tags end the cell. */
  private impliedTableParts(name: string): void {
    const top = this.depth > 0 ? this.open[this.depth - 1] : undefined
    const cell = name === 'td' || name === 'th'
    if (top === 'table' && (cell || name === 'tr')) this.pushOpen('tbody', ELEMENT_KINDS.get('tbody')!)
    if (cell && (top === 'table' || top === 'tbody' || top === 'thead' || top === 'tfoot')) this.pushOpen('tr', ELEMENT_KINDS.get('tr')!)
  }

  /** Reports the values of the tag's attributes that show on a form control (shownOn). */
  private reportControlAttributes(tag: string): void {
    for (const [start, end, attribute] of this.controlAttributes) {
      if (shownOn(tag, attribute, this.type) && /\S/.test(this.source.slice(start, end))) this.hidden.push([start, end, 'form-control'])
    }
  }

  /** Index in `open` of the last `name` (looked for as far as openElement looks), or -1. */
  private lastOpen(name: string): number {
    const { open } = this
    for (let i = this.depth - 1; i >= Math.max(0, this.depth - MAX_OPEN_SCAN); i--) if (open[i] === name) return i
    return -1
  }

  /** Whether a `table` is open (looked for as far as openElement looks). */
  private inTable(): boolean {
    const { open } = this
    for (let i = this.depth - 1; i >= Math.max(0, this.depth - MAX_OPEN_SCAN); i--) if (open[i] === 'table') return true
    return false
  }

  /**
   * Closes the open elements from index `at` up. The skipped element among them ends at an end
   * tag (`endTag`), but the browser opens a formatting element closed so again for what follows
   * (REOPENED: `<p><code>a</p><p>Kiev</p>` has "Kiev" in code), unless a marker under it closes
   * too (`<td><code>a</td><td>Kiev`); so is one opened inside it (`<samp><code>a</samp>Kiev`).
   * `own`: the end tag is the skipped element's own. Closed by a start tag (`<p><kbd>a<div>Kiev`,
   * `<li><kbd>a<li>Kiev`), it ends in a browser too, but here it stays skipped to its own end
   * tag, as htmlparser2's Parser (the property tests' reading) nests the new element in it:
   * never more prose than before there.
   */
  private popTo(at: number, endTag: boolean, own = false, marker = false): void {
    const { skipAt } = this
    if (skipAt < 0 || at > skipAt) return this.truncate(at)
    if (!endTag) {
      // A browser ends it here, and shows what follows, unless it opens it again for that text
      // (`<p><code>a<div>Kiev`: Kiev is code there too), as it does at an end tag below; not
      // in a cell the tag opens (`marker`).
      if (this.hiddenFrom < 0 && (marker || !this.reopensAt(at))) this.hiddenFrom = this.tagStart
      const depth = this.openSkipDepth()
      this.truncate(at)
      this.skipDepth = depth
      this.skipAt = -1
      return
    }
    // (the element an end tag ends, `own`, is not opened again)
    const reopened = this.reopenedFrom(own ? at + 1 : at)
    this.truncate(at)
    if (reopened !== undefined && reopened === this.skip) {
      this.reopen(reopened)
      return
    }
    this.endSkip()
    if (reopened === undefined) return
    // one opened inside the skipped element (`<samp><code>`): what follows is in it now
    this.skip = reopened
    this.skipDepth = 1
    this.reopen(reopened)
  }

  /** The first formatting element a browser opens again among those closed from index `from` up, unless a marker closes first. */
  private reopenedFrom(from: number): string | undefined {
    const { open, openKinds } = this
    for (let i = from; i < this.depth; i++) {
      const k = openKinds[i]!
      if ((k & KIND.marker) !== 0) return undefined
      if ((k & KIND.reopened) !== 0) return open[i]
    }
    return undefined
  }

  /** Whether the skipped element, closed from index `at` up by a start tag, is opened again for what follows. */
  private reopensAt(at: number): boolean {
    return this.reopenedFrom(at) === this.skip
  }

  private reopen(name: string): void {
    this.pushOpen(name, ELEMENT_KINDS.get(name) ?? 0)
    this.skipAt = this.depth - 1
  }

  /** Records the span hidden since a browser would have ended the skipped element, up to `end`. */
  private reportHidden(end: number): void {
    if (this.hiddenFrom < 0) return
    // Only markup (`<span><span>`) hides no text: nothing to say.
    if (/(?:^|>)[^<]*[^<\s]/.test(this.source.slice(this.hiddenFrom, end))) this.hidden.push([this.hiddenFrom, end, 'left-open'])
    this.hiddenFrom = -1
  }

  /** Records the text of a REPORTED element, from its first run to its last, unless already in a left-open span. */
  private reportText(): void {
    if (this.reportFrom < 0) return
    const last = this.hidden[this.hidden.length - 1]
    if (!(last && last[0] <= this.reportFrom && this.reportTo <= last[1])) this.hidden.push([this.reportFrom, this.reportTo, REPORTED.get(this.skip!)!])
    this.reportFrom = this.reportTo = -1
  }

  /** Closes the open elements from index `at` up (their names only: popTo ends what they hold). */
  private truncate(at: number): void {
    this.depth = at
  }

  private pushOpen(name: string, kind: number): void {
    this.openStarts[this.depth] = this.tagStart
    this.open[this.depth] = name
    this.openKinds[this.depth++] = kind
  }

  private endSkip(): void {
    if (this.jsonLdFrom >= 0 && this.skip === 'script') for (const block of readJsonLd(this.source, this.jsonLdFrom, this.tagStart)) this.push(block, false)
    this.jsonLdFrom = -1
    this.reportHidden(this.tagStart)
    this.reportText()
    this.quiet = 0
    if (((ELEMENT_KINDS.get(this.skip!) ?? 0) & KIND.inlineSkip) === 0) this.endBlock()
    this.skip = undefined
    this.skipDepth = 0
    this.skipAt = -1
  }

  private attributeBlock({ start, end, quote }: PendingAttribute): void {
    const builder = new BlockBuilder({ kind: 'html-attribute', quote })
    decodeHtml(this.source, start, end, DecodingMode.Attribute, builder)
    this.push(builder.finish(), false)
  }

  private addText(start: number, end: number): void {
    // A reference that shows as two characters is reported twice, with the same range.
    if (this.textStart >= 0 && start >= this.textStart && start <= this.textEnd) {
      this.textEnd = Math.max(this.textEnd, end)
      return
    }
    this.flushText()
    this.textStart = start
    this.textEnd = end
  }

  private flushText(): void {
    if (this.textStart < 0) return
    if (this.skip === undefined) decodeHtml(this.source, this.textStart, this.textEnd, DecodingMode.Legacy, this.block)
    else if (this.quiet === 0 && REPORTED.has(this.skip)) {
      // its text, without the whitespace around it
      const text = this.source.slice(this.textStart, this.textEnd)
      const first = text.search(/\S/)
      if (first >= 0) {
        if (this.reportFrom < 0) this.reportFrom = this.textStart + first
        this.reportTo = this.textStart + text.trimEnd().length
      }
    }
    this.textStart = this.textEnd = -1
  }

  private endBlock(): void {
    this.push(this.block.finish(), true)
  }

  private push(block: ProseBlock | undefined, shortcodes: boolean): void {
    if (!block) return
    const ranges = findUrls(block)
    // Not push(...): a long block can hold more shortcodes than a call may take arguments.
    if (shortcodes) for (const range of findShortcodes(block.text)) ranges.push(range)
    const protectedBlock = protect(block, ranges)
    if (protectedBlock) this.blocks.push(protectedBlock)
  }
}

/**
 * Whether attribute `attribute` of a `tag` (of `type`) shows as text on the page: a text field's
 * initial value or a button's label (`<input value>`), a placeholder, an option's label. Like a
 * text area's text, it is also what the form sends or matches on: reported, not edited.
 */
function shownOn(tag: string, attribute: string, type: string): boolean {
  if (attribute === 'placeholder') return tag === 'input' || tag === 'textarea'
  if (attribute === 'label') return tag === 'option' || tag === 'optgroup'
  return tag === 'input' && !VALUE_NOT_SHOWN.has(type)
}

/** Input types whose `value` is no text on the page (an unknown type is a text field). */
const VALUE_NOT_SHOWN = new Set(['hidden', 'checkbox', 'radio', 'image', 'file', 'color', 'range', 'password', 'number', 'date', 'datetime-local', 'month', 'week', 'time'])

/** The lowest of indexes that may be -1 (none), or -1. */
function lowest(...indexes: number[]): number {
  let low = -1
  for (const i of indexes) if (i >= 0 && (low < 0 || i < low)) low = i
  return low
}

/** How far down the open elements an end tag looks for its own (a long run of stray end tags then costs no more than this each). */
const MAX_OPEN_SCAN = 256

/**
 * Where an attribute's value starts: after the name, optional whitespace, `=`, optional
 * whitespace and an optional quote (the tokenizer reports no index for it).
 */
function valueStart(source: string, nameEnd: number): number {
  let i = nameEnd
  while (isSpace(source.charCodeAt(i))) i++
  i++ // `=`
  while (isSpace(source.charCodeAt(i))) i++
  const c = source[i]
  return c === '"' || c === "'" ? i + 1 : i
}

/** ASCII whitespace: https://infra.spec.whatwg.org/#ascii-whitespace */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d
}
