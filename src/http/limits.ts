import type { Copydesk, NormalizeInput, NormalizeResult } from '../core/api.js'
import type { Locale } from '../i18n/index.js'
import type { TranslateResult, TranslateWarning } from '../translate/translate.js'
import type { GlossaryCatalog } from './glossary-catalog.js'
import { jsonUtf8 } from './json-utf8.js'
import { renderNormalizeResult, wantsPart } from './render/index.js'
import type { IncludeItem } from './schemas/index.js'

/** A normalization as the route hands it to a runner: the core's input and the parts of the answer asked for. */
export type NormalizeJobInput = NormalizeInput & {
  glossary: string
  /** The parts of the answer to send (`include`); default all but the deprecated per-change note. */
  include?: readonly IncludeItem[] | undefined
}

/**
 * At most `maxChanges` changes in an answer: the first ones, in input order, and a
 * `changes-truncated` warning with the full count. The text and the diff are left whole (they
 * carry every change): only the list, which is what makes an answer of a name-dense megabyte
 * weigh hundreds of megabytes, is cut. Runs where the result is made (a worker thread on Node),
 * so the full list never crosses to the main thread.
 */
export function capChanges(result: NormalizeResult, maxChanges: number): NormalizeResult {
  const total = result.changes.length
  if (total <= maxChanges) return result
  return { ...result, changes: result.changes.slice(0, maxChanges), warnings: [...result.warnings, { code: 'changes-truncated', total, listed: maxChanges }] }
}

/**
 * The same cap for a translation's answer: at most `maxChanges` changes and as many protected
 * names listed, each cut list with its warning and full count. The translation and the diff are
 * left whole. Without it, 1 MiB of a repeated name listed some 200,000 protected names: an
 * answer past MAX_RESPONSE_BYTES and a workerd peak past the 128 MB a Worker has. (The route
 * also asks the translator for no more protected names than that, `maxProtected`, so they are
 * not made in the first place; the cut here is for any translator that did not.)
 */
export function capTranslateResult(result: TranslateResult, maxChanges: number): TranslateResult {
  const { changes, protected: names } = result
  if (changes.length <= maxChanges && names.length <= maxChanges) return result
  const warnings: TranslateWarning[] = [...result.warnings]
  if (changes.length > maxChanges) warnings.push({ code: 'changes-truncated', total: changes.length, listed: maxChanges })
  if (names.length > maxChanges) warnings.push({ code: 'protected-truncated', total: names.length, listed: maxChanges })
  return { ...result, changes: changes.slice(0, maxChanges), protected: names.slice(0, maxChanges), warnings }
}

/** The full count of changes of a possibly capped result. */
export function totalChanges(result: NormalizeResult): number {
  const truncated = result.warnings.find((warning) => warning.code === 'changes-truncated')
  return truncated?.code === 'changes-truncated' ? truncated.total : result.changes.length
}

/** What the normalize route needs of a run: the answer's JSON bytes and what the request log counts. */
export interface NormalizeOutput {
  /** The rendered answer, serialized. */
  bytes: Uint8Array<ArrayBuffer>
  /** Every change, listed or not. */
  total: number
  /** Suggestions among the listed changes. */
  suggestions: number
  warnings: number
}

/**
 * Normalizes, caps the change list, renders the answer in `locale` and serializes it: the whole
 * CPU-heavy part of `POST /v1/normalize`, so a runtime can run it off the request's thread in one
 * piece (Node's worker threads), and only bytes come back.
 */
export function normalizeToJson(copydesk: Copydesk, catalog: GlossaryCatalog, input: NormalizeJobInput, maxChanges: number, locale: Locale): NormalizeOutput {
  const { include, ...core } = input
  // The diff is written only when the answer carries it.
  const result = capChanges(copydesk.normalize({ ...core, diff: wantsPart(include, 'diff') }), maxChanges)
  const entry = catalog.get(input.glossary)
  const rendered = renderNormalizeResult(result, entry?.notes ?? new Map(), locale, { input: input.text, format: input.format ?? 'text', include })
  // The concepts' notes are the glossary's: their bytes are the catalog's, made once.
  const concepts = rendered.concepts && entry?.conceptsJson(Object.keys(rendered.concepts), locale)
  return {
    bytes: jsonUtf8(rendered, concepts && { concepts }),
    total: totalChanges(result),
    suggestions: result.changes.filter((change) => change.status === 'suggested').length,
    warnings: result.warnings.length,
  }
}
