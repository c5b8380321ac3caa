import type { Change } from '../normalize/change.js'
import type { Detection, LanguageDecision } from '../detect/decide.js'

/**
 * Runs the glossary of one language over plain prose; changes are in that string's UTF-16
 * coordinates. The markup layer calls it once per language, not once per block: `text` is the
 * prose of the blocks in that language joined by BLOCK_SEPARATOR, and a finding that crosses a
 * separator is dropped. `prose` is the whole document's prose joined the same way (the passage
 * a rule may look at beyond the block); it is `text` itself when every block is in one language.
 */
export type Finder = (text: string, language: string, prose: string) => Change[]

/** Guesses the language of a plain string; `code` is 'und' when it cannot tell. */
export type Detect = (text: string) => Detection

/**
 * The names a glossary knows (KnownNames, match/known-names.ts), which normalizing a block
 * changes: a block's function words are read without them, as the words are read
 * (looksUnlike), and its length is weighed without them (dominantOf).
 */
export interface NameReader {
  /** 1 at each code unit a name may begin with. */
  readonly starts: Uint8Array
  /** The end of the longest name starting at word start `start` (ending by `limit`), or -1. */
  endAt(text: string, start: number, limit: number): number
  /**
   * Whether some name begins with a word whose folded units (foldUnit) hash to `hash` (FNV-1a,
   * text/hash.ts): a word no name begins with needs no walk (endAt) from its start.
   */
  firstWord(hash: number): boolean
  /** The units of text[from, to) in names. */
  namedUnits(text: string, from: number, to: number): number
}

export type MarkupFormat = 'html' | 'markdown'

/**
 * How a replacement has to be written back where the prose came from. Only the replacement is
 * escaped: everything outside a change keeps the document's own encoding.
 */
export type EscapeContext =
  | { kind: 'html-text' }
  /** `quote` is the attribute's delimiter; '' for an unquoted value. */
  | { kind: 'html-attribute'; quote: '"' | "'" | '' }
  /** `quote` is set inside a link title, delimited by `"…"`, `'…'` or `(…)`. */
  | { kind: 'markdown'; quote?: '"' | "'" | ')' }
  | FrontMatterEscape
  /** A JSON string in an HTML `<script>` (json-ld.ts). */
  | { kind: 'json-string' }

/** A value in a Markdown document's front matter (markdown/front-matter.ts); `quote` is '' for a YAML plain scalar. */
export type FrontMatterEscape = { kind: 'front-matter'; syntax: 'yaml' | 'toml'; quote: '"' | "'" | '' }

/**
 * A run of prose and the source it came from.
 * - `text`: source.slice(start, end) === text (a run of literal characters);
 * - `ref`: a character reference or backslash escape; `text` is what it shows;
 * - `atom`: something that is not prose but sits inside it (an image, inline code, a URL, a
 *   shortcode): one ATOM in the prose, so that words on either side never join.
 */
export interface Segment {
  kind: 'text' | 'ref' | 'atom'
  start: number
  end: number
  text: string
  /** Offset of `text` in the block's prose. */
  at: number
}

/** A unit of prose the finder runs on: a paragraph, a heading, a table cell, an alt text… */
export interface ProseBlock {
  /** The segments' texts joined. Inline markup between segments does not break words. */
  text: string
  /** In source order, covering `text` without holes. */
  segments: Segment[]
  /** Source range from the first segment's start to the last segment's end. */
  start: number
  end: number
  escape: EscapeContext
}

/**
 * One character stands for every atom: the broken bar, a symbol that is neither a word, a space
 * nor punctuation to any rule (as the object replacement character U+FFFC, used before, is not),
 * and within Latin-1. A string of Latin-1 units is stored one byte a unit in V8, and irregexp and
 * the matcher's scans run on it 15-30 % faster than on the two-byte string a single U+FFFC made of
 * the whole prose of a document (`docs/performance-history.md`, "Markup").
 */
export const ATOM = '\u00A6'

/**
 * Between the blocks of prose handed to the finder in one call. A blank line ends everything a
 * rule reads in plain text (a phrase, a sentence, a paragraph, a cue's or a neighbouring
 * word's reach); the atom between two of them keeps what reads past blank lines from joining
 * two blocks: a self-gloss ("Kharkov" ending one cell, "(now Kharkiv)" starting the next) or
 * an elided article ("de" ending one block before a name). So one call finds what a call per
 * block would find.
 */
export const BLOCK_SEPARATOR = `\n\n${ATOM}\n\n`

/** The prose of a document's blocks joined by BLOCK_SEPARATOR, and where each block starts in `text`. */
export interface JoinedProse {
  text: string
  starts: readonly number[]
}

/** What the markup layer tells the caller beside its changes. */
export type MarkupWarning = SplitByMarkup | NotRead

/** A change the markup did not let us make; the caller may show it for a human to fix. */
export interface SplitByMarkup {
  code: 'split-by-markup'
  /** Source offsets of the whole match. */
  start: number
  end: number
  concept: string
  original: string
  replacement: string
  /** `quoting`: the name is in a front matter value whose quoting cannot hold the replacement ('…' in TOML, a plain YAML value), not split by markup. */
  reason?: 'quoting'
}

/**
 * - `nesting-limit`: inside containers (block quotes, lists) nested deeper than the parser reads
 *   (100 levels), a guard on its recursion;
 * - `unplaced`: what the parser made of it cannot be placed in the source exactly: an alt text
 *   with markup in it (`![*Kiev*](…)`), a title over a quote's `> `; an inline token whose content
 *   map failed or lines no token covers for another reason (never seen, but never silent);
 * - `left-open` (HTML): after an element that hides its content (`<kbd>`, `<code>`…) left open
 *   where a browser ends it at a start tag (`<li><kbd>a<li>Kiev`): read here as still inside it;
 * - `form-control` (HTML): the option labels of a `<select>`, the initial text of a `<textarea>`,
 *   an `<input>`'s `value` or `placeholder`:
 *   shown, but also what the form sends, so not edited (html-elements.ts REPORTED);
 * - `foreign-content` (HTML): text in inline SVG (`<text>`, `<title>`) or MathML: shown, but laid
 *   out by the drawing or formula, so not edited;
 * - `front-matter` (Markdown): a title or summary of the front matter written over several lines
 *   (a block scalar, a multi-line string, a map): markdown/front-matter.ts reads one line.
 */
export type NotReadReason = 'nesting-limit' | 'unplaced' | 'left-open' | 'form-control' | 'foreign-content' | 'front-matter'

/**
 * Text of the document the extraction never read, so never normalized: reported for a human to
 * check rather than passed over in silence. `source.slice(start, end) === original`.
 */
export interface NotRead {
  code: 'not-read'
  start: number
  end: number
  original: string
  reason: NotReadReason
}

export interface DocumentBlock {
  start: number
  end: number
  code: string
}

export interface NormalizeDocumentDeps {
  find: Finder
  detect: Detect
  /** With 'auto': what a block's function words are read without (none when absent). */
  names?: NameReader
  /** 'auto', or the language every block is normalized in. */
  language: string
  /** Used when `language` is 'auto' and no block could be detected. */
  fallback: string
}

export interface NormalizeDocumentResult {
  /** The source with the changes applied; byte-identical outside them. */
  text: string
  /** Source order, non-overlapping; `source.slice(start, end) === original`. */
  changes: Change[]
  warnings: MarkupWarning[]
  /** Source ranges of prose and their languages; adjacent blocks of one language merged. */
  blocks: DocumentBlock[]
  /** The declared language, or the detected dominant one (most prose characters). */
  code: string
  /** How `code` was decided (src/core/detect/decide.ts), with its confidence and, for the fallback, the reason. */
  language: LanguageDecision
}
