import type { NormalizeResult } from '../../core/api.js'
import { looksLikeMarkup } from '../../core/markup/looks-like.js'
import { positionsIn } from '../../core/text/positions.js'
import { localizedText, t, type Locale, type LocalizedText } from '../../i18n/index.js'
import type { Format, IncludeItem } from '../schemas/index.js'
import { renderChange, type RenderedChange } from './change.js'
import { renderLanguage, type RenderedLanguage } from './language.js'
import { renderWarning, type RenderedWarning } from './warning.js'

/** The answer of `POST /v1/normalize` (API 1.2; docs/api.md "Versions and changes"): the parts asked for with `include`. */
export interface RenderedNormalizeResult {
  text?: string
  language?: RenderedLanguage
  glossary: NormalizeResult['glossary']
  changes?: RenderedChange[]
  /** Concept id → what the glossary says of it, once per concept that changed. */
  concepts?: Record<string, { note?: string }>
  diff?: string
  warnings?: RenderedWarning[]
  /** The locale of every message in the response. */
  locale: Locale
}

export interface RenderOptions {
  /** The text as the caller sent it: line and column of each change, the markup warning. */
  input: string
  format: Format
  /** The parts to send; default all but the deprecated per-change note. */
  include?: readonly IncludeItem[] | undefined
}

export function renderNormalizeResult(
  result: NormalizeResult,
  notes: ReadonlyMap<string, LocalizedText>,
  locale: Locale,
  { input, format, include }: RenderOptions,
): RenderedNormalizeResult {
  const wants = (part: IncludeItem) => wantsPart(include, part)
  return {
    ...(wants('text') && { text: result.text }),
    ...(wants('language') && { language: renderLanguage(result.language, locale) }),
    glossary: result.glossary,
    ...(wants('changes') && { changes: renderChanges(result, notes, locale, input, wants('changes.note')) }),
    ...(wants('concepts') && { concepts: renderConcepts(result, notes, locale) }),
    // A patch with headers and no hunk says nothing: no change, no diff.
    ...(wants('diff') && { diff: result.changes.length === 0 ? '' : result.diff }),
    ...(wants('warnings') && { warnings: renderWarnings(result, locale, input, format) }),
    locale,
  }
}

/** Whether `include` asks for `part`; without `include`, every part but the deprecated per-change note. */
export function wantsPart(include: readonly IncludeItem[] | undefined, part: IncludeItem): boolean {
  return include === undefined ? part !== 'changes.note' : include.includes(part)
}

function renderChanges(result: NormalizeResult, notes: ReadonlyMap<string, LocalizedText>, locale: Locale, input: string, inlineNotes: boolean) {
  const position = positionsIn(input)
  const detected = result.warnings.find((w) => w.code === 'language-mismatch')?.detected
  return result.changes.map((change) => {
    const note = inlineNotes ? localizedText(notes.get(change.concept), locale) : undefined
    return renderChange(change, position, locale, note, detected)
  })
}

/** What an answer says of one concept: its note in `locale`, if it has one. */
export function renderConcept(notes: ReadonlyMap<string, LocalizedText>, concept: string, locale: Locale): { note?: string } {
  const note = localizedText(notes.get(concept), locale)
  return note === undefined ? {} : { note }
}

/** Each concept that changed, once, in the order of its first change. */
function renderConcepts(result: NormalizeResult, notes: ReadonlyMap<string, LocalizedText>, locale: Locale): Record<string, { note?: string }> {
  const concepts = new Map<string, { note?: string }>()
  for (const { concept } of result.changes) {
    if (!concepts.has(concept)) concepts.set(concept, renderConcept(notes, concept, locale))
  }
  // A concept id is data: Object.fromEntries defines each as an own property, so one spelled
  // `__proto__` is a key like any other. Not Object.create(null): V8 keeps such an object in
  // dictionary mode, which sends the whole answer down JSON.stringify's slow path (a third
  // slower for the 5 KB article, docs/performance-history.md "HTTP").
  return Object.fromEntries(concepts)
}

function renderWarnings(result: NormalizeResult, locale: Locale, input: string, format: Format): RenderedWarning[] {
  const warnings: RenderedWarning[] = result.warnings.map((warning) => renderWarning(warning, locale))
  const looksLike = format === 'text' ? looksLikeMarkup(input) : undefined
  if (looksLike !== undefined) {
    warnings.push({ code: 'format-looks-like-markup', looksLike, message: t(locale, 'warning.format-looks-like-markup', { context: looksLike }) })
  }
  return warnings
}
