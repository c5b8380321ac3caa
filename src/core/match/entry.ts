import type { RuleCode } from '../normalize/change.js'

/** Where a condition looks: the paragraph around the name, or the whole text. */
export type PassageScope = 'paragraph' | 'text'

/** When a variant changes; absent fields impose nothing. Word lists are lower case. */
export interface Context {
  requires?: readonly string[]
  notFollowedBy?: ReadonlySet<string>
  notPrecededBy?: ReadonlySet<string>
  /**
   * Given names and titles that, right before the form (through initials and patronymics: see
   * adjacent.ts), make it a surname: it stays, and is no mention of its concept. As listed:
   * a word written in lower case ("général") matches in any case, one with a capital ("Major")
   * only with a capital ("a major Nikolaev shipyard" is the city); an abbreviation with its dot.
   */
  surnameAfter?: ReadonlySet<string>
  /** Adjectives (lower case) that may stand between a word of `surnameAfter` and the form (adjacent.ts, afterPersonWord). */
  surnameAdjectives?: ReadonlySet<string>
  /** Verbs (lower case) whose object is a person: right before the form, undecided (adjacent.ts, speakerOrPlace). */
  personObjectAfter?: ReadonlySet<string>
  /**
   * Verbs of saying (lower case) that, right before the form, make it a speaker where the verb
   * opens its clause ("'…,' said Nikolaev"): it stays, and is no mention (as `surnameAfter`);
   * where the verb has a subject of its own ("Officials said Nikolaev was shelled"), the text does
   * not say which it is: a suggestion (see adjacent.ts, speakerVerbBefore).
   */
  speakerAfter?: ReadonlySet<string>
  /**
   * Verbs of saying (lower case) that, right after the form, make it their subject, the speaker:
   * it stays, and is no mention (as `surnameAfter`); unless the word right before the form is
   * one of `placeAfter` (lower case: "Officials in Nikolaev said", a place, decided as any other)
   * or `unsureAfter` ("The mayor of Nikolaev said": a suggestion). See adjacent.ts, speakerBefore.
   */
  speakerBefore?: ReadonlySet<string>
  /**
   * Adverbs (lower case) that may stand, one, between the form and a verb of `speakerBefore`
   * ("Nikolaev also said"), between a verb of `speakerAfter` and the form ("« … », disse ainda
   * Nikolaiev"), or between a verb's auxiliary and participle ("Nikolaïev a notamment
   * déclaré"). See adjacent.ts, speakerVerbAfter and speakerVerbBefore.
   */
  speakerAdverbs?: ReadonlySet<string>
  /**
   * Times of two words (lower case) that may stand, as an adverb, between the form and a verb of
   * `speakerBefore` ("Nikolaev on Monday said"). See adjacent.ts, speakerVerbAfter.
   */
  speakerTimes?: ReadonlySet<string>
  /**
   * Phrases (lower case) right before the form that make it the source of a statement
   * ("according to Nikolaev", "selon Nikolaïev"): a suggestion, and no mention of its concept.
   * See adjacent.ts, afterSourceWords.
   */
  sourceAfter?: ReadonlySet<string>
  /**
   * Words (lower case) right after the form that make it the source of a statement ("Nikolaev
   * zufolge", "Nikolaev nahestehende Kreise"): as `sourceAfter`. See adjacent.ts, beforeWord.
   */
  sourceBefore?: ReadonlySet<string>
  /**
   * Words (lower case) right after the form that say it is the place ("According to Nikolaev
   * governor Vitaliy Kim", "Officials said Nikolaev port was shelled"): neither `sourceAfter`
   * nor a verb of `speakerAfter` before it leaves it undecided.
   */
  placeBefore?: ReadonlySet<string>
  placeAfter?: ReadonlySet<string>
  unsureAfter?: ReadonlySet<string>
  /**
   * Relative pronouns (lower case): one earlier in the clause of the word before the form, with a
   * word between, leaves a verb of `speakerBefore` after it undecided ("Russian forces that
   * shelled Nikolaev said"). See adjacent.ts, speakerBefore.
   */
  relatives?: ReadonlySet<string>
  /**
   * Endings (lower case) of a lower-case word right before the form that leave a verb of
   * `speakerBefore` after it undecided, as `unsureAfter` ("Residents fleeing Nikolaev said").
   */
  unsureEndings?: ReadonlySet<string>
  /**
   * Words that open a noun phrase (lower case: articles, "the", "a", "un", "l"). After one, a word
   * of `unsureEndings` is a noun or an adjective, not a verb the name is the object of ("The
   * retired Nikolaev said", "At the briefing Nikolaev said"); one opening what a comma sets off
   * right after the form opens an apposition ("Nikolaev, a Russian officer, said"). See
   * adjacent.ts, speakerBefore.
   */
  determiners?: ReadonlySet<string>
  /**
   * Words of an age after its number (lower case: "ans", "anni"), set off by commas right after
   * the form with it ("Nikolaïev, 54 ans, a été arrêté"): a person. See adjacent.ts, ageAfter.
   */
  ageWords?: ReadonlySet<string>
  /**
   * Words that open a phrase after an apposition's head noun (lower case: prepositions, "in",
   * "de"): the head is the word before the first of them ("a Russian officer in the city":
   * "officer"). See adjacent.ts, placeHead.
   */
  prepositions?: ReadonlySet<string>
  /**
   * The verb comes second: a phrase of `placeAfter` that opens the clause before the name is its
   * place, not a fronted phrase before its subject ("Im südlichen Nikolaev sagte ein Sprecher").
   * See adjacent.ts, speakerBefore.
   */
  verbSecond?: true
  /**
   * Verbs of `speakerBefore` whose subject is plural (lower case): after a lower-case word of no
   * list, the name alone is not their subject ("Residenti lasciando Nikolaev hanno detto"). See
   * adjacent.ts, speakerBefore.
   */
  pluralVerbs?: ReadonlySet<string>
  window: number
  /** Words that, anywhere in `scope`, leave the meaning undecided: the change is only suggested. */
  /**
   * `links` (lower case; paragraph scope): the words that may stand between the name and a doubt
   * word heading its phrase ("regions of"); see passage.ts, setOffDoubt. `needsLink` (lower
   * case): those of its words that head the name before it only through a link ("the region of
   * Dnipropetrovsk"), and right before it with none set off from it ("the region Dnipropetrovsk").
   */
  doubt?: { words: ReadonlySet<string>; scope: PassageScope; links?: ReadonlySet<string>; single?: ReadonlySet<string>; needsLink?: ReadonlySet<string> }
  /**
   * Lower-cased words or phrases (words separated by single spaces) that, set off right after
   * the name and ending its clause ("Odessa, Ukraine,", "Odessa (Ukraine)"), decide that mention
   * for the change against `doubt` (see confirmedAfter); or stand right before it as the noun
   * it is in apposition to ("The regional capital, Dnipropetrovsk,": confirmedBefore).
   */
  confirmedBy?: readonly string[]
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
  /**
   * Set on a form generated by an inflection class of the language ("Kiews" from "Kiew"):
   * `confident: false` when the house style does not confirm the inflected replacement.
   * `unknown`: set by the decision layer (cases.ts) where no form of the concept is known to take
   * this one's place; the replacement is then the concept's preferred form, not written
   * (reason `form-unknown`).
   */
  inflection?: { class: string; confident: boolean; unknown?: true }
  /**
   * Set on a leak in a language with grammatical cases (Polish), with the concept's kind for the
   * governors of the language (see cases.ts), and, where the concept lists them ("Kyiv" →
   * Kijów, Kijowa, …), the form of each case. Without forms the replacement is the nominative,
   * which stands unless the words before the name call for another case.
   */
  cases?: {
    forms?: Readonly<Record<string, string>>
    kind: string
    /**
     * The cases the form itself may be in, where it is inflected already and is also another word
     * (Polish "Dniepropietrowska": the genitive, or the feminine adjective): it takes the form of a
     * case the words before it admit among these; where they admit none, no form of the concept
     * is known to replace it (`inflection.unknown`).
     */
    of?: readonly string[]
  }
}

export interface ExceptionEntry extends EntryBase {
  kind: 'exception'
}

export interface KeepEntry extends EntryBase {
  kind: 'keep'
  /**
   * Set where the form is right here but another language of the concept lists the same spelling
   * as a variant that needs a mention (`requires`): German "Odessa", English's variant for the
   * Texas city's name too; Spanish "Nikolaev", a surname too, which Spanish does not change. The
   * form is never changed, and counts as a mention of its concept for another's `requires` only
   * once one of these is confirmed, as that variant would (passage.ts, confirmedMentions): "Nikolaev
   * zog 1990 nach Odessa" says no more of Ukraine than "Nikolaev moved to Odessa in 1990" does.
   */
  requires?: readonly string[]
}

/** On the same span: an exception beats a variant, which beats a keep. */
export const PRIORITY: Record<Entry['kind'], number> = { exception: 3, variant: 2, keep: 1 }

/** A form found in the text by the candidate search: the decision layer takes it from here. */
export interface Hit {
  start: number
  end: number
  entry: Entry
}
