import { lastAtOrBefore } from '../../text/last-at.js'
import { lowerBound } from '../../text/sorted.js'
import { isAsciiAlphanumeric, isAsciiPunctuation, isWhitespace } from './chars.js'
import { walkHtml } from '../extract-html.js'
import { literalAutolinks, mayHaveLiteral } from './literals.js'
import type { InlineToken } from './literals-mdast.js'
import { HTML_BLOCK_START } from './plugin-html-blocks.js'
import { MARKUP } from './plugin-plain-inline.js'
import type { DocumentOffsets, MarkdownSource } from './source.js'
import type { ProseBlock } from '../types.js'

/**
 * Most of a news article in Markdown is paragraphs, headings and quotes whose only inline
 * markup is a link, an emphasis, now and then an autolink, a `<br>`, a code span or a
 * reference: markdown-it pays for each of them a parser state, a rule
 * loop at every punctuation mark and about ten tokens, each built field by field through its
 * bundle's `defineProperty` helper (a quarter of the extraction's time). Such a chunk of the
 * document (lines between blank lines) is read here directly, and markdown-it parses the
 * rest, with each run of these chunks replaced by a thematic break that closes what they
 * close.
 *
 * A chunk is read here only where nothing before it can reach over a blank line into it: it
 * starts at column 0 (which ends any list, quote, footnote or indented code block before it),
 * and it is not inside a fenced code block or an HTML block that runs over blank lines (kinds
 * 1-5), nor after an element that hides what follows (`<code>`) left open. That is not decided
 * here: each run of chunks read here becomes a placeholder (`***`), and extract.ts checks on
 * markdown-it's reading that the placeholder is a top-level thematic break with nothing open,
 * and parses again with the chunks of any run that is not in place. Inside, every line
 * must be one that markdown-it takes for a paragraph line (or an ATX heading, alone or before
 * paragraph lines; or a quote's lines behind `> `, or lazy continuation lines; or the chunk is
 * a pipe table whose lines all start with `|`, or a tight bullet list of one-line items that
 * its neighbours do not continue, endsList), and the inline
 * content must be text, `[text](destination "title")`, reference links whose label the
 * document defines (extract.ts checks after the parse), `*text*`, `**text**`, `_text_` and
 * `__text__`, autolinks, GFM autolink literals on one line, code spans, backslash escapes,
 * character references and a few phrasing tags, in the forms spelled out below, whose tokens
 * the walker turns into text runs, atoms, references and block ends and nothing else: the
 * block is those parts. Anything else, and any document with a NUL or a CR alone (which markdown-it
 * rewrites), goes to markdown-it; CRLF line endings are read as markdown-it reads them.
 * `simple-chunks.test.ts` checks by property that the blocks are exactly markdown-it's.
 */

/**
 * What a part of a chunk is to the walker (and to literals.ts's filter, which reads the text
 * tokens outside links).
 */
export const Part = {
  /** Text, as written. */
  text: 0,
  /** Text of a link: prose, but not text to the literal filter. */
  linkText: 1,
  /** A line ending inside the content (an LF or a CRLF from `start`). */
  lineEnding: 2,
  /** Not prose: an autolink, a code span. */
  atom: 3,
  /** `<code>…</code>`: an atom to the walker, its text a text token to the filter. */
  codeElement: 4,
  /** A backslash escape: shows the character after the backslash. */
  escape: 5,
  /** `<br>`: the walker ends the block there (raw HTML that is not phrasing content). */
  blockEnd: 6,
  /** A character reference: shows referenceText. */
  reference: 7,
  /** `![alt](destination)` or `![alt](destination "title")`: an atom in its block, and its alt text and title blocks of their own. */
  image: 8,
  /** `[text](destination "title")`, after its text: the title a block of its own. */
  linkTitle: 9,
  /** A shortcut or collapsed reference's text, also the label it looks up (`[Kiev]`, `[Kiev][]`): a label to the walker. */
  labelText: 10,
  /** A full reference's label (`[guide]` of `[Kiev's guide][guide]`): only looked up. */
  labelOnly: 11,
  /** A link reference definition's label (`[Kiev]` of `[Kiev]: https://…`): a label the document defines (extract.ts hands it to markdown-it). */
  definition: 12,
  /** A definition with a title, from its `[` to the end of its line: the title a block of its own. */
  definitionTitle: 13,
} as const

/** A chunk read here: its parts in source order, as [kind, start, end] triples of document offsets. */
export interface SimpleChunk {
  parts: number[]
  /** Whether a reference link is among its parts (Part.labelText or Part.labelOnly): its labels must be defined. */
  references?: true
  /** Whether it is link reference definitions (Part.definition): the labels it defines. */
  definitions?: true
  /** The index of the placeholder of its run (set by splitSimpleChunks). */
  run?: number
  /** A chunk that is an HTML block: its blocks as the HTML extractor gives them, from `start`. */
  html?: { start: number; blocks: ProseBlock[] }
}

export interface SimpleSplit {
  chunks: SimpleChunk[]
  /** What markdown-it parses: the body with each run of simple chunks replaced by PLACEHOLDER. */
  reduced: string
  /** Offsets in `reduced` mapped to the document. */
  source: CutSource
  /** Each placeholder: its line in `reduced`, and the document range of the run it stands for. */
  placeholders: Placeholder[]
  /** Where the document's first `<`, ```` ``` ```` or `~~~` is (its length if none). */
  firstMarkup: number
}

export interface Placeholder {
  /** Its line (0-based) in the parsed text, as markdown-it's token maps count lines. */
  line: number
  /** Document range [start, end) of the run of chunks it stands for. */
  start: number
  end: number
}

/**
 * A thematic break: no prose, the same block boundary after a blank line, and one token
 * without inline content (a one-character paragraph costs markdown-it four tokens, a parse of
 * its inline content and a content map).
 */
export const PLACEHOLDER = '***'

/** The inline markup characters (plugin-plain-inline.ts), found all at once; only `*`, `_` and `[ ]` are read here. */
const MARKUP_ALL = new RegExp(MARKUP.source, 'g')

/**
 * What may not start a paragraph line: a space, or what a block rule starts on (`<`: see
 * isParagraphLineStart). (`*` and `[` may: the inline reading takes them only before a letter,
 * as an emphasis, or as a link, which is neither a list item, a thematic break nor a definition.)
 */
const NOT_LINE_START = new Uint8Array(128)
for (const c of ' \t#>-+=_`~|:\\&') NOT_LINE_START[c.charCodeAt(0)] = 1

/** Characters of a link destination read here: no space, parenthesis, escape, reference or quote. */
const DESTINATION = new Uint8Array(128)
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._:/?#@$+,;=%') DESTINATION[c.charCodeAt(0)] = 1

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * A letter or digit in one code unit: neither punctuation nor whitespace to the emphasis rule.
 * (Not text/chars.ts's isWordUnit, which takes marks and `_` too: `_` is punctuation here.)
 */
function isLetterOrDigit(c: number): boolean {
  if (c < 128) return isAsciiAlphanumeric(c)
  return c < 0xd800 || c > 0xdfff ? LETTER_OR_DIGIT.test(String.fromCharCode(c)) : false
}

/** What mayHaveLiteral looks for, found once in the whole document. */
const LITERAL_HINT = /@|:\/\/|www\./gi

/**
 * The simple chunks of a document and the rest for markdown-it, or undefined when there is
 * none (then markdown-it parses the body as it is). Chunks that start inside `excluded`
 * (document ranges as [start, end, start, end, …], in order) are not taken.
 *
 * A chunk is taken wherever it starts at column 0 after a blank line (or at the start), after
 * raw HTML or a fence too: whether the block structure really is at the top level there, with
 * nothing open, is checked on markdown-it's reading of its placeholder (extract.ts, which
 * parses again without the runs that fail). The fences and HTML blocks that run over blank
 * lines are followed here only so that chunks inside them are not taken in vain.
 */
export function splitSimpleChunks(doc: MarkdownSource, excluded: readonly number[] = []): SimpleSplit | undefined {
  const { source } = doc
  const base = doc.start
  if (source.indexOf('\0', base) >= 0) return undefined
  // CRLF is a line ending here as in markdown-it; a CR alone (which markdown-it also reads as one) is not.
  for (let i = source.indexOf('\r', base); i >= 0; i = source.indexOf('\r', i + 1)) if (source.charCodeAt(i + 1) !== 0x0a) return undefined
  const limit = source.length
  const chunks: SimpleChunk[] = []
  const reduced: string[] = []
  const cuts: Cut[] = []
  let copied = base // document offset up to which `reduced` holds the body
  let length = 0 // of `reduced`
  const placeholders: Placeholder[] = []
  let removed = 0 // lines of the body that the runs of chunks before `copied` took out
  let run: { start: number; end: number; line: number; lines: number } | undefined
  const closeRun = (): void => {
    if (!run) return
    const before = source.slice(copied, run.start)
    reduced.push(before, PLACEHOLDER)
    length += before.length + PLACEHOLDER.length
    cuts.push({ at: length, shift: run.end - run.start - PLACEHOLDER.length })
    placeholders.push({ line: run.line - removed, start: run.start, end: run.end })
    removed += run.lines - 1
    copied = run.end
    run = undefined
  }
  // Where a literal may be: none of these spans a line ending, so a chunk's content (its lines
  // without the quote marks) holds one exactly when the chunk's source range does.
  const hints = hintPositions(source, base, limit)
  // The markup characters, found by one regular expression (irregexp scans 3-5x faster than a loop here).
  const marks = new Marks(characterPositions(MARKUP_ALL, source, base, limit))
  let hint = 0
  let skipped = 0 // index in `excluded`
  let open: OpenBlock | undefined // a fence or an HTML block that runs over blank lines
  let line = base
  let lineNo = 0 // of `line` in the body
  let previous = -1 // where the chunk before starts
  while (line < limit) {
    const lineEnd = endOfLine(source, line)
    if (isBlank(source, line, lineEnd)) {
      line = nextLine(source, lineEnd)
      lineNo++
      continue
    }
    // A chunk: lines up to a blank one or the end, as [start, end) pairs without their line ending.
    const start = line
    const lines: number[] = []
    let lineStart = line
    let end = lineEnd
    for (;;) {
      lines.push(lineStart, end)
      if (end >= source.length) break
      const next = nextLine(source, end)
      const nextEnd = endOfLine(source, next)
      if (isBlank(source, next, nextEnd)) break
      lineStart = next
      end = nextEnd
    }
    while (hint < hints.length && hints[hint]! < start) hint++
    while (skipped < excluded.length && excluded[skipped + 1]! <= start) skipped += 2
    const taken = open === undefined && !(skipped < excluded.length && excluded[skipped]! <= start)
    marks.references = 0
    let chunk = !taken ? undefined
      : isBulletLine(source, start) ? (endsList(source, previous, start, end) ? readList(source, marks, lines, hint < hints.length && hints[hint]! < end) : undefined)
      : source.charCodeAt(start) === 0x20 ? (run !== undefined && isIndentedCode(source, lines) ? { parts: [] } : undefined)
      : readChunk(source, marks, lines, hint < hints.length && hints[hint]! < end)
    // A fence with blank lines inside: the chunk is the whole block, up to its closing line (a
    // range of an earlier attempt's runs starting inside it leaves it to markdown-it).
    const chunkLines = lines.length
    if (chunk === undefined && taken && isFenceMarker(source.charCodeAt(start)) && readFenceOverBlankLines(source, lines)) {
      const closing = lines[lines.length - 1]!
      if (skipped < excluded.length && excluded[skipped]! < closing) lines.length = chunkLines
      else {
        end = closing
        chunk = { parts: [] }
      }
    }
    previous = start
    const count = lines.length / 2
    if (chunk) {
      if (marks.references > 0) chunk.references = true
      chunk.run = placeholders.length
      chunks.push(chunk)
      if (run) {
        run.end = end
        run.lines = lineNo + count - run.line
      } else run = { start, end, line: lineNo, lines: count }
    } else {
      closeRun()
      open = followBlocks(source, lines, open)
    }
    line = nextLine(source, end)
    lineNo += count
  }
  closeRun()
  if (chunks.length === 0) return undefined
  reduced.push(source.slice(copied))
  const text = reduced.join('')
  let firstMarkup = source.length
  for (const stop of ['<', '```', '~~~']) {
    const at = source.indexOf(stop, base)
    if (at >= 0 && at < firstMarkup) firstMarkup = at
  }
  return { chunks, reduced: text, source: new CutSource(source, base, text, cuts), placeholders, firstMarkup }
}

/** A block that a blank line does not end: a fenced code block, or an HTML block of kinds 1-5. */
type OpenBlock = { fence: number; length: number } | { end: RegExp }

/** The HTML blocks that run to an end condition (https://spec.commonmark.org/0.31.2/#html-blocks, kinds 1-5), with it. */
const HTML_RUNS: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
]

/**
 * Whether a fence or such an HTML block is open after the lines of a chunk not taken (pairs of
 * line start and end), given what was open before it: blocks opened at column 0, ended as
 * markdown-it ends them (an opening line may interrupt a paragraph; the HTML end condition is
 * looked for in the whole line, the opening one too). Only a guess, which saves parsing twice:
 * a chunk taken in error fails the check on markdown-it's reading and is parsed again. (An
 * opening line indented by 1-3 spaces is not followed: in copy it is more often a list item's
 * fence, which the next line at column 0 ends, than a top-level one.)
 */
function followBlocks(source: string, lines: number[], open: OpenBlock | undefined): OpenBlock | undefined {
  for (let k = 0; k < lines.length; k += 2) {
    const from = lines[k]!
    const to = lines[k + 1]!
    let at = from
    while (at < to && at - from < 4 && source.charCodeAt(at) === 0x20) at++
    if (open) {
      if ('end' in open) {
        if (open.end.test(source.slice(from, to))) open = undefined
      } else if (at - from < 4) {
        let n = 0
        while (source.charCodeAt(at + n) === open.fence) n++
        if (n >= open.length && isBlank(source, at + n, to)) open = undefined
      }
      continue
    }
    if (at !== from) continue
    const c = source.charCodeAt(at)
    if (c === 0x60 || c === 0x7e) {
      let n = 0
      while (source.charCodeAt(at + n) === c) n++
      if (n >= 3 && !(c === 0x60 && source.slice(at + n, to).includes('`'))) open = { fence: c, length: n }
    } else if (c === 0x3c) {
      const text = source.slice(at, to)
      for (const [start, end] of HTML_RUNS) {
        if (!start.test(text)) continue
        if (!end.test(source.slice(from, to))) open = { end }
        break
      }
    }
  }
  return open
}

/** Where the line from `from` ends, before its LF or CRLF (or at the end). */
function endOfLine(source: string, from: number): number {
  const at = source.indexOf('\n', from)
  if (at < 0) return source.length
  return at > from && source.charCodeAt(at - 1) === 0x0d ? at - 1 : at
}

/** Where the next line starts, after the line ending at `end`. */
function nextLine(source: string, end: number): number {
  return end + (source.charCodeAt(end) === 0x0d ? 2 : 1)
}

/** Only spaces and tabs: markdown-it's blank line. */
function isBlank(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09) return false
  }
  return true
}

/** The chunk of `lines` (pairs of line start and end) as a simple block, or undefined. */
function readChunk(source: string, marks: Marks, lineRanges: number[], hinted: boolean): SimpleChunk | undefined {
  const start = lineRanges[0]!
  const first = source.charCodeAt(start)
  if (first === 0x3c) return readHtmlChunk(source, lineRanges)
  if (first === 0x7c) return readTable(source, marks, lineRanges, hinted)
  if (first === 0x60 || first === 0x7e) return readFence(source, lineRanges)
  if (first === 0x5b) {
    // link reference definitions, or a paragraph that starts with a link
    const definitions = readDefinitions(source, lineRanges)
    if (definitions) return definitions
  }
  const chunk: SimpleChunk = { parts: [] }
  const lines: [number, number][] = []
  const heading = first === 0x23
  if (heading) {
    // An ATX heading: `#`–`######`, one space, content with no `#` (no closing sequence). It is
    // one line: the lines after it, if any, are a paragraph (read below).
    let level = 0
    while (source.charCodeAt(start + level) === 0x23) level++
    const from = start + level + 1
    const to = lineRanges[1]!
    if (level > 6 || source.charCodeAt(start + level) !== 0x20 || from >= to || isWhitespace(source.charCodeAt(from)) || isWhitespace(source.charCodeAt(to - 1))) return undefined
    const hash = source.indexOf('#', from)
    if (hash >= 0 && hash < to) return undefined
    lines.push([from, to])
    // A paragraph after it that starts with `[` may be definitions (tried above only for a chunk's first line).
    if (lineRanges.length > 2 && source.charCodeAt(lineRanges[2]!) === 0x5b) return undefined
  }
  if (!heading || lineRanges.length > 2) {
    // Paragraph lines, or a paragraph in a block quote: its first line behind `> `, each next
    // line behind `> ` or, a lazy continuation line, with none (a paragraph line as any other:
    // one that could start a block, `>` included, is not taken).
    const quote = first === 0x3e
    for (let k = heading ? 2 : 0; k < lineRanges.length; k += 2) {
      const from = lineRanges[k]!
      const to = lineRanges[k + 1]!
      const marked = quote && source.charCodeAt(from) === 0x3e
      if (marked && source.charCodeAt(from + 1) !== 0x20) return undefined
      if (quote && k === 0 && !marked) return undefined
      const at = marked ? from + 2 : from
      if (at >= to || !isParagraphLineStart(source, at, to) || isWhitespace(source.charCodeAt(to - 1))) return undefined
      lines.push([at, to])
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const [from, to] = lines[i]!
    if (!readInline(source, marks, from, to, chunk.parts)) return undefined
    // A heading's block ends at its line; a paragraph's lines are one block.
    if (i + 1 < lines.length) chunk.parts.push(heading && i === 0 ? Part.blockEnd : Part.lineEnding, to, to)
  }
  // literals.ts finds GFM autolink literals only where both its filters pass: on the content
  // (`hinted`) and on the text outside links. On one line they are read here (withLiterals).
  if (hinted && lines.length === 1) return withLiterals(source, chunk.parts, 0, lines[0]![0], lines[0]![1]) ? chunk : undefined
  if (hinted && mayHaveLiteral(textOutsideLinks(source, chunk.parts))) return undefined
  return chunk
}

/**
 * The GFM autolink literals of one line of inline content [at, to), whose parts are `parts`
 * from index `first`: found by literals.ts (findLiteralAutolinks) over the tokens markdown-it
 * would give for those parts, each made an atom in the text part that holds it, as the walker
 * cuts a text token. False (not read here) when a literal is not inside one text part (it runs
 * over an escape, a reference, an emphasis mark: the walker reads that otherwise).
 */
function withLiterals(source: string, parts: number[], first: number, at: number, to: number): boolean {
  const content = source.slice(at, to)
  if (!mayHaveLiteral(content) || !mayHaveLiteral(textOutsideLinks(source, parts, first))) return true
  const tokens: InlineToken[] = []
  for (let k = first; k < parts.length; k += 3) {
    const kind = parts[k]!
    const start = parts[k + 1]! - at
    const end = parts[k + 2]! - at
    if (kind === Part.text) tokens.push({ type: 'text', map: [start, end], content: content.slice(start, end) })
    else if (kind === Part.linkText) {
      tokens.push({ type: 'link_open', map: [start, start], content: '' })
      tokens.push({ type: 'text', map: [start, end], content: content.slice(start, end) })
      tokens.push({ type: 'link_close', map: [end, end], content: '' })
    } else if (kind === Part.escape) tokens.push({ type: 'text_special', map: [start, end], content: content[start + 1]! })
    else if (kind === Part.reference) tokens.push({ type: 'text_special', map: [start, end], content: referenceText(source, start + at, end + at)! })
    else if (kind === Part.codeElement) {
      tokens.push({ type: 'html_inline', map: [start, start + 6], content: '<code>' })
      tokens.push({ type: 'text', map: [start + 6, end - 7], content: content.slice(start + 6, end - 7) })
      tokens.push({ type: 'html_inline', map: [end - 7, end], content: '</code>' })
    } else if (kind !== Part.linkTitle && kind !== Part.labelText && kind !== Part.labelOnly) tokens.push({ type: 'code_inline', map: [start, end], content: '' }) // an autolink, a code span, an image, a `<br>`: no text
  }
  // Both filters of findLiteralAutolinks passed above, on the same text its tokens give.
  const spans = literalAutolinks(content, tokens)
  if (spans.length === 0) return true
  const out: number[] = []
  let s = 0
  for (let k = first; k < parts.length; k += 3) {
    const kind = parts[k]!
    let start = parts[k + 1]!
    const end = parts[k + 2]!
    for (; s < spans.length && spans[s]![0] + at < end; s++) {
      const x = spans[s]![0] + at
      const y = spans[s]![1] + at
      if (kind !== Part.text || x < start || y > end) return false
      if (x > start) out.push(Part.text, start, x)
      out.push(Part.atom, x, y)
      start = y
    }
    if (kind !== Part.text || start < end) out.push(kind, start, end)
  }
  parts.length = first
  for (const n of out) parts.push(n)
  return true
}

/**
 * A link reference definition on one line (https://spec.commonmark.org/0.31.2/#link-reference-definitions):
 * `[`, a label of no bracket, backslash or line ending, not starting with `^` (a footnote's),
 * `]: `, a destination of DESTINATION characters, and maybe one space and a title in double or
 * single quotes with no backslash, `&` or quote of its kind in it (so it shows as written: no
 * escape or reference to decode), then the end of the line. markdown-it's reference rule reads
 * such a line as one definition and nothing else (no title can follow on the next line: every
 * line of the chunk starts with `[`).
 */
const DEFINITION_LINE = /\[([^[\]\\\n^][^[\]\\\n]*)\]: [-a-zA-Z0-9._:/?#@$+,;=%]+(?: "[^"\\&\n]+"| '[^'\\&\n]+')?/y

/**
 * A chunk of link reference definitions, one a line (DEFINITION_LINE), each label one that
 * normalizes to something (not only whitespace) and at most 999 characters: a label part for
 * each (extract.ts hands the labels to markdown-it, whose inline parse looks them up wherever
 * the reference is), and the title of each that has one. Nothing else of a definition is
 * prose. Undefined for anything else.
 */
function readDefinitions(source: string, lineRanges: number[]): SimpleChunk | undefined {
  const chunk: SimpleChunk = { parts: [], definitions: true }
  for (let k = 0; k < lineRanges.length; k += 2) {
    const from = lineRanges[k]!
    const to = lineRanges[k + 1]!
    DEFINITION_LINE.lastIndex = from
    const m = DEFINITION_LINE.exec(source)
    if (m === null || DEFINITION_LINE.lastIndex !== to) return undefined
    const label = m[1]!
    if (label.length > MAX_LABEL || !/\S/.test(label)) return undefined
    chunk.parts.push(Part.definition, from + 1, from + 1 + label.length)
    if (source.charCodeAt(to - 1) === 0x22 || source.charCodeAt(to - 1) === 0x27) chunk.parts.push(Part.definitionTitle, from, to)
  }
  return chunk
}

/**
 * A chunk that is a fenced code block closed within it
 * (https://spec.commonmark.org/0.31.2/#fenced-code-blocks): no prose, so no parts. Its first
 * line is a run of at least 3 backticks or tildes and an info string (no backtick after
 * backticks: then it is no fence; no `|`: markdown-it's table rule, which comes first, takes a
 * header row with a pipe over a delimiter row); its last line is the closing fence, as many of
 * the marker or more and nothing else, at column 0; no line between starts, past spaces and
 * tabs, with the marker (one that did could close the block early, and what follows it would
 * be a paragraph). Undefined for anything else.
 */
function readFence(source: string, lineRanges: number[]): SimpleChunk | undefined {
  if (lineRanges.length < 4) return undefined
  const length = openingFence(source, lineRanges)
  if (length === 0) return undefined
  const marker = source.charCodeAt(lineRanges[0]!)
  const last = lineRanges[lineRanges.length - 2]!
  const closing = markerRun(source, last, lineRanges[lineRanges.length - 1]!, marker)
  if (closing < length || last + closing !== lineRanges[lineRanges.length - 1]) return undefined
  for (let k = 2; k < lineRanges.length - 2; k += 2) if (startsWithMarker(source, lineRanges[k]!, marker)) return undefined
  return { parts: [] }
}

/**
 * The length of the marker run that opens a fence on the chunk's first line (at least 3
 * backticks or tildes, then an info string with no backtick after backticks and no `|`: see
 * readFence), or 0 where that line opens none.
 */
function openingFence(source: string, lineRanges: readonly number[]): number {
  const start = lineRanges[0]!
  const marker = source.charCodeAt(start)
  const length = markerRun(source, start, lineRanges[1]!, marker)
  if (length < 3) return 0
  const info = source.slice(start + length, lineRanges[1])
  return (marker === 0x60 && info.includes('`')) || info.includes('|') ? 0 : length
}

const isFenceMarker = (c: number): boolean => c === 0x60 || c === 0x7e

/**
 * Whether a chunk that readFence did not take (pairs of line start and end) opens a fenced code
 * block that blank lines do not end, closed further on: its first line opens a fence as
 * readFence takes one, no later line of the chunk or after it, up to the closing fence, starts
 * past spaces and tabs with the marker, and the first that does is the closing fence (as many
 * of the marker or more and nothing else, at column 0). A blank line inside a fence is its
 * content (https://spec.commonmark.org/0.31.2/#fenced-code-blocks): the block is one chunk
 * without prose, its line pairs (the blank ones too) appended to `lineRanges` when true. Like
 * every chunk it ends before a blank line or at the end: a closing fence with a line right after
 * it is not taken. A fence never closed runs to the end of the document: not taken.
 */
function readFenceOverBlankLines(source: string, lineRanges: number[]): boolean {
  const length = openingFence(source, lineRanges)
  if (length === 0) return false
  const marker = source.charCodeAt(lineRanges[0]!)
  for (let k = 2; k < lineRanges.length; k += 2) if (startsWithMarker(source, lineRanges[k]!, marker)) return false
  const chunkLines = lineRanges.length
  let end = lineRanges[chunkLines - 1]!
  while (end < source.length) {
    const from = nextLine(source, end)
    const to = endOfLine(source, from)
    lineRanges.push(from, to)
    if (startsWithMarker(source, from, marker)) {
      const closing = markerRun(source, from, to, marker)
      // The closing line ends the chunk too, as a chunk ends before a blank line.
      if (closing >= length && from + closing === to && (to >= source.length || isBlank(source, nextLine(source, to), endOfLine(source, nextLine(source, to))))) return true
      break
    }
    end = to
  }
  lineRanges.length = chunkLines
  return false
}

/** Whether the line from `from` starts with `marker` past spaces and tabs. */
function startsWithMarker(source: string, from: number, marker: number): boolean {
  let at = from
  while (source.charCodeAt(at) === 0x20 || source.charCodeAt(at) === 0x09) at++
  return source.charCodeAt(at) === marker
}

/** How many of `marker` follow one another from `from`, before `to`. */
function markerRun(source: string, from: number, to: number, marker: number): number {
  let at = from
  while (at < to && source.charCodeAt(at) === marker) at++
  return at - from
}

/**
 * Whether a chunk is indented code (https://spec.commonmark.org/0.31.2/#indented-code-blocks)
 * and nothing else: every line indented by four spaces (a line indented less would end the
 * block and start a paragraph). No prose. Taken only right after a chunk taken here (the caller
 * checks `run`): that chunk is at the top level, ends at the blank line and leaves nothing open
 * (a list taken here is not followed by an indented line: endsList), so an indented line after
 * the blank line starts a code block there; after a chunk left to markdown-it it could go on
 * with a list item or a footnote.
 */
function isIndentedCode(source: string, lineRanges: number[]): boolean {
  for (let k = 0; k < lineRanges.length; k += 2) if (!source.startsWith('    ', lineRanges[k]!)) return false
  return true
}

/** A bullet list item's first line: `-`, `*` or `+` and a space, at column 0. */
function isBulletLine(source: string, at: number): boolean {
  const c = source.charCodeAt(at)
  return (c === 0x2d || c === 0x2a || c === 0x2b) && source.charCodeAt(at + 1) === 0x20
}

/**
 * Whether a bullet list in the chunk [start, end) is a list of its own, ended by the blank line
 * after it: the chunk before it (from `previous`; -1: none) is not indented (it would go on with
 * a list before it), and none of its lines starts, past spaces, tabs and `>`, with its bullet (a list there, with the same bullet, would go on into this one and
 * make it loose), and the next non-blank line starts at column 0, not with its bullet (an
 * indented one would continue its last item). A line at column 0 after a blank line that is
 * not a list item ends every list. (The placeholder check cannot see this: a thematic break
 * after a list ends it too.)
 */
function endsList(source: string, previous: number, start: number, end: number): boolean {
  const bullet = source.charCodeAt(start)
  if (previous >= 0) {
    // indented, it goes on with whatever list came before it
    if (source.charCodeAt(previous) === 0x20 || source.charCodeAt(previous) === 0x09) return false
    for (let line = previous; line < start; line = nextLine(source, endOfLine(source, line))) {
      let at = line
      for (let c = source.charCodeAt(at); c === 0x20 || c === 0x09 || c === 0x3e; c = source.charCodeAt(++at));
      if (source.charCodeAt(at) === bullet) return false
    }
  }
  for (let line = end; line < source.length;) {
    line = nextLine(source, line)
    const lineEnd = endOfLine(source, line)
    if (isBlank(source, line, lineEnd)) {
      line = lineEnd
      continue
    }
    const c = source.charCodeAt(line)
    return c !== 0x20 && c !== 0x09 && c !== bullet
  }
  return true
}

/**
 * A chunk that is a tight bullet list, one item a line: every line `-`, `*` or `+` (the same one),
 * one space, then a paragraph line (isParagraphLineStart: no nested block, no hr); each item's
 * content a block of its own, read as a paragraph line. Not a task list item (`[ ] x` is no
 * link here either), not a lazy continuation line. Undefined for anything else.
 */
function readList(source: string, marks: Marks, lineRanges: number[], hinted: boolean): SimpleChunk | undefined {
  const bullet = source.charCodeAt(lineRanges[0]!)
  const chunk: SimpleChunk = { parts: [] }
  for (let k = 0; k < lineRanges.length; k += 2) {
    const from = lineRanges[k]!
    const to = lineRanges[k + 1]!
    const at = from + 2
    if (source.charCodeAt(from) !== bullet || source.charCodeAt(from + 1) !== 0x20) return undefined
    if (at >= to || !isParagraphLineStart(source, at, to) || isWhitespace(source.charCodeAt(to - 1))) return undefined
    const first = chunk.parts.length
    if (!readInline(source, marks, at, to, chunk.parts)) return undefined
    if (hinted && !withLiterals(source, chunk.parts, first, at, to)) return undefined
    chunk.parts.push(Part.blockEnd, to, to)
  }
  return chunk
}

/** Cells past the header's count that markdown-it fills in, summed over the body, after which it ends the table (its MAX_AUTOCOMPLETED_CELLS). */
const MAX_AUTOCOMPLETED_CELLS = 65536

/**
 * A chunk that is a GFM pipe table, every line of it starting with `|` (a header row, a
 * delimiter row, body rows), read as markdown-it 15's table rule and plugin-tables.ts read it:
 * no other block rule starts on a `|`, so the header starts the table and every later line of
 * the chunk is a row (none ends it: the table rule stops at a blank line, a line that another
 * block rule starts, an indented one, or after 65,536 cells filled in). Each cell's content (the
 * row trimmed, cut at each `|` that no `\` is before, the first and last cut dropped when empty,
 * then trimmed) is read as a paragraph line and ends its block; the cells past the header's
 * count too (plugin-tables.ts reads them). Undefined when the chunk is anything else, when the
 * delimiter row does not fit the header, or when a cell holds `\\` (a cut there takes a
 * backslash out of the content: the content no longer reads as the source does).
 */
function readTable(source: string, marks: Marks, lineRanges: number[], hinted: boolean): SimpleChunk | undefined {
  if (lineRanges.length < 4) return undefined
  for (let k = 0; k < lineRanges.length; k += 2) if (source.charCodeAt(lineRanges[k]!) !== 0x7c) return undefined
  const columns = delimiterColumns(source, lineRanges[2]!, lineRanges[3]!)
  if (columns === 0) return undefined
  const chunk: SimpleChunk = { parts: [] }
  let autocompleted = 0
  for (let k = 0; k < lineRanges.length; k += 2) {
    if (k === 2) continue
    const cells = rowCellRanges(source, lineRanges[k]!, lineRanges[k + 1]!)
    if (cells === undefined) return undefined
    const count = cells.length / 2
    if (k === 0 ? count !== columns : (autocompleted += columns - count) > MAX_AUTOCOMPLETED_CELLS) return undefined
    for (let c = 0; c < cells.length; c += 2) {
      const from = cells[c]!
      const to = cells[c + 1]!
      if (from === to) continue
      const first = chunk.parts.length
      if (!readInline(source, marks, from, to, chunk.parts)) return undefined
      if (hinted && !withLiterals(source, chunk.parts, first, from, to)) return undefined
      chunk.parts.push(Part.blockEnd, to, to)
    }
  }
  return chunk
}

/**
 * The number of columns of a delimiter row [from, to) as markdown-it's table rule reads it (its
 * first two characters, then only `|`, `-`, `:`, spaces and tabs; cut at every `|`, each column
 * trimmed, `:?-+:?`, empty only first or last), or 0 when it is none.
 */
function delimiterColumns(source: string, from: number, to: number): number {
  if (to - from < 2) return 0
  const second = source.charCodeAt(from + 1)
  if (!(second === 0x7c || second === 0x2d || second === 0x3a || second === 0x20 || second === 0x09)) return 0
  for (let i = from + 2; i < to; i++) {
    const c = source.charCodeAt(i)
    if (!(c === 0x7c || c === 0x2d || c === 0x3a || c === 0x20 || c === 0x09)) return 0
  }
  const parts = source.slice(from, to).split('|')
  let columns = 0
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i]!.trim()
    if (!t) {
      if (i === 0 || i === parts.length - 1) continue
      return 0
    }
    if (!DELIMITER.test(t)) return 0
    columns++
  }
  return columns
}

const DELIMITER = /^:?-+:?$/

/**
 * The cells of a table row [from, to) as [start, end] pairs of document offsets, as
 * content-map-lines.ts rowCells (markdown-it's escapedSplit) cuts and trims them; undefined when
 * a cell holds `\\`.
 */
function rowCellRanges(source: string, from: number, to: number): number[] | undefined {
  let start = from
  let end = to
  while (start < end && isWhitespace(source.charCodeAt(start))) start++
  while (end > start && isWhitespace(source.charCodeAt(end - 1))) end--
  const cuts: number[] = []
  let last = start
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i)
    if (c === 0x5c && source.charCodeAt(i + 1) === 0x5c) return undefined
    if (c === 0x7c && source.charCodeAt(i - 1) !== 0x5c) {
      cuts.push(last, i)
      last = i + 1
    }
  }
  cuts.push(last, end)
  if (cuts.length >= 2 && cuts[0] === cuts[1]) cuts.splice(0, 2)
  if (cuts.length >= 2 && cuts[cuts.length - 2] === cuts[cuts.length - 1]) cuts.length -= 2
  for (let c = 0; c < cuts.length; c += 2) {
    let a = cuts[c]!
    let b = cuts[c + 1]!
    while (a < b && isWhitespace(source.charCodeAt(a))) a++
    while (b > a && isWhitespace(source.charCodeAt(b - 1))) b--
    cuts[c] = a
    cuts[c + 1] = b
  }
  return cuts
}

/**
 * Block names both markdown-it's HTML block rule and plugin-html-blocks.ts take for an HTML
 * block of kind 6 (https://spec.commonmark.org/0.31.2/#html-blocks), which a blank line ends.
 */
const BLOCK_TAG = /^<\/?(?:div|figure|iframe|section|table|p|details|ul|ol|hr|nav|header|footer)[ >]/
/** An HTML comment on one line, with no `>` inside (so that it ends at its end, as an HTML block of kind 2 and for htmlparser2). */
const COMMENT_LINE = /^<!--[^>]*-->$/

/**
 * A chunk that markdown-it reads as one HTML block, whole (a comment on one line; kind 6, up
 * to the blank line), in which the HTML extractor leaves no element open (an embed
 * `<iframe …></iframe>`, a `<figure>`, an ad slot): the walker extracts it as this does
 * (flowHtml: the block's source, nothing open before it) and nothing stays open after it, so
 * it joins a run with its blocks. Else undefined.
 */
function readHtmlChunk(source: string, lineRanges: number[]): SimpleChunk | undefined {
  const start = lineRanges[0]!
  const end = lineRanges[lineRanges.length - 1]!
  const firstLine = source.slice(start, lineRanges[1]!)
  const comment = lineRanges.length === 2 && COMMENT_LINE.test(firstLine)
  // One comment and nothing else (its first `>` is its end): the extractor finds no block in
  // it, leaves nothing open and reports nothing (simple-chunks.test.ts checks it).
  if (comment) return { parts: [], html: { start, blocks: [] } }
  if (!BLOCK_TAG.test(firstLine)) return undefined
  const { blocks, skip, unread } = walkHtml(source.slice(start, end))
  // What an element left open hides is reported by the walker's reading (walker-html.ts).
  return skip === undefined && unread.length === 0 ? { parts: [], html: { start, blocks } } : undefined
}

/**
 * The text outside link texts, a line ending between lines: what literals.ts filters on, its
 * text tokens (text, escapes, and the text of a `<code>` element, which only the walker makes
 * an atom; not an autolink or a code span), of the parts from index `first`.
 */
function textOutsideLinks(source: string, parts: number[], first = 0): string {
  let text = ''
  for (let k = first; k < parts.length; k += 3) {
    const kind = parts[k]!
    const start = parts[k + 1]!
    if (kind === Part.text) text += source.slice(start, parts[k + 2]!)
    else if (kind === Part.lineEnding) text += '\n'
    else if (kind === Part.escape) text += source[start + 1]
    else if (kind === Part.codeElement) text += source.slice(start + 6, parts[k + 2]! - 7)
    else if (kind === Part.reference) text += referenceText(source, start, parts[k + 2]!)
  }
  return text
}

/**
 * Whether markdown-it reads a line starting at `at` as a paragraph line: not indented, no block
 * rule's first character, no ordered-list number, no Unicode space that `trim` would take off
 * (isWhitespace: JavaScript's `\s`, which `trim` takes).
 */
function isParagraphLineStart(source: string, at: number, to: number): boolean {
  const c = source.charCodeAt(at)
  // `<` starts a line of a paragraph unless it starts an HTML block there, as the html_block rule
  // tests it (plugin-html-blocks.ts). A chunk's first line is not read here when it starts
  // with `<` (readHtmlChunk): this is a quote's, a list item's or a paragraph's next line.
  if (c === 0x3c) return !HTML_BLOCK_START.test(source.slice(at, to))
  if (c < 128 ? NOT_LINE_START[c] === 1 : isWhitespace(c)) return false
  if (c >= 0x30 && c <= 0x39) {
    let i = at
    while (i < to && source.charCodeAt(i) >= 0x30 && source.charCodeAt(i) <= 0x39) i++
    const after = source.charCodeAt(i)
    if (after === 0x2e || after === 0x29) return false
  }
  return true
}

/**
 * The inline content [from, to) of one line as parts (pushed to `parts` as document offsets),
 * or false when it holds anything but text and these:
 * - a link: `[`, text with no markup character (not `^` first: a footnote call), `](`, a
 *   destination of DESTINATION characters, `)`; the walker reads its text as prose;
 * - an emphasis or strong emphasis: a run of one or two `*` or `_` after the start or a space
 *   and before a letter or digit (it can open and not close), text with no markup character,
 *   the same run after a letter or digit (it can close; `_` only before the end, a space or
 *   ASCII punctuation, since an intraword `_` cannot) and not followed by one more; one after
 *   the other, so each closer pairs with the opener just before it, and markdown-it's rule of 3
 *   never applies (1 + 1 and 2 + 2 are not multiples of 3). A run that follows a closer cannot
 *   open (`*a**b*`: markdown-it reads a run of two there);
 * - raw HTML and autolinks (readTag), code spans (readCodeSpan), backslash escapes
 *   (readEscape) and character references (readReference).
 */
function readInline(source: string, marks: Marks, from: number, to: number, parts: number[]): boolean {
  let text = from
  for (let i = marks.next(from, to); i >= 0; i = marks.next(i + 1, to)) {
    const c = source.charCodeAt(i)
    if (c === 0x2a || c === 0x5f) {
      const n = source.charCodeAt(i + 1) === c ? 2 : 1
      // At `from`, the content starts (a heading's) or a line ending comes before: whitespace too.
      const opens = (i === from || source.charCodeAt(i - 1) === 0x20) && i + n < to && isLetterOrDigit(source.charCodeAt(i + n))
      if (!opens) return false
      const close = marks.next(i + n, to)
      if (close < 0 || source.charCodeAt(close) !== c || !isLetterOrDigit(source.charCodeAt(close - 1))) return false
      for (let k = 1; k < n; k++) if (source.charCodeAt(close + k) !== c || close + k >= to) return false
      // `_` closes only before the end, a space or punctuation (no intraword `_`). One more `*`
      // or `_` after the run would make it longer: the next turn finds it and, after no space, fails.
      const after = close + n < to ? source.charCodeAt(close + n) : 0x20
      if (c === 0x5f && !(after === 0x20 || after === 0x0a || isAsciiPunctuation(after))) return false
      if (i > text) parts.push(Part.text, text, i)
      parts.push(Part.text, i + n, close)
      text = close + n
      i = close + n - 1
    } else if (c === 0x5b || (c === 0x21 && source.charCodeAt(i + 1) === 0x5b)) {
      // A link, or an image (`!` before it): the same label and destination.
      const open = c === 0x5b ? i : i + 1
      const label = marks.next(open + 1, to)
      if (label < 0 || label === open + 1 || source.charCodeAt(label) !== 0x5d || source.charCodeAt(open + 1) === 0x5e) return false
      if (source.charCodeAt(label + 1) !== 0x28) {
        const end = c === 0x5b ? readReferenceLink(source, marks, open, label, to, parts, text) : -1
        if (end < 0) return false
        text = end
        i = end - 1
        continue
      }
      let end = label + 2
      while (end < to && source.charCodeAt(end) < 128 && DESTINATION[source.charCodeAt(end)] === 1) end++
      if (end === label + 2 || end >= to) return false
      // A title: one space, `"`, text with no markup character and no `"`, `"` and the `)`.
      let titled = false
      if (source.charCodeAt(end) === 0x20 && source.charCodeAt(end + 1) === 0x22) {
        const close = source.indexOf('"', end + 2)
        if (close < 0 || close + 1 >= to || close === end + 2 || marks.next(end + 2, close) >= 0 || source.charCodeAt(close + 1) !== 0x29) return false
        end = close + 1
        titled = true
      }
      if (source.charCodeAt(end) !== 0x29) return false
      if (i > text) parts.push(Part.text, text, i)
      if (c === 0x5b) {
        parts.push(Part.linkText, i + 1, label)
        if (titled) parts.push(Part.linkTitle, i, end + 1)
      } else parts.push(Part.image, i, end + 1)
      text = end + 1
      i = end
    } else {
      const end = c === 0x3c ? readTag(source, marks, i, to, parts, text)
        : c === 0x60 ? readCodeSpan(source, i, to, parts, text)
        : c === 0x5c ? readEscape(source, i, to, parts, text)
        : c === 0x26 ? readReference(source, i, to, parts, text)
        : -1
      if (end < 0) return false
      text = end
      i = end - 1
    }
  }
  if (to > text) parts.push(Part.text, text, to)
  return true
}

/**
 * A reference link whose text [open + 1, label) has no markup character: full `[text][label]`,
 * collapsed `[text][]` or shortcut `[text]` (not before `(`, `[` or `:`: an inline link, another
 * label, a definition's). Its text is prose (Part.linkText); the label it looks up is a
 * Part.labelText (the text is also the label: the walker's `labels`) or Part.labelOnly. Whether
 * the document defines that label is known only after markdown-it's parse: extract.ts parses
 * again with the chunk in place when it does not (then the brackets are text). Pushes the text
 * from `text` before it; returns where it ends, or -1.
 */
function readReferenceLink(source: string, marks: Marks, open: number, label: number, to: number, parts: number[], text: number): number {
  let end = label + 1
  let kind: number = Part.labelText
  let from = open + 1
  let until = label
  if (source.charCodeAt(end) === 0x5b) {
    const close = marks.next(end + 1, to)
    if (close < 0 || source.charCodeAt(close) !== 0x5d) return -1
    if (close > end + 1) {
      kind = Part.labelOnly
      from = end + 1
      until = close
    }
    end = close + 1
  }
  const after = source.charCodeAt(end)
  if (after === 0x28 || after === 0x5b || after === 0x3a || until - from > MAX_LABEL) return -1
  if (open > text) parts.push(Part.text, text, open)
  parts.push(Part.linkText, open + 1, label, kind, from, until)
  marks.references++
  return end
}

/** A link label is at most 999 characters (https://spec.commonmark.org/0.31.2/#link-label). */
const MAX_LABEL = 999

/**
 * A code span (https://spec.commonmark.org/0.31.2/#code-spans) from the backtick run at `i` to
 * the first run of as many backticks on the same line: an atom, whatever it holds. Pushes the
 * text from `text` before it; returns where it ends, or -1.
 */
function readCodeSpan(source: string, i: number, to: number, parts: number[], text: number): number {
  let n = 1
  while (source.charCodeAt(i + n) === 0x60) n++
  for (let at = source.indexOf('`', i + n); at >= 0 && at < to; at = source.indexOf('`', at)) {
    let m = 1
    while (source.charCodeAt(at + m) === 0x60) m++
    if (m === n && at + m <= to) {
      if (i > text) parts.push(Part.text, text, i)
      parts.push(Part.atom, i, at + m)
      return at + m
    }
    at += m
  }
  return -1
}

/** markdown-it's escapable characters (ASCII punctuation): `\` before one shows it. */
const ESCAPABLE = new Uint8Array(128)
for (const c of '\\!"#$%&\'()*+,./:;<=>?@[]^_`{|}~-') ESCAPABLE[c.charCodeAt(0)] = 1

/** A backslash escape at `i` (not before a line ending: a hard break); pushes the text before it. */
function readEscape(source: string, i: number, to: number, parts: number[], text: number): number {
  const c = source.charCodeAt(i + 1)
  if (i + 1 >= to || c >= 128 || ESCAPABLE[c] !== 1) return -1
  if (i > text) parts.push(Part.text, text, i)
  parts.push(Part.escape, i, i + 2)
  return i + 2
}

/**
 * Named character references read here, with what markdown-it shows for them (its entity rule
 * decodes with entities' decodeHTMLStrict; these decode alike in every version of it). Any other
 * name goes to markdown-it.
 */
const NAMED = new Map(Object.entries({
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&nbsp;': '\u00a0', '&ndash;': '\u2013', '&mdash;': '\u2014', '&hellip;': '\u2026',
  '&lsquo;': '\u2018', '&rsquo;': '\u2019', '&ldquo;': '\u201c', '&rdquo;': '\u201d', '&laquo;': '\u00ab', '&raquo;': '\u00bb', '&euro;': '\u20ac', '&copy;': '\u00a9', '&deg;': '\u00b0',
}))
/** A character reference as markdown-it's entity rule reads one (DIGITAL_RE, NAMED_RE). */
const REFERENCE = /&(?:#(?:[xX][0-9a-fA-F]{1,6}|[0-9]{1,7})|[A-Za-z][A-Za-z0-9]{1,31});/y

/**
 * What the character reference at source [start, end) shows: a name of NAMED, or a number in
 * the ranges markdown-it's isValidEntityCode takes (printable ASCII, then U+00A0 to U+D7FF and
 * U+E000 to U+FDCF: one code unit, none of the codes it replaces by U+FFFD); else undefined.
 */
export function referenceText(source: string, start: number, end: number): string | undefined {
  const raw = source.slice(start, end)
  if (raw.charCodeAt(1) !== 0x23) return NAMED.get(raw)
  const hex = raw.charCodeAt(2) === 0x78 || raw.charCodeAt(2) === 0x58
  const code = hex ? parseInt(raw.slice(3, -1), 16) : parseInt(raw.slice(2, -1), 10)
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfdcf) ? String.fromCharCode(code) : undefined
}

/** A character reference at `i` that referenceText reads; pushes the text before it. */
function readReference(source: string, i: number, to: number, parts: number[], text: number): number {
  REFERENCE.lastIndex = i
  if (!REFERENCE.test(source) || REFERENCE.lastIndex > to || referenceText(source, i, REFERENCE.lastIndex) === undefined) return -1
  if (i > text) parts.push(Part.text, text, i)
  parts.push(Part.reference, i, REFERENCE.lastIndex)
  return REFERENCE.lastIndex
}

/** Tags of phrasing content without attributes, which the walker passes over (INLINE in html-elements.ts). */
const PASSED_TAGS = new Set(['<b>', '</b>', '<i>', '</i>', '<em>', '</em>', '<strong>', '</strong>', '<span>', '</span>', '<u>', '</u>', '<small>', '</small>', '<mark>', '</mark>'])
const BR = new Set(['<br>', '<br/>', '<br />'])
/** An autolink to a URL (https://spec.commonmark.org/0.31.2/#autolinks), of DESTINATION characters. */
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[-a-zA-Z0-9._:/?#@$+,;=%]*>/y

/**
 * The raw HTML or autolink at `i` (a `<`) on a line ending at `to`, which the walker reads as:
 * - an autolink: an atom, not text to the literal filter (it is a link);
 * - `<code>`, text with no markup character, `</code>`: one atom (the element's content is
 *   not prose, and consecutive atoms collapse);
 * - `<br>`: the end of the block;
 * - a phrasing tag without attributes (`<b>`, `</span>`): nothing.
 * Returns where it ends, or -1 for anything else.
 */
function readTag(source: string, marks: Marks, i: number, to: number, parts: number[], text: number): number {
  // Within the line: a search to the document's next `>` from every `<` of a text without one is quadratic.
  let close = i + 1
  while (close < to && source.charCodeAt(close) !== 0x3e) close++
  if (close >= to) return -1
  const tag = source.slice(i, close + 1)
  let kind: number = Part.text
  let end = close + 1
  if (PASSED_TAGS.has(tag)) kind = Part.text
  else if (BR.has(tag)) kind = Part.blockEnd
  else if (tag === '<code>') {
    const at = marks.next(close + 1, to)
    if (at < 0 || !source.startsWith('</code>', at)) return -1
    kind = Part.codeElement
    end = at + 7
  } else if (marks.passedWithAttributes(source, i, end, tag)) kind = Part.text
  else {
    AUTOLINK.lastIndex = i
    if (!AUTOLINK.test(source) || AUTOLINK.lastIndex !== end) return -1
    kind = Part.atom
  }
  if (i > text) parts.push(Part.text, text, i)
  if (kind !== Part.text) parts.push(kind, i, end)
  return end
}

/**
 * A start tag of PASSED_TAGS with attributes, each ` name="value"` (a subset of markdown-it's
 * open_tag: one space before each, a double-quoted value without `<`, `>` or a line ending, so
 * that the tag ends at the first `>`).
 */
const ATTRIBUTE_TAG = /<(?:b|i|em|strong|span|u|small|mark)(?: [a-zA-Z_:][a-zA-Z0-9:._-]*="[^"<>\n\r]*")+>/y

/**
 * Whether `tag` at source [i, end) is a phrasing start tag with attributes that the walker
 * passes over: its inlineHtml reads the tag with the HTML extractor (walkHtml), whose prose
 * (a `title`) and reports (a `value`) it takes, then passes over an element of INLINE. Only
 * a tag from which the HTML extractor takes nothing is read here.
 */
function isPassedWithAttributes(source: string, i: number, end: number, tag: string): boolean {
  ATTRIBUTE_TAG.lastIndex = i
  if (!ATTRIBUTE_TAG.test(source) || ATTRIBUTE_TAG.lastIndex !== end) return false
  const { blocks, skip, unread } = walkHtml(tag)
  return blocks.length === 0 && unread.length === 0 && skip === undefined
}

/**
 * Where `pattern` (global, one character a match) matches in source [from, to). `test` does not
 * build a match array: half the time of `exec` on copy dense in markup (2,200 marks in 50 KB).
 */
function characterPositions(pattern: RegExp, source: string, from: number, to: number): number[] {
  const out: number[] = []
  pattern.lastIndex = from
  while (pattern.test(source) && pattern.lastIndex <= to) out.push(pattern.lastIndex - 1)
  return out
}

/**
 * Where LITERAL_HINT matches in source [from, to), found with `test` as characterPositions does:
 * the unit a match ends on tells which it was (`@`, the `/` of `://`, the `.` of `www.`).
 */
function hintPositions(source: string, from: number, to: number): number[] {
  const out: number[] = []
  LITERAL_HINT.lastIndex = from
  while (LITERAL_HINT.test(source)) {
    const end = LITERAL_HINT.lastIndex
    const c = source.charCodeAt(end - 1)
    const start = end - (c === 0x40 ? 1 : c === 0x2f ? 3 : 4)
    if (start >= to) break
    out.push(start)
  }
  return out
}

/**
 * The markup characters of the document in order, read forwards as the chunks are; and what
 * isPassedWithAttributes said of each tag the document's chunks hold (a tag is read by the HTML
 * extractor, and copy repeats its `<span class="…">` tags).
 */
class Marks {
  private k = 0
  private readonly tags = new Map<string, boolean>()
  /** Reference links read in the chunk being read (readReferenceLink counts them). */
  references = 0

  constructor(private readonly at: number[]) {}

  /** isPassedWithAttributes, once per distinct tag of the document. */
  passedWithAttributes(source: string, i: number, end: number, tag: string): boolean {
    let passed = this.tags.get(tag)
    if (passed === undefined) this.tags.set(tag, (passed = isPassedWithAttributes(source, i, end, tag)))
    return passed
  }

  /** The first markup character in [from, to), or -1; `from` never goes back. */
  next(from: number, to: number): number {
    const { at } = this
    while (this.k < at.length && at[this.k]! < from) this.k++
    const i = this.k < at.length ? at[this.k]! : -1
    return i >= 0 && i < to ? i : -1
  }
}

/** Where a placeholder ends in the reduced text, and how many units more the document has from there on. */
interface Cut {
  at: number
  shift: number
}

/**
 * The document offsets of the text markdown-it parses: the body with runs of simple chunks cut
 * out (`reduced`), in which markdown-it turned each CRLF into an LF (as MarkdownSource maps).
 */
export class CutSource implements DocumentOffsets {
  /** Cumulative shift of each cut. */
  private readonly shifts: { at: number; shift: number }[]
  /** Parsed offsets of the LFs that stand for a CRLF of `reduced`, in order. */
  private readonly crlf: number[] = []

  constructor(readonly source: string, readonly start: number, reduced: string, cuts: Cut[]) {
    let total = 0
    this.shifts = cuts.map(({ at, shift }) => ({ at, shift: (total += shift) }))
    for (let i = reduced.indexOf('\r\n'); i >= 0; i = reduced.indexOf('\r\n', i + 2)) this.crlf.push(i - this.crlf.length)
  }

  /** Document offset of parsed offset `n`. */
  offset(n: number): number {
    const { crlf, shifts } = this
    // One more unit for each CRLF read as an LF before `n`, then for each cut before that.
    const r = crlf.length === 0 || n <= crlf[0]! ? n : n + lowerBound(crlf, n)
    if (shifts.length === 0 || r < shifts[0]!.at) return this.start + r
    return this.start + r + shifts[lastAtOrBefore(shifts, r)]!.shift
  }
}
