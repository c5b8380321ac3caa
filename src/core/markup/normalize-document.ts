import { applyChanges } from '../normalize/apply-changes.js'
import type { Change } from '../normalize/change.js'
import { extractHtml } from './extract-html.js'
import { extractMarkdown, isSafeInMarkdown } from './markdown/index.js'
import { assignLanguages, languageRanges } from './language.js'
import { type Piece, placeChange } from './place-change.js'
import { mapSpan } from './source-map.js'
import type { MarkupFormat, MarkupWarning, NormalizeDocumentDeps, NormalizeDocumentResult, ProseBlock } from './types.js'

/**
 * Normalizes the prose of an HTML or Markdown document and returns the same document with only
 * words changed. The finder runs once per block (paragraph, heading, cell, alt text…) on the
 * block's decoded prose; each change is mapped back to source offsets. Never throws on bad
 * markup: invalid or truncated input is tokenized the way browsers do and never repaired.
 */
export function normalizeDocument(source: string, format: MarkupFormat, deps: NormalizeDocumentDeps): NormalizeDocumentResult {
  const blocks = format === 'html' ? extractHtml(source) : extractMarkdown(source)
  const { codes, dominant, language } = assignLanguages(blocks, deps.language, deps.detect, deps.fallback)
  const changes: Change[] = []
  const warnings: MarkupWarning[] = []
  const prose = blocks.map((block) => block.text).join('\n\n')
  blocks.forEach((block, i) => {
    for (const found of checked(block.text, deps.find(block.text, codes[i]!, prose))) {
      const pieces = placeChange(block, found.start, found.end, found.replacement, placeable)
      if (pieces) changes.push(...toChanges(source, found, pieces))
      else warnings.push(splitWarning(source, block, found))
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

/** A piece of Markdown must not turn into syntax where it lands; HTML and text take any escaped piece. */
function placeable(block: ProseBlock, piece: Piece): boolean {
  return block.escape.kind !== 'markdown' || isSafeInMarkdown(block, piece)
}

function toChanges(source: string, found: Change, pieces: Piece[]): Change[] {
  const out: Change[] = []
  for (const { start, end, replacement } of pieces) {
    const original = source.slice(start, end)
    if (replacement !== original) out.push({ ...found, start, end, original, replacement })
  }
  return out
}

function splitWarning(source: string, block: ProseBlock, found: Change): MarkupWarning {
  const { start, end } = mapSpan(block, found.start, found.end)
  const { concept, replacement } = found
  return { code: 'split-by-markup', start, end, concept, original: source.slice(start, end), replacement }
}

/** The finder's changes that are well-formed for this prose, in order, non-overlapping. */
function checked(text: string, found: Change[]): Change[] {
  const sorted = found
    .filter((c) => c.start >= 0 && c.start < c.end && c.end <= text.length && text.slice(c.start, c.end) === c.original)
    .sort((a, b) => a.start - b.start)
  return withoutOverlaps(sorted)
}

function withoutOverlaps(changes: Change[]): Change[] {
  const out: Change[] = []
  let end = -1
  for (const c of [...changes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (c.start < end || (c.start === end && c.start === c.end)) continue
    out.push(c)
    end = c.end
  }
  return out
}
