import type { Token } from 'markdown-it'
import { BlockBuilder, shiftBlock } from '../block-builder.js'
import type { ProseBlock } from '../types.js'
import { createMarkdownParser } from './parser.js'
import type { ContentMaps } from './content-map.js'
import { definitionOf } from './plugin-definitions.js'
import { Part, PLACEHOLDER, type Placeholder, referenceText, type SimpleChunk, splitSimpleChunks } from './simple-chunks.js'
import { type DocumentOffsets, MarkdownSource } from './source.js'
import { readFrontMatter } from './front-matter.js'
import { readLines, type UnreadSpan, unreadSpans } from './unread.js'
import { decodeAlt, titleRange } from './syntax.js'
import type { Span } from './literals.js'
import { overlapsAny } from '../../text/spans.js'
import { lowerBound } from '../../text/sorted.js'
import { altText, closing, nextNonEmpty, nonProse, referenceKind } from './tokens.js'
import { type Inline, MARKDOWN } from './walker-base.js'
import { HtmlWalker } from './walker-html.js'
import type { SkipState } from '../extract-html.js'
import { ELEMENT_KINDS, KIND } from '../html-elements.js'

/** Built once by its factory and never changed after (parser.ts); parsing keeps no state in it. */
const parser = createMarkdownParser()

/** A GFM task list item's check, `[ ]` or `[x]`, and the character after it. */
const TASK_CHECK = /^\[[\t\n xX]\][\t\n ]/

/**
 * The prose of a Markdown document (CommonMark + GFM + front matter), as blocks of segments
 * mapped to exact source offsets. Prose: the text of paragraphs, headings, table cells, list
 * items and block quotes (through their paragraphs), emphasis, link text, image alt text and
 * link titles. Not prose: code (inline, fenced, indented), URLs (destinations, autolinks, GFM
 * literal URLs), front matter but the values of its title and summary keys (front-matter.ts), the labels of definitions and full references, and raw HTML
 * markup (HTML blocks at top level go through the HTML extractor; `<code>…</code>` inline hides
 * what it wraps).
 *
 * markdown-it parses; its plugins (parser.ts) record where every inline token sits in its block's
 * content and where that content sits in the source. Text that cannot be placed exactly is not
 * prose and is never touched; readMarkdown reports it, and what the parser skipped (unread.ts).
 * The text of a shortcut or collapsed reference (`[Kiev]`, `[Kiev][]`) is prose that is also
 * its label: readMarkdown says where (`labels`), so that a change there is only suggested.
 */
export function extractMarkdown(source: string, options: { simpleChunks?: boolean } = {}): ProseBlock[] {
  return readMarkdown(source, options).blocks
}

/**
 * The prose of a Markdown document (extractMarkdown), the text the parser never read (unread.ts),
 * and `labels`: source ranges of prose that is also a reference label, the text of a shortcut or
 * collapsed reference link or image (`[Kiev]`, `[Kiev][]`, `![Kiev]`), which must match its
 * definition (`[kiev]: …`; https://spec.commonmark.org/0.31.2/#shortcut-reference-link). A
 * change there alone would break the link: the caller only suggests it (`reference-label`).
 */
export function readMarkdown(source: string, { simpleChunks = true }: { simpleChunks?: boolean } = {}): { blocks: ProseBlock[]; unread: UnreadSpan[]; labels: Span[]; definitions: ReadonlySet<string> } {
  const { blocks, unread, labels, definitions } = extract(source, simpleChunks)
  return { blocks, unread, labels, definitions }
}

/**
 * Whether replacing [start, end) of the source by `replacement` would turn bracketed text that
 * links nowhere into a link: `See [Kiev] now.` is text while only `[kyiv]: …` is defined, and
 * `See [Kyiv] now.` is a shortcut reference to it (https://spec.commonmark.org/0.31.2/#shortcut-reference-link).
 * A prefilter for a rare case, so it errs towards yes: the caller then only suggests the change.
 */
export type BecomesLabel = (start: number, end: number, replacement: string) => boolean

/** A link label is at most 999 characters (https://spec.commonmark.org/0.31.2/#link-label). */
const MAX_LABEL = 999
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const LF = 0x0a
const CR = 0x0d

/** `definitions`: readMarkdown's, the labels `source` defines. */
export function becomesLabel(source: string, definitions: ReadonlySet<string>): BecomesLabel {
  // Where each search below stops, found once for the document on the first call: this runs for
  // every change of a document that defines a label (a scan to the bracket or blank line from
  // each change was a tenth of the normalization of copy dense in references).
  let stops: LabelStops | undefined
  // Whether each replacement seen may be inside a defined label (mayBeInLabel), once per distinct one.
  const inLabel = new Map<string, boolean>()
  const labels = [...definitions]
  return (start, end, replacement) => {
    let may = inLabel.get(replacement)
    if (may === undefined) inLabel.set(replacement, (may = mayBeInLabel(replacement, labels)))
    if (!may) return false
    stops ??= labelStops(source)
    const { brackets, blankBefore, blankAfter } = stops
    // The bracket that would open the label: the nearest unescaped bracket before the change,
    // within a label's length, with no blank line between.
    const b = lowerBound(brackets, start) - 1
    const open = b >= 0 ? brackets[b]! : -1
    if (open < 0 || start - open > MAX_LABEL) return false
    const blank = lowerBound(blankBefore, start) - 1
    if ((blank >= 0 && blankBefore[blank]! > open) || source.charCodeAt(open) !== OPEN_BRACKET) return false
    // The bracket that would close it, the same way after the change (past a label's length,
    // the unit there is what is looked at).
    const c = lowerBound(brackets, end)
    const a = lowerBound(blankAfter, end)
    const blankAt = a < blankAfter.length && blankAfter[a]! - end <= MAX_LABEL ? blankAfter[a]! : -1
    let close: number
    if (c < brackets.length && brackets[c]! - end <= MAX_LABEL) {
      close = brackets[c]!
      if (blankAt >= 0 && blankAt < close) return false
    } else {
      if (blankAt >= 0) return false
      close = Math.min(source.length, end + MAX_LABEL + 1)
    }
    if (source[close] !== ']') return false
    // `[text](…)` and `[text][label]` are links whose text is no label; `[text][]` and `[text]` are labels.
    const after = source[close + 1]
    if (after === '(' || (after === '[' && source[close + 2] !== ']')) return false
    const label = parser.normalizeLabel(source.slice(open + 1, start) + replacement + source.slice(end, close))
    return label.length > 0 && definitions.has(label)
  }
}

/**
 * Whether a label that holds `replacement` can be one of `labels` (normalizeLabel's): the
 * replacement, normalized the same way, must be inside it. Trimming and collapsing whitespace
 * keep the replacement's words, single-spaced, as one run of the whole label's (a space at its
 * edges may merge with one around it, which its trimmed form leaves out), and case mapping is
 * per character but for the final sigma, which lower-then-upper casing makes Σ either way. So
 * a replacement inside none of the labels (nearly every name, in nearly every document) never
 * makes one, and the scan of the document for brackets and blank lines (labelStops) is not
 * needed for it.
 */
function mayBeInLabel(replacement: string, labels: readonly string[]): boolean {
  const words = parser.normalizeLabel(replacement)
  return labels.some((label) => label.includes(words))
}

interface LabelStops {
  /** The brackets no odd run of backslashes escapes, in order. */
  brackets: number[]
  /** Each LF that ends a blank line (after an LF, or a CRLF after an LF): a search backwards stops there. */
  blankBefore: number[]
  /** Each LF or CR after which a blank line comes: a search forwards stops there. */
  blankAfter: number[]
}

const LABEL_STOP = /[[\]\n\r]/g

/** The positions becomesLabel's searches stop at, in one pass over the document. */
function labelStops(source: string): LabelStops {
  const brackets: number[] = []
  const blankBefore: number[] = []
  const blankAfter: number[] = []
  // The line ending at `at` ends a blank line (only an LF there, or a CRLF, after an LF).
  const blankLineAt = (at: number) =>
    source.charCodeAt(at) === LF && (source.charCodeAt(at - 1) === LF || (source.charCodeAt(at - 1) === CR && source.charCodeAt(at - 2) === LF))
  LABEL_STOP.lastIndex = 0
  while (LABEL_STOP.test(source)) {
    const at = LABEL_STOP.lastIndex - 1
    const c = source.charCodeAt(at)
    if (c === OPEN_BRACKET || c === CLOSE_BRACKET) {
      let slashes = 0
      while (at - 1 - slashes >= 0 && source.charCodeAt(at - 1 - slashes) === 0x5c) slashes++
      if (slashes % 2 === 0) brackets.push(at)
      continue
    }
    if (c === LF && blankLineAt(at)) blankBefore.push(at)
    if (blankLineAt(at + 1) || (c === CR && blankLineAt(at + 2))) blankAfter.push(at)
  }
  return { brackets, blankBefore, blankAfter }
}

/** The chunks of `source` that extractMarkdown reads without markdown-it (for the tests and benchmarks). */
export function simpleChunksRead(source: string): SimpleChunk[] {
  return extract(source, true).simple
}

function extract(source: string, simpleChunks: boolean): { blocks: ProseBlock[]; unread: UnreadSpan[]; labels: Span[]; definitions: ReadonlySet<string>; simple: SimpleChunk[] } {
  const doc = new MarkdownSource(source)
  // Paragraphs, headings and quotes with no markup but links and emphasis are read directly
  // (simple-chunks.ts); `simpleChunks: false` gives all to markdown-it, as the tests compare.
  const excluded: number[] = []
  for (let attempt = 0; ; attempt++) {
    const split = simpleChunks && attempt < SPLIT_ATTEMPTS ? splitSimpleChunks(doc, excluded) : undefined
    const parsed = split ? parser.parse(split.reduced, definedLabels(split.chunks, doc.source)) : parser.parse(doc.body)
    const walker = new MarkdownWalker(split ? split.source : doc, parsed.src, parsed.tokens, parsed.maps, split?.placeholders ?? [], split?.firstMarkup ?? 0)
    walker.run()
    // A reference link read by simple-chunks.ts is one only if the document defines its label.
    if (split) for (const chunk of split.chunks) if (!definesLabels(chunk, doc.source, parsed.definitions) && !walker.misread.includes(chunk.run!)) walker.misread.push(chunk.run!)
    if (split && walker.misread.length > 0) {
      // A run whose placeholder markdown-it did not read as a thematic break at the top
      // level, or read while an element that hides what follows was open (inside a fence, an
      // HTML block or a `<code>` left open): parse again with those chunks in their place.
      for (const k of walker.misread) excluded.push(split.placeholders[k]!.start, split.placeholders[k]!.end)
      sortRanges(excluded)
      continue
    }
    if (split) {
      for (const chunk of split.chunks) walker.simple(chunk)
      walker.labels.sort((a, b) => a[0] - b[0])
    }
    const unread = unreadSpans(parsed.src, parsed.tokens, parser.maxNesting, walker.unplacedInline, split ? split.source : doc, split?.placeholders.map((p) => p.line))
    for (const span of walker.notRead) unread.push(span)
    // The front matter's title and summary come first in the source (front-matter.ts).
    const front = doc.start > doc.base ? readFrontMatter(source, doc.base, doc.start) : undefined
    const blocks = walker.blocks.sort((a, b) => a.start - b.start)
    return {
      blocks: front === undefined ? blocks : [...front.blocks, ...blocks],
      unread: front === undefined ? unread : [...front.unread, ...unread],
      labels: walker.labels,
      definitions: parsed.definitions,
      simple: split ? split.chunks : [],
    }
  }
}

/** The labels that the definitions read by simple-chunks.ts define, as markdown-it keys them (`normalizeReference`). */
function definedLabels(chunks: readonly SimpleChunk[], source: string): string[] {
  const labels: string[] = []
  for (const { parts, definitions } of chunks) {
    if (!definitions) continue
    for (let k = 0; k < parts.length; k += 3) if (parts[k] === Part.definition) labels.push(parser.normalizeLabel(source.slice(parts[k + 1]!, parts[k + 2]!)))
  }
  return labels
}

/** Whether every label a chunk's reference links look up is defined (markdown-it's `normalizeReference`). */
function definesLabels({ parts, references }: SimpleChunk, source: string, definitions: ReadonlySet<string>): boolean {
  if (!references) return true
  for (let k = 0; k < parts.length; k += 3) {
    const kind = parts[k]!
    if ((kind === Part.labelText || kind === Part.labelOnly) && !definitions.has(parser.normalizeLabel(source.slice(parts[k + 1]!, parts[k + 2]!)))) return false
  }
  return true
}

/**
 * Parses with simple chunks at most this many times (each time without the runs misread
 * before), then once without: putting a run back can change how what follows it reads (it may
 * end an HTML block its placeholder did not), so each parse is checked again.
 */
const SPLIT_ATTEMPTS = 2

/** Ranges [start, end, start, end, …] put in order of start, in place. */
function sortRanges(ranges: number[]): void {
  const pairs: [number, number][] = []
  for (let k = 0; k < ranges.length; k += 2) pairs.push([ranges[k]!, ranges[k + 1]!])
  pairs.sort((a, b) => a[0] - b[0])
  pairs.forEach(([a, b], k) => {
    ranges[2 * k] = a
    ranges[2 * k + 1] = b
  })
}

/**
 * An element opened inside a paragraph, heading or table cell and left open there, after the
 * block: rendered, the block's end tag (`</p>`, `</li>`, `</td>`) ends it when it ends with what
 * holds it (html-elements.ts ENDS_WITH_HOLDER: after `Kiev <kbd>x`, a paragraph `Kiev` is
 * prose), but code, a formatting element, is opened again for what follows, unless the block
 * is a table cell; raw text (`<script>`…) and the others run on to their own end tag.
 */
function heldOver(skip: SkipState | undefined, cell: boolean): SkipState | undefined {
  if (!skip) return undefined
  const kind = ELEMENT_KINDS.get(skip.name) ?? 0
  if ((kind & KIND.endsWithHolder) === 0 || ((kind & KIND.reopened) !== 0 && !cell)) return skip
  return undefined
}

class MarkdownWalker extends HtmlWalker {
  /** An inline link (`[text](url "title")`) whose text is being walked: where it starts, its title. */
  private link: { start: number; title: string } | undefined
  /** `inline` tokens whose content could not be placed in the source: reported, not read. */
  readonly unplacedInline: Token[] = []
  /** The next placeholder of simple chunks to meet in the tokens. */
  private placeholder = 0
  /** Indexes of the placeholders not read as simple-chunks.ts expects. */
  readonly misread: number[] = []
  /** Source ranges of prose that is also a reference label (readMarkdown), in source order. */
  readonly labels: Span[] = []
  /** The types of the block tokens open around the one walked (`list_item_open`, `paragraph_open`…). */
  private readonly openers: string[] = []

  constructor(doc: DocumentOffsets, src: string, tokens: Token[], maps: ContentMaps, private readonly placeholders: readonly Placeholder[], private readonly firstMarkup: number) {
    super(doc, src, tokens, maps)
  }

  run(): void {
    const { tokens } = this
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (t.type === 'hr' && this.placeholder < this.placeholders.length) this.checkPlaceholder(t)
      if (t.nesting === -1) this.openers.pop()
      if (this.flowSkip && t.type !== 'html_block') {
        i = this.skipFlow(i)
        continue
      }
      if (t.nesting === 1) this.openers.push(t.type) // (a block skipped whole is not: nor is its closing token walked)
      switch (t.type) {
        case 'inline': {
          // paragraphs, headings, table cells
          const paragraph = tokens[i - 1]?.type === 'paragraph_open' ? tokens[i - 1] : undefined
          this.startInline(!!paragraph && !paragraph.hidden, !!paragraph && this.openers[this.openers.length - 2] === 'list_item_open')
          this.inline(t, !!paragraph && tokens[i - 2]?.type === 'list_item_open', !!paragraph && paragraph.level > 0)
          const cell = tokens[i - 1]?.type === 'td_open' || tokens[i - 1]?.type === 'th_open'
          this.flowSkip = heldOver(this.skip, cell)
          this.endBlock()
          break
        }
        case 'html_block':
          this.flowHtml(t)
          break
        case 'reference_definition': {
          const meta = definitionOf(t)
          if (meta?.title) this.title(this.doc.offset(meta.start), this.doc.offset(meta.end), false, meta.title)
          break
        }
        // Code and everything else: nothing of its own is prose.
      }
    }
    this.endBlock()
    if (this.placeholder < this.placeholders.length) {
      // Placeholders no token covers: markdown-it stopped at its nesting limit in a list, which
      // then takes the rest of the document (unread.ts reports it). Column 0 after a blank line
      // ends every list, and before the document's first `<`, fence or `~~~` nothing else can be
      // open: these runs are read, as before the check (not-silent.test.ts).
      const covered = readLines(this.tokens)
      for (; this.placeholder < this.placeholders.length; this.placeholder++) {
        const p = this.placeholders[this.placeholder]!
        if (p.line < covered || p.end > this.firstMarkup) this.misread.push(this.placeholder)
      }
    }
  }

  /**
   * A run of simple chunks reads as simple-chunks.ts reads it when its placeholder is a
   * thematic break on its own line at the top level (so the block parser had nothing open
   * there: no container, fence or HTML block; the line before it is blank) and no element that
   * hides what follows is open. Then the chunks, on the same lines, read as top-level blocks too
   * and leave nothing open, as the placeholder does, and what follows reads the same. A
   * placeholder that no thematic break starts on (inside a fence, an HTML block, a paragraph)
   * is misread too.
   */
  private checkPlaceholder(t: Token): void {
    if (!t.map) return
    const line = t.map[0]
    const { placeholders } = this
    while (this.placeholder < placeholders.length && placeholders[this.placeholder]!.line < line) this.misread.push(this.placeholder++)
    if (this.placeholder >= placeholders.length || placeholders[this.placeholder]!.line !== line) return
    const read = t.level === 0 && t.map[1] === line + 1 && t.markup === PLACEHOLDER && !this.flowSkip
    if (!read) this.misread.push(this.placeholder)
    this.placeholder++
  }

  /** A chunk read by simple-chunks.ts: its parts in source order, as `inline` would give them. */
  simple({ parts, html }: SimpleChunk): void {
    const { source } = this.doc
    // an HTML block, as flowHtml reads one
    if (html) for (const block of html.blocks) this.push(shiftBlock(block, html.start), false)
    // Text, link text and line endings that follow each other in the source (a paragraph's
    // lines) go to the block as one run, sliced once: the builder would join their pieces
    // (mergeRuns) into the same segment.
    let runStart = -1
    let runEnd = -1
    for (let k = 0; k < parts.length; k += 3) {
      const kind = parts[k]!
      const start = parts[k + 1]!
      const end = parts[k + 2]!
      if (kind === Part.text || kind === Part.linkText || kind === Part.lineEnding) {
        // a line ending as written, LF or CRLF (lineEnding's)
        const to = kind === Part.lineEnding ? start + (source.startsWith('\r\n', start) ? 2 : 1) : end
        if (runStart < 0 || runEnd !== start) {
          if (runStart >= 0) this.block.text(runStart, runEnd, source.slice(runStart, runEnd))
          runStart = start
        }
        runEnd = to
        continue
      }
      if (runStart >= 0) this.block.text(runStart, runEnd, source.slice(runStart, runEnd))
      runStart = -1
      if (kind === Part.atom || kind === Part.codeElement) this.block.atom(start, end)
      else if (kind === Part.escape) this.block.ref(start, end, source[start + 1]!)
      else if (kind === Part.reference) this.block.ref(start, end, referenceText(source, start, end)!)
      else if (kind === Part.image) {
        // as `image` reads one: its alt text (the label, without markup) a block of its own
        this.block.atom(start, end)
        const builder = new BlockBuilder(MARKDOWN)
        if (decodeAlt(source, start, end, source.slice(start + 2, source.indexOf(']', start + 2)), builder)) this.push(builder.finish())
        this.simpleTitle(start, end)
      } else if (kind === Part.linkTitle) this.simpleTitle(start, end)
      else if (kind === Part.labelText) this.labels.push([start, end])
      else if (kind === Part.definitionTitle) this.simpleTitle(start, end, false)
      else if (kind !== Part.labelOnly && kind !== Part.definition) this.endBlock()
    }
    if (runStart >= 0) this.block.text(runStart, runEnd, source.slice(runStart, runEnd))
    this.endBlock()
  }

  /**
   * The title of a link or image (`paren`) or of a definition at [start, end) read by
   * simple-chunks.ts, if it has one: no escape or reference in it, so it shows as written.
   */
  private simpleTitle(start: number, end: number, paren = true): void {
    const range = titleRange(this.doc.source, start, end, paren)
    if (range) this.title(start, end, paren, this.doc.source.slice(range[0], range[1]))
  }

  /**
   * `task`: the first paragraph of a list item; `nested`: a paragraph inside a container, whose
   * unindented lines continue it lazily.
   */
  private inline(token: Token, task: boolean, nested: boolean): void {
    const map = this.maps.get(token)
    const children = token.children ?? []
    const { content } = token
    this.link = undefined
    // Content or a child we cannot place (never seen; the maps are checked as they are built):
    // not prose, but a `<code>` in it still hides what follows.
    if (!map || children.some((c) => c.map === null)) {
      this.unplacedInline.push(token)
      return this.trackSkip(children)
    }
    const ctx: Inline = {
      content, map, children,
      literals: nonProse(content, children, nested),
      from: task && TASK_CHECK.test(content) ? 4 : 0,
    }
    for (let k = 0; k < children.length; k++) {
      const t = children[k]!
      const [a, b] = t.map!
      if (b <= ctx.from) continue
      if (t.type === 'link_close') {
        this.linkClose(ctx, t)
        continue
      }
      if (this.skip) {
        k = this.skipped(ctx, k)
        continue
      }
      if (t.type !== 'text' && overlapsAny(ctx.literals, a, b)) {
        if (ctx.literals.some(([, y]) => a < y && y < b)) {
          // The URL ends inside this token: `https://kiev.example/a\<b>` takes the backslash, so
          // `<b>` is a tag, not text; in ``www.kiev.example/`[ ] `Kiev` `` the first backtick, so
          // the code span is another. From here on the two readings differ: not prose, and
          // reported (`https://kiev.example![ ](x) in Kiev` is an image to markdown-it, and
          // `![` ends the URL and `](x) in Kiev` is text to micromark).
          this.atom(ctx, a, content.length)
          const rest = this.range(ctx, a, content.length)
          if (rest) this.unplaced(rest)
          return
        }
        // Markup inside a GFM literal URL is part of the URL: a link to its end.
        const end = t.type === 'link_open' ? closing(children, k) : k
        const to = children[end]!.map![1]
        this.atom(ctx, a, to)
        // A URL that ends inside the link's text (`www.kiev.example[in Kiev](/k)` takes `[in`):
        // the rest of it is text to micromark, link text to markdown-it. Reported.
        if (ctx.literals.some(([, y]) => b <= y && y < to)) {
          const link = this.range(ctx, a, to)
          if (link) this.unplaced(link)
        }
        k = end
        continue
      }
      switch (t.type) {
        case 'text':
          this.text(ctx, k)
          break
        case 'text_special': // a backslash escape or a character reference
          this.special(ctx, a, b, t.content)
          break
        case 'softbreak':
          this.lineEnding(ctx, a)
          break
        case 'hardbreak':
          this.endBlock()
          break
        case 'em_open': case 'em_close': case 'strong_open': case 'strong_close': case 's_open': case 's_close':
          break
        case 'link_open':
          k = this.linkOpen(ctx, k)
          break
        case 'image':
          this.image(ctx, t)
          break
        case 'html_inline':
          this.inlineHtml(ctx, t)
          break
        default:
          this.atom(ctx, a, b) // inline code, footnote calls
      }
    }
  }

  private text(ctx: Inline, k: number): void {
    const t = ctx.children[k]!
    let [a, b] = t.map!
    if (t.content === '' || ctx.content.slice(a, b) !== t.content) {
      if (t.content !== '') this.atom(ctx, a, b)
      return
    }
    // Spaces and tabs before a line ending are not part of the text (markdown-it keeps tabs).
    const next = nextNonEmpty(ctx.children, k + 1)
    if (next && (next.type === 'softbreak' || (next.type === 'hardbreak' && ctx.content[next.map![0]] === '\n'))) {
      while (b > a && (ctx.content[b - 1] === ' ' || ctx.content[b - 1] === '\t')) b--
    }
    a = Math.max(a, ctx.from)
    for (const [x, y] of ctx.literals) {
      if (y <= a) continue
      if (x >= b) break
      if (x > a) this.literalText(ctx, a, x)
      this.atom(ctx, Math.max(a, x), Math.min(b, y))
      a = Math.min(b, y)
    }
    if (a < b) this.literalText(ctx, a, b)
  }

  /**
   * `[text](url "title")` and `[text][label]`: the text is prose, and an inline link's title
   * too. `[Kiev]` and `[Kiev][]`: the text is prose that is also the label that finds the
   * definition, so it is read (a name there is reported) and its range kept in `labels` (a
   * change there is only suggested). Autolinks (`<https://…>`) are not prose.
   */
  private linkOpen(ctx: Inline, k: number): number {
    const open = ctx.children[k]!
    const end = closing(ctx.children, k)
    const close = ctx.children[end]!
    const kind = open.markup === 'autolink' ? undefined : referenceKind(parser.helpers, ctx.content, close.map![0], close.map![1])
    const label = kind === 'shortcut' || kind === 'collapsed' ? this.range(ctx, open.map![1], close.map![0]) : undefined
    if (label) this.labels.push(label)
    else if (kind !== 'inline' && kind !== 'full') {
      this.atom(ctx, open.map![0], close.map![1])
      return end
    }
    const title = kind === 'inline' ? String(open.attrGet('title') ?? '') : ''
    this.link = { start: open.map![0], title }
    return k
  }

  private linkClose(ctx: Inline, close: Token): void {
    const link = this.link
    this.link = undefined
    if (!link?.title) return
    const range = this.range(ctx, link.start, close.map![1])
    if (range) this.title(range[0], range[1], true, link.title)
  }

  /**
   * An image is an atom in its paragraph. Its alt text is a block of its own when it decodes
   * exactly: alt text with markup in it (`![*Kiev*](…)`) stays as it is, reported. In
   * `![Kiev]` and `![Kiev][]` the alt text is also the label: the image's range is kept in
   * `labels`, as a link's text is. An inline image's title is prose.
   */
  private image(ctx: Inline, t: Token): void {
    const [a, b] = t.map!
    const range = this.range(ctx, a, b)
    if (!range) return
    this.block.atom(range[0], range[1])
    const kind = referenceKind(parser.helpers, ctx.content, a + 2 + t.content.length, b)
    if (kind === 'shortcut' || kind === 'collapsed') this.labels.push(range)
    if (kind !== undefined) {
      const alt = altText(t.children)
      const builder = new BlockBuilder(MARKDOWN)
      if (alt && decodeAlt(this.doc.source, range[0], range[1], alt, builder)) this.push(builder.finish())
      else this.unplaced(this.range(ctx, a + 2, a + 2 + t.content.length) ?? range)
    }
    const title = t.attrGet('title')
    if (kind === 'inline' && title) this.title(range[0], range[1], true, String(title))
  }
}
