import type { Html, Image, ImageReference, Link, Nodes, PhrasingContent } from 'mdast'
import { BlockBuilder, shiftBlock } from './block-builder.js'
import { extractHtml, type SkipState, walkHtml } from './extract-html.js'
import { FOREIGN, INLINE, INLINE_ATOM, SKIP, VOID } from './html-elements.js'
import { alignText } from './markdown-align.js'
import { decodeAlt, decodeTitle, parseMarkdown, tagOf } from './markdown-syntax.js'
import { findUrls, protect } from './protect.js'
import type { ProseBlock } from './types.js'

const MARKDOWN = { kind: 'markdown' } as const

/**
 * The prose of a Markdown document (CommonMark + GFM + front matter), as blocks of segments
 * mapped to exact source offsets. Prose: the text of paragraphs, headings, table cells, list
 * items and block quotes (through their paragraphs), emphasis, link text, image alt text and
 * link titles. Not prose: code (inline, fenced, indented), URLs (destinations, autolinks, GFM
 * literal URLs), front matter, link reference labels, and raw HTML markup (HTML blocks at top
 * level go through the HTML extractor; `<code>…</code>` inline hides what it wraps).
 */
export function extractMarkdown(source: string): ProseBlock[] {
  // micromark drops a byte order mark and counts offsets from after it.
  const base = source.charCodeAt(0) === 0xfeff ? 1 : 0
  const walker = new MarkdownWalker(source, base)
  walker.flow(parseMarkdown(base ? source.slice(base) : source))
  walker.endBlock()
  return walker.blocks.sort((a, b) => a.start - b.start)
}

interface Range {
  start: number
  end: number
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

  constructor(private readonly source: string, private readonly base: number) {}

  flow(node: Nodes): void {
    if (this.flowSkip && node.type !== 'html' && node.type !== 'root') return this.skipFlow(node)
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        this.phrasing(node.children)
        this.flowSkip = this.skip
        this.endBlock()
        return
      case 'html':
        this.flowHtml(node)
        return
      case 'definition': {
        const range = this.range(node)
        if (range && node.title) this.title(range, false, node.title)
        return
      }
      case 'code':
      case 'yaml': // and `toml`: front matter is left alone, keys and values
        return
    }
    if ('children' in node) for (const child of node.children) this.flow(child)
  }

  endBlock(): void {
    this.skip = undefined
    this.push(this.block.finish())
  }

  private phrasing(nodes: PhrasingContent[]): void {
    for (const node of nodes) {
      const range = this.range(node)
      if (this.skip) this.skipped(node, range)
      else if (!range) this.endBlock() // never happens with from-markdown; a boundary is the safe reading
      else this.inline(node, range)
    }
  }

  private inline(node: PhrasingContent, range: Range): void {
    switch (node.type) {
      case 'text':
        if (!alignText(this.source, range.start, range.end, node.value, this.block)) this.atom(range)
        return
      case 'emphasis':
      case 'strong':
      case 'delete':
        this.phrasing(node.children)
        return
      case 'link':
        return this.link(node, range)
      case 'linkReference':
        // In `[Kiev]` and `[Kiev][]` the text is also the label that finds the definition.
        if (node.referenceType === 'full') this.phrasing(node.children)
        else this.atom(range)
        return
      case 'image':
      case 'imageReference':
        return this.image(node, range)
      case 'break':
        this.endBlock()
        return
      case 'html':
        return this.inlineHtml(node, range)
      default:
        this.atom(range) // inline code, footnote references
    }
  }

  /** `[text](url "title")` is prose; `<https://…>` and a GFM literal URL are not. */
  private link(node: Link, range: Range): void {
    if (this.source[range.start] !== '[') return this.atom(range)
    this.phrasing(node.children)
    if (node.title) this.title(range, true, node.title)
  }

  private image(node: Image | ImageReference, range: Range): void {
    this.atom(range)
    const full = node.type === 'image' || node.referenceType === 'full'
    if (full && node.alt) {
      const alt = new BlockBuilder(MARKDOWN)
      if (decodeAlt(this.source, range.start, range.end, node.alt, alt)) this.push(alt.finish())
    }
    if (node.type === 'image' && node.title) this.title(range, true, node.title)
  }

  /** A link title is a tooltip people read, like an HTML `title` attribute: prose. */
  private title(range: Range, paren: boolean, title: string): void {
    const builder = new BlockBuilder(MARKDOWN)
    const quote = decodeTitle(this.source, range.start, range.end, paren, title, builder)
    if (quote) this.push(builder.finish({ kind: 'markdown', quote }))
  }

  /**
   * An HTML block is extracted as HTML when its value is its source (not inside a container),
   * carrying over an element left open by an earlier one.
   */
  private flowHtml(node: Html): void {
    const range = this.range(node)
    if (!range || this.source.slice(range.start, range.end) !== node.value) return this.skipFlow(node)
    const { blocks, skip } = walkHtml(node.value, this.flowSkip)
    this.flowSkip = skip
    for (const block of blocks) this.push(shiftBlock(block, range.start), false)
  }

  /** Skipped whole; the open element ends with it if its end tag is anywhere inside. */
  private skipFlow(node: Nodes): void {
    const range = this.range(node)
    const name = this.flowSkip?.name
    if (name && range && this.source.slice(range.start, range.end).toLowerCase().includes(`</${name}`)) this.flowSkip = undefined
  }

  private inlineHtml(node: Html, range: Range): void {
    const tag = tagOf(node.value)
    // `alt` and `title` of an inline `<img>` or `<abbr>`.
    if (this.source.slice(range.start, range.end) === node.value) {
      for (const block of extractHtml(node.value)) this.push(shiftBlock(block, range.start), false)
    }
    if (!tag) return // a comment: markup, but no boundary
    const { name, closing, selfClosing } = tag
    if (!closing && SKIP.has(name)) {
      this.atom(range)
      if (!VOID.has(name) && !(selfClosing && FOREIGN.has(name))) this.skip = { name, depth: 1 }
    } else if (!closing && INLINE_ATOM.has(name)) this.atom(range)
    else if (!INLINE.has(name)) this.endBlock()
  }

  /** Inside `<code>…</code>` everything is an atom, until the matching end tag. */
  private skipped(node: PhrasingContent, range: Range | undefined): void {
    if (range) this.atom(range)
    const skip = this.skip
    const tag = node.type === 'html' ? tagOf(node.value) : undefined
    if (!skip || tag?.name !== skip.name) return
    if (tag.closing) skip.depth--
    else if (!tag.selfClosing) skip.depth++
    if (skip.depth === 0) this.skip = undefined
  }

  private atom(range: Range): void {
    this.block.atom(range.start, range.end)
  }

  private push(block: ProseBlock | undefined, urls = true): void {
    const safe = block && urls ? protect(block, findUrls(block.text)) : block
    if (safe) this.blocks.push(safe)
  }

  private range(node: Nodes): Range | undefined {
    const { start, end } = node.position ?? {}
    if (start?.offset === undefined || end?.offset === undefined) return undefined
    return { start: start.offset + this.base, end: end.offset + this.base }
  }
}
