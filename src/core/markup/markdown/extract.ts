import type { Token } from 'markdown-it'
import { BlockBuilder, shiftBlock } from '../block-builder.js'
import { extractHtml, type SkipState, walkHtml } from '../extract-html.js'
import { FOREIGN, INLINE, INLINE_ATOM, SKIP, VOID } from '../html-elements.js'
import { findUrls, protect } from '../protect.js'
import type { ProseBlock } from '../types.js'
import { type ContentMap, endOf, pieceAt, startOf } from './content-map.js'
import { isInlineResource } from './link-resource.js'
import { findLiteralAutolinks, type Span } from './literals.js'
import { contentMap, createMarkdownParser } from './parser.js'
import type { DefinitionMeta } from './plugin-definitions.js'
import { MarkdownSource } from './source.js'
import { decodeAlt, decodeTitle, tagOf } from './syntax.js'

const MARKDOWN = { kind: 'markdown' } as const

/** Built once by its factory and never changed after (parser.ts); parsing keeps no state in it. */
const parser = createMarkdownParser()

/** A GFM task list item's check, `[ ]` or `[x]`, and the character after it. */
const TASK_CHECK = /^\[[\t\n xX]\][\t\n ]/

/**
 * The prose of a Markdown document (CommonMark + GFM + front matter), as blocks of segments
 * mapped to exact source offsets. Prose: the text of paragraphs, headings, table cells, list
 * items and block quotes (through their paragraphs), emphasis, link text, image alt text and
 * link titles. Not prose: code (inline, fenced, indented), URLs (destinations, autolinks, GFM
 * literal URLs), front matter, link reference labels, and raw HTML markup (HTML blocks at top
 * level go through the HTML extractor; `<code>…</code>` inline hides what it wraps).
 *
 * markdown-it parses; its plugins (parser.ts) record where every inline token sits in its block's
 * content and where that content sits in the source. Text that cannot be placed exactly is not
 * prose and is never touched.
 */
export function extractMarkdown(source: string): ProseBlock[] {
  const doc = new MarkdownSource(source)
  const parsed = parser.parse(doc.body)
  const walker = new MarkdownWalker(doc, parsed.src, parsed.tokens)
  walker.run()
  return walker.blocks.sort((a, b) => a.start - b.start)
}

/** One inline token's content and its map, while its children are walked. */
interface Inline {
  content: string
  map: ContentMap
  children: Token[]
  /** Spans that are not prose though markdown-it reads text there (GFM autolink literals), in order. */
  literals: Span[]
  /** Content before this offset is not prose (a task list item's check). */
  from: number
}

class MarkdownWalker {
  readonly blocks: ProseBlock[] = []
  private block = new BlockBuilder(MARKDOWN)
  /** An inline HTML element whose content is not prose (`<code>`), open in this paragraph. */
  private skip: SkipState | undefined
  /**
   * Such an element left open by an HTML block or a paragraph: what follows, up to its end
   * tag, is inside it once rendered (`<code>` alone on a line, a blank line, then text).
   */
  private flowSkip: SkipState | undefined
  /** An inline link (`[text](url "title")`) whose text is being walked: where it starts, its title. */
  private link: { start: number; title: string } | undefined
  private lineStarts: number[] | undefined

  constructor(private readonly doc: MarkdownSource, private readonly src: string, private readonly tokens: Token[]) {}

  run(): void {
    const { tokens } = this
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (this.flowSkip && t.type !== 'html_block') {
        i = this.skipFlow(i)
        continue
      }
      switch (t.type) {
        case 'inline': {
          // paragraphs, headings, table cells
          const paragraph = tokens[i - 1]?.type === 'paragraph_open' ? tokens[i - 1] : undefined
          this.inline(t, !!paragraph && tokens[i - 2]?.type === 'list_item_open', !!paragraph && paragraph.level > 0)
          this.flowSkip = this.skip
          this.endBlock()
          break
        }
        case 'html_block':
          this.flowHtml(t)
          break
        case 'reference_definition': {
          const meta = t.meta as unknown as DefinitionMeta | null
          if (meta?.title) this.title(this.doc.offset(meta.start), this.doc.offset(meta.end), false, meta.title)
          break
        }
        // Code and everything else: nothing of its own is prose.
      }
    }
    this.endBlock()
  }

  private endBlock(): void {
    this.skip = undefined
    this.push(this.block.finish())
  }

  /**
   * `task`: the first paragraph of a list item; `nested`: a paragraph inside a container, whose
   * unindented lines continue it lazily.
   */
  private inline(token: Token, task: boolean, nested: boolean): void {
    const map = contentMap(token)
    const children = token.children ?? []
    const { content } = token
    this.link = undefined
    // Content or a child we cannot place (never seen; the maps are checked as they are built):
    // not prose, but a `<code>` in it still hides what follows.
    if (!map || children.some((c) => c.map === null)) return this.trackSkip(children)
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
      if (t.type !== 'text' && overlaps(ctx.literals, a, b)) {
        if (ctx.literals.some(([, y]) => a < y && y < b)) {
          // The URL ends inside this token: `https://kiev.example/a\<b>` takes the backslash, so
          // `<b>` is a tag, not text; in ``www.kiev.example/`[ ] `Kiev` `` the first backtick, so
          // the code span is another. From here on the two readings differ: not prose.
          this.atom(ctx, a, content.length)
          return
        }
        // Markup inside a GFM literal URL is part of the URL.
        const end = t.type === 'link_open' ? closing(children, k) : k
        this.atom(ctx, a, children[end]!.map![1])
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

  /** Content [a, b) that the source holds character for character (but for a table's `\|`). */
  private literalText(ctx: Inline, a: number, b: number): void {
    const { map, content } = ctx
    for (let i = pieceAt(map, a); i < map.length && map[i]!.at < b; i++) {
      const p = map[i]!
      const x = Math.max(a, p.at)
      const y = Math.min(b, p.at + p.len)
      if (x >= y) continue
      if (p.kind === 'copy') {
        const start = this.doc.offset(p.src + (x - p.at))
        const end = this.doc.offset(p.src + (y - p.at))
        const text = this.doc.source.slice(start, end)
        if (text === content.slice(x, y)) this.block.text(start, end, text)
        else this.block.atom(start, end) // a NUL the parser read as U+FFFD
      } else if (p.kind === 'pipe') this.block.ref(this.doc.offset(p.src), this.doc.offset(p.src + 2), '|')
      else this.atom(ctx, x, y)
    }
  }

  /** A backslash escape or character reference: what it shows is `shown`. */
  private special(ctx: Inline, a: number, b: number, shown: string): void {
    const range = this.range(ctx, a, b)
    if (!range) return
    const raw = this.doc.source.slice(range[0], range[1])
    if (raw === shown) this.block.text(range[0], range[1], raw) // `\a`: not an escape, shown as written
    else this.block.ref(range[0], range[1], shown)
  }

  /** A soft line break: the line ending as written; the prefix of the next line is left out. */
  private lineEnding(ctx: Inline, a: number): void {
    const at = startOf(ctx.map, a)
    if (at === undefined || ctx.content[a] !== '\n') return this.endBlock()
    const start = this.doc.offset(at)
    const { source } = this.doc
    const end = start + (source.startsWith('\r\n', start) ? 2 : 1)
    this.block.text(start, end, source.slice(start, end))
  }

  /**
   * `[text](url "title")` and `[text][label]`: the text is prose, and an inline link's title
   * too. `[Kiev]` and `[Kiev][]` are not: their text is also the label that finds the
   * definition. Autolinks (`<https://…>`) are not prose.
   */
  private linkOpen(ctx: Inline, k: number): number {
    const open = ctx.children[k]!
    const end = closing(ctx.children, k)
    const close = ctx.children[end]!
    const kind = open.markup === 'autolink' ? undefined : referenceKind(ctx.content, close.map![0], close.map![1])
    if (kind !== 'inline' && kind !== 'full') {
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
   * An image is an atom in its paragraph. Its alt text is a block of its own when the image has
   * one of its own (not `![Kiev]` or `![Kiev][]`, whose text is a label) and it decodes exactly:
   * alt text with markup in it (`![*Kiev*](…)`) stays as it is. An inline image's title is prose.
   */
  private image(ctx: Inline, t: Token): void {
    const [a, b] = t.map!
    const range = this.range(ctx, a, b)
    if (!range) return
    this.block.atom(range[0], range[1])
    const kind = referenceKind(ctx.content, a + 2 + t.content.length, b)
    const alt = altText(t.children)
    if ((kind === 'inline' || kind === 'full') && alt) {
      const builder = new BlockBuilder(MARKDOWN)
      if (decodeAlt(this.doc.source, range[0], range[1], alt, builder)) this.push(builder.finish())
    }
    const title = t.attrGet('title')
    if (kind === 'inline' && title) this.title(range[0], range[1], true, String(title))
  }

  /** A link title is a tooltip people read, like an HTML `title` attribute: prose. */
  private title(start: number, end: number, paren: boolean, title: string): void {
    const builder = new BlockBuilder(MARKDOWN)
    const quote = decodeTitle(this.doc.source, start, end, paren, title, builder)
    if (quote) this.push(builder.finish({ kind: 'markdown', quote }))
  }

  /**
   * An HTML block is extracted as HTML when it is one run of the source (not cut by container
   * prefixes), carrying over an element left open by an earlier one.
   */
  private flowHtml(t: Token): void {
    const map = t.meta?.content as ContentMap | undefined
    let contiguous = !!map && map.length > 0
    if (map) for (let i = 0; i < map.length; i++) {
      const p = map[i]!
      if (p.kind !== 'copy' || (i > 0 && p.src !== map[i - 1]!.src + map[i - 1]!.len)) contiguous = false
    }
    const last = map?.[map.length - 1]
    if (!contiguous || !map || !last) return void this.skipFlowRange(t.map ? this.lineRange(t.map) : undefined)
    let end = last.src + last.len
    if (this.src[end - 1] === '\n') end--
    const start = this.doc.offset(map[0]!.src)
    const value = this.doc.source.slice(start, this.doc.offset(end))
    const { blocks, skip } = walkHtml(value, this.flowSkip)
    this.flowSkip = skip
    for (const block of blocks) this.push(shiftBlock(block, start), false)
  }

  /**
   * Skips the block at `i` whole (to its closing token) while an element is open; the element
   * ends with it if its end tag is anywhere inside. Returns the index of the last token skipped.
   */
  private skipFlow(i: number): number {
    const t = this.tokens[i]!
    if (t.nesting === -1) return i
    const end = t.nesting === 1 ? closing(this.tokens, i) : i
    let range: Span | undefined
    if (t.map) range = this.lineRange(t.map)
    else {
      // table cells have no line map: their content has one
      const inline = this.tokens[i + 1]
      const map = inline?.type === 'inline' ? contentMap(inline) : undefined
      const first = map?.[0]
      const last = map?.[map.length - 1]
      if (first && last) range = [first.src, endOf(map, last.at + last.len)!]
    }
    this.skipFlowRange(range)
    return end
  }

  private skipFlowRange(range: Span | undefined): void {
    const name = this.flowSkip?.name
    if (name && range && this.src.slice(range[0], range[1]).toLowerCase().includes(`</${name}`)) this.flowSkip = undefined
  }

  /** Parsed-text range of lines [from, to). */
  private lineRange([from, to]: [number, number]): Span {
    if (!this.lineStarts) {
      const starts = [0]
      for (let i = this.src.indexOf('\n'); i >= 0; i = this.src.indexOf('\n', i + 1)) starts.push(i + 1)
      this.lineStarts = starts
    }
    const starts = this.lineStarts
    return [starts[from] ?? this.src.length, starts[to] ?? this.src.length]
  }

  private inlineHtml(ctx: Inline, t: Token): void {
    const range = this.range(ctx, ...t.map!)
    if (!range) return
    const value = t.content
    // `alt` and `title` of an inline `<img>` or `<abbr>`, when the tag is one run of the source.
    const raw = this.doc.source.slice(range[0], range[1])
    if (raw === value || (raw.includes('\r') && raw.replace(/\r\n?/g, '\n') === value)) {
      for (const block of extractHtml(raw)) this.push(shiftBlock(block, range[0]), false)
    }
    const tag = tagOf(value)
    if (!tag) return // a comment: markup, but no boundary
    const { name, closing: isClosing, selfClosing } = tag
    if (!isClosing && SKIP.has(name)) {
      this.block.atom(range[0], range[1])
      if (!VOID.has(name) && !(selfClosing && FOREIGN.has(name))) this.skip = { name, depth: 1 }
    } else if (!isClosing && INLINE_ATOM.has(name)) this.block.atom(range[0], range[1])
    else if (!INLINE.has(name)) this.endBlock()
  }

  /** The open element of `skip` across inline HTML that is not walked. */
  private trackSkip(children: Token[]): void {
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
  private skipped(ctx: Inline, k: number): number {
    const t = ctx.children[k]!
    if (t.nesting === -1) return k
    const end = t.nesting === 1 ? closing(ctx.children, k) : k
    this.atom(ctx, t.map![0], ctx.children[end]!.map![1])
    const skip = this.skip
    const tag = t.type === 'html_inline' ? tagOf(t.content) : undefined
    if (!skip || tag?.name !== skip.name) return end
    if (tag.closing) skip.depth--
    else if (!tag.selfClosing) skip.depth++
    if (skip.depth === 0) this.skip = undefined
    return end
  }

  private atom(ctx: Inline, a: number, b: number): void {
    const range = this.range(ctx, a, b)
    if (range) this.block.atom(range[0], range[1])
  }

  /** Document range of content [a, b). */
  private range(ctx: Inline, a: number, b: number): Span | undefined {
    const start = startOf(ctx.map, a)
    const end = endOf(ctx.map, b)
    if (start === undefined || end === undefined) return undefined
    return [this.doc.offset(start), this.doc.offset(end)]
  }

  private push(block: ProseBlock | undefined, urls = true): void {
    const safe = block && urls ? protect(block, findUrls(block.text)) : block
    if (safe) this.blocks.push(safe)
  }
}

/**
 * What follows a link's or an image's label `]` (content [start, end)): `](…)`, `][label]`,
 * `][]` or nothing; undefined for anything else.
 */
function referenceKind(content: string, start: number, end: number): 'inline' | 'full' | 'collapsed' | 'shortcut' | undefined {
  if (content[start] !== ']') return undefined
  if (end === start + 1) return 'shortcut'
  if (content[start + 1] === '(') return isInlineResource(parser.helpers, content, start + 1, end) ? 'inline' : undefined
  if (content[start + 1] !== '[' || content[end - 1] !== ']') return undefined
  return /^\s*$/.test(content.slice(start + 2, end - 1)) ? 'collapsed' : 'full'
}

/** An image's alt text when its label holds nothing but text, escapes and references. */
function altText(children: Token[] | null): string | undefined {
  let alt = ''
  for (const c of children ?? []) {
    if (c.type === 'text' || c.type === 'text_special') alt += c.content
    else if (c.type === 'softbreak') alt += '\n'
    else return undefined
  }
  return alt || undefined
}

/**
 * Spans of inline content that are not prose though markdown-it reads them as text: GFM
 * autolink literals, and in a nested paragraph a lazy line that reads as a link reference
 * definition (`- Kiev\n[kiev]: /kiev/Kiev`), which micromark takes for one.
 */
function nonProse(content: string, children: Token[], nested: boolean): Span[] {
  const spans = findLiteralAutolinks(content, children)
  if (!nested || !content.includes(']:')) return spans
  const definitions: Span[] = []
  for (const t of children) {
    if (t.type !== 'softbreak' || !t.map) continue
    DEFINITION.lastIndex = t.map[1]
    if (DEFINITION.test(content)) definitions.push([t.map[1], DEFINITION.lastIndex])
  }
  if (definitions.length === 0) return spans
  const merged: Span[] = []
  for (const [a, b] of [...spans, ...definitions].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else merged.push([a, b])
  }
  return merged
}

/** A link reference definition's label and destination, at a line start. */
const DEFINITION = /\[(?:\\.|[^\\[\]])+\]:[ \t]*(?:<[^<>\n]*>|[^\s<]\S*)/y

/** Index of the token that closes the one opened at `k`. */
function closing(tokens: Token[], k: number): number {
  let depth = 0
  for (let i = k; i < tokens.length; i++) {
    depth += tokens[i]!.nesting
    if (depth === 0) return i
  }
  return tokens.length - 1
}

function nextNonEmpty(children: Token[], k: number): Token | undefined {
  for (let i = k; i < children.length; i++) {
    const t = children[i]!
    if (t.type !== 'text' || t.content !== '') return t
  }
  return undefined
}

function overlaps(spans: Span[], a: number, b: number): boolean {
  for (const [x, y] of spans) {
    if (x >= b) return false
    if (y > a) return true
  }
  return false
}
