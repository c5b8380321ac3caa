import { isWordUnit } from '../text/chars.js'
import type { Hit, PassageScope } from './entry.js'

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

/** Lower-cased words of text[from, to). */
export function wordsIn(text: string, from: number, to: number): Set<string> {
  const words = new Set<string>()
  let i = from
  while (i < to) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < to && isWordUnit(text.charCodeAt(i))) i++
    words.add(text.slice(start, i).toLowerCase())
  }
  return words
}

/** [start, end) of the paragraph (text between blank lines) around `at`. */
export function paragraphAround(text: string, at: number): [number, number] {
  const before = text.lastIndexOf('\n\n', at)
  let after = text.indexOf('\n\n', at)
  if (after === -1) after = text.length
  return [before === -1 ? 0 : before + 2, after]
}

/** Paragraph word sets, computed once per paragraph a rule looks at. */
export class ParagraphWords {
  private readonly cache = new Map<number, Set<string>>()
  constructor(private readonly text: string) {}
  has(at: number, words: ReadonlySet<string>): boolean {
    const [start, end] = paragraphAround(this.text, at)
    let set = this.cache.get(start)
    if (set === undefined) this.cache.set(start, (set = wordsIn(this.text, start, end)))
    for (const word of words) if (set.has(word)) return true
    return false
  }
}

/** Whether `words` occur in `scope` around `at`, consulting the passage for the whole text. */
export function doubtIn(scope: PassageScope, words: ReadonlySet<string>, at: number, paragraphs: ParagraphWords, passage: Passage): boolean {
  return scope === 'paragraph' ? paragraphs.has(at, words) : passage.hasWord(words)
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
  return {
    mentioned,
    historical,
    hasWord(wanted) {
      words ??= wordsIn(text, 0, text.length)
      for (const word of wanted) if (words.has(word)) return true
      return false
    },
  }
}
