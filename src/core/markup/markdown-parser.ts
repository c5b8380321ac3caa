import MarkdownIt from 'markdown-it'
import type { StateBlock, StateCore, StateInline, Token } from 'markdown-it'
import { type ContentMap, headingMap, linesMap, rowCells, trimmedLinesMap, verified } from './markdown-content-map.js'

/**
 * The Markdown parser: markdown-it 15 (CommonMark, GFM tables and strikethrough, raw HTML),
 * plus what GFM adds that markdown-it lacks (footnotes, single-tilde strikethrough; autolink
 * literals are found by the extractor, markdown-literals.ts) and source positions, which
 * markdown-it does not give:
 * - every `inline` token gets `meta.content`, a map from its content to the parsed text
 *   (markdown-content-map.ts), built by wrapping the block rules that make inline content;
 * - every inline child token gets `map = [start, end)` in its `inline` token's content, recorded
 *   by a copy of the inline tokenizer that notes where each rule started and stopped. A child
 *   it cannot place keeps `map === null`, and the extractor then leaves the whole block alone.
 * - `reference_definition` tokens (kept, not stripped) get `meta.title` and `meta.start/end`.
 * Typographer, linkify and the text-joining rules are off: they change or merge text.
 */
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false })
md.core.ruler.disable(['linkify', 'replacements', 'smartquotes', 'text_join', 'strip_references'])
md.inline.ruler2.disable('fragments_join')
// URLs are never rendered here, and a URL markdown-it would refuse to render (`javascript:`,
// `file:`) must still parse as one: `[x]: file:///kiev` is a definition, not a paragraph.
md.validateLink = () => true
md.normalizeLink = (url) => url
md.normalizeLinkText = (text) => text

export interface ParsedMarkdown {
  tokens: Token[]
  /** What markdown-it parsed: the input with CRLF and CR turned into LF and NUL into U+FFFD. */
  src: string
}

export interface DefinitionMeta {
  label: string
  title: string
  /** Parsed-text range of the definition, from its `[` to the end of its last line. */
  start: number
  end: number
}

const SRC = 'copydesk:src'
const FOOTNOTES = 'copydesk:footnotes'

export function parseMarkdown(text: string): ParsedMarkdown {
  const env: Record<string, unknown> = {}
  const tokens = md.parse(text, env)
  return { tokens, src: typeof env[SRC] === 'string' ? env[SRC] : text }
}

/** The content map of an `inline` token, when its content could be placed exactly. */
export function contentMap(token: Token): ContentMap | undefined {
  return token.meta?.content as ContentMap | undefined
}

md.core.ruler.after('normalize', 'copydesk_src', (state: StateCore) => {
  state.env[SRC] = state.src
})

// ---------------------------------------------------------------------------------------------
// Inline positions

/** markdown-it's StateInline, plus where the pending text started and where a link label ended. */
class PositionState extends md.inline.State {
  pendingStart = -1
  labelEnd = -1

  override pushPending(): Token {
    const start = this.pendingStart
    const token = super.pushPending()
    token.map = start >= 0 ? [start, start + token.content.length] : null
    this.pendingStart = -1
    return token
  }
}
md.inline.State = PositionState

/**
 * ParserInline.tokenize of markdown-it 15 with positions: the same loop, noting where each
 * rule started and stopped. Pending text is always a run of the content (the text rule, the
 * fallback and unmatched backticks append what they pass over; the newline rule only trims its
 * end), so it is placed from where it started.
 */
md.inline.tokenize = function tokenize(s: StateInline): void {
  const state = s as PositionState
  const rules = md.inline.ruler.getRules('')
  const end = state.posMax
  const maxNesting = state.md.options.maxNesting
  while (state.pos < end) {
    const prevPos = state.pos
    const count = state.tokens.length
    const hadPending = state.pending !== ''
    let ok = false
    if (state.level < maxNesting) {
      for (const rule of rules) {
        ok = rule(state, false)
        if (ok) {
          if (prevPos >= state.pos) throw new Error("inline rule didn't increment state.pos")
          break
        }
      }
    }
    if (ok) {
      if (!hadPending && state.pending !== '') state.pendingStart = prevPos
      if (state.tokens.length > count) locate(state, count, prevPos)
      if (state.pos >= end) break
      continue
    }
    if (state.pending === '') state.pendingStart = state.pos
    state.pending += state.src[state.pos++]
  }
  if (state.pending) state.pushPending()
  state.labelEnd = end
}

/** Places the tokens a rule pushed over content [start, state.pos) (nested ones are placed already). */
function locate(state: PositionState, from: number, start: number): void {
  const end = state.pos
  const pushed: Token[] = []
  for (let i = from; i < state.tokens.length; i++) if (state.tokens[i]!.map === null) pushed.push(state.tokens[i]!)
  const head = pushed[0]
  const tail = pushed[pushed.length - 1]
  if (!head || !tail) return
  if (pushed.length === 1) {
    head.map = [start, end]
  } else if (head.type === 'link_open' && tail.type === 'link_close') {
    if (head.markup === 'autolink' && pushed.length === 3) {
      head.map = [start, start + 1]
      pushed[1]!.map = [start + 1, end - 1]
      tail.map = [end - 1, end]
    } else if (pushed.length === 2 && state.labelEnd > start && state.labelEnd < end) {
      // The link rule tokenized the label [start + 1, labelEnd) in place.
      head.map = [start, start + 1]
      tail.map = [state.labelEnd, end]
    }
  } else {
    // Delimiter runs: one text token per character (emphasis) or per run (strikethrough).
    let at = start
    for (const t of pushed) {
      if (t.type !== 'text') return
      at += t.content.length
    }
    if (at !== end) return
    at = start
    for (const t of pushed) {
      t.map = [at, at + t.content.length]
      at += t.content.length
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Block content maps

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean

interface BlockHooks {
  /** Decides first; false means the rule does not match here. */
  before?: (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean
  /** Runs once the rule has pushed its tokens, while its container state is still in place. */
  after?: (state: StateBlock, startLine: number, from: number) => void
}

function wrapBlockRule(name: string, { before, after }: BlockHooks): void {
  const ruler = md.block.ruler
  const rule = ruler.__rules__.find((r) => r.name === name)
  if (!rule) throw new Error(`markdown-it has no block rule ${name}`)
  const original: BlockRule = rule.fn
  ruler.at(name, (state, startLine, endLine, silent) => {
    if (before && !before(state, startLine, endLine, silent)) return false
    const from = state.tokens.length
    const ok = original(state, startLine, endLine, silent)
    if (ok && !silent && after) after(state, startLine, from)
    return ok
  }, { alt: [...rule.alt] })
}

function setContentMap(token: Token | undefined, map: ContentMap | undefined): void {
  if (token?.type === 'inline') token.meta = { content: map }
}

const lines = (state: StateBlock, _startLine: number, from: number): void => {
  const inline = state.tokens[from + 1]
  if (inline?.type === 'inline' && inline.map) setContentMap(inline, trimmedLinesMap(state, inline.map[0], inline.map[1], inline.content))
}
wrapBlockRule('paragraph', { after: lines })
wrapBlockRule('lheading', { after: lines })

wrapBlockRule('heading', {
  after: (state, startLine, from) => {
    const inline = state.tokens[from + 1]
    if (inline) setContentMap(inline, headingMap(state, startLine, inline.content))
  },
})

/**
 * In CommonMark, link reference definitions are read from the start of a paragraph, so the
 * line right after one continues that paragraph: an indented line is not code there, and an
 * HTML block that cannot interrupt a paragraph (`</span>` alone on a line) does not start.
 * markdown-it reads definitions as blocks of their own; this puts those lines back.
 */
function afterDefinition(state: StateBlock, startLine: number): boolean {
  const last = state.tokens[state.tokens.length - 1]
  return last?.type === 'reference_definition' && last.map?.[1] === startLine
}

wrapBlockRule('code', { before: (state, startLine) => !afterDefinition(state, startLine) })

/**
 * The start conditions of HTML blocks (https://spec.commonmark.org/0.31.2/#html-blocks) with
 * whitespace as CommonMark means it, spaces and tabs: markdown-it's `\s` also takes U+00A0 and
 * the like, and would then read `</code>\u00A0` as a block that swallows the lines after it.
 * Block names as micromark-util-html-tag-name lists them.
 */
const BLOCK_NAMES = 'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul'
const ATTRIBUTE = `[ \\t]+[A-Za-z_:][\\w.:-]*(?:[ \\t]*=[ \\t]*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?`
const HTML_BLOCK_START = new RegExp(
  '^(?:<(?:script|pre|style|textarea)(?:[ \\t>]|$)|<!--|<\\?|<![A-Za-z]|<!\\[CDATA\\[' +
    `|</?(?:${BLOCK_NAMES})(?:[ \\t>]|/>|$)` +
    `|(?:<[A-Za-z][A-Za-z\\d-]*(?:${ATTRIBUTE})*[ \\t]*/?>|</[A-Za-z][A-Za-z\\d-]*[ \\t]*>)[ \\t]*$)`,
  'i',
)

const htmlBlock = md.block.ruler.__rules__.find((r) => r.name === 'html_block')!.fn
wrapBlockRule('html_block', {
  before: (state, startLine, endLine) => {
    if (!HTML_BLOCK_START.test(state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]))) return false
    // in silent mode the rule says whether the block may interrupt a paragraph
    return !afterDefinition(state, startLine) || htmlBlock(state, startLine, endLine, true)
  },
  after: (state, startLine, from) => {
    const t = state.tokens[from]
    if (t?.type !== 'html_block' || !t.map) return
    t.meta = { content: verified(state.src, linesMap(state, startLine, t.map[1], state.blkIndent, true), t.content) }
  },
})

/**
 * GFM tables as micromark-extension-gfm-table reads them, where markdown-it is more liberal:
 * the delimiter row has a pipe (`a|\n---` is a setext heading), and a line that starts any
 * other block starts that block, not a table (`- a|b\n-|-` is a list item, `~~~|a\n-|-` a
 * fenced code block). markdown-it tries tables first; micromark tries them last.
 */
const BEFORE_TABLES = ['fence', 'blockquote', 'hr', 'list', 'footnote_definition', 'reference', 'html_block', 'heading']
let beforeTables: BlockRule[] | undefined
wrapBlockRule('table', {
  before: (state, startLine, endLine) => {
    const delimiter = startLine + 1
    if (delimiter >= endLine) return false
    if (!state.src.slice(state.bMarks[delimiter]! + state.tShift[delimiter]!, state.eMarks[delimiter]).includes('|')) return false
    beforeTables ??= BEFORE_TABLES.map((name) => md.block.ruler.__rules__.find((r) => r.name === name)!.fn)
    return !beforeTables.some((rule) => rule(state, startLine, endLine, true))
  },
  after: (state, _startLine, from) => {
    let cells: ReturnType<typeof rowCells> = []
    let cell = 0
    for (let i = from; i < state.tokens.length; i++) {
      const t = state.tokens[i]!
      if (t.type === 'tr_open' && t.map) {
        const line = t.map[0]
        cells = rowCells(state.src, state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!)
        cell = 0
      } else if (t.type === 'inline') {
        const c = cells[cell++]
        setContentMap(t, c && c.content === t.content ? c.map : t.content === '' ? [] : undefined)
      }
    }
  },
})

/**
 * Keeps each definition's own title and range: markdown-it stores only the first definition
 * of a label in `env.references`, but every definition's title is prose. The rule runs against
 * a fresh `references` object, merged back as markdown-it would (the first definition wins).
 */
{
  const ruler = md.block.ruler
  const rule = ruler.__rules__.find((r) => r.name === 'reference')
  if (!rule) throw new Error('markdown-it has no block rule reference')
  const original: BlockRule = rule.fn
  ruler.at('reference', (state, startLine, endLine, silent) => {
    if (silent) return original(state, startLine, endLine, silent)
    const env = state.env
    const shared = env.references
    const own: NonNullable<typeof shared> = {}
    env.references = own
    const from = state.tokens.length
    let ok = false
    try {
      ok = original(state, startLine, endLine, silent)
    } finally {
      env.references = shared
    }
    if (!ok) return false
    env.references ??= {}
    for (const [k, v] of Object.entries(own)) env.references[k] ??= v
    const t = state.tokens[from]
    const label = t?.meta?.label
    if (t?.type === 'reference_definition' && typeof label === 'string') {
      const meta: DefinitionMeta = {
        label,
        title: own[label]?.title ?? '',
        start: state.bMarks[startLine]! + state.tShift[startLine]!,
        end: state.eMarks[state.line - 1]!,
      }
      t.meta = { ...meta }
    }
    return true
  }, { alt: [...rule.alt] })
}

// ---------------------------------------------------------------------------------------------
// Links and images: `[Kiev](` or `![Kiev](x` whose destination does not parse is a shortcut
// reference `[Kiev]` followed by text when `[kiev]` is defined (CommonMark, micromark);
// markdown-it gives up on the image, and on a link whose `(` ends the paragraph.

for (const name of ['link', 'image']) {
  const rule = md.inline.ruler.__rules__.find((r) => r.name === name)
  if (!rule) throw new Error(`markdown-it has no inline rule ${name}`)
  const original = rule.fn
  const labelStart = name === 'link' ? 0 : 1
  md.inline.ruler.at(name, (state, silent) => {
    if (original(state, silent)) return true
    if (state.src.charCodeAt(state.pos + labelStart) !== 0x5b || !state.env.references) return false
    const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + labelStart, name === 'link')
    if (labelEnd < 0 || state.src.charCodeAt(labelEnd + 1) !== 0x28) return false
    const max = state.posMax
    state.posMax = labelEnd + 1
    let ok = false
    try {
      ok = original(state, silent)
    } finally {
      state.posMax = max
    }
    return ok
  })
}

// ---------------------------------------------------------------------------------------------
// GFM footnotes (https://github.github.com/gfm/, micromark-extension-gfm-footnote): a definition
// `[^label]: …` is a container like a list item (continuation lines indented by four columns);
// a call `[^label]` is one only when that label is defined somewhere in the document.

/** The label of `[^label]` at `pos`, and where it ends (after `]`); undefined if there is none. */
function footnoteLabel(src: string, pos: number, max: number): { label: string; end: number } | undefined {
  if (src.charCodeAt(pos) !== 0x5b || src.charCodeAt(pos + 1) !== 0x5e) return undefined
  let i = pos + 2
  for (; i < max; i++) {
    const c = src.charCodeAt(i)
    if (c === 0x5d) break
    if (c === 0x5b || c === 0x20 || c === 0x09 || c === 0x0a) return undefined
    if (c === 0x5c && i + 1 < max && '[\\]'.includes(src[i + 1]!)) i++
    if (i - pos > 1000) return undefined
  }
  if (i >= max || i === pos + 2) return undefined
  return { label: normalizeLabel(src.slice(pos + 2, i)), end: i + 1 }
}

function normalizeLabel(label: string): string {
  return label.toLowerCase().toUpperCase()
}

function footnotes(env: Record<string, unknown>): Set<string> {
  let set = env[FOOTNOTES] as Set<string> | undefined
  if (!set) env[FOOTNOTES] = set = new Set()
  return set
}

md.block.ruler.before('reference', 'footnote_definition', (state, startLine, endLine, silent) => {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false
  const start = state.bMarks[startLine]! + state.tShift[startLine]!
  const max = state.eMarks[startLine]!
  const found = footnoteLabel(state.src, start, max)
  if (!found || state.src.charCodeAt(found.end) !== 0x3a) return false
  if (silent) return true
  footnotes(state.env).add(found.label)
  const open = state.push('footnote_open', '', 1)
  open.meta = { label: found.label }
  const lines: [number, number] = [startLine, startLine + 1]
  open.map = lines

  const oldBMark = state.bMarks[startLine]!
  const oldTShift = state.tShift[startLine]!
  const oldSCount = state.sCount[startLine]!
  const oldParentType = state.parentType
  const afterColon = found.end + 1
  const initial = state.sCount[startLine]! + afterColon - start
  let offset = initial
  let pos = afterColon
  for (; pos < max; pos++) {
    const ch = state.src.charCodeAt(pos)
    if (ch === 0x09) offset += 4 - (offset % 4)
    else if (ch === 0x20) offset++
    else break
  }
  state.tShift[startLine] = pos - afterColon
  state.sCount[startLine] = offset - initial
  state.bMarks[startLine] = afterColon
  state.blkIndent += 4
  state.parentType = 'footnote' as typeof state.parentType
  if (state.sCount[startLine]! < state.blkIndent) state.sCount[startLine]! += state.blkIndent
  state.md.block.tokenize(state, startLine, endLine)
  state.parentType = oldParentType
  state.blkIndent -= 4
  state.tShift[startLine] = oldTShift
  state.sCount[startLine] = oldSCount
  state.bMarks[startLine] = oldBMark
  if (state.line <= startLine) state.line = startLine + 1
  lines[1] = state.line
  state.push('footnote_close', '', -1)
  return true
}, { alt: ['paragraph', 'reference', 'blockquote'] })

// Not in silent mode: a link label is scanned silently, and a call seen there would read as a
// nested link, so that `[[^1]](url)` would not be a link (it is one to micromark).
md.inline.ruler.before('link', 'footnote_ref', (state, silent) => {
  const defined = state.env[FOOTNOTES] as Set<string> | undefined
  if (silent || !defined) return false
  const found = footnoteLabel(state.src, state.pos, state.posMax)
  if (!found || !defined.has(found.label)) return false
  state.push('footnote_ref', '', 0).meta = { label: found.label }
  state.pos = found.end
  return true
})

// ---------------------------------------------------------------------------------------------
// GFM strikethrough as micromark-extension-gfm-strikethrough reads it: `~x~` or `~~x~~`, the
// closing run as long as the opening one; a run of three or more tildes is plain text.

const TILDE = 0x7e
/** `~` and `~~` must never pair, so they are different markers to balance_pairs. */
const SINGLE_TILDE = 0x7e + 0x10000

md.inline.ruler.at('strikethrough', (state, silent) => {
  if (silent || state.src.charCodeAt(state.pos) !== TILDE) return false
  const scanned = state.scanDelims(state.pos, true)
  const token = state.push('text', '', 0)
  token.content = state.src.slice(state.pos, state.pos + scanned.length)
  if (scanned.length <= 2) {
    state.delimiters.push({
      marker: scanned.length === 1 ? SINGLE_TILDE : TILDE,
      length: 0,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close,
    })
  }
  state.pos += scanned.length
  return true
})

md.inline.ruler2.at('strikethrough', (state) => {
  strikethrough(state, state.delimiters)
  for (const meta of state.tokens_meta) if (meta?.delimiters) strikethrough(state, meta.delimiters)
})

function strikethrough(state: StateInline, delimiters: StateInline['delimiters']): void {
  for (const d of delimiters) {
    if ((d.marker !== TILDE && d.marker !== SINGLE_TILDE) || d.end === -1) continue
    const open = state.tokens[d.token]!
    const close = state.tokens[delimiters[d.end]!.token]!
    for (const [t, nesting] of [[open, 1], [close, -1]] as const) {
      t.type = nesting === 1 ? 's_open' : 's_close'
      t.tag = 's'
      t.nesting = nesting
      t.markup = t.content
      t.content = ''
    }
  }
}

/**
 * Whether content [start, end) is exactly an inline link's resource `(url "title")`: markdown-it
 * sometimes ends a link elsewhere when its resource does not parse (`[Kiev]( and ![Kiev]` reads
 * as a reference `[Kiev]( and ![Kiev]`), and such a link is not read as one here.
 */
export function isInlineResource(s: string, start: number, end: number): boolean {
  if (s[start] !== '(' || s[end - 1] !== ')') return false
  let pos = skipSpace(s, start + 1, end)
  if (pos < end - 1) {
    const destination = md.helpers.parseLinkDestination(s, pos, end - 1)
    if (!destination.ok) return false
    pos = skipSpace(s, destination.pos, end)
    if (pos < end - 1 && pos > destination.pos) {
      const title = md.helpers.parseLinkTitle(s, pos, end - 1)
      if (!title.ok) return false
      pos = skipSpace(s, title.pos, end)
    }
  }
  return pos === end - 1
}

function skipSpace(s: string, pos: number, end: number): number {
  while (pos < end && (s[pos] === ' ' || s[pos] === '\t' || s[pos] === '\n')) pos++
  return pos
}
