import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2'
import { BlockBuilder } from './block-builder.js'
import { DecodingMode, decodeHtml } from './html-decode.js'
import { ELEMENT_KINDS, FOREIGN, KIND, PROSE_ATTRIBUTES } from './html-elements.js'
import { findUrls, protect } from './protect.js'
import { findShortcodes } from './shortcodes.js'
import type { ProseBlock } from './types.js'

/**
 * The prose of an HTML document or fragment, as blocks of segments mapped to exact source
 * offsets: text content, plus `alt` and `title` values (each value a block of its own).
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

/** An open element whose content is not prose (`code`, `pre`, …), and how deep it nests. */
export interface SkipState {
  name: string
  depth: number
}

/**
 * `extractHtml` for HTML that comes in pieces (the HTML blocks of a Markdown document): starts
 * inside `skip` if given, and returns the element still open at the end, if any.
 */
export function walkHtml(source: string, skip?: SkipState): { blocks: ProseBlock[]; skip: SkipState | undefined } {
  const walker = new HtmlWalker(source, skip)
  // References are decoded by decodeHtml over each whole run of text, from the source. The
  // tokenizer's own decoding only cut runs at references (addText joined them again) and made
  // it read text a unit at a time instead of skipping to the next `<` (or closing quote): with
  // it off, the same runs and tags, in two thirds of the time.
  const tokenizer = new Tokenizer({ decodeEntities: false }, walker)
  tokenizer.write(source)
  tokenizer.end()
  return { blocks: walker.blocks.sort((a, b) => a.start - b.start), skip: walker.openSkip() }
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

  constructor(private readonly source: string, initial?: SkipState) {
    this.skip = initial?.name
    this.skipDepth = initial?.depth ?? 0
  }

  openSkip(): SkipState | undefined {
    return this.skip === undefined ? undefined : { name: this.skip, depth: this.skipDepth }
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
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.source.slice(start, end).toLowerCase()
    this.attributeNameEnd = end
  }

  onattribdata(): void {}
  onattribentity(): void {}

  onattribend(quote: QuoteType, end: number): void {
    if (quote === QuoteType.NoValue || !PROSE_ATTRIBUTES.has(this.attributeName)) return
    const quoted = quote === QuoteType.Double || quote === QuoteType.Single
    this.attributes.push({
      start: valueStart(this.source, this.attributeNameEnd),
      end: quoted ? end - 1 : end,
      quote: quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : '',
    })
  }

  onopentagend(end: number): void {
    this.openTag(end + 1, false)
  }

  onselfclosingtag(end: number): void {
    this.openTag(end + 1, true)
  }

  onclosetag(start: number, end: number): void {
    this.flushText()
    const name = this.source.slice(start, end).toLowerCase()
    if (this.skip !== undefined) {
      if (name === this.skip && --this.skipDepth === 0) {
        if (((ELEMENT_KINDS.get(name) ?? 0) & KIND.inlineSkip) === 0) this.endBlock()
        this.skip = undefined
      }
    } else if (((ELEMENT_KINDS.get(name) ?? 0) & KIND.inline) === 0) this.endBlock() // includes `</br>`, which browsers read as `<br>`
  }

  // Comments and the like are markup between two runs of text, not block boundaries.
  oncomment = (): void => this.flushText()
  oncdata = (): void => this.flushText()
  ondeclaration = (): void => this.flushText()
  onprocessinginstruction = (): void => this.flushText()

  onend(): void {
    this.flushText()
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
    if (this.skip !== undefined) {
      if (name === this.skip && !closed) this.skipDepth++
      return
    }
    for (const a of this.attributes) this.attributeBlock(a)
    if ((kind & KIND.skip) !== 0) {
      if ((kind & KIND.inlineSkip) !== 0) this.block.atom(this.tagStart, tagEnd)
      else this.endBlock()
      if (!closed) {
        this.skip = name
        this.skipDepth = 1
      }
    } else if ((kind & KIND.inlineAtom) !== 0) this.block.atom(this.tagStart, tagEnd)
    else if ((kind & KIND.inline) === 0) this.endBlock() // block elements and `<br>` separate blocks
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
