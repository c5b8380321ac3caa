import type { ConceptKind, GlossarySource, LocalizedText } from '../source.js'
import type { Term } from './terms.js'
import type { NotCarried } from './fields.js'

/** A concept as an exchange file gives it: its terms, and what else the format carried. */
export interface ImportedConcept {
  id: string
  /** Absent when the format cannot say (TBX): the draft keeps the kind it had, else `term`. */
  kind?: ConceptKind
  terms: Term[]
  note?: LocalizedText
  sources?: string[]
}

/** A language pair, for the formats that hold one direction (DeepL, Amazon). */
export interface LanguagePair {
  from: string
  to: string
}

export interface ExchangeFormat {
  id: string
  /** The media type of an export, with its charset. */
  mediaType: string
  extension: string
  /** Whether an export needs `from` and `to`. */
  needsPair: boolean
  /**
   * Every field of the glossary schema the format cannot carry, named as `fields.ts` names them
   * (`context.speakerAfter`, `forms.<lang>.variants[].note`; `<from>`/`<to>` for a pair format):
   * what is lost when the file goes into a glossary that does not already have it.
   */
  cannotCarry: string[]
  /**
   * What an export of this glossary loses, field by field, with the concepts that lose it: the
   * `cannotCarry` fields the glossary uses, and the forms the file leaves out (a concept with no
   * form in the target language). The export's `Copydesk-Not-Carried` header lists the fields.
   */
  notCarried(glossary: GlossarySource, pair?: LanguagePair): NotCarried[]
  export(glossary: GlossarySource, pair?: LanguagePair): string
  import?(text: string): ImportedConcept[]
}

/** An exchange file that cannot be read: the format, the 1-based line, what is wrong. */
export class ExchangeError extends Error {
  constructor(readonly format: string, readonly line: number, readonly reason: string) {
    super(`${format} line ${line}: ${reason}`)
    this.name = 'ExchangeError'
  }
}
