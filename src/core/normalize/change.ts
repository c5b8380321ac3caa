/**
 * Why a change was made. Stable codes for integrations; the human text is rendered from
 * the code at the edge, in the caller's language.
 */
export type RuleCode =
  /** A variant spelling became the preferred form. */
  | 'preferred-form'
  /** A surname alone became the preferred surname. */
  | 'preferred-surname'
  /** Another language's name for the concept leaked into the text (e.g. through translation). */
  | 'translation-leak'

/** One change, as data (like a vfile message): place, actual, expected, rule, concept. */
export interface Change {
  /** UTF-16 offsets into the input: `input.slice(start, end) === original`. */
  start: number
  end: number
  original: string
  replacement: string
  concept: string
  rule: RuleCode
  /** The language whose house style applied. */
  language: string
  /** The concept's preferred form in that language, as written in the glossary. */
  preferred: string
}
