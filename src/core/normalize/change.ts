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

/** `applied`: in the output text and the diff. `suggested`: reported only, the text keeps the original. */
export type ChangeStatus = 'applied' | 'suggested'

/**
 * Why a finding was held back as a suggestion (stable codes; docs/changes.md lists them):
 * - `context-missing`: the glossary asks the text to mention a related concept (the country,
 *   a nearby city), and it does not ("the port of Odessa" in a story that never says Ukraine);
 * - `context-ambiguous`: the passage holds words that point the other way (a region word in
 *   the next sentence, Texas beside Ukraine), so the context does not decide;
 * - `name-discussed`: the sentence talks about the name as a name ("formerly Kiev", "which
 *   Russia calls 'Artemovsk'"); never applied, not even with `apply: all`;
 * - `self-gloss`: the name is glossed by another form of itself ("Kyiv (formerly Kiev)",
 *   "Leópolis (Lviv)"); never applied either;
 * - `both-forms`: the only words that would hold the name are right forms of itself in the same
 *   sentence ("Kiev or Kyiv", "Kiev, where Kyiv's mayor…"): the sentence may be about the name
 *   (changed, "Kyiv or Kyiv"), about something that keeps the old name (the Dnipropetrovsk
 *   region beside the city of Dnipro), or may just mix them; never applied either;
 * - `historical-passage`: elsewhere the text glosses this very form with the current name,
 *   given as such ("Kharkov (now Kharkiv)"), so it uses the historical name on purpose;
 * - `glossed-passage`: elsewhere the text glosses this very form with the current name in a
 *   bare gloss ("Lviv (Leópolis)", "Kiev/Kyiv", "Kharkov (Ukrainian: Kharkiv)"), so it uses
 *   this form on purpose; it does not say the form is the old one;
 * - `inflection-unsure`: an inflected form whose inflected replacement the house style does
 *   not confirm ("Kiewer" → "Kyjiwer"), or a leak whose grammatical case the words before it
 *   do not decide (Polish "Kyiv odpowiedział": the nominative Kijów is only suggested);
 * - `form-unknown`: the form is the concept's, but inflected, and also another word, where the
 *   words before it do not say which form of the concept would take its place (Polish
 *   "Dniepropietrowska policja": the genitive of the city's old name, or its adjective): the
 *   change's `replacement` is the original itself, so nothing a client applies changes the text;
 *   `preferred` names the concept's form; never applied, not even with `apply: all`;
 * - `language-mismatch`: the declared language is not the one the text is confidently
 *   detected in, so this language's house style may not be the one to apply;
 * - `other-language`: inside a quotation in another language than the copy (an English tweet
 *   quoted in Spanish), one the glossary has no house style for, so the copy's may not apply
 *   (a quotation in a language it covers is normalized in that language's style instead);
 * - `unstable-boundary`: applying it would make the output unstable: its replacement and the
 *   words beside it would form another variant ("Verkhovna Verkhovna Rada" → "Verkhovna Rada
 *   Suprema", where "Verkhovna Rada" reappears), so a second run would change the text again;
 *   never applied, not even with `apply: all`;
 * - `reference-label`: in Markdown, the name is the text of a shortcut or collapsed reference
 *   link (`[Kiev]`, `[Kiev][]`), which is also the label that finds the link's definition
 *   (`[kiev]: https://…`); changed alone, the link would break, so it must be changed together
 *   with its definition, by hand; never applied, not even with `apply: all`;
 * - `creates-link`: in Markdown, the change would turn bracketed text into a link: `[Kiev]` is
 *   text while only `[kyiv]: https://…` is defined, and `[Kyiv]` would be a link to it; never
 *   applied, not even with `apply: all`;
 * - `check-only`: the request asked for a check (`apply: none`): it would have been applied.
 */
export type ReasonCode =
  | 'context-missing'
  | 'context-ambiguous'
  | 'name-discussed'
  | 'self-gloss'
  | 'both-forms'
  | 'historical-passage'
  | 'glossed-passage'
  | 'inflection-unsure'
  | 'form-unknown'
  | 'language-mismatch'
  | 'other-language'
  | 'unstable-boundary'
  | 'reference-label'
  | 'creates-link'
  | 'check-only'

export const REASON_CODES: readonly ReasonCode[] = [
  'context-missing', 'context-ambiguous', 'name-discussed', 'self-gloss', 'both-forms', 'historical-passage', 'glossed-passage', 'inflection-unsure', 'form-unknown', 'language-mismatch', 'other-language', 'unstable-boundary', 'reference-label', 'creates-link', 'check-only',
]

/**
 * Reasons that `apply: all` still does not apply: applying them turns the sentence into
 * nonsense, (`form-unknown`) has no replacement to write, (`unstable-boundary`) breaks idempotence, or (`reference-label`, `creates-link`,
 * held by the Markdown layer) breaks or makes a link.
 */
export const NEVER_APPLIED: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['name-discussed', 'self-gloss', 'both-forms', 'form-unknown', 'unstable-boundary', 'reference-label', 'creates-link'])

/**
 * Which findings change the text: `confident` (default) applies what the context decides and
 * suggests the rest; `all` applies suggestions too (except names discussed as names); `none`
 * applies nothing and reports every finding as suggested (a check).
 */
export type ApplyMode = 'confident' | 'all' | 'none'

export const APPLY_MODES: readonly ApplyMode[] = ['confident', 'all', 'none']

/** One finding, as data (like a vfile message): place, actual, expected, rule, concept, status. */
export interface Change {
  /** UTF-16 offsets into the input: `input.slice(start, end) === original`. */
  start: number
  end: number
  original: string
  /** What takes its place; the original itself where no form is known (reason `form-unknown`). */
  replacement: string
  concept: string
  rule: RuleCode
  /** The language whose house style applied. */
  language: string
  /** The concept's preferred form in that language, as written in the glossary. */
  preferred: string
  status: ChangeStatus
  /**
   * Why it was held back: always set on a suggestion; on an applied change only with
   * `apply: all`, when it was applied although the context did not decide.
   */
  reason?: ReasonCode
}

/** The changes that are in the output text (suggestions are not). */
export function appliedOnly<T extends Pick<Change, 'status'>>(changes: readonly T[]): T[] {
  return changes.filter((c) => c.status === 'applied')
}

/**
 * `change` held back for `reason`, a doubt about the whole house style rather than about one
 * name (`language-mismatch`, `other-language`): suggested, or applied with that reason under
 * `apply: all`; under `none` it says why it would have been held rather than `check-only`. A
 * change its own rules held already keeps their reason.
 */
export function heldFor(change: Change, reason: ReasonCode, apply: ApplyMode): Change {
  if (change.reason !== undefined && change.reason !== 'check-only') return change
  return { ...change, reason, status: apply === 'all' ? 'applied' : 'suggested' }
}
