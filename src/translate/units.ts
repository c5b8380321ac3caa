import type { TextFormat } from '../core/api.js'
import { escapeReplacement, fitsFrontMatter } from '../core/markup/escape.js'
import { applyChanges } from '../core/normalize/apply-changes.js'
import { lastAtOrBefore } from '../core/text/last-at.js'
import { extractHtml, extractMarkdown, type EscapeContext, type Segment } from '../core/markup/index.js'

/**
 * A piece of the input the engine translates on its own: a paragraph of plain text, or a run
 * of prose in Markdown or HTML between two pieces of markup. Whitespace at its edges is not
 * sent (engines trim it) and is written back as it was.
 */
export interface Unit {
  /** The prose to translate, without its edge whitespace. */
  text: string
  /** Source range of what the translation replaces. */
  start: number
  end: number
  /** Source offset of `text[i]`; exact for literal text, the reference's start inside a character reference. */
  sourceOffset(i: number): number
  escape: EscapeContext | undefined
  /**
   * The unit continues a sentence begun in prose before it in its block: it follows inline
   * markup ("El **alcalde** de Járkov": "alcalde" and "de Járkov" continue "El"). An engine
   * that writes the first word it is given with a capital must not here (`TranslationRequest.continues`).
   */
  continues: boolean
}

const LETTER = /\p{L}/u
/** Prose that ends a sentence: its last stop, then any closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u

/**
 * The units of a text. Plain text: paragraphs (split at blank lines), so that a broken
 * protection costs one paragraph its protection, not the whole text. Markdown and HTML: runs of
 * literal text and character references inside one block of prose; tags, code, URLs, inline
 * markup and attributes other than alt and title are never part of a unit, so they stay
 * byte-identical. Units without a letter are left alone.
 */
export function splitUnits(source: string, format: TextFormat): Unit[] {
  if (format === 'text') return paragraphs(source)
  const blocks = format === 'html' ? extractHtml(source) : extractMarkdown(source)
  const units: Unit[] = []
  for (const block of blocks) {
    let run: Segment[] = []
    // The block's prose before the run, trimmed: undefined until some has been seen.
    let before: string | undefined
    const flush = () => {
      if (run.length > 0) {
        const text = run.map((s) => s.text).join('')
        pushRun(units, run, text, block.escape, before !== undefined && !SENTENCE_END.test(before))
        const prose = text.trimEnd()
        if (prose !== '') before = prose
      }
      run = []
    }
    for (const segment of block.segments) {
      if (segment.kind === 'atom' || (run.length > 0 && run[run.length - 1]!.end !== segment.start)) flush()
      if (segment.kind !== 'atom') run.push(segment)
    }
    flush()
  }
  // In source order, as joinUnits writes them: an element's attributes (a link's title, an
  // image's alt) come as blocks of their own after its text, and translating
  // `<a title="Posts by the Kiev desk">the Kiev desk</a>` threw in joinUnits (a 500).
  return isInOrder(units) ? units : units.sort((a, b) => a.start - b.start)
}

function isInOrder(units: readonly Unit[]): boolean {
  for (let i = 1; i < units.length; i++) if (units[i]!.start < units[i - 1]!.end) return false
  return true
}

function paragraphs(source: string): Unit[] {
  const units: Unit[] = []
  const breaks = /\n[ \t]*\n\s*/gu
  let at = 0
  const push = (start: number, end: number) => trimmed(units, source.slice(start, end), (i) => start + i, undefined, false)
  for (const m of source.matchAll(breaks)) {
    push(at, m.index)
    at = m.index + m[0].length
  }
  push(at, source.length)
  return units
}

function pushRun(units: Unit[], run: Segment[], text: string, escape: EscapeContext, continues: boolean): void {
  const first = run[0]!
  const base = first.at
  const sourceOffset = (i: number) => {
    const at = base + i
    const segment = segmentAt(run, at)
    return segment.kind === 'text' ? segment.start + Math.min(at - segment.at, segment.end - segment.start) : at - segment.at >= segment.text.length ? segment.end : segment.start
  }
  trimmed(units, text, sourceOffset, escape, continues, first.start, run[run.length - 1]!.end)
}

/**
 * The segment of `run` (contiguous, in order) holding prose offset `at`, else the last one. By
 * binary search: every protected name asks for its offsets, and one unit of a long document
 * can hold tens of thousands of segments (a search from the first one made 400 KB of HTML take 1.6 s).
 */
export function segmentAt(run: readonly Segment[], at: number): Segment {
  const found = run[lastAtOrBefore(run, at)]!
  return at >= found.at && at < found.at + found.text.length ? found : run[run.length - 1]!
}

/** Adds the unit with its edge whitespace cut off (its source range shrinks to match). */
function trimmed(
  units: Unit[],
  text: string,
  sourceOffset: (i: number) => number,
  escape: EscapeContext | undefined,
  continues: boolean,
  runStart?: number,
  runEnd?: number,
): void {
  if (!LETTER.test(text)) return
  const lead = /^\s*/u.exec(text)![0].length
  const core = text.trim()
  const tail = lead + core.length
  units.push({
    text: core,
    start: lead === 0 && runStart !== undefined ? runStart : sourceOffset(lead),
    end: tail === text.length && runEnd !== undefined ? runEnd : sourceOffset(tail),
    sourceOffset: (i) => sourceOffset(lead + i),
    escape,
    continues,
  })
}

/** The source with every unit replaced by its translation, escaped for where it lands. */
export function joinUnits(source: string, units: readonly Unit[], translations: readonly string[]): string {
  return applyChanges(source, units.map((unit, i) => written(source, unit, apart(unit, translations[i]!))))
}

/**
 * A run that opens with an English possessive right after inline markup ("**Kiev**'s city
 * hall": the run "'s city hall") comes back without it in a language that has none ("sala de
 * ciudad"), and would be glued to the name ("**Kiev**sala"): it is written after a space.
 */
function apart(unit: Unit, translation: string): string {
  return POSSESSIVE.test(unit.text) && !POSSESSIVE.test(translation) && /^\p{L}/u.test(translation) ? ` ${translation}` : translation
}

const POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u

function written(source: string, { start, end, escape }: Unit, translation: string): { start: number; end: number; replacement: string } {
  if (escape === undefined) return { start, end, replacement: translation }
  if (escape.kind === 'front-matter' && (escape.quote === '' || escape.syntax === 'toml') && !fitsFrontMatter(translation, 0, translation.length, translation, escape)) {
    // A title translated with a ": " in it is no YAML plain scalar, nor one with an apostrophe
    // a TOML literal string: the whole value is written double-quoted instead, which both read
    // as the same text (JSON's string escapes are theirs).
    // A plain value is one unit, edge to edge (front-matter.ts trims it); a literal string's
    // unit may have lost spaces at its edges, and is then written as it is.
    const quotes = escape.quote === '' ? 0 : 1
    if (quotes === 0 || (source[start - 1] === "'" && source[end] === "'")) {
      return { start: start - quotes, end: end + quotes, replacement: `"${escapeReplacement(translation, { ...escape, quote: '"' })}"` }
    }
  }
  return { start, end, replacement: escapeReplacement(translation, escape) }
}
