import type { Change } from '../normalize/change.js'
import { SPACE, foldUnit, isSpaceUnit, isWordAt, isWordBefore, isWordUnit } from '../text/chars.js'
import { acceptsCasing, atSentenceStart, caseLike } from './casing.js'
import { neighboursAllow } from './context.js'
import type { Entry, VariantEntry } from './entry.js'
import { protectedSpans } from './protected-spans.js'
import { buildTrie } from './trie.js'
import { keepWhitespace } from './whitespace.js'

/** Finds the changes one language's glossary makes in a plain string. */
export interface Matcher {
  readonly language: string
  find(text: string): Change[]
}

interface Hit {
  start: number
  end: number
  entry: Entry
}

export function createMatcher(language: string, entries: Iterable<Entry>): Matcher {
  const { children, entries: ends } = buildTrie(entries)
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
        const entry = list.find((e) => e.kind === 'exception' || acceptsCasing(e.form, matched))
        if (entry !== undefined) best = { start, end: i, entry }
      }
    }
    return best
  }

  /** Leftmost-longest scan over word starts outside protected spans. */
  function scan(text: string): Hit[] {
    const spans = protectedSpans(text)
    const hits: Hit[] = []
    let span = 0
    let i = 0
    const length = text.length
    while (i < length) {
      while (span < spans.length && spans[span + 1]! <= i) span += 2
      const spanStart = span < spans.length ? spans[span]! : length
      if (i >= spanStart) {
        i = spans[span + 1]!
        continue
      }
      const code = text.charCodeAt(i)
      if (!root.has(foldUnit(code)) || isWordBefore(text, i)) {
        i++
        continue
      }
      const hit = longestAt(text, i, spanStart)
      if (hit === undefined) {
        i++
        continue
      }
      hits.push(hit)
      i = hit.end
    }
    return hits
  }

  function find(text: string): Change[] {
    const hits = scan(text)
    let mentioned: Set<string> | undefined
    const changes: Change[] = []
    for (const { start, end, entry } of hits) {
      if (entry.kind !== 'variant') continue
      if (!allowed(entry, text, start, end)) continue
      const original = text.slice(start, end)
      const cased = caseLike(original, entry.replacement, atSentenceStart(text, start))
      const replacement = keepWhitespace(original, cased)
      if (replacement === original) continue
      changes.push({
        start, end, original, replacement,
        concept: entry.concept, rule: entry.rule, language, preferred: entry.replacement,
      })
    }
    return changes

    function allowed(entry: VariantEntry, text: string, start: number, end: number): boolean {
      const context = entry.context
      if (context === undefined) return true
      if (context.requires !== undefined) {
        mentioned ??= new Set(hits.filter((h) => h.entry.kind !== 'exception').map((h) => h.entry.concept))
        if (!context.requires.some((id) => mentioned!.has(id))) return false
      }
      return neighboursAllow(context, text, start, end)
    }
  }

  return { language, find }
}
