import type { IntegrationBase } from './settings.js'
import { languageFor } from './locale.js'
import { message, type WebhookMessage } from './messages.js'
import type { FieldValue } from './payload/types.js'
import { isRichTextDocument } from './payload/types.js'
import { replaceLeaves, textLeaves } from './rich-text.js'
import type { FieldReport, ReportChange, SkippedField, WebhookDeps } from './types.js'

/** A value that changed: what write-back sends to the CMS. */
export interface FieldUpdate {
  target: FieldValue
  value: unknown
}

export interface NormalizedFields {
  fields: FieldReport[]
  skipped: SkippedField[]
  updates: FieldUpdate[]
}

/** Normalizes every configured field in every locale the delivery carries. */
export async function normalizeFields(values: readonly FieldValue[], integration: IntegrationBase, deps: Pick<WebhookDeps, 'normalize' | 'supports'>): Promise<NormalizedFields> {
  const out: NormalizedFields = { fields: [], skipped: [], updates: [] }
  for (const target of values) {
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
      const rich = await normalizeRichText(target.value, choice.language, integration.glossary, deps)
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
      report = { language: result.language, value: result.value, changed: result.value !== target.value, changes: [...result.changes] }
    }
    out.fields.push({ field: target.field, locale: target.locale, format: target.format, ...report })
    if (report.changed) out.updates.push({ target, value: report.value })
  }
  return out
}

/**
 * Each text node is normalized as plain text; the node's changes keep their offsets (within
 * that node) and gain `path`, the JSON Pointer to it. The reported language is the one asked
 * for, or the first detected one when it was `auto`.
 */
async function normalizeRichText(doc: unknown, language: string, glossary: string | undefined, deps: Pick<WebhookDeps, 'normalize'>): Promise<Omit<FieldReport, 'field' | 'locale' | 'format'> | undefined> {
  const leaves = textLeaves(doc)
  if (!leaves) return undefined
  const replacements = new Map<string, string>()
  const changes: ReportChange[] = []
  let applied = language
  for (const leaf of leaves) {
    if (leaf.text.trim() === '') continue
    const result = await deps.normalize(leaf.text, 'text', language, glossary)
    if (applied === 'auto') applied = result.language
    if (result.value !== leaf.text) replacements.set(leaf.pointer, result.value)
    for (const change of result.changes) changes.push({ ...change, path: leaf.pointer })
  }
  const changed = replacements.size > 0
  return { language: applied, value: changed ? replaceLeaves(doc, replacements) : doc, changed, changes }
}
