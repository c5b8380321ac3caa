import type { Change } from '../normalize/change.js'
import { SPACE, foldUnit, isSpaceUnit, isWordAt, isWordBefore, isWordUnit } from '../text/chars.js'
import { acceptsCasing, atSentenceStart, caseLike, casingOf, type Casing } from './casing.js'
import { neighboursAllow } from './context.js'
import type { Entry, VariantEntry } from './entry.js'
import { protectedSpans } from './protected-spans.js'
import { buildTrie } from './trie.js'
import { keepWhitespace } from './whitespace.js'
import { applyChanges } from '../normalize/apply-changes.js'

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

/** Rounds of re-deciding held variants; a release almost never frees another one. */
const MAX_ROUNDS = 4

export function createMatcher(language: string, entries: Iterable<Entry>): Matcher {
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

  function find(text: string): Change[] {
    const hits = scan(text)
    const mentioned = new Set(hits.filter((h) => h.entry.kind !== 'exception').map((h) => h.entry.concept))
    const chosen: Hit[] = []
    // Variants kept only because of a neighbouring word: that word may itself change.
    let held: Hit[] = []
    for (const hit of hits) {
      const { entry } = hit
      if (entry.kind !== 'variant') continue
      const context = entry.context
      if (context?.requires !== undefined && !context.requires.some((id) => mentioned.has(id))) continue
      if (context === undefined || neighboursAllow(context, text, hit.start, hit.end)) chosen.push(hit)
      else held.push(hit)
    }
    let changes = toChanges(text, chosen)
    // Decide held variants again against the text as it will come out, until nothing moves,
    // so that normalizing the output changes nothing ("Kiew Kyjiw" must not flip on a rerun).
    // One linear sweep a round (held and changes are both in text order); a few rounds at most.
    for (let round = 0; round < MAX_ROUNDS && held.length > 0 && changes.length > 0; round++) {
      const output = applyChanges(text, changes)
      const stillHeld: Hit[] = []
      let next = 0
      let shift = 0
      for (const hit of held) {
        for (; next < changes.length && changes[next]!.end <= hit.start; next++) {
          shift += changes[next]!.replacement.length - (changes[next]!.end - changes[next]!.start)
        }
        const at = hit.start + shift
        if (neighboursAllow((hit.entry as VariantEntry).context!, output, at, at + hit.end - hit.start)) chosen.push(hit)
        else stillHeld.push(hit)
      }
      if (stillHeld.length === held.length) break
      held = stillHeld
      chosen.sort((a, b) => a.start - b.start)
      changes = toChanges(text, chosen)
    }
    return changes
  }

  function toChanges(text: string, hits: Hit[]): Change[] {
    const changes: Change[] = []
    for (const { start, end, entry } of hits) {
      const variant = entry as VariantEntry
      const original = text.slice(start, end)
      const cased = caseLike(original, variant.replacement, atSentenceStart(text, start))
      const replacement = keepWhitespace(original, cased)
      if (replacement === original) continue
      changes.push({
        start, end, original, replacement,
        concept: variant.concept, rule: variant.rule, language, preferred: variant.replacement,
      })
    }
    return changes
  }

  return { language, find }
}

