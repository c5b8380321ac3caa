import type { NormalizeResult } from '../../core/api.js'
import type { Locale } from '../../i18n/index.js'
import { renderChange, type RenderedChange } from './change.js'
import { renderWarning, type RenderedWarning } from './warning.js'

export type RenderedNormalizeResult = Omit<NormalizeResult, 'changes' | 'warnings'> & {
  changes: RenderedChange[]
  warnings: RenderedWarning[]
}

export function renderNormalizeResult(
  result: NormalizeResult,
  notes: ReadonlyMap<string, string>,
  locale: Locale,
): RenderedNormalizeResult {
  return {
    text: result.text,
    language: result.language,
    glossary: result.glossary,
    changes: result.changes.map((change) => renderChange(change, notes.get(change.concept), locale)),
    diff: result.diff,
    warnings: result.warnings.map((warning) => renderWarning(warning, locale)),
  }
}
