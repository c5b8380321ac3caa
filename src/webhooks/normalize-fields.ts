import type { IntegrationBase } from './settings.js'
import { languageFor } from './locale.js'
import { message, type WebhookMessage } from './messages.js'
import type { FieldValue } from './payload/types.js'
import { isRichTextDocument } from './payload/types.js'
import { replaceLeaves, textLeaves } from './rich-text.js'
import { TranslationUnavailable, type FieldReport, type ReportChange, type SkippedField, type WebhookDeps } from './types.js'

/** A value that changed: what write-back sends to the CMS. */
export interface FieldUpdate {
  target: FieldValue
  value: unknown
}

export interface NormalizedFields {
  fields: FieldReport[]
  skipped: SkippedField[]
  updates: FieldUpdate[]
  /** Set when the fields list fewer changes than the values carry (MAX_CHANGES). */
  truncated?: { total: number; listed: number }
}

/** MAX_CHANGES' default, as for POST /v1/normalize. */
const DEFAULT_MAX_CHANGES = 5000

/**
 * At most `max` changes listed in one report, all fields together: each value's changes are
 * taken while there is room, in field order, and every change is counted. The values themselves
 * are never cut: the list is what makes a name-dense megabyte's report weigh hundreds of MB.
 */
class ChangeBudget {
  listed = 0
  total = 0

  constructor(private readonly max: number) {}

  /** The changes of one value that still fit; `total` is every change that value carries. */
  take<T>(changes: readonly T[], total = changes.length): { changes: T[]; changeCount?: number } {
    this.total += Math.max(total, changes.length)
    const kept = changes.slice(0, Math.max(0, this.max - this.listed))
    this.listed += kept.length
    return kept.length < Math.max(total, changes.length) ? { changes: kept, changeCount: Math.max(total, changes.length) } : { changes: kept }
  }
}

/**
 * Normalizes every configured field in every locale the delivery carries. A field with
 * `translate` (Contentful) also gets its `to` locale from a machine translation of its `from`
 * locale, normalized; that locale's own value is then not normalized, since it is replaced.
 */
export async function normalizeFields(values: readonly FieldValue[], integration: IntegrationBase, deps: Pick<WebhookDeps, 'normalize' | 'supports' | 'translate' | 'maxChanges'>): Promise<NormalizedFields> {
  const out: NormalizedFields = { fields: [], skipped: [], updates: [] }
  const budget = new ChangeBudget(deps.maxChanges ?? DEFAULT_MAX_CHANGES)
  const translated = translations(values, integration)
  for (const target of values) {
    const translation = translated.get(target)
    if (translation === 'replaced') continue
    if (translation !== undefined) await translateField(target, translation, integration, deps, out, budget)
    const skip = (reason: SkippedField['reason'], why: WebhookMessage) => out.skipped.push({ field: target.field, locale: target.locale, reason, message: why })
    const choice = languageFor(target.locale, integration, deps.supports)
    if (!choice.ok) {
      skip(choice.reason, choice.message)
      continue
    }
    let report: Omit<FieldReport, 'field' | 'locale' | 'format'>
    if (target.format === 'rich-text') {
      if (!isRichTextDocument(target.value)) {
        skip('not-rich-text', message('skip-not-rich-text'))
        continue
      }
      const rich = await normalizeRichText(target.value, choice.language, integration.glossary, deps, budget)
      if (!rich) {
        skip('too-deep', message('skip-too-deep'))
        continue
      }
      report = rich
    } else {
      if (typeof target.value !== 'string') {
        skip('not-text', message('skip-not-text', { format: target.format }))
        continue
      }
      const result = await deps.normalize(target.value, target.format, choice.language, integration.glossary)
      report = { language: result.language, value: result.value, changed: result.value !== target.value, ...budget.take(result.changes, result.total) }
    }
    out.fields.push({ field: target.field, locale: target.locale, format: target.format, ...report })
    if (report.changed) out.updates.push({ target, value: report.value })
  }
  if (budget.total > budget.listed) out.truncated = { total: budget.total, listed: budget.listed }
  return out
}

interface PlannedTranslation {
  to: string
  /** The value the `to` locale has now, if any: the translation replaces it. */
  current: FieldValue | undefined
}

/** Per source value, the translation it feeds; per target value, 'replaced' (its source is in the delivery). */
function translations(values: readonly FieldValue[], integration: IntegrationBase): Map<FieldValue, PlannedTranslation | 'replaced'> {
  const out = new Map<FieldValue, PlannedTranslation | 'replaced'>()
  const same = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase()
  for (const spec of integration.fields) {
    if (!spec.translate) continue
    const { from, to } = spec.translate
    const source = values.find((v) => v.field === spec.name && same(v.locale, from) && typeof v.value === 'string')
    if (!source) continue
    const current = values.find((v) => v.field === spec.name && same(v.locale, to))
    out.set(source, { to, current })
    if (current) out.set(current, 'replaced')
  }
  return out
}

/** The language of a CMS locale for translation: as mapped in `locales`, else its primary subtag (the glossary need not cover it). */
function languageOfLocale(locale: string, integration: IntegrationBase): string {
  const mapped = Object.entries(integration.locales).find(([key]) => key.toLowerCase() === locale.toLowerCase())?.[1]
  return mapped ?? /^[A-Za-z]{2,3}/.exec(locale)![0].toLowerCase()
}

async function translateField(source: FieldValue, plan: PlannedTranslation, integration: IntegrationBase, deps: Pick<WebhookDeps, 'translate'>, out: NormalizedFields, budget: ChangeBudget): Promise<void> {
  const format = source.format
  if (format === 'rich-text') return // refused by the configuration
  if (!deps.translate) {
    out.skipped.push({ field: source.field, locale: plan.to, reason: 'no-translator', message: message('skip-no-translator', { locale: plan.to }) })
    return
  }
  const from = languageOfLocale(source.locale!, integration)
  const to = languageOfLocale(plan.to, integration)
  const result = await deps.translate(source.value as string, format, from, to, integration.glossary).catch((error: unknown) => {
    throw error instanceof TranslationUnavailable ? new TranslationUnavailable(error.provider, plan.to) : error
  })
  const changed = result.value !== plan.current?.value
  out.fields.push({ field: source.field, locale: plan.to, translatedFrom: source.locale!, format, language: result.language, value: result.value, changed, ...budget.take(result.changes, result.total) })
  if (changed) out.updates.push({ target: plan.current ?? { ...source, locale: plan.to, value: undefined }, value: result.value })
}

/**
 * Each text node is normalized as plain text; the node's changes keep their offsets (within
 * that node) and gain `path`, the JSON Pointer to it. The reported language is the one asked
 * for, or the first detected one when it was `auto`.
 */
async function normalizeRichText(doc: unknown, language: string, glossary: string | undefined, deps: Pick<WebhookDeps, 'normalize'>, budget: ChangeBudget): Promise<Omit<FieldReport, 'field' | 'locale' | 'format'> | undefined> {
  const leaves = textLeaves(doc)
  if (!leaves) return undefined
  const replacements = new Map<string, string>()
  const changes: ReportChange[] = []
  let changeCount = 0
  let applied = language
  for (const leaf of leaves) {
    if (leaf.text.trim() === '') continue
    const result = await deps.normalize(leaf.text, 'text', language, glossary)
    if (applied === 'auto') applied = result.language
    if (result.value !== leaf.text) replacements.set(leaf.pointer, result.value)
    const taken = budget.take(result.changes, result.total)
    changeCount += taken.changeCount ?? taken.changes.length
    for (const change of taken.changes) changes.push({ ...change, path: leaf.pointer })
  }
  const changed = replacements.size > 0
  return { language: applied, value: changed ? replaceLeaves(doc, replacements) : doc, changed, changes, ...(changeCount > changes.length ? { changeCount } : {}) }
}
