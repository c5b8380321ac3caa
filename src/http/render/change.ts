import type { Change } from '../../core/api.js'
import { languageName, localizedText, t, type Locale, type LocalizedText } from '../../i18n/index.js'

export interface RenderedChange {
  start: number
  end: number
  original: string
  replacement: string
  concept: string
  /** The stable rule code (`preferred-form`, `preferred-surname`, `translation-leak`). */
  rule: Change['rule']
  /** What the rule says, in the locale of the response. */
  message: string
  /** The concept's note from the glossary, in the locale of the response when it has one. */
  note?: string
}

/** A change as the API shows it: the data, the rule's message, the concept's note. */
export function renderChange(change: Change, note: LocalizedText | undefined, locale: Locale): RenderedChange {
  const { start, end, original, replacement, concept, rule } = change
  const message = t(locale, `change.${rule}`, {
    original,
    replacement,
    preferred: change.preferred,
    language: change.language,
    languageName: languageName(locale, change.language),
  })
  const text = localizedText(note, locale)
  return text === undefined
    ? { start, end, original, replacement, concept, rule, message }
    : { start, end, original, replacement, concept, rule, message, note: text }
}
