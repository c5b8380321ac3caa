import type { NormalizeResult } from '../../core/api.js'
import type { Locale, LocalizedText } from '../../i18n/index.js'
import { renderChange, type RenderedChange } from './change.js'
import { renderLanguage, type RenderedLanguage } from './language.js'
import { renderWarning, type RenderedWarning } from './warning.js'

export type RenderedNormalizeResult = Omit<NormalizeResult, 'language' | 'changes' | 'warnings'> & {
  language: RenderedLanguage
  changes: RenderedChange[]
  warnings: RenderedWarning[]
  /** The locale of every message in the response. */
  locale: Locale
}

export function renderNormalizeResult(
  result: NormalizeResult,
  notes: ReadonlyMap<string, LocalizedText>,
  locale: Locale,
): RenderedNormalizeResult {
  const detected = result.warnings.find((w) => w.code === 'language-mismatch')?.detected
  return {
    text: result.text,
    language: renderLanguage(result.language, locale),
    glossary: result.glossary,
    changes: result.changes.map((change) => renderChange(change, notes.get(change.concept), locale, detected)),
    diff: result.diff,
    warnings: result.warnings.map((warning) => renderWarning(warning, locale)),
    locale,
  }
}
