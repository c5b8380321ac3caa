import type { RuleCode } from '../normalize/change.js'

/** When a variant changes; absent fields impose nothing. Word lists are lower case. */
export interface Context {
  requires?: readonly string[]
  notFollowedBy?: ReadonlySet<string>
  notPrecededBy?: ReadonlySet<string>
  window: number
}

/**
 * What the matcher knows about one form in one language:
 * - `variant`: changes to `replacement` (when its case and context allow);
 * - `exception`: a phrase that stays as written, protecting any variant inside it;
 * - `keep`: a form that is already right (or a concept this language does not change); it
 *   protects its span and counts as a mention of its concept.
 */
export type Entry = VariantEntry | ExceptionEntry | KeepEntry

interface EntryBase {
  concept: string
  /** The form as written in the glossary. */
  form: string
}

export interface VariantEntry extends EntryBase {
  kind: 'variant'
  replacement: string
  rule: RuleCode
  context?: Context
}

export interface ExceptionEntry extends EntryBase {
  kind: 'exception'
}

export interface KeepEntry extends EntryBase {
  kind: 'keep'
}

/** On the same span: an exception beats a variant, which beats a keep. */
export const PRIORITY: Record<Entry['kind'], number> = { exception: 3, variant: 2, keep: 1 }
