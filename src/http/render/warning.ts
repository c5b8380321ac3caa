import type { Warning } from '../../core/api.js'
import { languageName, t, type Locale } from '../../i18n/index.js'

export type RenderedWarning = Warning & { message: string }

export function renderWarning(warning: Warning, locale: Locale): RenderedWarning {
  const message = t(locale, `warning.${warning.code}`, {
    language: warning.language,
    languageName: languageName(locale, warning.language),
    glossary: warning.glossary,
  })
  return { ...warning, message }
}
