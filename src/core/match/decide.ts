import { NEVER_APPLIED, type ApplyMode, type Change, type ReasonCode } from '../normalize/change.js'
import { applyChanges } from '../normalize/apply-changes.js'
import { opensClause, speakerOrPlace } from './adjacent.js'
import { atSentenceStart, caseLike, startsLower } from './casing.js'
import { holdingWords, neighboursAllow, NO_COORDINATORS, someWordBefore } from './context.js'
import { chooseCases, type CaseRules } from './cases.js'
import { anchorTokens, cued, indexCues, NO_CUES, type AnchorsNear, type Cue, type CueIndex, type FormAt } from './cues.js'
import type { Entry, Hit, VariantEntry } from './entry.js'
import { ParagraphWords, commaGloss, confirmedAfter, confirmedBefore, confirmingPhraseBefore, doubtIn, endsBefore, isDoubtWordAt, glossKey, inSomeHit, placeWordAloneBefore, selfGloss, setOffDoubt, surveyHits, type MentionWords, type Passage, type PassageGloss } from './passage.js'
import { keepWhitespace } from './whitespace.js'
import { paragraphAround } from '../text/paragraphs.js'
import { foldForm, isSpaceUnit, isWordAt, isWordBefore, isWordUnit } from '../text/chars.js'

/** What a language knows beyond its forms: the cues of a name discussed as a name. */
export interface LanguageRules {
  cues: CueIndex
  /** Elided articles of the language, lower case, apostrophes folded to "'"; absent: no elision. */
  elision?: { elided: ReadonlySet<string>; full: ReadonlySet<string>; vowels: ReadonlySet<string> }
  /** The words that govern the case of a name (Polish "w Kijowie"); absent: no cases. */
  cases?: CaseRules
  /** Conjunctions that join the names of a list, lower case ("and", "y"); absent: commas alone (see context.ts). */
  coordinators?: readonly string[]
  /** Words that mention a concept without naming it, for `requires` (English "Ukrainian"); absent: none. */
  mentions?: readonly MentionWords[]
}

export const NO_RULES: LanguageRules = { cues: NO_CUES }

/**
 * Whether the article before the name must change with it: "d'Artemivsk" → "de Bakhmout" (a
 * consonant now follows an elided article) or "de Bakhmout" → "d'Odessa" (a vowel now follows
 * a full one).
 */
function articleMustChange(elision: NonNullable<LanguageRules['elision']>, text: string, hit: Hit, replacement: string): boolean {
  const vowel = (s: string) => elision.vowels.has(s.charAt(0).toLowerCase())
  const original = text.slice(hit.start, hit.end)
  if (vowel(original) === vowel(replacement)) return false
  const before = text.slice(Math.max(0, hit.start - 8), hit.start)
  const elided = /(\p{L}+['’])$/u.exec(before)
  if (elided !== null) return elision.elided.has(elided[1]!.toLowerCase().replace('’', "'")) && !vowel(replacement)
  const full = /(\p{L}+)\s+$/u.exec(before)
  return full !== null && elision.full.has(full[1]!.toLowerCase()) && vowel(replacement)
}

export interface DecideOptions {
  apply?: ApplyMode
  /** The passage the text belongs to (a document's prose); default: the text itself. */
  passage?: Passage
  /**
   * The candidate search, run again on windows of the output to check that no replacement
   * forms a new variant with its neighbours (see unstableChanges); absent: not checked.
   */
  rescan?: Rescan
  /**
   * Given, it is handed the text the findings make (`applyChanges(text, findings)`: the applied
   * ones written, the suggestions not), which the rules make anyway to re-decide held variants
   * and check boundaries: the caller that needs the output does not make it a second time (a
   * megabyte of name-dense copy, copied once more).
   */
  output?: { text?: string }
  /**
   * Report a variant whose replacement is what the text already has (a no-op), decided like any
   * other, as a change whose replacement equals its original. Only translation asks
   * (src/translate/names.ts): a name both languages write alike is still protected from the
   * engine (Apertium read Spanish "Saldo" as "Balance"). Normalization never reports a no-op.
   */
  sameForms?: boolean
}

/** The candidate search of a matcher, and how far a variant crossing a replacement's ends can reach. */
export interface Rescan {
  scan(text: string): readonly Hit[]
  /**
   * How far from the ends of the replacement of `change` a form crossing one of them could
   * reach, in non-space units, before its start and after its end; 0 on a side no form can
   * cross (given the word beside it, read in `text` between `floor`, the end of the change
   * before, and `ceiling`, the start of the next one: no other change there, so the output has
   * the same units there); [0, 0]: nothing can cross it.
   */
  reach(change: Change, text: string, floor: number, ceiling: number): readonly [number, number]
}

/** Per matcher (its rescan), the concept each variant's replacement is found as, read once. */
const replacementsFound = new WeakMap<Rescan, Map<VariantEntry, string | undefined>>()

/**
 * The concept `entry`'s replacement is found as on its own, as a form that is no exception: its
 * own, or another's that writes the same (English "Dnipro", the river's and the city's form, is
 * found as the city's). What a rerun reads where the variant was changed.
 */
function foundAs(rescan: Rescan, entry: VariantEntry): string | undefined {
  let found = replacementsFound.get(rescan)
  if (found === undefined) replacementsFound.set(rescan, (found = new Map()))
  if (found.has(entry)) return found.get(entry)
  const hits = rescan.scan(entry.replacement)
  const whole = hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end === entry.replacement.length && hits[0]!.entry.kind !== 'exception' ? hits[0]!.entry.concept : undefined
  found.set(entry, whole)
  return whole
}

/** Every place of a text, as paragraphsOf's list: [0, ∞). */
const ALL_TEXT: readonly { start: number; end: number }[] = [{ start: 0, end: Infinity }]

/**
 * The paragraphs (between blank lines; not U+2029, which the matcher reads across) of `text`
 * around `positions`, given in ascending order, each once, in order.
 */
function paragraphsOf(text: string, positions: Iterable<number>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (const at of positions) {
    const last = out[out.length - 1]
    if (last === undefined || at >= last.end) out.push(paragraphAround(text, at, false))
  }
  return out
}

/** Rounds of re-deciding held variants; a release almost never frees another one. */
const MAX_ROUNDS = 4

/**
 * How near a change (in units of the input) a variant its neighbours decided is decided again in
 * the output: past a window's words (eight, and a list of names as one) nothing moves it.
 */
const NEAR = 400

/** Passes of the unstable-boundary check before every change left is held (see decide). */
const MAX_UNSTABLE_PASSES = 32

/** `apply`: the context decides for the change; `suggest`: it does not (reason); `held`: a neighbouring word decides against it. */
type Verdict = { kind: 'apply' } | { kind: 'suggest'; reason: ReasonCode } | { kind: 'held' }

/** Shared verdicts, so that deciding allocates nothing per name. */
const APPLY: Verdict = { kind: 'apply' }
const HELD: Verdict = { kind: 'held' }
const SUGGEST = new Map<ReasonCode, Verdict>()
const suggest = (reason: ReasonCode): Verdict => {
  let verdict = SUGGEST.get(reason)
  if (verdict === undefined) SUGGEST.set(reason, (verdict = { kind: 'suggest', reason }))
  return verdict
}
const DISCUSSED = suggest('name-discussed')
/**
 * The same finding as DISCUSSED, for a variant no cue reaches whose sentence says how another
 * form of its name is spelled (see spellingOf): an object of its own, re-decided on its own terms.
 */
const DISCUSSED_ALONG: Verdict = { kind: 'suggest', reason: 'name-discussed' }
const BOTH_FORMS = suggest('both-forms')
const SELF_GLOSS = suggest('self-gloss')
const HISTORICAL = suggest('historical-passage')
const GLOSSED = suggest('glossed-passage')

/** The index of the first hit that starts at or after `at`: hits are in text order, a binary search. */
function firstFrom(hits: readonly Hit[], at: number): number {
  let low = 0
  let high = hits.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (hits[middle]!.start < at) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether a form of `concept` of one of `kinds` was found at `at`. */
function formOfAt(hits: readonly Hit[], at: number, concept: string, kinds: ReadonlySet<Entry['kind']>): boolean {
  for (let j = firstFrom(hits, at); j < hits.length && hits[j]!.start === at; j++) {
    if (hits[j]!.entry.concept === concept && kinds.has(hits[j]!.entry.kind)) return true
  }
  return false
}

/**
 * Whether a sentence ends in text[from, to): where the paragraph's doubt ends one (passage.ts,
 * endsBefore: an end mark before whitespace or the text's end, a semicolon), or a blank line.
 * Asked between two names: where none does, they stand in one sentence (a clause, at a semicolon).
 */
function sentenceEndsIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (endsBefore(text, i + 1)) return true
    if (text.charCodeAt(i) === 0x0a && i + 1 < to && text.charCodeAt(i + 1) === 0x0a) return true
  }
  return false
}

/**
 * The sentences of `hits` (in text order) as runs: the index of each run's first hit, then
 * `hits.length`. A run is the hits with no sentence end between them (sentenceEndsIn).
 */
function sentencesOf(text: string, hits: readonly Hit[]): number[] {
  const starts = [0]
  let reached = hits.length > 0 ? hits[0]!.end : 0
  for (let j = 1; j < hits.length; j++) {
    if (sentenceEndsIn(text, reached, hits[j]!.start)) starts.push(j)
    reached = Math.max(reached, hits[j]!.end)
  }
  starts.push(hits.length)
  return starts
}

/** Any form of a name but its exceptions ("Kyiv", "Kiev"; not "chicken Kiev"). */
const NAME_FORMS: ReadonlySet<Entry['kind']> = new Set(['keep', 'variant'])

/**
 * What holds a variant its neighbours held (`HELD`), by the words that hold it:
 * - each its own concept's right form: "Kiev, where Kyiv's mayor met him", "Kiev or Kyiv",
 *   held by "Kyiv" so as not to make "Kyiv or Kyiv" of a sentence about the name, where the text
 *   does not say which it is (`BOTH_FORMS`); or a word inside one ("Square" of "St Michael's
 *   Square", rightFormAround), and where a comma alone stands between the two, one glosses the
 *   other whatever follows (`SELF_GLOSS`: "St Michael's Square, Mykhailivskyi Square in Kyiv",
 *   held in silence until round 38);
 * - any word that says the form is something else ("the Dnipropetrovsk region of Dnipro"):
 *   held in silence, as before (`HELD`);
 * - none but the right form inside another concept's name ("Kiev talks, the Kyiv Post said":
 *   the newspaper's "Kyiv", no gloss of this one): nothing holds it, and it is decided as any
 *   other (undefined). Round 31's newspapers made those words a name of their own, and the
 *   sentence, a both-forms suggestion before, gave no finding;
 * - none but a word that opens what a comma right after the name sets off ("Residents of
 *   Nikolaev, who have had no water"): a relative clause or apposition so set off may belong to
 *   the name or to the noun phrase it ends ("Residents"), so it says the form is something else
 *   only where the name opens its clause ("Nikolaev, who was born in 1970, moved…", "In March,
 *   Nikolaev, who…": HELD); elsewhere the text does not decide (`context-ambiguous`). "Nikolaev
 *   who led the assault", with no comma, is held as before;
 * - of a mention its own `confirmedBy` phrase decides ("Odessa, Ukraine,"), none but words inside
 *   another name found in the text: the "Texas" of "Odessa, Texas" in "Odessa, Ukraine, and
 *   Odessa, Texas, are sister cities" says which the other Odessa is, not this one. Nothing holds
 *   it (undefined). A word of no name ("Odessa, Ukraine, … Midland") still holds it;
 * - besides those, only doubt words of a paragraph doubt set off from the name by a comma of no
 *   list ("In the region, Russia struck Dnipropetrovsk": passage.ts, setOffDoubt): nothing
 *   holds it, and the doubt stands as if the word stood in the next sentence (`doubt`). Round
 *   32's lists made "In the region, Russia struck Kiev, Kharkov and Dnipropetrovsk" a silent
 *   hold as the name alone was: the text does not say whether it is the region or the city.
 */
function holdOf(text: string, hits: readonly Hit[], hit: Hit, coordinators: readonly string[] = NO_COORDINATORS): Verdict | 'doubt' | undefined {
  const entry = hit.entry as VariantEntry
  let own = 0
  let inOthers = 0
  let setOff = 0
  let doubted = 0
  const setOffAt = setOffWord(text, hit.end)
  // Asked once, and only where a word inside another name holds it (rare).
  let confirmed: boolean | undefined
  // Where the confirmedBy phrase right before the name begins (-1: none), asked as rarely.
  let head: number | undefined
  // Whether the right form that holds it ends right before it, a comma alone between (ownGloss).
  let glossed = false
  for (const at of holdingWords(entry.context!, text, hit.start, hit.end, coordinators)) {
    const right = rightFormAround(hits, at, entry.concept)
    if (right !== undefined) {
      own++
      if (right.end <= hit.start ? commaAloneBetween(text, right.end, hit.start) : right.start >= hit.end && commaAloneBetween(text, hit.end, right.start) && !possessiveAt(text, right.end)) glossed = true
    }
    else if (rightFormInOtherName(text, hits, at, entry) || ownWordInOtherName(text, hits, at, entry)) inOthers++
    // A doubt word set off by a comma is a doubt wherever the name stands in its clause.
    else if (setOffDoubt(entry.context!, text, at, hit.start, hit.end, coordinators)) doubted++
    else if (at === setOffAt) setOff++
    else if (inSomeHit(hits, at) && (confirmed ??= entry.context!.confirmedBy !== undefined && confirmedAfter(text, hit.end, entry.context!.confirmedBy))) inOthers++
    // A word before the noun the name stands in apposition to heads another phrase: "Die Region
    // Charkiw und die Stadt Dnipropetrowsk" (German's capitalised noun passed for a name of a
    // list, and the city was held in silence; round 35). A doubt, which that noun then decides.
    // Only a doubt word: "der sowjetischen Stadt Dnipropetrowsk" stays held.
    else if (at < hit.start && entry.context!.confirmedBy !== undefined && isDoubtWordAt(entry.context!, text, at) && at < (head ??= confirmingPhraseBefore(text, hit.start, entry.context!.confirmedBy))) doubted++
    else return HELD
  }
  if (own > 0) return glossed ? SELF_GLOSS : BOTH_FORMS
  if (setOff > 0) return opensClause(text, hit.start) ? HELD : suggest('context-ambiguous')
  return doubted > 0 ? 'doubt' : inOthers > 0 ? undefined : HELD
}

/**
 * The hit of a right form of `concept` that holds the word at `at`: one that starts there ("Kiev
 * or Kyiv": the word is the form), or one of those that start last before it and reach past it,
 * the word one of its own ("Square" of "St Michael's Square", the word a gloss rule lists: round
 * 38, "St Michael's Square, Mykhailivskyi Square in Kyiv" was held in silence, the word inside
 * the name read as a word of no name).
 */
function rightFormAround(hits: readonly Hit[], at: number, concept: string): Hit | undefined {
  const last = firstFrom(hits, at + 1) - 1
  for (let k = last; k >= 0 && hits[k]!.start === hits[last]!.start; k--) {
    const found = hits[k]!
    if (found.end > at && found.entry.concept === concept && found.entry.kind === 'keep') return found
  }
  return undefined
}

/**
 * Whether text[from, to) is a comma and spaces on its line, nothing else: the name and its own
 * right form beside it stand in apposition, one a gloss of the other (`self-gloss`), wherever
 * their clause goes on: "St Michael's Square, Mykhailivskyi Square in Kyiv", "Mykhailivskyi
 * Square, St Michael's Square in Kyiv". Not a possessive after the right form, which heads
 * another phrase ("Kiev, Kyiv's mayor said": `both-forms`). Asked only of a name held by its own
 * right form (holdOf).
 */
function commaAloneBetween(text: string, from: number, to: number): boolean {
  let comma = false
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x2c && !comma) comma = true
    else if (!isSpaceUnit(code) || code === 0x0a) return false
  }
  return comma
}

/** Whether a possessive's apostrophe and "s" stand at `at` ("Kyiv's"). */
function possessiveAt(text: string, at: number): boolean {
  const quote = text.charCodeAt(at)
  return (quote === 0x27 || quote === 0x2019) && (text.charCodeAt(at + 1) | 0x20) === 0x73 && !isWordAt(text, at + 2)
}

/**
 * The start of the word a comma right after the name sets off, when it is written in lower case
 * (a relative or an apposition: ", who", ", aged"; not a place, ", Texas"); -1 otherwise.
 */
function setOffWord(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x2c) return -1
  let i = end + 1
  while (i < text.length && isSpaceUnit(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a) i++
  return i > end + 1 && startsLower(text.slice(i, i + 2)) ? i : -1
}

/**
 * Whether the text at `at` is the variant's replacement as a word ("Kyiv"), inside a hit of
 * another concept ("Kyiv Post", "Kyiv Pechersk Lavra"): one of the hits that start last at or
 * before `at`.
 */
function rightFormInOtherName(text: string, hits: readonly Hit[], at: number, variant: VariantEntry): boolean {
  const end = at + variant.replacement.length
  if (end > text.length || isWordAt(text, end) || foldForm(text.slice(at, end)) !== foldForm(variant.replacement)) return false
  const last = firstFrom(hits, at + 1) - 1
  for (let k = last; k >= 0 && hits[k]!.start === hits[last]!.start; k--) {
    if (hits[k]!.entry.concept !== variant.concept && hits[k]!.end >= end) return true
  }
  return false
}

/**
 * Whether the word at `at` is a capitalised word of the variant's replacement, when that is a name
 * of several words, standing in no name the matcher found: a word of another name ("St" of "St
 * Sophia's Square", "Square" of "Independence Square"), which says nothing of this one. A gloss
 * rule lists them for the replacement beside the variant ("St Michael's Square, Mykhailivskyi
 * Square"), found as a right form (rightFormAround); elsewhere they held it in silence (round 38:
 * "Tanks lined Mykhailivska Square and St Sophia's Square in Kyiv", a list read as one step).
 */
function ownWordInOtherName(text: string, hits: readonly Hit[], at: number, variant: VariantEntry): boolean {
  if (startsLower(text.slice(at, at + 2)) || inSomeHit(hits, at)) return false
  let end = at
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++
  const word = foldForm(text.slice(at, end))
  const words = foldForm(variant.replacement).split(' ')
  return words.length > 1 && words.includes(word)
}

type Gloss = ReturnType<typeof selfGloss>

/**
 * The cues of a language that say how a name is spelled (Cue.spelling), indexed on their own:
 * where one marks a form of a name as discussed, the other forms of that name in its sentence
 * are discussed too. `mayHold` is false for a text where none of them can hold: each needs its
 * longest word, and a text without any of those words (most copy: the seed article has none) is
 * spared the sentence pass, which cost a sixth of match + replace there. Made once per
 * language's cues.
 */
interface SpellingCues {
  index: CueIndex
  mayHold: (text: string) => boolean
}
const spellingCues = new WeakMap<CueIndex, SpellingCues>()
function spellingOf(cues: CueIndex): SpellingCues {
  let spelling = spellingCues.get(cues)
  if (spelling === undefined) {
    const list: Cue[] = []
    for (const side of [cues.before, cues.after]) for (const anchored of side.values()) for (const cue of anchored) if (cue.spelling === true) list.push(cue)
    spellingCues.set(cues, (spelling = { index: indexCues(list), mayHold: mayHoldAny(list) }))
  }
  return spelling
}

/**
 * Whether a text may hold one of `cues`: it has each cue's longest word token somewhere, in any
 * case (a superset of where the cue holds; tokens are lower-cased words, cueTokens). Always true
 * when some cue has no word token.
 */
function mayHoldAny(cues: readonly Cue[]): (text: string) => boolean {
  if (cues.length === 0) return () => false
  const words = new Set<string>()
  for (const cue of cues) {
    const word = cue.tokens.filter((token) => isWordUnit(token.charCodeAt(0))).reduce((a, b) => (b.length > a.length ? b : a), '')
    if (word === '') return () => true
    words.add(word)
  }
  const search = new RegExp([...words].map((word) => word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|'), 'iu')
  return (text) => search.test(text)
}

/**
 * The cues of a language that open a bracket and give the current name after them ("(now",
 * "(heute", "(hoy", "(aujourd'hui"), indexed on their own: a gloss they open gives the name
 * glossed as the name it had. Made once per language's cues.
 */
const currentNameCues = new WeakMap<CueIndex, CueIndex>()
function currentOf(cues: CueIndex): CueIndex {
  let current = currentNameCues.get(cues)
  if (current === undefined) {
    const list: Cue[] = []
    for (const anchored of cues.after.values()) for (const cue of anchored) if (cue.nameFollows && cue.tokens[0] === '(') list.push(cue)
    currentNameCues.set(cues, (current = indexCues(list)))
  }
  return current
}

/**
 * How hit i's gloss glosses it with the current name, if it does (a variant first, the current
 * name in brackets or after a slash): `historical` where a cue of the language gives the gloss
 * as the current name ("Kharkov (now Kharkiv)", "Charkow (heute Charkiw)"), `glossed` where it
 * only glosses ("Lviv (Leópolis)", "Kiev/Kyiv", "Kharkov (Ukrainian: Kharkiv)"): the text uses
 * the form on purpose, and does not say it is the old one. Asked only of a glossed variant.
 */
function glossOf(text: string, hits: readonly Hit[], i: number, gloss: Gloss, cues: CueIndex): PassageGloss | undefined {
  if (gloss?.role !== 'glossed' || gloss.other.entry.kind !== 'keep') return undefined
  const hit = hits[i]!
  const formAt: FormAt = (at, concept) => formOfAt(hits, at, concept, NAME_FORMS)
  return cued(currentOf(cues), text, hit.start, hit.end, undefined, formAt, hit.entry.concept) ? 'historical' : 'glossed'
}

/**
 * The passage facts of a text, from its own hits (`glosses[i]`: hit i's self-gloss, when known),
 * with the cues of its language (which tell a gloss that gives the current name as such) and its
 * conjunctions (which join the names of a list: surveyHits).
 */
export function survey(text: string, hits: readonly Hit[], glosses?: readonly Gloss[], cues: CueIndex = NO_CUES, coordinators?: readonly string[], mentions?: readonly MentionWords[]): Passage {
  return surveyHits(text, hits, (i) => glossOf(text, hits, i, glosses !== undefined ? glosses[i] : selfGloss(text, hits, i), cues), coordinators, mentions)
}

/**
 * The decision layer: turns the candidate search's hits into findings, each applied or
 * suggested with its reason. In order, for each variant:
 * 1. glossed by another form of itself → suggested (`self-gloss`), never applied;
 * 2. a cue of the language says the name is discussed as a name → `name-discussed`, never applied;
 *    else its other form stands a comma and a few words away ("Kharkov, also known as Kharkiv,")
 *    → `self-gloss`;
 * 3. a required mention is missing from the passage, or made only by names that need one
 *    themselves and that nothing else confirms ("Nikolaev moved to Odessa") → `context-missing`;
 * 4. a neighbouring word says it is something else ("Dnipropetrovsk region") → held, silent:
 *    the form is right where it stands (re-decided once its neighbours have changed); where the
 *    only words that hold it are right forms of its own name ("Kiev or Kyiv") → `both-forms`;
 * 5. a verb of the context's `speakerAfter` with a subject of its own right before the name
 *    ("Officials said Nikolaev was shelled"), or one of its `speakerBefore` right after a name
 *    with a word of its `unsureAfter` before it ("The mayor of Nikolaev said"), or a phrase of its
 *    `sourceAfter` right before the name ("according to Nikolaev"), unless a word of its
 *    `placeBefore` right after it says the city ("according to Nikolaev governor Vitaliy Kim"),
 *    or one of its `sourceBefore` right after it ("Nikolaev zufolge") → `context-ambiguous`; a doubt word in the
 *    paragraph or text, or one set off by a comma in the name's own sentence that alone would
 *    hold it ("In the region, Russia struck Dnipropetrovsk": holdOf), or, for a doubt that names
 *    its `links`, one within the window before it ("The governor said Russia struck
 *    Dnipropetrovsk": nearDoubt) or a place word standing alone in its sentence's opening phrase
 *    ("En la región, los misiles cayeron sobre el puente de Dnipropetrovsk": passage.ts,
 *    placeWordAloneBefore) → `context-ambiguous`,
 *    unless a word of the context's `confirmedBy` is set off right after the name ("Odessa, Ukraine,");
 * 6. the passage glosses this very form with the current name → `historical-passage` where a
 *    cue gives it as the current one ("Kharkov (now Kharkiv)"), else `glossed-passage`
 *    ("Lviv (Leópolis)");
 * 7. an inflected form the house style does not confirm, or a leak whose case the words
 *    before it do not decide (cases.ts) → `inflection-unsure`; checked first among steps 3 to
 *    7: a form no form of the concept is known to replace (cases.ts, `inflection.unknown`:
 *    "Dniepropietrowska policja") → `form-unknown`, never applied;
 * otherwise applied. `apply` then maps verdicts to statuses.
 */
export function decide(text: string, hits: readonly Hit[], language: string, rules: LanguageRules, options: DecideOptions = {}): Change[] {
  // Copy whose names are all right already (or that names nothing of the glossary): no variant,
  // so no change, whatever the passage says. The survey, the paragraphs and a dozen closures a
  // call were a third of matching a 2 KB text against 100,000 concepts (docs/performance.md).
  if (!hits.some(isVariantHit)) {
    if (options.output !== undefined) options.output.text = text
    return []
  }
  const apply = options.apply ?? 'confident'
  const sameForms = options.sameForms === true
  // A leak of a concept with case forms takes the form of the case its context decides.
  hits = chooseCases(text, hits, rules.cases)
  // Each variant's self-gloss, computed once (the survey of the passage needs it too).
  const glosses = hits.map((hit, i) => (hit.entry.kind === 'variant' ? selfGloss(text, hits, i) : undefined))
  const passage = options.passage ?? survey(text, hits, glosses, rules.cues, rules.coordinators, rules.mentions)
  const paragraphs = new ParagraphWords(text)
  let anchors: AnchorsNear | undefined
  /**
   * Where the text names a hit's concept (any form, exceptions included), built once when a doubt
   * rule asks. A variant counts for the concept its replacement is found as too, as the output
   * reads it: "the River Dnieper into Kherson region" explained "region" once written "the River
   * Dnipro", the city's form, and the rerun applied the Dnipropetrovsk the first run suggested.
   */
  let byConcept: Map<string, number[]> | undefined
  const mentionsOf = (hit: Hit): readonly number[] => {
    if (byConcept === undefined) {
      const lists = (byConcept = new Map())
      const add = (concept: string, at: number) => {
        const list = lists.get(concept)
        if (list) list.push(at)
        else lists.set(concept, [at])
      }
      for (const h of hits) {
        add(h.entry.concept, h.start)
        const other = h.entry.kind === 'variant' && options.rescan !== undefined ? foundAs(options.rescan, h.entry) : undefined
        if (other !== undefined && other !== h.entry.concept) add(other, h.start)
      }
    }
    return byConcept.get(hit.entry.concept) ?? []
  }

  /**
   * Steps 5 to 7: what remains once the neighbours allow the change and the passage mentions what
   * it requires; the words beside the name read in `where` (the input, or the output) at `at`.
   */
  function settle(hit: Hit, inDoubt: boolean, where: string, at: number): Verdict {
    const entry = hit.entry as VariantEntry
    const end = at + hit.end - hit.start
    // The name between a person and the place (adjacent.ts, speakerOrPlace): a verb of saying with
    // a subject of its own right before it ("Officials said Nikolaev was shelled"), one right after
    // it with a word of `unsureAfter` before it ("The mayor of Nikolaev said"), the source of a
    // statement ("according to Nikolaev", "Nikolaev zufolge"). (Where the verb opens its clause,
    // "'…,' said Nikolaev", or makes it the subject, "Nikolaev said", the scan found a person's
    // name; after a preposition of place, "Officials in Nikolaev said", it is a place.)
    if (entry.context !== undefined && speakerOrPlace(entry.context, where, at, end)) return suggest('context-ambiguous')
    const doubt = entry.context?.doubt
    // The country right after the name decides this mention whatever the rest of the text says
    // ("Odessa, Ukraine" in a story that names Texas too); its other mentions stay in doubt. So
    // does the noun right before it that it stands in apposition to ("The regional capital,
    // Dnipropetrovsk,": the region's capital is the city; round 35).
    // A place word standing alone in the opening phrase of the name's own sentence, too ("En la región, los
    // misiles cayeron sobre el puente de Dnipropetrovsk", round 36: passage.ts, placeWordAloneBefore).
    if (doubt !== undefined && (inDoubt || nearDoubt(entry, where, at) || doubtIn(doubt.scope, doubt.words, hit, paragraphs, passage, mentionsOf) || placeWordAloneBefore(entry.context!, where, at))) {
      const confirmedBy = entry.context!.confirmedBy
      if (confirmedBy === undefined || !(confirmedAfter(where, end, confirmedBy) || confirmedBefore(where, at, confirmedBy))) return suggest('context-ambiguous')
    }
    // The key is a string made per name: made only when the passage glosses some variant.
    if (passage.glossed.size > 0) {
      const how = passage.glossed.get(glossKey(hit))
      if (how !== undefined) return how === 'historical' ? HISTORICAL : GLOSSED
    }
    if (entry.inflection !== undefined && !entry.inflection.confident) return suggest('inflection-unsure')
    if (rules.elision !== undefined && articleMustChange(rules.elision, text, hit, entry.replacement)) return suggest('inflection-unsure')
    return APPLY
  }

  /**
   * Whether a word of the variant's paragraph doubt stands within its window before it, in its
   * clause, for a doubt that names its `links` (English Dnipropetrovsk). Such a doubt's words
   * are read by where they stand: before the name, one heads its phrase or its clause ("The
   * governor said Russia struck Dnipropetrovsk overnight" was applied: the paragraph's doubt
   * leaves out the name's own sentence, and "governor" is no neighbour word, since as one it held
   * "…, the regional governor said" in silence). A doubt, never a hold: "Governor Serhiy Lysak
   * and Dnipropetrovsk mayor Borys Filatov" is no region. After the name, the wire's attribution
   * ("…, the regional governor said") still says nothing of it; nor does a word farther back
   * ("Oblast governor Serhiy Lysak said a missile hit Dnipropetrovsk"). Round 35.
   */
  function nearDoubt(entry: VariantEntry, where: string, at: number): boolean {
    const context = entry.context!
    const doubt = context.doubt!
    return doubt.links !== undefined && doubt.scope === 'paragraph' && someWordBefore(where, at, context.window, doubt.words, rules.coordinators ?? NO_COORDINATORS)
  }

  /**
   * Whether a form of `concept` was found at `at` in the input: what a `nameFollows` cue asks of
   * the word after its phrase. Hits are in text order; asked only when such a phrase was found.
   */
  const formAt: FormAt = (at, concept) => formOfAt(hits, at, concept, NAME_FORMS)

  /** Steps 1 and 2: a gloss or a cue that decides the variant at hit `i`, or undefined. */
  function byCue(i: number): Verdict | undefined {
    const hit = hits[i]!
    if (glosses[i] !== undefined) return suggest('self-gloss')
    if (cued(rules.cues, text, hit.start, hit.end, (anchors ??= anchorTokens(rules.cues, text)), formAt, hit.entry.concept)) return suggest('name-discussed')
    // A comma right after it or right after the hit before it: nearly no variant has one.
    if ((text.charCodeAt(hit.end) === 0x2c || (i > 0 && text.charCodeAt(hits[i - 1]!.end) === 0x2c)) && commaGloss(text, hits, i)) return suggest('self-gloss')
    return undefined
  }

  /** Steps 3 to 7 in the input, for a variant no gloss or cue decided. */
  function byWords(hit: Hit): Verdict {
    const verdict = uncued(hit, text, hit.start)
    if (verdict !== HELD) return verdict
    const hold = holdOf(text, hits, hit, rules.coordinators)
    return hold === undefined ? allowed(hit) : hold === 'doubt' ? allowed(hit, true) : hold
  }

  /** Steps 3 to 7, with the neighbours read in `where` (the input, or the output) at `at`. */
  function uncued(hit: Hit, where: string, at: number): Verdict {
    const context = (hit.entry as VariantEntry).context
    // The neighbours first: where they say the form is something else ("a church in Odessa, in
    // West Texas"), it is no finding at all, whatever the rest of the passage mentions.
    if (context !== undefined && !neighboursAllow(context, where, at, at + hit.end - hit.start, rules.coordinators)) return HELD
    return allowed(hit)
  }

  /**
   * Steps 3 to 7: the neighbours allow the change (in the input, or in the output once released);
   * `inDoubt`: a doubt word stands set off in its own sentence (holdOf), as one outside it would.
   */
  function allowed(hit: Hit, inDoubt = false, where = text, at = hit.start): Verdict {
    // No form of the concept is known to take its place ("Dniepropietrowska policja"): whatever
    // the passage says, there is nothing to write, so nothing else needs deciding.
    if ((hit.entry as VariantEntry).inflection?.unknown === true) return suggest('form-unknown')
    const requires = (hit.entry as VariantEntry).context?.requires
    // Confirmed mentions only: a name that needs one itself counts once something else confirms it.
    if (requires !== undefined && !requires.some((id) => passage.confirmed.has(id))) return suggest('context-missing')
    return settle(hit, inDoubt, where, at)
  }

  // Per variant, in text order: its hit, its verdict, and its change once computed (null: a
  // no-op; see toChange). Side by side, not an object per variant: a megabyte of one name is
  // 200,000 variants (docs/hardening.md, "Memory in workerd").
  const variants: Hit[] = []
  const verdicts: Verdict[] = []
  /**
   * Per variant, whether its verdict was read from the words beside it (steps 3 to 7: no gloss,
   * no cue decided it): the verdict a rerun reads again in the output (releaseHeld).
   */
  const local: boolean[] = []
  hits.forEach((hit, i) => {
    if (hit.entry.kind !== 'variant') return
    variants.push(hit)
    const cue = byCue(i)
    verdicts.push(cue ?? byWords(hit))
    local.push(cue === undefined)
  })
  const made = new Array<Change | null | undefined>(variants.length)

  // Step 2 for the variants no cue reaches: a sentence that says how a form of a name is spelled
  // discusses its other forms too. A cue reads the words next to one name, and a sentence on
  // spelling names several: "Zelenskiy, en inglés, se escribe también Zelensky" (the cue of the
  // first held it, the second was applied), "Zelenskiy is also spelled Zelensky" (the cue holds
  // the right form after it; the variant before it was applied), "se escribe Zelenskiy, Zelensky
  // o Zelenskyy". Sources: a form a spelling cue reaches (Cue.spelling), a variant or a right
  // form; a variant its own form glosses (self-gloss) stays as it is. Cues of another kind say
  // nothing of the sentence's other forms: "O nome … Volodimir Zelensky, em versão russa, seria
  // Vladimir Zelensky" changes the first.
  const { index: spelling, mayHold: mayHoldSpelling } = spellingOf(rules.cues)
  const spells = (spelling.before.size > 0 || spelling.after.size > 0) && mayHoldSpelling(text)
  let spellingAnchors: AnchorsNear | undefined
  let sentences: number[] | undefined
  /** Per sentence, the concepts with a variant to decide (1) and those a cue discusses there (2); cleared after each. */
  const along = new Map<string, number>()
  /**
   * For each sentence holding a variant `eligible` says may be discussed along, whether a form of
   * its concept there is a `source` (asked in text order, of hit j, variant k or -1): told to
   * `mark` for each such variant.
   */
  function eachSentence(eligible: (k: number) => boolean, source: (j: number, k: number) => boolean, mark: (k: number, discussed: boolean) => void): void {
    sentences ??= sentencesOf(text, hits)
    let first = 0
    for (let s = 0; s + 1 < sentences.length; s++) {
      const a = sentences[s]!
      const b = sentences[s + 1]!
      let k = first
      for (let j = a; j < b; j++) {
        if (hits[j]!.entry.kind !== 'variant') continue
        if (b - a > 1 && eligible(k)) along.set(hits[j]!.entry.concept, 1)
        k++
      }
      if (along.size > 0) {
        k = first
        for (let j = a; j < b; j++) {
          const entry = hits[j]!.entry
          const own = entry.kind === 'variant' ? k++ : -1
          if (NAME_FORMS.has(entry.kind) && along.get(entry.concept) === 1 && source(j, own)) along.set(entry.concept, 2)
        }
        k = first
        for (let j = a; j < b; j++) {
          if (hits[j]!.entry.kind !== 'variant') continue
          if (eligible(k)) mark(k, along.get(hits[j]!.entry.concept) === 2)
          k++
        }
        along.clear()
      }
      first = k
    }
  }
  let discussedAlong = 0
  if (spells) {
    eachSentence(
      (k) => verdicts[k] !== DISCUSSED && verdicts[k] !== SELF_GLOSS,
      (j, k) => (k < 0 || verdicts[k] === DISCUSSED) && cued(spelling, text, hits[j]!.start, hits[j]!.end, (spellingAnchors ??= anchorTokens(spelling, text)), formAt, hits[j]!.entry.concept),
      (k, discussed) => {
        if (!discussed) return
        verdicts[k] = DISCUSSED_ALONG
        local[k] = false
        discussedAlong++
      },
    )
  }

  // Which verdicts end up in the text decides the neighbours of held variants, in this mode.
  // `none` writes nothing but reports what `confident` would apply, so it reasons like it.
  const writes = (v: Verdict) => v.kind === 'apply' || (apply === 'all' && v.kind === 'suggest' && !NEVER_APPLIED.has(v.reason))
  const changeOf = (k: number): Change | null => {
    const known = made[k]
    return known !== undefined ? known : (made[k] = toChange(text, variants[k]!, language, 0, sameForms) ?? null)
  }
  const written = () => {
    const changes: Change[] = []
    for (let k = 0; k < variants.length; k++) {
      if (!writes(verdicts[k]!)) continue
      const change = changeOf(k)
      if (change !== null) changes.push(change)
    }
    return changes
  }

  // The output of the last list of changes applied: releasing held variants makes it, and the
  // unstable-boundary check reads the same list's output when nothing was released (a 1 MB
  // text is applied once for both, not twice).
  let applied: { changes: readonly Change[]; output: string } | undefined
  const outputOf = (changes: readonly Change[]): string => {
    if (applied === undefined || applied.changes !== changes) applied = { changes, output: applyChanges(text, changes) }
    return applied.output
  }

  // Decide held variants again against the text as it will come out, until nothing moves,
  // so that normalizing the output changes nothing ("Kiew Kyjiw" must not flip on a rerun).
  // So too a name a cue marked as discussed: a replacement between the cue and the name can
  // take it out of the cue's reach ("formerly Michaelsplatz's Kiev" → "formerly St Michael's
  // Square's Kiev": five words from "formerly", not two), and a rerun would change it.
  // One linear sweep a round (these and changes are both in text order); a few rounds at most.
  function releaseHeld(changes: Change[]): Change[] {
    for (let round = 0; round < MAX_ROUNDS && changes.length > 0; round++) {
      const again: number[] = []
      // A name held by its own other form is re-decided as a held one: a change between them can
      // take that form out of its window, and a rerun would then change it.
      // So is every other variant left unwritten whose verdict its neighbours gave (a hold, a
      // doubt, a suggestion): a replacement beside it can take a word out of its window or bring
      // one in ("Dnipropetrovsk a b Mykhailivska Square region": "region" five words on, six past
      // "St Michael's Square"), or make a word between it and a doubt word a lower-case one
      // ("oblast Mykhailivska Square Dnipropetrowsk" → "oblast plaza de San Miguel Dnipro…"), and
      // a rerun decided otherwise (round 36). Only near a change: elsewhere the output reads as
      // the input.
      for (let k = 0, c = 0; k < variants.length; k++) {
        const verdict = verdicts[k]!
        if (verdict === DISCUSSED) again.push(k)
        else if (local[k] === true && !writes(verdict)) {
          const hit = variants[k]!
          while (c < changes.length && changes[c]!.end + NEAR <= hit.start) c++
          if (verdict.kind === 'held' || verdict === BOTH_FORMS || (c < changes.length && changes[c]!.start < hit.end + NEAR)) again.push(k)
        }
      }
      if (again.length === 0 && discussedAlong === 0) break
      const output = outputOf(changes)
      let outHits: readonly Hit[] | undefined
      let released = 0
      let next = 0
      let shift = 0
      for (const k of again) {
        const hit = variants[k]!
        for (; next < changes.length && changes[next]!.end <= hit.start; next++) {
          shift += changes[next]!.replacement.length - (changes[next]!.end - changes[next]!.start)
        }
        const at = hit.start + shift
        const end = at + hit.end - hit.start
        if (verdicts[k] === DISCUSSED) {
          if (cued(rules.cues, output, at, end, undefined, outputFormAt(changes, next, shift), hit.entry.concept)) continue
          verdicts[k] = uncued(hit, output, at)
          local[k] = true
          released++
          continue
        }
        const verdict = inOutput(hit, output, at, (outHits ??= hitsOfOutput(changes)), outputFormAt(changes, next, shift))
        if (verdict !== verdicts[k]) {
          verdicts[k] = verdict
          released++
        }
      }
      if (discussedAlong > 0) released += releaseAlong(changes, output)
      if (released === 0) break
      changes = written()
    }
    return changes
  }

  /**
   * Steps 1 to 7 for a variant, with the words beside it read in `output` at `at` (`outHits`: the
   * hits as the output has them, hitsOfOutput; `outFormAt`: formAt there), as a rerun reads them:
   * glossed, discussed, held, in doubt, suggested or applied.
   */
  function inOutput(hit: Hit, output: string, at: number, outHits: readonly Hit[], outFormAt: FormAt): Verdict {
    // Steps 1 and 2 in the output, as byCue in the input (round 37). A gloss by a replacement
    // beside it: one form twice is no gloss ("Dnipropetrovsk, said Dnipropetrovsk:", a list),
    // but the output writes the other form beside it ("…Dnipropetrovsk, said Dnipro:"), where
    // the first was held in silence and the rerun suggested it. A cue a replacement brings
    // within its gap: "Michaelsplatz Luhans'k, Dinamo de Kiev — Ivano-Frankivs'k, now
    // Mykhailivskyi Square" is six words from ", now" to the name, "…Luhansk, Dynamo Kyiv —
    // Ivano-Frankivsk, now St Michael's Square" five, within the cue's reach.
    const end = at + hit.end - hit.start
    const j = firstFrom(outHits, at)
    const found = j < outHits.length && outHits[j]!.start === at
    if (found && selfGloss(output, outHits, j) !== undefined) return SELF_GLOSS
    if (cued(rules.cues, output, at, end, undefined, outFormAt, hit.entry.concept)) return DISCUSSED
    if (found && (output.charCodeAt(end) === 0x2c || (j > 0 && output.charCodeAt(outHits[j - 1]!.end) === 0x2c)) && commaGloss(output, outHits, j)) return SELF_GLOSS
    const context = (hit.entry as VariantEntry).context
    if (context === undefined || neighboursAllow(context, output, at, end, rules.coordinators)) return allowed(hit, false, output, at)
    const hold = holdOf(output, outHits, { start: at, end, entry: hit.entry }, rules.coordinators)
    return hold === undefined ? allowed(hit, false, output, at) : hold === 'doubt' ? allowed(hit, true, output, at) : hold
  }

  /**
   * The hits as the output of `changes` has them: each moved by the changes before it, and a
   * variant written as a right form of its concept there (what holdOf asks of a word beside a
   * name: its own right form, a word inside another name). Made only where a variant is decided
   * again.
   */
  function hitsOfOutput(changes: readonly Change[]): Hit[] {
    const out: Hit[] = []
    let c = 0
    let shift = 0
    for (const h of hits) {
      for (; c < changes.length && changes[c]!.end <= h.start; c++) shift += changes[c]!.replacement.length - (changes[c]!.end - changes[c]!.start)
      const change = changes[c]
      if (change !== undefined && change.start < h.end) {
        if (change.start === h.start && change.end === h.end) out.push({ start: h.start + shift, end: h.start + shift + change.replacement.length, entry: { kind: 'keep', concept: change.concept, form: change.replacement } as Entry })
        continue
      }
      out.push(shift === 0 ? h : { start: h.start + shift, end: h.end + shift, entry: h.entry })
    }
    return out
  }

  /**
   * Decides again, against `output` (of `changes`), each variant discussed along: where no form
   * of its name in its sentence is a source there any more (a replacement took a spelling cue
   * out of reach, or the source was released), it is decided as the rest of its kind (uncued),
   * as a rerun would. A source in the output: a form a spelling cue reaches there, a variant
   * still discussed, a right form, or the replacement of a variant written. Returns how many
   * were released.
   */
  function releaseAlong(changes: readonly Change[], output: string): number {
    // Sources are asked in text order: one cursor over the changes before them.
    let next = 0
    let shift = 0
    const release: number[] = []
    eachSentence(
      (k) => verdicts[k] === DISCUSSED_ALONG,
      (j, k) => {
        const hit = hits[j]!
        for (; next < changes.length && changes[next]!.end <= hit.start; next++) shift += changes[next]!.replacement.length - (changes[next]!.end - changes[next]!.start)
        const change = changes[next]
        const at = hit.start + shift
        if (change !== undefined && change.start < hit.end) {
          // A change over this hit: a source only where it is this variant's own, written.
          if (k < 0 || made[k] !== change) return false
          return cued(spelling, output, at, at + change.replacement.length, undefined, outputFormAt(changes, next, shift), hit.entry.concept)
        }
        if (k >= 0 && verdicts[k] !== DISCUSSED) return false
        return cued(spelling, output, at, at + hit.end - hit.start, undefined, outputFormAt(changes, next, shift), hit.entry.concept)
      },
      (k, discussed) => {
        if (!discussed) release.push(k)
      },
    )
    next = 0
    shift = 0
    for (const k of release) {
      const hit = variants[k]!
      for (; next < changes.length && changes[next]!.end <= hit.start; next++) shift += changes[next]!.replacement.length - (changes[next]!.end - changes[next]!.start)
      verdicts[k] = uncued(hit, output, hit.start + shift)
      local[k] = true
      discussedAlong--
    }
    return release.length
  }

  /**
   * formAt for the output of `changes`, asked after a name whose output offset is its input
   * offset plus `shift`, the sum of the changes before `next`: an output offset is taken back to
   * the input through the changes from `next` on (the few between the name and the word after
   * its cue), and a replacement's start to the start of the form it replaced, of the same concept.
   */
  function outputFormAt(changes: readonly Change[], next: number, shift: number): FormAt {
    return (at, concept) => {
      let moved = shift
      for (let j = next; j < changes.length; j++) {
        const change = changes[j]!
        const outputStart = change.start + moved
        if (at < outputStart) break
        if (at === outputStart) return formAt(change.start, concept)
        if (at < outputStart + change.replacement.length) return false
        moved += change.replacement.length - (change.end - change.start)
      }
      return formAt(at - moved, concept)
    }
  }

  // A replacement must not form a new variant with the words beside it in the output
  // ("Verkhovna Verkhovna Rada" → "Verkhovna Rada Suprema" holds "Verkhovna Rada" again): the
  // text would not be stable, so such a change is held as a suggestion. Each demotion reverts
  // one change, which may expose another boundary: checked again, at most once per change.
  let changes = releaseHeld(written())
  if (options.rescan !== undefined) {
    for (let pass = 0; changes.length > 0; pass++) {
      const unstable = unstableChanges(text, changes, options.rescan, LONG_WINDOW, applied?.changes === changes ? applied.output : undefined)
      if (unstable.size === 0) break
      // Each pass reads the whole text, and a chain can need a pass a link: a glossary built
      // for it ("Vee" → "Rho" beside the forms "Zed Rho" and "Vee Rho", on "Zed Vee Vee Vee…")
      // took 3 s for 16 KB, quadratic. Prose needs one or two passes; past MAX_UNSTABLE_PASSES
      // every change left is held, which leaves a text that normalizes to itself. Only in the
      // paragraphs of the changes still unstable: no form crosses a blank line, so another
      // paragraph's output, unchanged, stays stable (a document's blocks, matched in one call, held
      // a block's "Kharkov" for a chain in the next one, which a call per block applied).
      // Should a release make another unstable after that, the next pass holds every change left.
      const held = pass + 1 < MAX_UNSTABLE_PASSES ? undefined : pass + 1 === MAX_UNSTABLE_PASSES ? paragraphsOf(text, unstable) : ALL_TEXT
      let p = 0
      for (let k = 0; k < variants.length; k++) {
        const at = variants[k]!.start
        if (held !== undefined) while (p < held.length && held[p]!.end <= at) p++
        if (writes(verdicts[k]!) && (held === undefined ? unstable.has(at) : p < held.length && at >= held[p]!.start)) {
          verdicts[k] = suggest('unstable-boundary')
          // Not re-decided by releaseHeld, which read its neighbours in the output, applied it
          // again and made it unstable again, pass after pass ("Verkhovna Verkhovna Rada" in
          // Spanish: 32 passes, then every change of the text held).
          local[k] = false
        }
      }
      changes = releaseHeld(written())
    }
  }

  if (options.output !== undefined) {
    // `changes` is the last list written: the findings that end up applied, in order (under
    // `none` nothing is written).
    options.output.text = apply === 'none' ? text : applied?.changes === changes ? applied.output : applyChanges(text, changes)
  }

  const out: Change[] = []
  for (let k = 0; k < variants.length; k++) {
    const verdict = verdicts[k]!
    if (verdict.kind === 'held') continue
    // The same object the rounds above applied: nothing reads it after this.
    const change = changeOf(k)
    if (change === null) continue
    if (apply === 'none') {
      change.status = 'suggested'
      change.reason = verdict.kind === 'suggest' ? verdict.reason : 'check-only'
    } else if (verdict.kind === 'suggest') {
      change.status = writes(verdict) ? 'applied' : 'suggested'
      change.reason = verdict.reason
    }
    out.push(change)
  }
  return out
}

const isVariantHit = (hit: Hit): boolean => hit.entry.kind === 'variant'

/**
 * The change for a hit, cased like the input and keeping its whitespace; undefined for a no-op
 * unless `sameForms` (DecideOptions). `from`: where the text starts for the sentence-start test,
 * when `text` is a longer string holding the window the hit was found in (the window's own start
 * reads as a sentence start).
 */
function toChange(text: string, { start, end, entry }: Hit, language: string, from = 0, sameForms = false): Change | undefined {
  const variant = entry as VariantEntry
  const original = text.slice(start, end)
  // No known form (reason form-unknown): the original is the replacement, so that whatever a
  // client applies leaves the text as it is; `preferred` still names the concept's form.
  if (variant.inflection?.unknown === true) return { start, end, original, replacement: original, concept: variant.concept, rule: variant.rule, language, preferred: variant.replacement, status: 'suggested' }
  // Where the sentence starts matters only to a replacement in lower case ("chicken Kyiv").
  const cased = caseLike(original, variant.replacement, startsLower(variant.replacement) && atSentenceStart(text, start, from))
  const replacement = keepWhitespace(original, cased)
  if (replacement === original && !sameForms) return undefined
  return { start, end, original, replacement, concept: variant.concept, rule: variant.rule, language, preferred: variant.replacement, status: 'applied' }
}

/**
 * Beyond this many units a replacement's window is not searched on its own but read in a
 * stretch of the output shared with its neighbours' (see unstableChanges). Prose never comes
 * near it: a window is a crossing form's reach widened to whole words.
 */
const LONG_WINDOW = 256

/** A stretch [from, to) of the output, as last searched, and its hits (offsets in `text`). */
interface Searched {
  from: number
  to: number
  text: string
  hits: readonly Hit[]
}

/** The hits of `output`'s [from, to), searched again only if `last` is another stretch. */
function search(last: Searched, output: string, from: number, to: number, rescan: Rescan): readonly Hit[] {
  if (from !== last.from || to !== last.to) {
    last.text = output.slice(from, to)
    last.hits = rescan.scan(last.text)
    last.from = from
    last.to = to
  }
  return last.hits
}

/**
 * A hit that crosses [start, end) and differs, as a second run would see it: a variant would
 * change the text again; a right form of another concept ("Dynamo Kiew" → "Dynamo Kyiv", the
 * club) would change what the passage mentions, and with it the decisions that depend on it
 * (`requires`). An exception only keeps text as it is ("third battle of Kharkov"). The hit
 * stands at `at` in `text`, the window or a longer string holding it from `from` (see toChange).
 */
function differs(text: string, hit: Hit, at: number, change: Change, from: number): boolean {
  if (hit.entry.kind === 'keep') return hit.entry.concept !== change.concept
  if (hit.entry.kind !== 'variant') return false
  return toChange(text, at === hit.start ? hit : { start: at, end: at + hit.end - hit.start, entry: hit.entry }, change.language, from) !== undefined
}

/**
 * The input starts of the changes whose replacement would form, across one of its ends, a
 * variant or another concept's form with the text beside it in the output: a second run would
 * decide differently. Only a window around each replacement is searched, as wide as a crossing
 * variant could reach (widened to whole words), and none where no variant can cross; never
 * the whole output. Exported for tests, with `longWindow` (LONG_WINDOW). `applied`: the output
 * of `changes`, when the caller has made it.
 *
 * A window is long only inside a long run without whitespace ("Kiev,Dynamo,Kiev,…"), and there
 * the windows of many replacements overlap. Where both ends of a window reach into the run they
 * are the same window, searched once; but an end with no reach stops at its replacement, and
 * each replacement's window was then another long stretch, searched again: 64 KiB of
 * "Kiev,Dynamo," took 2.6 s, 128 KiB 10–13 s. A long window is now read in the stretch that runs
 * on to the word's edge at such an end, the same for every replacement of the run, searched once.
 * It reads as the window does: the window's hits up to that end are the stretch's, since no
 * form can cross an end with no reach (Rescan.reach) and the end does not cut a word; where a
 * hit of the stretch crosses it even so, or it cuts a word, the window is searched on its own.
 * A hit's sentence start is read from the window's start, as in the window.
 */
export function unstableChanges(text: string, changes: readonly Change[], rescan: Rescan, longWindow = LONG_WINDOW, applied?: string): Set<number> {
  const unstable = new Set<number>()
  let output = applied
  let shift = 0
  // Where no whitespace comes near, the windows of many replacements are one long run of the
  // output ("Kiev,,,,Kiev,,,,…"): its edges are found once (one run memo a side, as windows move
  // on in text order), a window is searched once for all the replacements it is the window of,
  // and only its hits that may cross a replacement are read. Each replacement walked, searched
  // and read the whole run: 400 KB of "Kiev" and 200 commas took 2.2 s.
  const backRun: Run = { start: 0, end: 0 }
  const aheadRun: Run = { start: 0, end: 0 }
  // The edges of the words at ends with no reach, for stretches (their own memos: these move on in text order).
  const startRun: Run = { start: 0, end: 0 }
  const endRun: Run = { start: 0, end: 0 }
  const window: Searched = { from: -1, to: -1, text: '', hits: [] }
  const stretch: Searched = { from: -1, to: -1, text: '', hits: [] }
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k]!
    const start = change.start + shift
    const end = start + change.replacement.length
    shift += change.replacement.length - (change.end - change.start)
    const [back, ahead] = rescan.reach(change, text, k > 0 ? changes[k - 1]!.end : 0, k + 1 < changes.length ? changes[k + 1]!.start : text.length)
    if (back === 0 && ahead === 0) continue
    // Made only here: on most texts no window is searched.
    output ??= applyChanges(text, changes)
    const from = back === 0 ? start : windowEdge(output, start, -1, back, backRun)
    const to = ahead === 0 ? end : windowEdge(output, end, 1, ahead, aheadRun)
    let found: boolean | undefined
    if (to - from > longWindow && (back > 0 || !touchesWord(output, start, -1)) && (ahead > 0 || !touchesWord(output, end, 1))) {
      const stretchFrom = back === 0 ? windowEdge(output, start, -1, 0, startRun) : from
      const stretchTo = ahead === 0 ? windowEdge(output, end, 1, 0, endRun) : to
      found = crossingIn(search(stretch, output, stretchFrom, stretchTo, rescan), stretchFrom, start, end, change, output, 0, from, back === 0, ahead === 0)
    }
    if (found === undefined) {
      const hits = search(window, output, from, to, rescan)
      found = crossingIn(hits, from, start, end, change, window.text, from, 0)
    }
    if (found) unstable.add(change.start)
  }
  return unstable
}

/** Whether a word unit of `text` touches `at` on the side `step`. */
function touchesWord(text: string, at: number, step: 1 | -1): boolean {
  if (step < 0) return at > 0 && (isWordUnit(text.charCodeAt(at - 1)) || isWordBefore(text, at))
  return at < text.length && (isWordUnit(text.charCodeAt(at)) || isWordAt(text, at))
}

/**
 * Whether one of `hits` (of the output from `offset` on) crosses [start, end) and differs, read
 * in `text` (the output from `textOffset` on; its sentences start at `floor` in it); undefined
 * when one crosses an end the window stops at (`closedBefore`, `closedAfter`): the window's
 * search would not have found that hit, and may have found another.
 */
function crossingIn(hits: readonly Hit[], offset: number, start: number, end: number, change: Change, text: string, textOffset: number, floor: number, closedBefore = false, closedAfter = false): boolean | undefined {
  let found = false
  // Hits are in order and do not overlap: those that may cross [start, end) end after its start and start before its end.
  for (let h = firstEndingAfter(hits, start - offset); h < hits.length && hits[h]!.start + offset < end; h++) {
    const hit = hits[h]!
    const hitStart = hit.start + offset
    const hitEnd = hit.end + offset
    const acrossStart = hitStart < start && hitEnd > start
    const acrossEnd = hitStart < end && hitEnd > end
    if ((acrossStart && closedBefore) || (acrossEnd && closedAfter)) return undefined
    // Past a finding, read on only to see that no hit crosses a closed end.
    if (!found && (acrossStart || acrossEnd) && differs(text, hit, hitStart - textOffset, change, floor)) {
      found = true
      if (!closedBefore && !closedAfter) break
    }
  }
  return found
}

/** The first of `hits` (in order, not overlapping) that ends after `at`; their number if none. */
function firstEndingAfter(hits: readonly Hit[], at: number): number {
  let lo = 0
  let hi = hits.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (hits[mid]!.end <= at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** A run of non-space units of the output, [start, end); empty until one is found. */
interface Run {
  start: number
  end: number
}

/**
 * From `at`, `reach` non-space units in direction `step`, then on to the edge of the word
 * there: of the run of non-space units, remembered in `run` for the next window on this side.
 */
function windowEdge(text: string, at: number, step: 1 | -1, reach: number, run: Run): number {
  let i = at
  let units = 0
  // Plain loops, no closures: this runs for many replacements of a long text.
  if (step < 0) {
    while (i > 0 && units < reach) {
      if (!isSpaceUnit(text.charCodeAt(i - 1))) units++
      i--
    }
    if (i === 0 || isSpaceUnit(text.charCodeAt(i - 1))) return i
    if (i - 1 < run.start || i - 1 >= run.end) runAround(text, i - 1, run)
    return run.start
  }
  while (i < text.length && units < reach) {
    if (!isSpaceUnit(text.charCodeAt(i))) units++
    i++
  }
  if (i === text.length || isSpaceUnit(text.charCodeAt(i))) return i
  if (i < run.start || i >= run.end) runAround(text, i, run)
  return run.end
}

/** Sets `run` to the run of non-space units holding the non-space unit at `p`. */
function runAround(text: string, p: number, run: Run): void {
  let start = p
  while (start > 0 && !isSpaceUnit(text.charCodeAt(start - 1))) start--
  let end = p + 1
  while (end < text.length && !isSpaceUnit(text.charCodeAt(end))) end++
  run.start = start
  run.end = end
}
