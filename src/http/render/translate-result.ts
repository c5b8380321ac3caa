import type { LocalizedText } from '../../core/api.js'
import { positionsIn } from '../../core/text/positions.js'
import { localizedText, t, type Locale } from '../../i18n/index.js'
import type { TranslateResult, TranslateWarning } from '../../translate/translate.js'
import { renderChange, type RenderedChange } from './change.js'
import { renderLanguage, type RenderedLanguage } from './language.js'
import { renderWarning } from './warning.js'

export type RenderedTranslateResult = Omit<TranslateResult, 'source' | 'changes' | 'warnings'> & {
  source: RenderedLanguage
  changes: RenderedChange[]
  warnings: (TranslateWarning & { message: string })[]
  locale: Locale
}

export function renderTranslateResult(result: TranslateResult, notes: ReadonlyMap<string, LocalizedText>, locale: Locale): RenderedTranslateResult {
  // The changes are made on the engine's output: their offsets, lines and columns are into it.
  const position = positionsIn(result.machineTranslation)
  return {
    text: result.text,
    source: renderLanguage(result.source, locale),
    target: result.target,
    provider: result.provider,
    glossary: result.glossary,
    machineTranslation: result.machineTranslation,
    changes: result.changes.map((change) => renderChange(change, position, locale, localizedText(notes.get(change.concept), locale))),
    diff: result.diff,
    protected: result.protected,
    warnings: result.warnings.map((warning) => renderTranslateWarning(warning, locale)),
    locale,
  }
}

function renderTranslateWarning(warning: TranslateWarning, locale: Locale): TranslateWarning & { message: string } {
  switch (warning.code) {
    case 'protection-broken':
      return { ...warning, message: t(locale, 'warning.protection-broken', { provider: warning.provider }) }
    case 'name-missing':
      return { ...warning, message: t(locale, 'warning.name-missing', { original: warning.original, form: warning.form }) }
    case 'name-case-unsure':
      return { ...warning, message: t(locale, 'warning.name-case-unsure', { original: warning.original, form: warning.form }) }
    case 'name-article-unsure':
      return { ...warning, message: t(locale, 'warning.name-article-unsure', { original: warning.original, form: warning.form }) }
    case 'protected-truncated':
      return { ...warning, message: t(locale, 'warning.protected-truncated', { total: warning.total, listed: warning.listed }) }
    default:
      return renderWarning(warning, locale)
  }
}
