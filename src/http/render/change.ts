import type { Change, ReasonCode } from '../../core/api.js'
import type { Position } from '../../core/text/positions.js'
import { languageName, t, type Locale } from '../../i18n/index.js'
import { BoundedBuckets } from './cache.js'

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
  /**
   * The language whose house style the change followed (`en`, `es`): the copy's, or that of the
   * quotation, paragraph or Markdown/HTML block in another language it is in (docs/changes.md).
   */
  language: string
  /** What the rule says, in the locale of the response; a suggestion's also says why it was held. */
  message: string
  /** `applied` (in `text` and `diff`) or `suggested` (reported only). */
  status: Change['status']
  /** Why it was held back (stable code); on a suggestion, and on what `apply: all` applied anyway. */
  reason?: ReasonCode
  /** Deprecated (API 1.0): the concept's note, only when asked for with include "changes.note". */
  note?: string
}

/** At most this many messages kept: the keys carry words of the callers' texts. */
const MAX_MESSAGES = 10_000

/** A rendered message and everything it is made of. */
interface Message {
  locale: Locale
  rule: Change['rule']
  held: ReasonCode | ''
  language: string
  detected: string
  replacement: string
  preferred: string
  text: string
}

/**
 * Messages already rendered, by the original they were written for: a change repeats through an
 * article ("Kiev" → "Kyiv" a dozen times) and i18next's interpolation costs microseconds a call.
 * Looked up by the original alone (its hash is computed once per string), then by comparing the
 * other parts, which are the glossary's and the locale's own strings: no key is built for a
 * change (building and hashing one string of all the parts was most of rendering the 5 KB
 * article's changes). Emptied when full.
 */
const messages = new BoundedBuckets<string, Message[]>(() => [], MAX_MESSAGES)

function messageFor(change: Change, locale: Locale, held: ReasonCode | '', detected: string): string {
  const { rule, language, original, replacement, preferred } = change
  const known = messages.get(original)
  if (known !== undefined) {
    for (let i = 0; i < known.length; i++) {
      const m = known[i]!
      if (m.replacement === replacement && m.preferred === preferred && m.rule === rule && m.locale === locale && m.held === held && m.language === language && m.detected === detected) {
        return m.text
      }
    }
  }
  const text = writeMessage(change, locale, held, detected)
  messages.forNew(original).push({ locale, rule, held, language, detected, replacement, preferred, text })
  return text
}

/** What the rule says in `locale`; a suggestion's message also says why it was held. Uncached. */
export function writeMessage(change: Change, locale: Locale, held: ReasonCode | '', detected: string): string {
  const { original, replacement, preferred, language, rule } = change
  const params = {
    original,
    replacement,
    preferred,
    language,
    languageName: languageName(locale, language),
    detectedName: detected === '' ? '' : languageName(locale, detected),
  }
  // No known form (reason form-unknown): the replacement is the original, and the rule's message
  // ("Use … rather than …") would name it twice.
  const ruleMessage = replacement === original ? t(locale, 'suggestion.no-form', params) : t(locale, `change.${rule}`, params)
  return held === '' ? ruleMessage : t(locale, 'suggestion.held', { message: ruleMessage, why: t(locale, `reason.${held}`, params) })
}

/**
 * A change as the API shows it: the data (the house style's language among it), where it is, the rule's message. A suggestion's
 * message says what the rule asks and why it was not applied, from its `reason` code.
 * `detected`: the language a `language-mismatch` detected, for that reason's message.
 */
export function renderChange(change: Change, position: (offset: number) => Position, locale: Locale, note?: string, detected?: string): RenderedChange {
  const { start, end, original, replacement, concept, rule, language, status, reason } = change
  const held = status === 'suggested' && reason !== undefined ? reason : ''
  const message = messageFor(change, locale, held, detected ?? '')
  const from = position(start)
  const to = position(end)
  const rendered: RenderedChange = {
    start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, original, replacement, concept, rule, language, message, status,
  }
  if (reason !== undefined) rendered.reason = reason
  if (note !== undefined) rendered.note = note
  return rendered
}
