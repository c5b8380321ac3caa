import type { Change } from '../../core/api.js'
import { languageName, t, type Locale } from '../../i18n/index.js'

export interface RenderedChange {
  start: number
  end: number
  original: string
  replacement: string
  concept: string
  rule: Change['rule']
  message: string
  note?: string
}

/** A change as the API shows it: the data, the rule's message, the concept's note. */
export function renderChange(change: Change, note: string | undefined, locale: Locale): RenderedChange {
  const { start, end, original, replacement, concept, rule } = change
  const message = t(locale, `change.${rule}`, {
    original,
    replacement,
    preferred: change.preferred,
    language: change.language,
    languageName: languageName(locale, change.language),
  })
  return note === undefined
    ? { start, end, original, replacement, concept, rule, message }
    : { start, end, original, replacement, concept, rule, message, note }
}
