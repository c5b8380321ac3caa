import type { Change, ReasonCode } from '../../core/api.js'
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
  /** `applied` (in `text` and `diff`) or `suggested` (reported only). */
  status: Change['status']
  /** Why it was held back (stable code); on a suggestion, and on what `apply: all` applied anyway. */
  reason?: ReasonCode
}

/**
 * Messages already rendered, by locale, key and every parameter: a change repeats through an
 * article ("Kiev" → "Kyiv" a dozen times) and i18next's interpolation costs microseconds a
 * call. Bounded: emptied when full, since the originals come from requests.
 */
const messages = new Map<string, string>()
const MAX_MESSAGES = 10_000

function cachedT(locale: Locale, key: Parameters<typeof t>[1], params: Record<string, string>): string {
  const id = `${locale} ${key} ${JSON.stringify(Object.values(params))}`
  let text = messages.get(id)
  if (text === undefined) {
    text = t(locale, key, params)
    if (messages.size >= MAX_MESSAGES) messages.clear()
    messages.set(id, text)
  }
  return text
}

/**
 * A change as the API shows it: the data, the rule's message, the concept's note. A suggestion's
 * message says what the rule asks and why it was not applied, from its `reason` code.
 */
export function renderChange(change: Change, note: LocalizedText | undefined, locale: Locale, detected?: string): RenderedChange {
  const { start, end, original, replacement, concept, rule, status, reason } = change
  const params = {
    original,
    replacement,
    preferred: change.preferred,
    language: change.language,
    languageName: languageName(locale, change.language),
    detectedName: detected === undefined ? '' : languageName(locale, detected),
  }
  const ruleMessage = cachedT(locale, `change.${rule}`, params)
  const message = status === 'suggested' && reason !== undefined
    ? cachedT(locale, 'suggestion.held', { message: ruleMessage, why: cachedT(locale, `reason.${reason}`, params) })
    : ruleMessage
  const text = localizedText(note, locale)
  const rendered: RenderedChange = { start, end, original, replacement, concept, rule, message, status }
  if (reason !== undefined) rendered.reason = reason
  if (text !== undefined) rendered.note = text
  return rendered
}
