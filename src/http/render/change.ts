import type { Change, ReasonCode } from '../../core/api.js'
import type { Position } from '../../core/text/positions.js'
import { languageName, t, type Locale } from '../../i18n/index.js'
import { boundedCache } from './cache.js'

export interface RenderedChange {
  /** UTF-16 offsets into the input: `input.slice(start, end) === original`. */
  start: number
  end: number
  /** 1-based line and column (UTF-16 code units) of `start` and of `end`. */
  line: number
  column: number
  endLine: number
  endColumn: number
  original: string
  replacement: string
  concept: string
  /** The stable rule code (`preferred-form`, `preferred-surname`, `translation-leak`). */
  rule: Change['rule']
  /** What the rule says, in the locale of the response; a suggestion's also says why it was held. */
  message: string
  /** `applied` (in `text` and `diff`) or `suggested` (reported only). */
  status: Change['status']
  /** Why it was held back (stable code); on a suggestion, and on what `apply: all` applied anyway. */
  reason?: ReasonCode
  /** Deprecated (API 1.0): the concept's note, only when asked for with include "changes.note". */
  note?: string
}

/**
 * Messages already rendered, one per locale and everything the message is made of: a change
 * repeats through an article ("Kiev" → "Kyiv" a dozen times) and i18next's interpolation costs
 * microseconds a call.
 */
const messages = boundedCache<string>()

/**
 * The key of a change's message: one string, built without JSON or a parameters object, since it
 * is built for every change of every answer (it was half of rendering the 5 KB article). The
 * codes (locale, rule, reason, languages) hold no space; `original` and `replacement` are text,
 * so their lengths come first and `preferred` is what follows them: two changes share a key only
 * when they share every part.
 */
function messageKey(change: Change, locale: Locale, held: string, detected: string): string {
  const { rule, language, original, replacement, preferred } = change
  return `${locale} ${rule} ${held} ${language} ${detected} ${original.length} ${replacement.length} ${original}${replacement}${preferred}`
}

/**
 * A change as the API shows it: the data, where it is, the rule's message. A suggestion's
 * message says what the rule asks and why it was not applied, from its `reason` code.
 * `detected`: the language a `language-mismatch` detected, for that reason's message.
 */
export function renderChange(change: Change, position: (offset: number) => Position, locale: Locale, note?: string, detected?: string): RenderedChange {
  const { start, end, original, replacement, concept, rule, status, reason } = change
  const held = status === 'suggested' && reason !== undefined ? reason : ''
  const message = messages(messageKey(change, locale, held, detected ?? ''), () => {
    const params = {
      original,
      replacement,
      preferred: change.preferred,
      language: change.language,
      languageName: languageName(locale, change.language),
      detectedName: detected === undefined ? '' : languageName(locale, detected),
    }
    const ruleMessage = t(locale, `change.${rule}`, params)
    return held === '' ? ruleMessage : t(locale, 'suggestion.held', { message: ruleMessage, why: t(locale, `reason.${held}`, params) })
  })
  const from = position(start)
  const to = position(end)
  const rendered: RenderedChange = {
    start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, original, replacement, concept, rule, message, status,
  }
  if (reason !== undefined) rendered.reason = reason
  if (note !== undefined) rendered.note = note
  return rendered
}
