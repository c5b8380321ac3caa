import MarkdownIt from 'markdown-it'
import type { MarkdownIt as Md, StateCore, Token } from 'markdown-it'
import { CONTENT_MAPS, ContentMaps } from './content-map.js'
import { blockContent } from './plugin-block-content.js'
import { definitions } from './plugin-definitions.js'
import { footnotes } from './plugin-footnotes.js'
import { htmlBlocks } from './plugin-html-blocks.js'
import { linkFallback } from './plugin-link-fallback.js'
import { plainInline } from './plugin-plain-inline.js'
import { positions } from './plugin-positions.js'
import { strikethrough } from './plugin-strikethrough.js'
import { tables } from './plugin-tables.js'

/**
 * The markdown-it version the plugins were written against: they wrap its block rules and
 * read its token stream, and `version.test.ts` fails when the installed version differs.
 */
export const MARKDOWN_IT_VERSION = '15.0.3'

export interface ParsedMarkdown {
  tokens: Token[]
  /** What markdown-it parsed: the input with CRLF and CR turned into LF and NUL into U+FFFD. */
  src: string
  /** Where the content of its `inline` and `html_block` tokens came from in `src`. */
  maps: ContentMaps
  /** The labels the document defines (`[kiev]: …`), as `normalizeLabel` writes them. */
  definitions: ReadonlySet<string>
}

export interface MarkdownParser {
  /** `defined`: labels (normalizeLabel's) that definitions read outside this text define (simple-chunks.ts reads them in place). */
  parse(text: string, defined?: readonly string[]): ParsedMarkdown
  /** markdown-it's link helpers (destination and title syntax). */
  helpers: Md['helpers']
  /** How deep blocks nest before markdown-it stops reading them (a guard on its recursion; unread.ts reports what it skips). */
  maxNesting: number
  /** A link label as markdown-it matches it to a definition (https://spec.commonmark.org/0.31.2/#matches). */
  normalizeLabel(label: string): string
}

const SRC = 'copydesk:src'

/**
 * A markdown-it instance for extraction (CommonMark, GFM tables and strikethrough, raw HTML),
 * plus what GFM adds that markdown-it lacks (footnotes, single-tilde strikethrough; autolink
 * literals are found by the extractor, literals.ts) and the source positions markdown-it does
 * not give, each a plugin (a function of `md`, README.md lists them). Typographer, linkify and
 * the text-joining rules are off: they change or merge text. Plain inline content skips the
 * inline parser (plugin-plain-inline.ts); `plainInline: false` keeps the parser's own path, which
 * the tests compare it with.
 */
export function createMarkdownParser({ plainInline: plain = true }: { plainInline?: boolean } = {}): MarkdownParser {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false })
  md.core.ruler.disable(['linkify', 'replacements', 'smartquotes', 'text_join', 'strip_references'])
  md.inline.ruler2.disable('fragments_join')
  // URLs are never rendered here, and a URL markdown-it would refuse to render (`javascript:`,
  // `file:`) must still parse as one: `[x]: file:///kiev` is a definition, not a paragraph.
  md.validateLink = () => true
  md.normalizeLink = (url) => url
  md.normalizeLinkText = (text) => text
  md.core.ruler.after('normalize', 'copydesk_src', (state: StateCore) => {
    state.env[SRC] = state.src
  })
  md.use(blockContent).use(definitions).use(htmlBlocks).use(tables).use(footnotes)
    .use(linkFallback).use(strikethrough).use(positions)
  if (plain) md.use(plainInline)
  return {
    helpers: md.helpers,
    maxNesting: md.options.maxNesting ?? 100,
    normalizeLabel: (label) => (isPlainAsciiLabel(label) ? label.toUpperCase() : md.utils.normalizeReference(label)),
    parse(text, defined) {
      const maps = new ContentMaps()
      const env: Record<string, unknown> = { [CONTENT_MAPS]: maps }
      // As markdown-it's reference rule keeps a definition (the inline parse, after every
      // block, looks a label up there); a definition of the same label in `text` adds nothing.
      if (defined !== undefined && defined.length > 0) env.references = Object.fromEntries(defined.map((label) => [label, { href: '', title: '' }]))
      const tokens = md.parse(text, env)
      const references = env.references
      const definitions = new Set(typeof references === 'object' && references !== null ? Object.keys(references) : [])
      return { tokens, src: typeof env[SRC] === 'string' ? env[SRC] : text, maps, definitions }
    },
  }
}

/**
 * Printable ASCII with single spaces between words and none at the edges: normalizeReference's
 * trim and whitespace collapsing leave it as it is, and lower- then upper-casing ASCII is
 * upper-casing it. Most labels are (`kiev`, `guide`), and the regular expression cost more
 * than the rest of a simple chunk's label lookup.
 */
function isPlainAsciiLabel(label: string): boolean {
  const last = label.length - 1
  for (let i = 0; i <= last; i++) {
    const c = label.charCodeAt(i)
    if (c === 0x20 ? i === 0 || i === last || label.charCodeAt(i - 1) === 0x20 : c < 0x21 || c > 0x7e) return false
  }
  return true
}
