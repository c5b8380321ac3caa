import type { Change } from '../normalize/change.js'
import { SPACE, foldUnit, isSpaceUnit, isWordAt, isWordBefore, isWordUnit } from '../text/chars.js'
import { acceptsCasing, casingOf, type Casing } from './casing.js'
import { decide, NO_RULES, survey, type DecideOptions, type LanguageRules } from './decide.js'
import type { Entry, Hit } from './entry.js'
import type { Passage } from './passage.js'
import { protectedSpans } from './protected-spans.js'
import { buildTrie } from './trie.js'

/** Finds the changes one language's glossary makes in a plain string. */
export interface Matcher {
  readonly language: string
  /** Every finding in `text`, in order, non-overlapping: applied or suggested (see decide.ts). */
  find(text: string, options?: DecideOptions): Change[]
  /** What rules may know about a passage `text` belongs to (for Markdown and HTML, the whole prose). */
  survey(text: string): Passage
}

export function createMatcher(language: string, entries: Iterable<Entry>, rules: LanguageRules = NO_RULES): Matcher {
  const { children, entries: ends } = buildTrie(entries)
  const casings = new Map<Entry, Casing>()
  for (const list of ends) for (const entry of list ?? []) casings.set(entry, casingOf(entry.form))
  const root = children[0] ?? new Map<number, number>()

  /** The longest form starting at `start` whose casing fits, or undefined. */
  function longestAt(text: string, start: number, limit: number): Hit | undefined {
    let node = 0
    let i = start
    let best: Hit | undefined
    while (i < limit) {
      const code = text.charCodeAt(i)
      let next: number | undefined
      if (isSpaceUnit(code)) {
        // A run of whitespace is one space; a blank line ends the phrase.
        let breaks = 0
        let j = i
        while (j < limit && isSpaceUnit(text.charCodeAt(j))) {
          if (text.charCodeAt(j) === 0x0a) breaks++
          j++
        }
        if (breaks > 1) break
        next = children[node]?.get(SPACE)
        i = j
      } else {
        next = children[node]?.get(foldUnit(code))
        i++
      }
      if (next === undefined) break
      node = next
      const list = ends[node]
      if (list !== undefined && (!isWordUnit(text.charCodeAt(i - 1)) || !isWordAt(text, i))) {
        const matched = text.slice(start, i)
        const entry = list.find((e) => e.kind === 'exception' || acceptsCasing(casings.get(e)!, matched))
        if (entry !== undefined) best = { start, end: i, entry }
      }
    }
    return best
  }

  /** Leftmost-longest scan over word starts outside protected spans. */
  function scan(text: string): Hit[] {
    const spans = protectedSpans(text)
    const hits: Hit[] = []
    const length = text.length
    let span = 0
    let spanStart = spans.length > 0 ? spans[0]! : length
    let i = 0
    while (i < length) {
      if (i >= spanStart) {
        // Jump over the protected span and any others it swallowed.
        const spanEnd = spans[span + 1]!
        if (i < spanEnd) i = spanEnd
        span += 2
        spanStart = span < spans.length ? spans[span]! : length
        continue
      }
      const code = text.charCodeAt(i)
      if (!isWordUnit(code)) {
        i++
        continue
      }
      // i starts a word (whole words are skipped below), unless an astral letter precedes it.
      if (root.has(foldUnit(code)) && !(i > 0 && isWordBefore(text, i))) {
        const hit = longestAt(text, i, spanStart)
        if (hit !== undefined) {
          hits.push(hit)
          i = hit.end
          continue
        }
      }
      i++
      while (i < length && isWordUnit(text.charCodeAt(i))) i++
    }
    return hits
  }

  return {
    language,
    find: (text, options) => decide(text, scan(text), language, rules, options),
    survey: (text) => survey(text, scan(text)),
  }
}

