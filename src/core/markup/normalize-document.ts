import { applyChanges } from '../normalize/apply-changes.js'
import { fitsFrontMatter } from './escape.js'
import type { Change } from '../normalize/change.js'
import { readHtml } from './extract-html.js'
import { becomesLabel, isSafeInMarkdown, readMarkdown, type BecomesLabel } from './markdown/index.js'
import { assignLanguages, joinBlocks, languageRanges } from './language.js'
import { type Piece, placeChange } from './place-change.js'
import { mapSpan } from './source-map.js'
import { lowerBound, spanOverlaps } from '../text/sorted.js'
import { BLOCK_SEPARATOR, type Finder, type JoinedProse, type MarkupFormat, type MarkupWarning, type NormalizeDocumentDeps, type NormalizeDocumentResult, type ProseBlock, type SplitByMarkup } from './types.js'

/**
 * Normalizes the prose of an HTML or Markdown document and returns the same document with only
 * words changed. The finder runs once per language over the decoded prose of its blocks
 * (paragraphs, headings, cells, alt texts…); each change is mapped back to its block, then to
 * source offsets. Never throws on bad markup: invalid or truncated input is tokenized the way
 * browsers do and never repaired.
 */
export function normalizeDocument(source: string, format: MarkupFormat, deps: NormalizeDocumentDeps): NormalizeDocumentResult {
  const { blocks, unread, labels, definitions } = format === 'html' ? { ...readHtml(source), labels: [], definitions: new Set<string>() } : readMarkdown(source)
  const prose = joinBlocks(blocks)
  const { codes, dominant, language } = assignLanguages(blocks, deps.language, deps.detect, deps.fallback, prose, deps.names)
  const atLabel = labels.length > 0 ? spanOverlaps(labels) : undefined
  const wouldLink = definitions.size > 0 ? becomesLabel(source, definitions) : undefined
  const changes: Change[] = []
  // Text the parser skipped is not normalized: said, never passed over (markdown/unread.ts).
  const warnings: MarkupWarning[] = unread.map(({ start, end, reason }) => ({ code: 'not-read', start, end, original: source.slice(start, end), reason }))
  const { perBlock, offsets } = findByLanguage(blocks, codes, prose, deps.find)
  blocks.forEach((block, i) => {
    const own = perBlock[i]
    if (own === undefined) return
    const offset = offsets[i]!
    for (const found of checked(block.text, own, offset)) {
      // the change in the block's prose
      const a = found.start - offset
      const b = found.end - offset
      const pieces = placeChange(block, a, b, found.replacement, placeable)
      if (pieces) toChanges(source, heldAtLabels(block, found, a, b, pieces, atLabel, wouldLink), pieces, changes)
      else warnings.push(splitWarning(source, block, found, a, b))
    }
  })
  const ordered = withoutOverlaps(changes)
  return {
    text: applyChanges(source, ordered),
    changes: ordered,
    warnings: warnings.sort((a, b) => a.start - b.start),
    blocks: languageRanges(blocks, codes),
    code: dominant,
    language,
  }
}

/**
 * The finder's changes per block (undefined: none), from one call per language: a call per
 * block paid the matcher's per-text setup (protected spans, cue and passage searches) hundreds
 * of times per article. A change that crosses a block separator is dropped. The changes are the
 * finder's, in the coordinates of the text it read: `offsets` says where each block starts
 * there, so no change is copied only to shift it (a thousand in a dense 50 KB document).
 */
function findByLanguage(blocks: readonly ProseBlock[], codes: readonly string[], joined: JoinedProse, find: Finder): { perBlock: (Change[] | undefined)[]; offsets: readonly number[] } {
  // Most blocks have no change: their slot stays empty.
  const out: (Change[] | undefined)[] = new Array<Change[] | undefined>(blocks.length)
  const prose = joined.text
  // Nearly always one language: its text is the joined prose, each block where joinBlocks put it.
  if (codes.length > 0 && codes.every((code) => code === codes[0])) {
    place(find(prose, codes[0]!, prose), joined.starts, (k) => k, blocks, out)
    return { perBlock: out, offsets: joined.starts }
  }
  const offsets: number[] = new Array<number>(blocks.length)
  const groups = new Map<string, number[]>()
  codes.forEach((code, i) => {
    const group = groups.get(code)
    if (group) group.push(i)
    else groups.set(code, [i])
  })
  for (const [code, members] of groups) {
    const text = members.map((i) => blocks[i]!.text).join(BLOCK_SEPARATOR)
    // Where each member's prose starts in `text`.
    const starts: number[] = []
    let at = 0
    for (const i of members) {
      starts.push(at)
      offsets[i] = at
      at += blocks[i]!.text.length + BLOCK_SEPARATOR.length
    }
    place(find(text, code, prose), starts, (k) => members[k]!, blocks, out)
  }
  return { perBlock: out, offsets }
}

/**
 * Each change to the block it is in (`starts`: where the k-th block of the text starts,
 * `member(k)` its index), unless it runs past the block's end. The finder's changes come in
 * order: the block of each is found walking forwards (a binary search when one comes before
 * the last).
 */
function place(changes: readonly Change[], starts: readonly number[], member: (k: number) => number, blocks: readonly ProseBlock[], out: (Change[] | undefined)[]): void {
  let k = 0
  for (const change of changes) {
    if (change.start < starts[k]!) k = Math.max(0, lowerBound(starts, change.start + 1) - 1)
    while (k + 1 < starts.length && starts[k + 1]! <= change.start) k++
    const offset = starts[k]!
    const i = member(k)
    if (change.end - offset > blocks[i]!.text.length) continue
    ;(out[i] ??= []).push(change)
  }
}

/**
 * A piece of Markdown must not turn into syntax where it lands, nor one of front matter end its
 * value (escape.ts `fitsFrontMatter`); HTML and text take any escaped piece.
 */
function placeable(block: ProseBlock, piece: Piece): boolean {
  const { escape } = block
  if (escape.kind === 'markdown') return isSafeInMarkdown(block, piece)
  if (escape.kind === 'front-matter') return fitsFrontMatter(block.text, piece.a, piece.b, piece.replacement, escape)
  return true
}

/**
 * A finding on prose that is also a Markdown reference label (`[Kiev]`, `[Kiev][]`: the label
 * must match its definition, `[kiev]: …`) is only suggested, whatever the finder decided and in
 * every `apply` mode: changed alone, the link would break; changed with its definition, it would
 * not (docs/changes.md, `reference-label`). So is a change that would make bracketed text a
 * label the document defines (`creates-link`: `[Kiev]` becoming `[Kyiv]`, a link to `[kyiv]: …`).
 */
function heldAtLabels(block: ProseBlock, found: Change, a: number, b: number, pieces: readonly Piece[], atLabel: ((start: number, end: number) => boolean) | undefined, wouldLink: BecomesLabel | undefined): Change {
  if (atLabel === undefined && (wouldLink === undefined || found.status !== 'applied')) return found
  // A change placed whole is one piece over its own prose span [a, b), mapped already (placeChange).
  const whole = pieces.length === 1 && pieces[0]!.a === a && pieces[0]!.b === b
  const { start, end } = whole ? pieces[0]! : mapSpan(block, a, b)
  if (atLabel?.(start, end) === true) return { ...found, status: 'suggested', reason: 'reference-label' }
  if (found.status === 'applied' && wouldLink?.(start, end, found.replacement) === true) return { ...found, status: 'suggested', reason: 'creates-link' }
  return found
}

/** The changes the pieces make to the source, added to `out`. */
function toChanges(source: string, found: Change, pieces: Piece[], out: Change[]): void {
  for (const { start, end, replacement } of pieces) {
    const original = source.slice(start, end)
    if (replacement !== original) out.push({ ...found, start, end, original, replacement })
  }
}

/** `found` made at prose [a, b) of the block. */
function splitWarning(source: string, block: ProseBlock, found: Change, a: number, b: number): SplitByMarkup {
  const { start, end } = mapSpan(block, a, b)
  const { concept, replacement } = found
  const warning: SplitByMarkup = { code: 'split-by-markup', start, end, concept, original: source.slice(start, end), replacement }
  // A front matter value holds no markup: what refused the piece is its quoting (fitsFrontMatter).
  return block.escape.kind === 'front-matter' ? { ...warning, reason: 'quoting' } : warning
}

/** The finder's changes that are well-formed for this prose (from `offset` in the text it read), in order, non-overlapping. */
function checked(text: string, found: Change[], offset: number): Change[] {
  return withoutOverlaps(found.filter((c) => c.start >= offset && c.start < c.end && c.end - offset <= text.length && text.slice(c.start - offset, c.end - offset) === c.original))
}

const byPosition = (a: Change, b: Change): number => a.start - b.start || a.end - b.end

/** The changes in order (sorted in place, stably), each that overlaps one before it dropped. */
function withoutOverlaps(changes: Change[]): Change[] {
  // They nearly always come in order (the finder's, block by block): then no sort.
  for (let k = 1; k < changes.length; k++) {
    if (byPosition(changes[k - 1]!, changes[k]!) > 0) {
      changes.sort(byPosition)
      break
    }
  }
  const out: Change[] = []
  let end = -1
  for (const c of changes) {
    if (c.start < end || (c.start === end && c.start === c.end)) continue
    out.push(c)
    end = c.end
  }
  return out
}
