import type { LanguageGuess } from '../../core/api.js'
import { MIN_CONFIDENCE, MIN_LETTERS } from '../../core/detect/index.js'
import { languageName, t, type Locale } from '../../i18n/index.js'
import { boundedCache } from './cache.js'

export type RenderedLanguage = LanguageGuess & { explanation: string }

/**
 * The language decision as the API shows it: the data (`code`, `confidence`, `source`, and
 * `reason` when detection could not tell) and a sentence that explains it in `locale`.
 */
export function renderLanguage(language: LanguageGuess, locale: Locale): RenderedLanguage {
  return { ...language, confidence: roundConfidence(language.confidence), explanation: explainLanguage(language, locale) }
}

/** Three decimals: finer digits are noise of the detector, not information for a reader. */
export function roundConfidence(confidence: number): number {
  return Math.round(confidence * 1000) / 1000
}

/**
 * Explanations already written: one per locale, decision and confidence, and most answers
 * repeat (a long text is detected with confidence 1), while i18next's number formatting of
 * the confidence costs tens of microseconds a call.
 */
const explanations = boundedCache<string>()

function explainLanguage(language: LanguageGuess, locale: Locale): string {
  const { code, confidence, source, reason } = language
  return explanations(`${locale} ${source} ${code} ${reason} ${confidence}`, () => writeExplanation(language, locale))
}

function writeExplanation({ code, confidence, source, reason }: LanguageGuess, locale: Locale): string {
  if (source === 'declared') return t(locale, 'language.declared', { languageName: languageName(locale, code) })
  if (source === 'detected' && code !== 'und') {
    return t(locale, 'language.detected', { languageName: languageName(locale, code), confidence })
  }
  const params = {
    context: reason,
    confidence,
    minConfidence: MIN_CONFIDENCE,
    ...(reason === 'too-short' ? { count: MIN_LETTERS } : {}),
  }
  return source === 'fallback'
    ? t(locale, 'language.fallback', { ...params, languageName: languageName(locale, code) })
    : t(locale, 'language.undetermined', params)
}
