import type { Warning } from '../../core/api.js'
import { languageName, t, type Locale } from '../../i18n/index.js'

/** A warning of the core, or the API's own: the text sent as "text" looks like markup. */
export type RenderedWarning = (Warning | FormatLooksLikeMarkup) & { message: string }

export interface FormatLooksLikeMarkup {
  code: 'format-looks-like-markup'
  looksLike: 'markdown' | 'html'
}

/** How much of a `not-read` span its message quotes: the span itself can be a whole document's tail. */
const EXCERPT = 60

export function renderWarning(warning: Warning, locale: Locale): Warning & { message: string } {
  if (warning.code === 'changes-truncated') return { ...warning, message: t(locale, 'warning.changes-truncated', { total: warning.total, listed: warning.listed }) }
  if (warning.code === 'not-read') return { ...warning, message: t(locale, 'warning.not-read', { context: warning.reason, original: excerpt(warning.original) }) }
  const message =
    warning.code === 'language-not-covered'
      ? t(locale, 'warning.language-not-covered', {
          language: warning.language,
          languageName: languageName(locale, warning.language),
          glossary: warning.glossary,
        })
      : warning.code === 'language-mismatch'
        ? t(locale, 'warning.language-mismatch', {
            languageName: languageName(locale, warning.language),
            detectedName: languageName(locale, warning.detected),
            confidence: warning.confidence,
          })
        : t(locale, 'warning.split-by-markup', { context: warning.reason, original: warning.original, replacement: warning.replacement })
  return { ...warning, message }
}

/** The first line of `text`, cut at EXCERPT code points with an ellipsis. */
function excerpt(text: string): string {
  const line = text.split('\n', 1)[0]!.trimEnd()
  const points = Array.from(line.slice(0, EXCERPT * 2))
  return points.length > EXCERPT || line.length < text.trimEnd().length ? `${points.slice(0, EXCERPT).join('').trimEnd()}…` : line
}
