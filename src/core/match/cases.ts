import type { Hit, VariantEntry } from './entry.js'
import { isSpaceUnit, isWordUnit } from '../text/chars.js'

/**
 * What the decision layer knows of a language's grammatical cases: per phrase of one to three
 * words (lower case, single-spaced), the governors it can be, each with the cases it admits.
 */
export interface CaseRules {
  governors: ReadonlyMap<string, readonly Governor[]>
  /** Words in the longest phrase. */
  maxWords: number
  /** Conjunctions that join a name to a governed one before it ("w Kyiv i Kharkiv"), lower case; `,` for a list's comma. */
  coordinators: ReadonlySet<string>
  /** Cases a concept without case forms may write as its nominative, for some kinds (the accusative of a place). */
  sameAsNominative: readonly Governor[]
}

export interface Governor {
  cases: readonly string[]
  /** Concept kinds it speaks for; absent: every kind. */
  kinds?: ReadonlySet<string>
}

/** The up to `max` words right before `at`, nearest last, separated by spaces only. */
function wordsBefore(text: string, at: number, max: number): string[] {
  const words: string[] = []
  let i = at
  while (words.length < max) {
    let j = i
    // A single line break is still the same sentence; a blank line or any punctuation is not.
    let breaks = 0
    while (j > 0 && isSpaceUnit(text.charCodeAt(j - 1))) {
      if (text.charCodeAt(j - 1) === 0x0a) breaks++
      j--
    }
    if (j === i || breaks > 1) break
    const end = j
    while (j > 0 && isWordUnit(text.charCodeAt(j - 1))) j--
    if (j === end) break
    words.unshift(text.slice(j, end).toLowerCase())
    i = j
  }
  return words
}

/**
 * The cases the words before `at` admit for a name of this kind (the longest governing phrase
 * wins), or undefined when no phrase governs it. Also for a name written into a translation.
 */
export function governedCases(text: string, at: number, kind: string, rules: CaseRules): readonly string[] | undefined {
  const words = wordsBefore(text, at, rules.maxWords)
  for (let n = words.length; n > 0; n--) {
    const found = rules.governors.get(words.slice(words.length - n).join(' '))
    const governor = found?.find((g) => g.kinds === undefined || g.kinds.has(kind))
    if (governor !== undefined) return governor.cases
  }
  return undefined
}

/**
 * Back from `at` over spaces: where they start, or -1 across a blank line (a new paragraph; a
 * single line break is still the same sentence, as in wordsBefore).
 */
function spacesBack(text: string, at: number): number {
  let breaks = 0
  while (at > 0 && isSpaceUnit(text.charCodeAt(at - 1))) if (text.charCodeAt(--at) === 0x0a && ++breaks > 1) return -1
  return at
}

/**
 * Where the name a conjunction or a list's comma joins the name at `start` to must end ("w
 * Kyiv i Kharkiv", "w Kyiv, Kharkiv"): back over spaces, the joining word or comma, spaces;
 * -1 if the language lists no such word there.
 */
function joinedAfter(text: string, start: number, coordinators: ReadonlySet<string>): number {
  let end = spacesBack(text, start)
  if (end <= 0) return -1
  if (text.charCodeAt(end - 1) === 0x2c) {
    if (!coordinators.has(',')) return -1
    end--
  } else {
    const wordEnd = end
    while (end > 0 && isWordUnit(text.charCodeAt(end - 1))) end--
    if (end === wordEnd || !coordinators.has(text.slice(end, wordEnd).toLowerCase())) return -1
  }
  return spacesBack(text, end)
}

/**
 * The cases of a name joined by a conjunction or a list's comma to the name right before it
 * ("w Kyiv i Kharkiv", "w Kyiv, Kharkiv i Odesa": Kharkiv is joined to Kyiv, which "w"
 * governs): the cases that name's governor admits for this one's kind. Not a decision: "i" may
 * as well begin a clause whose subject the name is ("…w Kijowie i Charków odpowiedział"), so
 * the form is only suggested, but it is the likelier case where the nominative is likelier wrong.
 */
function coordinated(text: string, hits: readonly Hit[], i: number, kind: string, rules: CaseRules, chosen: readonly (readonly string[] | undefined)[]): readonly string[] | undefined {
  if (rules.coordinators.size === 0) return undefined
  const end = joinedAfter(text, hits[i]!.start, rules.coordinators)
  if (end <= 0) return undefined
  // Hits are in text order and do not overlap: the name before is the last hit starting before
  // `end` (one step back, or a few past hits in the gap), never a walk to the text's start.
  let k = i - 1
  while (k >= 0 && hits[k]!.start >= end) k--
  if (k < 0 || hits[k]!.end !== end) return undefined
  // A leak joined in its turn ("w Kyiv i Kharkiv i Odesa") has the cases chosen for it, when it
  // is of this kind: "w Kyiv i Zelensky odpowiedział" joins no person to the place "w" governs
  // ("w" governs places only), so its governor is asked again, for this name's kind.
  const before = hits[k]!.entry
  const sameKind = before.kind === 'variant' && before.cases?.kind === kind
  return (sameKind ? chosen[k] : undefined) ?? governedCases(text, hits[k]!.start, kind, rules)
}

/** Whether one of `cases` may be written as the nominative for a concept of this kind (sameAsNominative). */
export function mayBeNominative(cases: readonly string[], kind: string, rules: CaseRules): boolean {
  return rules.sameAsNominative.some((alike) => (alike.kinds === undefined || alike.kinds.has(kind)) && alike.cases.some((c) => cases.includes(c)))
}

/**
 * Chooses the case form of every leak whose concept lists case forms ("w Kyiv" → "w
 * Kijowie"): the form of the case that the word before it decides. Where nothing governs the
 * name, or the governor admits cases whose forms differ ("z Kyiv": from Kyiv, genitive, or with
 * Kyiv, instrumental), the nominative is kept as the replacement and marked as an unconfirmed
 * inflection, which the decision layer suggests (reason inflection-unsure) instead of applying;
 * a name joined by a conjunction to a governed one gets that one's case, suggested too.
 * A form that is itself in some cases and also another word (`cases.of`) takes the form of a case
 * the words before it admit among its own; where they admit none, it is marked as having no known
 * replacement (`inflection.unknown`: reason form-unknown).
 */
export function chooseCases(text: string, hits: readonly Hit[], rules: CaseRules | undefined): readonly Hit[] {
  if (rules === undefined) return hits
  let out: Hit[] | undefined
  /** The cases chosen for each leak so far, by hit index. */
  const chosenCases: (readonly string[] | undefined)[] = []
  hits.forEach((hit, i) => {
    const entry = hit.entry
    if (entry.kind !== 'variant' || entry.cases === undefined) return
    const governed = governedCases(text, hit.start, entry.cases.kind, rules)
    const cases = governed ?? coordinated(text, hits, i, entry.cases.kind, rules, chosenCases)
    chosenCases[i] = cases
    const caseForms = entry.cases.forms
    // A form inflected already, and also another word ("Dniepropietrowska": the genitive or the
    // adjective): the form of a case the words before it admit among its own, or none at all.
    const own = entry.cases.of
    if (own !== undefined && caseForms !== undefined) {
      const admitted = cases?.filter((c) => own.includes(c) && caseForms[c] !== undefined) ?? []
      chosenCases[i] = admitted.length > 0 ? admitted : undefined
      const forms = new Set(admitted.map((c) => caseForms[c]))
      const chosen: VariantEntry = forms.size === 1
        ? { ...entry, replacement: [...forms][0]!, inflection: { class: `case:${admitted.join('|')}`, confident: governed !== undefined } }
        : { ...entry, inflection: { class: 'case', confident: false, unknown: true } }
      out ??= [...hits]
      out[i] = { ...hit, entry: chosen }
      return
    }
    // Without case forms the nominative is written where nothing calls for another case (the
    // subject, most often: "Andriy Yermak powiedział"); where something does ("z Andriy
    // Yermak"), the nominative is known wrong, and only suggested for the editor to inflect.
    if (caseForms === undefined && (cases === undefined || mayBeNominative(cases, entry.cases.kind, rules))) return
    const forms = new Set((cases ?? []).map((c) => caseForms?.[c]))
    const decided = forms.size === 1 && !forms.has(undefined) ? [...forms][0] : undefined
    const chosen: VariantEntry = decided !== undefined
      ? { ...entry, replacement: decided, inflection: { class: `case:${cases!.join('|')}`, confident: governed !== undefined } }
      : { ...entry, inflection: { class: 'case', confident: false } }
    out ??= [...hits]
    out[i] = { ...hit, entry: chosen }
  })
  return out ?? hits
}
