import { isSpaceUnit, isWordUnit } from '../text/chars.js'
import { paragraphAround } from '../text/paragraphs.js'
import { lowerBound } from '../text/sorted.js'
import { phraseStartBefore, speakerOrPlace } from './adjacent.js'
import { continuesWord, holdingWords, isCoordinator, isTitleDot, neighboursAllow, NO_COORDINATORS } from './context.js'
import type { Context, Entry, Hit, PassageScope, VariantEntry } from './entry.js'
import { wordsPattern } from './words.js'

/**
 * What a rule may know about the passage beyond the sentence: which concepts the whole text
 * mentions, which words its paragraphs hold, and which variants it glosses with the current
 * name, and how: as the name it had ("Kharkov (now Kharkiv)": it uses the historical name on
 * purpose), or in a bare gloss ("Lviv (Leópolis)", "Kiev/Kyiv", "Kharkov (Ukrainian: Kharkiv)":
 * it uses that form on purpose, and says nothing of its age). For Markdown and HTML the passage
 * is the whole document's prose, surveyed once, while each block is matched alone.
 */
export interface Passage {
  /**
   * Concepts named anywhere in the passage, in any form (exceptions, surnames and variants
   * their neighbours hold in silence aside).
   */
  readonly mentioned: ReadonlySet<string>
  /**
   * The concepts of `mentioned` a `requires` may count on: all but those named only by
   * variants that need a mention themselves and that nothing else confirms (confirmedMentions):
   * "Nikolaev moved to Odessa in 1990" mentions mykolaiv and odesa, and confirms neither.
   */
  readonly confirmed: ReadonlySet<string>
  /**
   * `concept\0form` (glossKey) of variants the passage glosses with the current name, and how;
   * where it does both, `historical`.
   */
  readonly glossed: ReadonlyMap<string, PassageGloss>
  /** Whether one of `words` (lower case) occurs in the whole passage. */
  hasWord(words: ReadonlySet<string>): boolean
}

/** How a passage glosses a variant with the current name (see Passage.glossed). */
export type PassageGloss = 'historical' | 'glossed'

export const glossKey = (hit: Hit) => `${hit.entry.concept}\u0000${hit.entry.form}`

/**
 * Calls `visit` with each lower-cased word of text[from, to), and where it stands, in order,
 * until it returns true; whether it did.
 */
export function eachWord(text: string, from: number, to: number, visit: (word: string, start: number, end: number) => boolean | void): boolean {
  let i = from
  while (i < to) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < to && isWordUnit(text.charCodeAt(i))) i++
    if (visit(text.slice(start, i).toLowerCase(), start, i) === true) return true
  }
  return false
}

/** Lower-cased words of text[from, to). */
export function wordsIn(text: string, from: number, to: number): Set<string> {
  const words = new Set<string>()
  eachWord(text, from, to, (word) => {
    words.add(word)
  })
  return words
}

/** `.`, `!`, `?`, `…`: what ends a sentence when whitespace (or the text's end) follows. */
const isSentenceEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026

/**
 * Whether a sentence ends right before `i`: an end mark at i - 1, then whitespace or the text's
 * end; or a semicolon at i - 1, whatever follows, where the neighbour window ends too
 * (context.ts, isSentenceEnd). A paragraph's doubt leaves out the name's own sentence, which its
 * neighbours decide; read past a semicolon, it left out words the neighbours never read:
 * "ne se sont pas limitées à Dnipropetrovsk ; d'autres régions…" was changed (round 35).
 */
export const endsBefore = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i - 1)
  return code === 0x3b || (isSentenceEnd(code) && (i >= text.length || isSpaceUnit(text.charCodeAt(i))) && !isTitleDot(text, i - 1))
}

/** Longest stretch looked at on each side of a name for its sentence; keeps pathological input linear. */
const SENTENCE_REACH = 1000

/**
 * [start, end) of the sentence around `at`, within [from, to) and at most SENTENCE_REACH each
 * way. Code units tested by table, not by regular expression: a paragraph that names a concept
 * thousands of times walks every one of their sentences.
 */
export function sentenceAround(text: string, at: number, from: number, to: number): [number, number] {
  const low = Math.max(from, at - SENTENCE_REACH)
  const high = Math.min(to, at + SENTENCE_REACH)
  let start = at
  while (start > low && !endsBefore(text, start)) start--
  let end = at
  while (end < high && !endsBefore(text, end + 1)) end++
  return [start, Math.min(to, end + 1)]
}

/**
 * Doubt words of a paragraph outside the sentences that name the concept: a sentence is
 * decided by its own neighbouring-word rules ("the governor of the Dnipropetrovsk region"
 * explains its "governor" and "region"); the rest of the paragraph is what they cannot see
 * ("…in Dnipropetrovsk. This region must…"). The name's own sentence names the concept, so
 * the answer is the same for every mention of one concept in one paragraph: computed once.
 */
export class ParagraphWords {
  /** The words of the paragraph starting at each key, read once. */
  private readonly tables = new Map<number, WordTable>()
  private readonly unexplained = new Map<string, Set<string>>()
  /**
   * The last paragraph found: every position inside it has the same paragraph, and names come
   * in text order, so a paragraph is found once, not once per name (each search runs to its
   * ends: a megabyte of one paragraph naming Dnipropetrovsk 11,000 times took 8 s).
   */
  private paragraph = { start: 0, end: -1 }
  /** Whether the text has a U+2029 at all: asked once, not once per paragraph (paragraphs.ts). */
  private readonly separators: boolean
  constructor(private readonly text: string) {
    this.separators = text.includes('\u2029')
  }

  /** `mentions`: where the text names the concept (the name at `at` among them), in text order. */
  has(at: number, words: ReadonlySet<string>, concept: string, mentions: readonly number[]): boolean {
    if (at < this.paragraph.start || at >= this.paragraph.end) this.paragraph = paragraphAround(this.text, at, this.separators)
    const { start, end } = this.paragraph
    const key = `${start}\u0000${concept}`
    let left = this.unexplained.get(key)
    if (left === undefined) this.unexplained.set(key, (left = this.wordsOutside(start, end, at, mentions)))
    for (const word of words) if (left.has(word)) return true
    return false
  }

  /**
   * Words of paragraph [start, end) that occur more often than in the sentences naming the
   * concept (a word counted once for each of those sentences it stands in: where no sentence
   * end comes within SENTENCE_REACH, the sentences of names close together overlap).
   */
  private wordsOutside(start: number, end: number, at: number, mentions: readonly number[]): Set<string> {
    let table = this.tables.get(start)
    if (table === undefined) this.tables.set(start, (table = wordTable(this.text, start, end)))
    const sentences = new Map<number, number>()
    const add = (position: number) => {
      const [from, to] = sentenceIn(table!, position, start, end)
      sentences.set(from, to)
    }
    add(at)
    for (let k = lowerBound(mentions, start); k < mentions.length && mentions[k]! < end; k++) add(mentions[k]!)
    const inside = insideCounts(this.text, table, sentences)
    const out = new Set<string>()
    for (let id = 0; id < table.words.length; id++) if (table.total[id]! > inside[id]!) out.add(table.words[id]!)
    return out
  }
}

/**
 * The words of a paragraph in order (where each stands, and which it is), how often each
 * occurs, and where its sentences may start.
 */
export interface WordTable {
  /** Every i of [from + 1, to] where a sentence ends right before i (endsBefore), ascending. */
  breaks: Int32Array
  starts: Int32Array
  ends: Int32Array
  /** Index into `words` of each word of the paragraph. */
  ids: Int32Array
  /** The distinct words, lower-cased. */
  words: string[]
  index: Map<string, number>
  total: Int32Array
}

export function wordTable(text: string, from: number, to: number): WordTable {
  const starts: number[] = []
  const ends: number[] = []
  const ids: number[] = []
  const words: string[] = []
  const index = new Map<string, number>()
  const counts: number[] = []
  eachWord(text, from, to, (word, start, end) => {
    let id = index.get(word)
    if (id === undefined) {
      index.set(word, (id = words.length))
      words.push(word)
      counts.push(0)
    }
    counts[id]!++
    starts.push(start)
    ends.push(end)
    ids.push(id)
  })
  const breaks: number[] = []
  for (let k = from + 1; k <= to; k++) if (endsBefore(text, k)) breaks.push(k)
  return { breaks: Int32Array.from(breaks), starts: Int32Array.from(starts), ends: Int32Array.from(ends), ids: Int32Array.from(ids), words, index, total: Int32Array.from(counts) }
}

/**
 * sentenceAround(text, at, from, to) for the paragraph [from, to) of `table`, by binary search
 * in its sentence ends rather than a walk of up to SENTENCE_REACH units each way: where no
 * sentence end comes near, the walk cost every name 2,000 units.
 */
export function sentenceIn(table: WordTable, at: number, from: number, to: number): [number, number] {
  const { breaks } = table
  const low = Math.max(from, at - SENTENCE_REACH)
  const high = Math.min(to, at + SENTENCE_REACH)
  // The last end at or before `at` (after `low`), the first after it (up to `high`).
  const k = lowerBound(breaks, at + 1)
  const start = k > 0 && breaks[k - 1]! > low ? breaks[k - 1]! : low
  const end = k < breaks.length && breaks[k]! <= high ? breaks[k]! : high + 1
  return [start, Math.min(to, end)]
}

/**
 * How often each word of the table occurs in the stretches [from, to) of `sentences`, a word
 * counted in every stretch it stands in, as reading the words of each stretch counts them (a
 * word cut by a stretch's edge counts as the part inside it). The words wholly inside a
 * stretch are a range of the table, added by difference: counting them word by word cost
 * each name its whole sentence, 2,000 units where no sentence ends (1 MiB of one such
 * paragraph naming Dnipropetrovsk took 1.4 s).
 */
export function insideCounts(text: string, table: WordTable, sentences: ReadonlyMap<number, number>): Int32Array {
  const { starts, ends, ids, index } = table
  const n = starts.length
  const covered = new Int32Array(n + 1)
  const inside = new Int32Array(table.words.length)
  const part = (from: number, to: number) => {
    const id = index.get(text.slice(from, to).toLowerCase())
    if (id !== undefined) inside[id]!++
  }
  for (const [from, to] of sentences) {
    if (from >= to) continue
    // Words wholly inside: [first, last).
    const first = lowerBound(starts, from)
    const last = lowerBound(ends, to + 1)
    if (first < last) {
      covered[first]!++
      covered[last]!--
    }
    // A word cut by the start (or holding the whole stretch), and one cut by the end.
    if (first > 0 && ends[first - 1]! > from) part(from, Math.min(ends[first - 1]!, to))
    if (last < n && starts[last]! < to && starts[last]! >= from && ends[last]! > to) part(starts[last]!, to)
  }
  let running = 0
  for (let k = 0; k < n; k++) {
    running += covered[k]!
    if (running !== 0) inside[ids[k]!]! += running
  }
  return inside
}

/**
 * Whether `words` occur in `scope` around `hit`, consulting the passage for the whole text.
 * `mentions` (where the text names the hit's concept) is asked only for a paragraph: the first
 * answer reads every hit of the text, which a doubt over the whole text never needs.
 */
export function doubtIn(scope: PassageScope, words: ReadonlySet<string>, hit: Hit, paragraphs: ParagraphWords, passage: Passage, mentions: (hit: Hit) => readonly number[]): boolean {
  return scope === 'paragraph' ? paragraphs.has(hit.start, words, hit.entry.concept, mentions(hit)) : passage.hasWord(words)
}

/** Spaces within a line: what may stand between a name, its comma or bracket, and the words after. */
const isInlineSpace = (code: number) => code === 0x20 || code === 0xa0 || code === 0x09 || code === 0x202f

/** Where `phrase` (lower case, words separated by single spaces) ends if it is written at `at` as whole words; -1 if not. */
function phraseAt(text: string, at: number, phrase: string): number {
  let i = at
  for (let k = 0; k < phrase.length; k++) {
    if (phrase.charCodeAt(k) === 0x20) {
      if (i >= text.length || !isInlineSpace(text.charCodeAt(i))) return -1
      while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++
      continue
    }
    if (i >= text.length || text.charAt(i).toLowerCase() !== phrase.charAt(k)) return -1
    i++
  }
  return i < text.length && isWordUnit(text.charCodeAt(i)) ? -1 : i
}

/**
 * Marks that end the clause of a place's country set off by a comma: , . ; : ! ? a closing
 * bracket or quotation mark (not ’, the apostrophe of "Ukraine’s"), a dash, a line end.
 */
const CLAUSE_END = new Set([0x2c, 0x2e, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x22, 0x201d, 0xbb, 0x0a, 0x0d, 0x2013, 0x2014])

/**
 * Whether one of `phrases` (lower case, words separated by single spaces) stands right after the
 * name ending at `end` as the country or region that says which place it is: set off by a comma
 * and ending the clause ("Odessa, Ukraine,", "in Odessa, Ukraine.", "ODESSA, Ukraine (AP) —",
 * "Odessa, en Ucrania,"), or alone in brackets ("Odessa (Ukraine)"). Not "Odessa, Ukraine said"
 * (the country begins another clause), "Odessa, Ukraine's port" or "Odessa, Ukraine and Texas"
 * (a list): there the country does not say which Odessa. The clause ends at a mark of
 * CLAUSE_END, at an opening bracket or a spaced hyphen after a space (a dateline's agency and
 * dash), or at the text's end. Asked only of a name a doubt leaves undecided (decide.ts).
 */
export function confirmedAfter(text: string, end: number, phrases: readonly string[]): boolean {
  let i = end
  const comma = text.charCodeAt(i) === 0x2c
  if (comma) i++
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++
  const bracket = !comma && text.charCodeAt(i) === 0x28
  if (!comma && !bracket) return false
  if (bracket) {
    i++
    while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++
  }
  for (const phrase of phrases) {
    const after = phraseAt(text, i, phrase)
    if (after < 0) continue
    let k = after
    while (k < text.length && isInlineSpace(text.charCodeAt(k))) k++
    if (bracket) {
      if (text.charCodeAt(k) === 0x29) return true
      continue
    }
    if (k >= text.length) return true
    const code = text.charCodeAt(k)
    if (CLAUSE_END.has(code)) return true
    if (k > after && (code === 0x28 || (code === 0x2d && isInlineSpace(text.charCodeAt(k + 1))))) return true
  }
  return false
}

/**
 * Whether one of `phrases` (lower case, words separated by single spaces) stands right before the
 * name starting at `start`, as the noun it stands in apposition to, with or without a comma: "The
 * regional capital, Dnipropetrovsk, was hit", "la capitale régionale Dnipropetrovsk". The region's
 * capital is the city, whatever region word stands before it (round 35). Only right before: "the
 * regional capital of Dnipropetrovsk" names the region by its name. Asked only of a name a doubt
 * leaves undecided (decide.ts), as confirmedAfter.
 */
export function confirmedBefore(text: string, start: number, phrases: readonly string[]): boolean {
  return confirmingPhraseBefore(text, start, phrases) >= 0
}

/**
 * Where the `confirmedBy` phrase right before the name starting at `start` begins (as
 * confirmedBefore reads it: the phrase as adjacent.ts's phraseStartBefore reads one), or -1. A neighbour word before that phrase belongs to another
 * phrase than the name's: "Die Region Charkiw und die Stadt Dnipropetrowsk" (decide.ts, holdOf).
 */
export function confirmingPhraseBefore(text: string, start: number, phrases: readonly string[]): number {
  let end = start
  while (end > 0 && isInlineSpace(text.charCodeAt(end - 1))) end--
  if (end > 0 && text.charCodeAt(end - 1) === 0x2c) {
    end--
    while (end > 0 && isInlineSpace(text.charCodeAt(end - 1))) end--
  }
  if (end === start) return -1
  for (const phrase of phrases) {
    const from = phraseStartBefore(text, end, phrase)
    if (from >= 0) return from
  }
  return -1
}

/**
 * Between a name and its gloss: an opening bracket or a slash, then at most three words
 * ("formerly", "en ucraniano,", "aujourd'hui": an apostrophe inside a word, or French's
 * "Kharkov (aujourd'hui Kharkiv)" was no gloss and said nothing of the passage's other Kharkovs).
 */
const GLOSS_OPEN = /^\s*(?:[([]|\/)\s*(?:[\p{L}\p{M}.:,'\u2019]+\s+){0,3}$/u
const GLOSS_CLOSE = /^\s*[)\]]/u

/** Whether hit `second` glosses hit `first` (or the reverse): "Kyiv (formerly Kiev)", "Kiev/Kyiv". */
function glossPair(text: string, first: Hit, second: Hit): boolean {
  if (!sameName(first, second) && !sharedForm(first, second)) return false
  const between = text.slice(first.end, second.start)
  if (between.length > 60 || !GLOSS_OPEN.test(between)) return false
  return between.trimStart().startsWith('/') || GLOSS_CLOSE.test(text.slice(second.end, second.end + 8))
}

const sameName = (first: Hit, second: Hit) =>
  first.entry.concept === second.entry.concept && first.entry.kind !== 'exception' && second.entry.kind !== 'exception'

/**
 * Whether `keep` is the replacement of the variant `variant` written as the preferred form of
 * another concept: two concepts may share a preferred form (the city and the river Dnipro), and
 * the matcher gives the form to one of them, so "the Dnieper (Dnipro)" was not read as the river
 * glossed by its own name and came out "the Dnipro (Dnipro)" (audit of real copy, round 31).
 * Only the variant first and the form in brackets after it: the other way round, or after a
 * comma, the two are as often two places ("Dnipro (on the Dnieper)", "Dnipro, a city on the
 * Dnieper", which came out as glosses and were only suggested).
 */
const sharedForm = (variant: Hit, keep: Hit) =>
  variant.entry.kind === 'variant' && keep.entry.kind === 'keep' && variant.entry.replacement === keep.entry.form

/**
 * Between a name and its gloss set off by a comma: at most four words ("also known as", "known
 * in Ukrainian as", "which Russians call", "or", "a.k.a."), no stop but an abbreviation's.
 */
const COMMA_GLOSS = /^,\s*(?:(?:(?:\p{L}\.){2,}|[\p{L}\p{M}'\u2019-]+)\s+){0,4}$/u
/** What may follow a gloss set off by a comma: the end of its clause ("Kiev, or Kyiv, was…"). */
const COMMA_CLOSE = /^(?:$|[,.;:!?)\]\n\u2013\u2014])/

/**
 * Whether the hit at `i` and the one after or before it are one name's two forms in one clause,
 * a comma and a few words apart: "Kharkov, also known as Kharkiv, was hit", "Kyiv, which Russians
 * call Kiev," (applied, they came out "Kharkiv, also known as Kharkiv"). The clause must end right
 * after the second, or it is a sentence using both ("in Kiev, where Kyiv's mayor…", a leak like
 * any other). Asked only where no cue of the language has said the name is discussed, so a cue's
 * own reason stands ("Dnipro, formerly Dnipropetrovsk"); unlike a gloss in brackets it says
 * nothing of the passage's other mentions (the survey's `glossed`). The decision layer asks it
 * only where a comma follows the hit or the one before it (decide.ts): asked of every variant,
 * the call alone cost match + replace about a fifth of its speed.
 */
export function commaGloss(text: string, hits: readonly Hit[], i: number): boolean {
  const hit = hits[i]!
  const next = hits[i + 1]
  const previous = hits[i - 1]
  return (next !== undefined && commaPair(text, hit, next)) || (previous !== undefined && commaPair(text, previous, hit))
}

/** Whether `second` glosses `first` a comma and a few words after it (commaGloss). */
function commaPair(text: string, first: Hit, second: Hit): boolean {
  // Another form, not the same one twice ("w Kyiv, Kyiv": a list).
  if (!sameName(first, second) || first.entry.form === second.entry.form || text.charCodeAt(first.end) !== 0x2c) return false
  const between = text.slice(first.end, second.start)
  return between.length <= 60 && COMMA_GLOSS.test(between) && COMMA_CLOSE.test(text.slice(second.end, second.end + 1))
}

/**
 * How the hit at `i` takes part in a self-gloss: `glossed` when it is glossed by a later form of
 * the same concept (it comes first), `gloss` when it glosses an earlier one; else undefined.
 */
export function selfGloss(text: string, hits: readonly Hit[], i: number): { role: 'glossed' | 'gloss'; other: Hit } | undefined {
  const hit = hits[i]!
  const next = hits[i + 1]
  if (next !== undefined && glossPair(text, hit, next)) return { role: 'glossed', other: next }
  const previous = hits[i - 1]
  if (previous !== undefined && glossPair(text, previous, hit)) return { role: 'gloss', other: previous }
  return undefined
}

/**
 * Whether a variant's neighbouring words hold it and say it is something else: one of them is
 * a word of no name ("Nikolaev, who was born in 1970": the surname; "Odessa, in West Texas").
 * Such a form is no mention of its concept, as an exception's is none: "Nikolaev, who was born
 * in 1970, moved to Lvov" made copy about Ukraine of the surname, and Lvov was applied. Where
 * every word that holds it stands in a name (its own right form, "Kiev or Kyiv", or another
 * concept's, "the Kyiv Post") it still counts, as the decision layer does not hold it in
 * silence there (decide.ts, holdOf); so does one held only by doubt words set off from it
 * (setOffDoubt: "In the region, Russia struck Dnipropetrovsk", a doubt, not a hold).
 * `coordinators` serve setOffDoubt only: the neighbours are read without them, as before (read
 * with them, a region held in a list, "the regions of Sumy, Poltava, Chernihiv and
 * Dnipropetrovsk", would be no mention of dnipro_city either, and "Trains to Lvov" after it a
 * suggestion: a change of its own, not made here).
 */
function heldInSilence(text: string, hits: readonly Hit[], hit: Hit, coordinators: readonly string[]): boolean {
  if (hit.entry.kind !== 'variant') return false
  const context = (hit.entry as VariantEntry).context
  if (context === undefined || (context.notFollowedBy === undefined && context.notPrecededBy === undefined) || neighboursAllow(context, text, hit.start, hit.end)) return false
  for (const at of holdingWords(context, text, hit.start, hit.end)) if (!inSomeHit(hits, at) && !setOffDoubt(context, text, at, hit.start, hit.end, coordinators)) return true
  return false
}

/**
 * Whether a variant stands right after a verb of its `speakerAfter` that has a subject of its
 * own ("Officials said Nikolaev had moved to Odessa"), or right before one of its
 * `speakerBefore` with a word of its `unsureAfter` before it ("The mayor of Nikolaev said
 * Odessa was calm", round 34), or right after a phrase of its `sourceAfter` ("According to
 * Nikolaev, Odessa was calm", round 36; not with a word of its `placeBefore` after it, "According to
 * Nikolaev governor Vitaliy Kim"), or right before a word of its `sourceBefore` ("Nikolaev
 * zufolge"): it may be the speaker's name, so it is no mention of its concept, as the
 * speaker beside a verb whose clause it opens is none (an exception); it made copy about
 * Ukraine of that sentence, and Odessa was applied (round 33).
 */
function maySpeak(text: string, hit: Hit): boolean {
  return hit.entry.kind === 'variant' && hit.entry.context !== undefined && speakerOrPlace(hit.entry.context, text, hit.start, hit.end)
}

/**
 * Whether the word at `at`, which holds the variant at [start, end) as a neighbour, is a doubt
 * word of the variant's paragraph doubt that a comma of no list sets off from the name: "In the
 * region, Russia struck Dnipropetrovsk", "Dnipropetrovsk, the region's capital". Such a word
 * stands in another phrase than the name, and says no more of it than the same word in the next
 * sentence does: the name is in doubt (`context-ambiguous`), not held in silence as the region
 * (decide.ts, holdOf). Not a comma between two capitalised words, with a conjunction of the
 * language after it or not: the commas of a list of names ("the regions of Sumy, Kharkiv, and
 * Dnipropetrovsk", held as before). Only a paragraph doubt: its words near the name are the
 * neighbour rules' to decide, and they decide only where the word belongs to the name's phrase;
 * a text doubt's word says which place it is wherever it stands near the name ("Odessa, in West
 * Texas" stays held). Where the doubt names its `links` (the words between a head word and its
 * name: "regions of"), another lower-case word between sets the word off too: "In the region
 * Russia struck Dnipropetrovsk", with no comma, was held in silence (round 34); after the name any
 * lower-case word does, links included ("Dnipropetrovsk of the region": round 38); a doubt whose
 * words hold the name from anywhere in its sentence ("Guderian's panzers turned south for the
 * Battle of Kiev") names none. A word of its `needsLink` (one that heads the name before it only
 * through a link: English "region") with no link between it and the name is set off too: "In the
 * region Dnipropetrovsk was hit", "Strikes hit the region Dnipropetrovsk" were held in silence
 * (round 37); German, which names the region "das Gebiet Dnipropetrowsk", lists none. Asked only
 * of a held variant's holding words.
 */
export function setOffDoubt(context: Context, text: string, at: number, start: number, end: number, coordinators: readonly string[]): boolean {
  const doubt = context.doubt
  if (doubt === undefined || doubt.scope !== 'paragraph') return false
  let wordEnd = at
  while (wordEnd < text.length && isWordUnit(text.charCodeAt(wordEnd))) wordEnd++
  const word = text.slice(at, wordEnd).toLowerCase()
  if (!doubt.words.has(word)) return false
  const from = at < start ? wordEnd : end
  const to = at < start ? start : at
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x2c && !listComma(text, i, coordinators)) return true
  if (doubt.links === undefined) return false
  // A link joins a head word to the name after it ("the regions of Sumy", "regions such as
  // Dnipropetrovsk"), never the name to a doubt word after it: there every lower-case word
  // between sets the word off ("The airport of Dnipropetrovsk of the region", "In Dnipropetrovsk
  // the region's power was cut", "el aeropuerto de Dnipropetrovsk de la región": round 38, held
  // in silence). The name is the region only right before its word or in a list ("the
  // Dnipropetrovsk region", "the Dnipropetrovsk and Donetsk regions").
  if (otherWordBetween(text, from, to, coordinators, at < start ? doubt.links : NO_LINKS) || joinsOwnPhrase(text, from, to, at < start, coordinators)) return true
  // A word that heads the name before it only through a link, with none between ("In the region
  // Dnipropetrovsk was hit", "the region Dnipropetrovsk"): no name of the region in the language,
  // which says "the region of Dnipropetrovsk"; a comma left out? Not decided (round 37: held in
  // silence). Languages that name the place so ("das Gebiet Dnipropetrowsk") list no such word.
  // A list between is the plural's to hold ("the regions Kharkiv and Dnipropetrovsk") and the
  // singular's to leave in doubt (`single`, below).
  if (at < start && doubt.needsLink !== undefined && doubt.needsLink.has(word) && !linkBetween(text, from, to, doubt.links) && !listBetween(text, from, to, coordinators)) return true
  // A word that names one place, a list of names between it and the name ("the region of Kharkiv and
  // Dnipropetrovsk"): a region and a city? Not decided (round 36: held in silence).
  return doubt.single !== undefined && doubt.single.has(word) && listBetween(text, from, to, coordinators)
}

/** No word links a name to a doubt word after it (setOffDoubt). */
const NO_LINKS: ReadonlySet<string> = new Set()

/** Whether one of `links` (lower case) stands as a word in [from, to). */
function linkBetween(text: string, from: number, to: number, links: ReadonlySet<string>): boolean {
  return eachWord(text, from, to, (word) => links.has(word))
}

/** Whether a list's comma or conjunction stands in [from, to). */
function listBetween(text: string, from: number, to: number, coordinators: readonly string[]): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x2c) return true
  return eachWord(text, from, to, (_word, start, end) => isCoordinator(text, start, end, coordinators))
}

/**
 * Whether a conjunction in [from, to), between a doubt word and the name, joins the
 * doubt word's own noun phrase to the name's rather than names of a list: on the doubt word's
 * side of it stands the doubt word itself or a lower-case word, not a name ("Strikes hit the
 * region and Dnipropetrovsk", "the Kharkiv region and Dnipropetrovsk", "Dnipropetrovsk and the
 * region"; not "the regions of Kharkiv and Dnipropetrovsk", "the Dnipropetrovsk and Donetsk
 * regions"). Round 36: "The city of Dnipropetrovsk and the region were hit" was held in silence.
 * `before`: the doubt word stands before the name.
 */
function joinsOwnPhrase(text: string, from: number, to: number, before: boolean, coordinators: readonly string[]): boolean {
  // The word before the conjunction (the doubt word's side, when it stands before the name), and the one after it.
  let previous = -1
  let conjunction = false
  return eachWord(text, from, to, (_word, start, end) => {
    if (isCoordinator(text, start, end, coordinators)) {
      if (before && (previous < 0 ? true : !startsUpper(text, previous))) return true
      conjunction = true
      return false
    }
    if (!before && conjunction && !startsUpper(text, start)) return true
    conjunction = false
    previous = start
    return false
  // After the name, a conjunction right before the doubt word.
  }) || (!before && conjunction)
}

/** Words that open a sentence read for a place word: a preposition, an article, the place word ("En la región", "In der Region"). */
const OPENING_WORDS = 3

/**
 * Whether a place word of the context's paragraph doubt (a word both of the doubt and of
 * `notPrecededBy`: "region", "oblast"; not "governor", "regional") stands alone in the opening
 * phrase of the sentence of the name starting at `start` (its first OPENING_WORDS words: "En la
 * región, …", "In der Region …", "Nella regione, …", "The region was hit, and …"). Such a phrase
 * says where the whole sentence happens, as "región" in the next sentence would, but beyond the
 * window it was not read: "En la región, los misiles cayeron sobre el puente de Dnipropetrovsk"
 * was applied, the paragraph's doubt leaving out the name's own sentence, while the shorter
 * sentence left the name in doubt (round 36). Alone: neither in a governor's title ("Oblast
 * governor Serhiy Lysak", "the region's governor": another doubt word next to it, past its
 * links) nor naming a region ("The Kharkiv region…", "In the regions of Sumy and Kharkiv…": a
 * capitalised word right before it, or next after it past its links). A place word farther into
 * the sentence is another phrase's ("Officials from the regions met Macron … as drones hit
 * Dnipropetrovsk" still changes). Only a doubt that names its `links`; the sentence's start is
 * looked for at most SENTENCE_REACH units back. Asked only of a name no other doubt has reached
 * (decide.ts).
 */
export function placeWordAloneBefore(context: Context, text: string, start: number): boolean {
  const doubt = context.doubt
  const places = context.notPrecededBy
  if (doubt === undefined || doubt.scope !== 'paragraph' || doubt.links === undefined || places === undefined) return false
  // The sentence's start: a sentence's end, an empty line or the text's start.
  const low = Math.max(0, start - SENTENCE_REACH)
  let i = start
  while (i > low && !endsBefore(text, i) && !blankLineBefore(text, i, low)) i--
  if (i === low && low > 0) return false
  const lengths = lengthsOf(places)
  for (let words = 0; words < OPENING_WORDS; words++) {
    // Spaces, an opening quotation mark or bracket, an elided article's apostrophe: nothing else.
    while (i < start && (isSpaceUnit(text.charCodeAt(i)) || isApostrophe(text.charCodeAt(i)) || OPENERS.has(text.charCodeAt(i)))) i++
    if (i >= start || !isWordUnit(text.charCodeAt(i))) return false
    const from = i
    while (i < start && isWordUnit(text.charCodeAt(i))) i++
    // A word of no place word's length is not copied to be looked up.
    if ((lengths & (1 << Math.min(i - from, 31))) === 0) continue
    const word = text.slice(from, i).toLowerCase()
    if (places.has(word) && doubt.words.has(word)) return !placeHeaded(text, from, i, doubt.words, doubt.links)
  }
  return false
}

/**
 * Whether a paragraph ends right before `i`: a line break after a blank line (spaces, tabs and
 * carriage returns at most, as text/paragraphs.ts reads one), read back no further than `low`;
 * or U+2029. "\r\n\r\n" was read as no break, and the sentence ran on into the paragraph before
 * (round 37).
 */
function blankLineBefore(text: string, i: number, low: number): boolean {
  const code = text.charCodeAt(i - 1)
  if (code === 0x2029) return true
  if (code !== 0x0a) return false
  let k = i - 2
  while (k >= low && isLineSpace(text.charCodeAt(k))) k--
  return k >= low && text.charCodeAt(k) === 0x0a
}

/** Within a blank line: what text/paragraphs.ts allows there. */
const isLineSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0d

/** Opening quotation marks and brackets before a sentence's first word. */
const OPENERS = new Set([0x22, 0x28, 0x5b, 0xab, 0x201c, 0x201e, 0x2018])

/** The lengths of a set's words (bit n: a word of n units, 31 for longer ones), computed once per set. */
const wordLengths = new WeakMap<ReadonlySet<string>, number>()
function lengthsOf(set: ReadonlySet<string>): number {
  let bits = wordLengths.get(set)
  if (bits === undefined) {
    bits = 0
    for (const word of set) bits |= 1 << Math.min(word.length, 31)
    wordLengths.set(set, bits)
  }
  return bits
}

/**
 * Whether the word at `at` opens its sentence (the sentence's capital: "Na região", "In Kharkiv"):
 * only spaces before it on its line, and before them a line end, a sentence's end or nothing.
 * Spaces are read within the line: read across line ends as whitespace, a paragraph's first word
 * after a heading or a list item with no final stop ("Troops withdrew" and an empty line) opened
 * nothing, and "Bakhmut region kiev.ua Dnipropetrovsk" was a doubt alone and applied after such a
 * paragraph, in a document's blocks matched at once and one by one alike (round 37).
 */
function opensSentence(text: string, at: number): boolean {
  let i = at
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--
  if (i === 0) return true
  const code = text.charCodeAt(i - 1)
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || endsBefore(text, i)
}

/** An apostrophe: what follows an elided article ("l'oblast", "dell'oblast") or comes before a possessive's "s". */
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019

/**
 * Whether the place word at [start, end) stands in a governor's title or names a region
 * (placeWordAloneBefore): the nearest word on either side past `links`, one-letter words and
 * elided articles, read only across spaces and apostrophes, is another word of the doubt
 * (`words`: "Oblast governor", "governor of the region"); or a capitalised word stands right
 * before it (not the sentence's first), or is that nearest word after it.
 */
function placeHeaded(text: string, start: number, end: number, words: ReadonlySet<string>, links: ReadonlySet<string>): boolean {
  const title = (from: number, to: number) => words.has(text.slice(from, to).toLowerCase())
  const skipped = (from: number, to: number) => to - from === 1 || isApostrophe(text.charCodeAt(to)) || links.has(text.slice(from, to).toLowerCase())
  // Before it.
  let i = start
  let first = true
  for (;;) {
    while (i > 0 && (isInlineSpace(text.charCodeAt(i - 1)) || isApostrophe(text.charCodeAt(i - 1)))) i--
    if (i === 0 || !isWordUnit(text.charCodeAt(i - 1))) break
    const to = i
    while (i > 0 && isWordUnit(text.charCodeAt(i - 1))) i--
    if (title(i, to)) return true
    if (!skipped(i, to)) {
      if (first && startsUpper(text, i) && isInlineSpace(text.charCodeAt(to)) && !opensSentence(text, i)) return true
      break
    }
    first = false
  }
  // After it.
  i = end
  for (;;) {
    while (i < text.length && (isInlineSpace(text.charCodeAt(i)) || isApostrophe(text.charCodeAt(i)))) i++
    if (i >= text.length || !isWordUnit(text.charCodeAt(i))) return false
    const from = i
    while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
    if (title(from, i)) return true
    if (!skipped(from, i)) return startsUpper(text, from)
  }
}

/** Whether the word at `at` is a word of the context's paragraph doubt. Asked only of a held variant's holding words. */
export function isDoubtWordAt(context: Context, text: string, at: number): boolean {
  const doubt = context.doubt
  if (doubt === undefined || doubt.scope !== 'paragraph') return false
  let wordEnd = at
  while (wordEnd < text.length && isWordUnit(text.charCodeAt(wordEnd))) wordEnd++
  return doubt.words.has(text.slice(at, wordEnd).toLowerCase())
}

/**
 * Whether a lower-case word stands in [from, to) that is neither one of the doubt's `links`
 * (the words between a head word and its name: "regions of", "such as") nor a conjunction of a
 * list ("and"): a word of another phrase, a verb ("In the region Russia struck
 * Dnipropetrovsk"), a noun ("the region's capital Dnipropetrovsk"). Capitalised words pass: the
 * items of a list ("the regions of Sumy, Kharkiv and Dnipropetrovsk"), and copy in capitals.
 */
function otherWordBetween(text: string, from: number, to: number, coordinators: readonly string[], links: ReadonlySet<string>): boolean {
  return eachWord(text, from, to, (word, start, end) => {
    // A part a joiner adds to a word is read with it: "kov" of "Khar'kov" is no word (round 36).
    if (continuesWord(text, start)) return false
    const first = text.charAt(start)
    if (first === first.toUpperCase() || first !== first.toLowerCase()) return false
    return !isCoordinator(text, start, end, coordinators) && !links.has(word)
  })
}

/** Whether the comma at `i` stands between two capitalised words (after it, a conjunction may come first): a list's. */
function listComma(text: string, i: number, coordinators: readonly string[]): boolean {
  let before = i
  while (before > 0 && isInlineSpace(text.charCodeAt(before - 1))) before--
  let word = before
  while (word > 0 && isWordUnit(text.charCodeAt(word - 1))) word--
  if (word === before || !startsUpper(text, word)) return false
  let after = i + 1
  while (after < text.length && isInlineSpace(text.charCodeAt(after))) after++
  let next = after
  while (next < text.length && isWordUnit(text.charCodeAt(next))) next++
  if (next > after && isCoordinator(text, after, next, coordinators)) {
    after = next
    while (after < text.length && isInlineSpace(text.charCodeAt(after))) after++
  }
  return after < text.length && startsUpper(text, after)
}

/** Whether the word at `at` starts with an upper-case letter. */
function startsUpper(text: string, at: number): boolean {
  const unit = text.charAt(at)
  return unit !== unit.toLowerCase()
}

/** Whether `at` lies inside one of `hits` (in text order, not overlapping). */
export function inSomeHit(hits: readonly Hit[], at: number): boolean {
  let low = 0
  let high = hits.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (hits[mid]!.start <= at) low = mid + 1
    else high = mid
  }
  return low > 0 && hits[low - 1]!.end > at
}

/**
 * The concepts a found form needs a mention of before it counts as one itself: a variant's
 * `requires`, or a right form's that another language writes as such a variant (KeepEntry.requires).
 */
function needsOf(entry: Entry): readonly string[] | undefined {
  return entry.kind === 'variant' ? entry.context?.requires : entry.kind === 'keep' ? entry.requires : undefined
}

/** What a hit is to the survey: no name (an exception, a variant held in silence), a name, or a name that needs a mention itself. */
const NO_NAME = 0
const NAME = 1
const NEEDS = 2

/**
 * The passage facts of a text from its hits (the candidate search's output); `glossOf(i)`: how
 * the text glosses variant i with the current name, if it does; `coordinators`: the language's
 * conjunctions that join a list of names (see listJoins).
 */
export function surveyHits(text: string, hits: readonly Hit[], glossOf: (i: number) => PassageGloss | undefined, coordinators: readonly string[] = NO_COORDINATORS, mentions: readonly MentionWords[] = NO_MENTIONS): Passage {
  // Concepts named by forms that need no mention themselves: what `requires` counts on first.
  const named = new Set<string>()
  const glossed = new Map<string, PassageGloss>()
  // What each hit is (NO_NAME, NAME, NEEDS), for the variants that need a mention themselves;
  // their entries, where their concept is named by nothing else so far.
  const kinds = new Uint8Array(hits.length)
  let needing: Set<Entry> | undefined
  // Whether some name asks for a mention (`requires`), whether or not it is one itself: a name
  // that may be a speaker's ("The mayor of Nikolaev said …, the Ukrainian army said") or that its
  // neighbours hold asks too, and the words that mention Ukraine count for it (round 35: they
  // were read only where a name that needs a mention was one, so "the Ukrainian army" went unread
  // and the mayor's Nikolaev was `context-missing`, not `context-ambiguous`).
  let asked = false
  hits.forEach((hit, i) => {
    if (hit.entry.kind !== 'exception') {
      const needs = needsOf(hit.entry) !== undefined
      if (needs) asked = true
      if (!heldInSilence(text, hits, hit, coordinators) && !maySpeak(text, hit)) {
        if (needs) {
          kinds[i] = NEEDS
          ;(needing ??= new Set()).add(hit.entry)
        } else {
          kinds[i] = NAME
          named.add(hit.entry.concept)
        }
      }
    }
    if (hit.entry.kind !== 'variant') return
    const how = glossOf(i)
    if (how !== undefined && glossed.get(glossKey(hit)) !== 'historical') glossed.set(glossKey(hit), how)
  })
  let words: Set<string> | undefined
  const answers = new Map<ReadonlySet<string>, boolean>()
  const hasWord = (wanted: ReadonlySet<string>): boolean => {
      let answer = answers.get(wanted)
      if (answer === undefined) {
        // One native search for the words asked about, not a set of every word of the text.
        const pattern = wordsPattern(wanted)
        if (pattern === null) {
          words ??= wordsIn(text, 0, text.length)
          answer = [...wanted].some((word) => words!.has(word))
        } else {
          answer = false
          pattern.lastIndex = 0
          for (let m = pattern.exec(text); m !== null && !answer; m = pattern.exec(text)) {
            const end = m.index + m[0].length
            if (m.index > 0 && isWordUnit(text.charCodeAt(m.index - 1))) pattern.lastIndex = m.index + 1
            else answer = !(end < text.length && isWordUnit(text.charCodeAt(end))) && wanted.has(m[0].toLowerCase())
          }
        }
        answers.set(wanted, answer)
      }
      return answer
  }
  let mentioned = named
  let confirmed = named
  if (asked) {
    // Asked only where a name needs a mention: the words that mention a concept without naming
    // it ("the Ukrainian air force") count as its name would.
    for (const { concept, words } of mentions) if (!named.has(concept) && hasWord(words)) named.add(concept)
    if (needing !== undefined) {
      mentioned = new Set(named)
      for (const entry of needing) mentioned.add(entry.concept)
      if (mentioned.size > named.size) confirmed = confirmedMentions(text, hits, kinds, named, needing, coordinators)
    }
  }
  return { mentioned, confirmed, glossed, hasWord }
}

/** Words of a language that mention `concept` without naming it, lower case (LanguageRulesSource.mentions). */
export interface MentionWords {
  concept: string
  words: ReadonlySet<string>
}

const NO_MENTIONS: readonly MentionWords[] = []

/** Items of a list read on each side of a name for the names that vouch for it: as context.ts reads a list (MAX_LIST_ITEMS). */
const MAX_LIST_ITEMS = 8

/**
 * The concepts a `requires` may count on (Passage.confirmed): the concepts `named` by forms that
 * need nothing, and the concept of a variant of `needing` (a `requires` of its own) once one of
 * its required concepts is confirmed. Taken in rounds until none is added: the least set so
 * closed, so that names which only require each other confirm nothing. "Nikolaev moved to
 * Odessa in 1990" names neither Ukraine nor anything that says it is about Ukraine (Nikolaev is
 * also a surname; Odessa is also in Texas): each only vouched for the other, and both were
 * applied. A list of names is the exception: a name is confirmed by another item of a list it
 * stands in ("Russian missiles hit Lvov and Nikolaev overnight", listJoins) whose concept it
 * requires; names listed side by side are names of one kind, here places in Ukraine, which
 * neither a surname nor a place in Texas beside a city of Ukraine is.
 *
 * Asked only where some concept is named by such variants alone. Each round reads the entries
 * left and adds a concept or ends; the hits (`kinds`: NEEDS) are read for lists only where
 * entries are left after the rounds, and then the rounds run once more: the same set, as a
 * list's word does not depend on what is confirmed.
 */
function confirmedMentions(text: string, hits: readonly Hit[], kinds: Uint8Array, named: ReadonlySet<string>, needing: ReadonlySet<Entry>, coordinators: readonly string[]): Set<string> {
  const confirmed = new Set(named)
  const left = new Set<Entry>()
  for (const entry of needing) if (!confirmed.has(entry.concept)) left.add(entry)
  close(confirmed, left)
  if (left.size === 0) return confirmed
  let listed = false
  for (let i = 0; i < hits.length; i++) {
    if (kinds[i] !== NEEDS) continue
    const entry = hits[i]!.entry
    if (!confirmed.has(entry.concept) && listVouches(text, hits, kinds, i, coordinators)) {
      confirmed.add(entry.concept)
      listed = true
    }
  }
  if (listed) close(confirmed, left)
  return confirmed
}

/** Adds to `confirmed` the concept of each entry of `left` one of whose required concepts it holds, in rounds until none is added; `left` keeps the rest. */
function close(confirmed: Set<string>, left: Set<Entry>): void {
  for (let added = true; added && left.size > 0; ) {
    added = false
    for (const entry of left) {
      if (confirmed.has(entry.concept)) left.delete(entry)
      else if (needsOf(entry)!.some((id) => confirmed.has(id))) {
        confirmed.add(entry.concept)
        left.delete(entry)
        added = true
      }
    }
  }
}

/**
 * Whether another name of the list the variant hit `i` stands in (the names joined to it, hit
 * after hit, by listJoins; MAX_LIST_ITEMS each way) is of a concept the variant requires.
 */
function listVouches(text: string, hits: readonly Hit[], kinds: Uint8Array, i: number, coordinators: readonly string[]): boolean {
  const requires = needsOf(hits[i]!.entry)!
  for (let j = i - 1; j >= 0 && j >= i - MAX_LIST_ITEMS && kinds[j] !== NO_NAME && listJoins(text, hits[j]!.end, hits[j + 1]!.start, coordinators); j--) {
    if (requires.includes(hits[j]!.entry.concept)) return true
  }
  for (let j = i + 1; j < hits.length && j <= i + MAX_LIST_ITEMS && kinds[j] !== NO_NAME && listJoins(text, hits[j - 1]!.end, hits[j]!.start, coordinators); j++) {
    if (requires.includes(hits[j]!.entry.concept)) return true
  }
  return false
}

/**
 * Whether text[from, to), between two names, makes them items of one list: a comma, a
 * conjunction of the language (`coordinators`, lower case: "and", "y", "und") or both (", and"),
 * with spaces within the line around them: "Lvov and Nikolaev", "Kiev, Kharkov, and Odessa";
 * not "Nikolaev moved to Odessa", nor "Lvov. Nikolaev". As context.ts reads a list's separator
 * (listFar).
 */
export function listJoins(text: string, from: number, to: number, coordinators: readonly string[]): boolean {
  let i = from
  while (i < to && isInlineSpace(text.charCodeAt(i))) i++
  const comma = i < to && text.charCodeAt(i) === 0x2c
  if (comma) {
    i++
    while (i < to && isInlineSpace(text.charCodeAt(i))) i++
  }
  if (i >= to) return comma && i === to
  // A conjunction is a word of its own: after a space or the comma.
  if (i === from) return false
  let end = i
  while (end < to && isWordUnit(text.charCodeAt(end))) end++
  if (end === to || !isInlineSpace(text.charCodeAt(end)) || !isCoordinator(text, i, end, coordinators)) return false
  while (end < to && isInlineSpace(text.charCodeAt(end))) end++
  return end === to
}

