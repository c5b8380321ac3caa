import { isSpaceUnit, isWordUnit } from '../text/chars.js'
import { lowerBound } from '../text/sorted.js'
import type { Hit, PassageScope } from './entry.js'
import { wordsPattern } from './words.js'

/**
 * What a rule may know about the passage beyond the sentence: which concepts the whole text
 * mentions, which words its paragraphs hold, and which variants it glosses with the current
 * name ("Kharkov (now Kharkiv)": it uses the historical name on purpose). For Markdown and HTML
 * the passage is the whole document's prose, surveyed once, while each block is matched alone.
 */
export interface Passage {
  /** Concepts named anywhere in the passage, in any form (exceptions aside). */
  readonly mentioned: ReadonlySet<string>
  /** `concept\0form` of variants the passage glosses with the current name. */
  readonly historical: ReadonlySet<string>
  /** Whether one of `words` (lower case) occurs in the whole passage. */
  hasWord(words: ReadonlySet<string>): boolean
}

export const historicalKey = (hit: Hit) => `${hit.entry.concept}\u0000${hit.entry.form}`

/** Calls `visit` with each lower-cased word of text[from, to), in order. */
export function eachWord(text: string, from: number, to: number, visit: (word: string) => void): void {
  let i = from
  while (i < to) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < to && isWordUnit(text.charCodeAt(i))) i++
    visit(text.slice(start, i).toLowerCase())
  }
}

/** Lower-cased words of text[from, to). */
export function wordsIn(text: string, from: number, to: number): Set<string> {
  const words = new Set<string>()
  eachWord(text, from, to, (word) => words.add(word))
  return words
}

/** [start, end) of the paragraph (text between blank lines) around `at`. */
export function paragraphAround(text: string, at: number): [number, number] {
  const before = text.lastIndexOf('\n\n', at)
  let after = text.indexOf('\n\n', at)
  if (after === -1) after = text.length
  return [before === -1 ? 0 : before + 2, after]
}

/** Lower-cased word counts of text[from, to). */
function wordCounts(text: string, from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>()
  eachWord(text, from, to, (word) => counts.set(word, (counts.get(word) ?? 0) + 1))
  return counts
}

/** `.`, `!`, `?`, `…`: what ends a sentence when whitespace (or the text's end) follows. */
const isSentenceEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026

/** Whether a sentence ends right before `i`: an end mark at i - 1, then whitespace or the text's end. */
const endsBefore = (text: string, i: number) => isSentenceEnd(text.charCodeAt(i - 1)) && (i >= text.length || isSpaceUnit(text.charCodeAt(i)))

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
  private readonly counts = new Map<number, Map<string, number>>()
  private readonly unexplained = new Map<string, Set<string>>()
  /**
   * The last paragraph found: every position inside it has the same paragraph, and names come
   * in text order, so a paragraph is found once, not once per name (each search runs to its
   * ends: a megabyte of one paragraph naming Dnipropetrovsk 11,000 times took 8 s).
   */
  private paragraph: [number, number] = [0, -1]
  constructor(private readonly text: string) {}

  /** `mentions`: where the text names the concept (the name at `at` among them), in text order. */
  has(at: number, words: ReadonlySet<string>, concept: string, mentions: readonly number[]): boolean {
    if (at < this.paragraph[0] || at >= this.paragraph[1]) this.paragraph = paragraphAround(this.text, at)
    const [start, end] = this.paragraph
    const key = `${start}\u0000${concept}`
    let left = this.unexplained.get(key)
    if (left === undefined) this.unexplained.set(key, (left = this.wordsOutside(start, end, at, mentions)))
    for (const word of words) if (left.has(word)) return true
    return false
  }

  /** Words of paragraph [start, end) that occur more often than in the sentences naming the concept. */
  private wordsOutside(start: number, end: number, at: number, mentions: readonly number[]): Set<string> {
    let total = this.counts.get(start)
    if (total === undefined) this.counts.set(start, (total = wordCounts(this.text, start, end)))
    const sentences = new Map<number, number>()
    const add = (position: number) => {
      const [from, to] = sentenceAround(this.text, position, start, end)
      sentences.set(from, to)
    }
    add(at)
    for (let k = lowerBound(mentions, start); k < mentions.length && mentions[k]! < end; k++) add(mentions[k]!)
    // Counted straight into one map: a map per sentence, merged, was most of the cost.
    const inside = new Map<string, number>()
    for (const [from, to] of sentences) eachWord(this.text, from, to, (word) => inside.set(word, (inside.get(word) ?? 0) + 1))
    const out = new Set<string>()
    for (const [word, n] of total) if (n > (inside.get(word) ?? 0)) out.add(word)
    return out
  }
}

/** Whether `words` occur in `scope` around `at`, consulting the passage for the whole text. */
export function doubtIn(scope: PassageScope, words: ReadonlySet<string>, hit: Hit, paragraphs: ParagraphWords, passage: Passage, mentions: readonly number[]): boolean {
  return scope === 'paragraph' ? paragraphs.has(hit.start, words, hit.entry.concept, mentions) : passage.hasWord(words)
}

/** Between a name and its gloss: an opening bracket or a slash, then at most three words ("formerly", "en ucraniano,"). */
const GLOSS_OPEN = /^\s*(?:[([]|\/)\s*(?:[\p{L}\p{M}.:,]+\s+){0,3}$/u
const GLOSS_CLOSE = /^\s*[)\]]/u

/** Whether hit `second` glosses hit `first` (or the reverse): "Kyiv (formerly Kiev)", "Kiev/Kyiv". */
function glossPair(text: string, first: Hit, second: Hit): boolean {
  if (first.entry.concept !== second.entry.concept || first.entry.kind === 'exception' || second.entry.kind === 'exception') return false
  const between = text.slice(first.end, second.start)
  if (between.length > 60 || !GLOSS_OPEN.test(between)) return false
  return between.trimStart().startsWith('/') || GLOSS_CLOSE.test(text.slice(second.end, second.end + 8))
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

/** The passage facts of a text from its hits (the candidate search's output). */
export function surveyHits(text: string, hits: readonly Hit[], isHistorical: (i: number) => boolean): Passage {
  const mentioned = new Set<string>()
  const historical = new Set<string>()
  hits.forEach((hit, i) => {
    if (hit.entry.kind !== 'exception') mentioned.add(hit.entry.concept)
    if (hit.entry.kind === 'variant' && isHistorical(i)) historical.add(historicalKey(hit))
  })
  let words: Set<string> | undefined
  const answers = new Map<ReadonlySet<string>, boolean>()
  return {
    mentioned,
    historical,
    hasWord(wanted) {
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
    },
  }
}
