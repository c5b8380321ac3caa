import { applyChanges } from '../normalize/apply-changes.js'
import type { Change } from '../normalize/change.js'
import { SPACE, foldForm, foldUnit, formMayEndAt, isSpaceUnit, isWordAt, isWordBefore, isWordUnit } from '../text/chars.js'
import { OPENING_VERB, SPEAKER, speakerBefore, speakerVerbBefore, TITLE, titleBefore } from './adjacent.js'
import { acceptsFormCasing, mayStartLower } from './casing.js'
import { decide, NO_RULES, survey, type DecideOptions, type LanguageRules, type Rescan } from './decide.js'
import type { Entry, ExceptionEntry, Hit, VariantEntry } from './entry.js'
import type { Passage } from './passage.js'
import { formStarts, hasBit, HEAD, headStarts, pairKey, startFilter, walkUnit, type CandidateSearch, type StartFilter } from './prefilter.js'
import { protectedSpans } from './protected-spans.js'
import { buildTrie, type Trie } from './trie.js'
import { WordReach } from './word-reach.js'
import { FNV_SEED, fnvStep, mixHash } from '../text/hash.js'
import { MAY_START_LOWER, NOT_ONE_WORD, type KeyFacts } from './key-facts.js'

/** Finds the changes one language's glossary makes in a plain string. */
export interface Matcher {
  readonly language: string
  /** Every finding in `text`, in order, non-overlapping: applied or suggested (see decide.ts). */
  find(text: string, options?: DecideOptions): Change[]
  /**
   * `find`, and the text its findings make (`applyChanges(text, changes)`), made once: the rules
   * make it anyway when they re-decide held variants or check boundaries.
   */
  normalize(text: string, options?: Omit<DecideOptions, 'output'>): { changes: Change[]; text: string }
  /** What rules may know about a passage `text` belongs to (for Markdown and HTML, the whole prose). */
  survey(text: string): Passage
  /** Its forms, folded, in a trie, with their entries: what a glossary's KnownNames are read off (nameTable). */
  readonly trie: Trie
}

export interface MatcherOptions {
  /**
   * Try the trie walk only at word starts whose first two units may begin a form (see
   * prefilter.ts). Default: true. Off, every word start whose first unit begins a form is
   * tried: the reference the prefilter is tested against.
   */
  prefilter?: boolean
}

/**
 * What a matcher derives from its trie, once: computed by `matcherTables`, or stored with the
 * trie by the build (glossary/precompiled.ts) and given to `createMatcher`.
 */
export interface MatcherTables {
  /** The start filter (see prefilter.ts); undefined without the prefilter. */
  filter: StartFilter | undefined
  /** The candidate search (`formStarts`, else `headStarts`); undefined without the prefilter, or when nothing starts a form. */
  candidates: CandidateSearch | undefined
  reach: BoundaryTables
}

/**
 * `keys[i]` is `foldForm(trie.entries[i].form)`, when the caller has them (the glossary compile
 * folds every form once): 100,000 concepts have half a million forms, and folding them again
 * here was a fifth of the compile.
 */
export function matcherTables(trie: Trie, options: MatcherOptions = {}, keys?: readonly string[], facts?: KeyFacts): MatcherTables {
  const entries = trie.entries
  if (keys !== undefined && keys.length !== entries.length) throw new Error(`matcherTables: ${keys.length} keys for ${entries.length} entries`)
  if (facts !== undefined && (keys === undefined || facts.flags.length !== entries.length)) throw new Error(`matcherTables: facts of ${facts.flags.length} entries for ${entries.length}${keys === undefined ? ', without their keys' : ''}`)
  const folded = keys ?? entries.map((entry) => foldForm(entry.form))
  const flags = facts?.flags
  const lower = flags !== undefined ? lowerKeysByFlags(flags, folded) : lowerKeys(entries, folded)
  const filter = options.prefilter === false ? undefined : startFilter(trie, lower)
  return {
    filter,
    candidates: filter === undefined ? undefined : formStarts(trie) ?? headSearch(filter, trie, lower),
    reach: boundaryTables(folded, flags),
  }
}

/** `entries` may come as a trie already built from them (by the glossary compile, or loaded precompiled), and with its tables. */
export function createMatcher(language: string, entries: Iterable<Entry> | Trie, rules: LanguageRules = NO_RULES, options: MatcherOptions = {}, tables?: MatcherTables): Matcher {
  const trie = 'label' in entries ? entries : buildTrie(entries)
  const { root, label, firstChild, nextSibling, firstEntry, nextEntry, run, units } = trie
  const list = trie.entries
  const { filter, candidates, reach } = tables ?? matcherTables(trie, options)

  /** The longest form starting at `start` whose casing fits, or undefined. */
  function longestAt(text: string, start: number, limit: number): Hit | undefined {
    let node = 0
    // The units of `node`'s run not yet read: [at, end).
    let at = 0
    let end = 0
    let i = start
    let best: Hit | undefined
    while (i < limit) {
      let code = text.charCodeAt(i)
      if (isSpaceUnit(code)) {
        // A run of whitespace is one space; a blank line ends the phrase.
        let breaks = 0
        let j = i
        while (j < limit && isSpaceUnit(text.charCodeAt(j))) {
          if (text.charCodeAt(j) === 0x0a) breaks++
          j++
        }
        if (breaks > 1) break
        code = SPACE
        i = j
      } else {
        code = foldUnit(code)
        i++
      }
      if (at < end) {
        // Inside a run: one unit to compare, and no form ends before its last.
        if (units[at] !== code) break
        if (++at < end) continue
      } else {
        let next: number
        if (node === 0) next = root[code]!
        else {
          next = firstChild[node]!
          while (next !== 0 && label[next]! < code) next = nextSibling[next]!
          if (next !== 0 && label[next] !== code) next = 0
        }
        if (next === 0) break
        node = next
        at = run[node]! + 1
        end = run[node + 1]!
        if (at < end) continue
      }
      const first = firstEntry[node]!
      if (first !== 0 && formMayEndAt(text, i)) {
        let matched: string | undefined
        for (let e = first; e !== 0; e = nextEntry[e - 1]!) {
          const entry = list[e - 1]!
          if (entry.kind === 'exception') {
            best = { start, end: i, entry }
            // Another concept's right form on the same span protects it as well, and names its
            // concept: found as that, where its casing fits (round 37). Spanish "Kyiv Post" is an
            // exception of kyiv (Kiev in Spanish) and kyiv_post's form: as the exception, the
            // output of "Poste de Kiev (actual Poste de Kiev" was no form of kyiv_post, and the
            // rerun found no name after "(actual" and applied the name before it.
            for (let k = nextEntry[e - 1]!; k !== 0; k = nextEntry[k - 1]!) {
              const other = list[k - 1]!
              if (other.kind === 'keep' && other.concept !== entry.concept && ((other.form.length === i - start && text.startsWith(other.form, start)) || acceptsFormCasing(other.form, (matched ??= text.slice(start, i))))) {
                best = { start, end: i, entry: other }
                break
              }
            }
            break
          }
          // Most names stand as written: compared in place, no slice.
          if ((entry.form.length === i - start && text.startsWith(entry.form, start)) || acceptsFormCasing(entry.form, (matched ??= text.slice(start, i)))) {
            best = { start, end: i, entry }
            break
          }
        }
      }
    }
    return best
  }

  const searches = candidates === undefined ? [] : candidates.sources.map((source) => new RegExp(source, candidates.flags))
  // V8 compiles a regular expression on its first use: here, not in the first request.
  for (const search of searches) search.test('')

  /** Leftmost-longest scan over word starts outside protected spans. */
  function scan(text: string): Hit[] {
    const spans = protectedSpans(text)
    const hits: Hit[] = []
    const length = text.length
    let span = 0
    let spanStart = spans.length > 0 ? spans[0]! : length
    let i = 0
    // Per search, its next stop at or after i (once i passes it, searched again from i).
    const next = searches.map(() => -1)
    while (i < length) {
      if (searches.length > 0) {
        // V8's regex engine skips to the next unit that may begin a form.
        let nearest = length
        for (let k = 0; k < searches.length; k++) {
          let at = next[k]!
          if (at < i) {
            const search = searches[k]!
            search.lastIndex = i
            at = next[k] = search.test(text) ? search.lastIndex - 1 : length
          }
          if (at < nearest) nearest = at
        }
        if (nearest >= length) break
        i = nearest
      }
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
      if (mayStart(text, i, code) && !(i > 0 && isWordBefore(text, i))) {
        const hit = longestAt(text, i, spanStart)
        if (hit !== undefined) {
          const context = hit.entry.kind === 'variant' ? hit.entry.context : undefined
          const person = context !== undefined && (titleBefore(context, text, i, hit.end) === TITLE || (context.speakerAfter !== undefined && speakerVerbBefore(context.speakerAfter, text, i, context.speakerAdverbs) === OPENING_VERB) || (context.speakerBefore !== undefined && speakerBefore(context, text, i, hit.end) === SPEAKER))
          hits.push(person ? asSurname(hit) : hit)
          i = hit.end
          continue
        }
      }
      i++
      while (i < length && isWordUnit(text.charCodeAt(i))) i++
    }
    return hits
  }

  /**
   * A variant right after a given name or title of its `surnameAfter` ("Oleg Nikolaev"), or after
   * a verb of its `speakerAfter` that opens its clause ("'…,' said Nikolaev"), is a person's
   * name: found as an exception of its concept, so that it stays, in silence, and is no mention
   * of the concept for another's `requires` (a held variant was one: "Oleg Nikolaev moved to
   * Odessa" changed Odessa, required copy about Ukraine, by the surname). Read in the scan, not
   * with the neighbours in decide.ts: the rescan of the output finds it so too.
   */
  const surnames = new Map<VariantEntry, ExceptionEntry>()
  function asSurname(hit: Hit): Hit {
    const entry = hit.entry as VariantEntry
    let kept = surnames.get(entry)
    if (kept === undefined) surnames.set(entry, (kept = { kind: 'exception', concept: entry.concept, form: entry.form }))
    return { start: hit.start, end: hit.end, entry: kept }
  }

  /** Whether a form may start at `i` (see prefilter.ts); without the prefilter, whether one starts with its first unit. */
  function mayStart(text: string, i: number, code: number): boolean {
    if (filter === undefined) return root[foldUnit(code)] !== 0
    if (filter.classes[code] !== HEAD) return false
    const first = foldUnit(code)
    return hasBit(filter.singles, first) || (i + 1 < text.length && hasBit(filter.pairs, pairKey(first, walkUnit(text.charCodeAt(i + 1)))))
  }

  // The neighbouring words' shortcut is a prefilter too: off with it, every window is searched.
  const rescan: Rescan = { scan, reach: boundaryReach(reach, options.prefilter === false ? undefined : list) }

  return {
    language,
    find: (text, options) => decide(text, scan(text), language, rules, { ...options, rescan }),
    normalize(text, options) {
      const output: { text?: string } = {}
      const changes = decide(text, scan(text), language, rules, { ...options, rescan, output })
      return { changes, text: output.text ?? applyChanges(text, changes) }
    },
    survey: (text) => survey(text, scan(text), undefined, rules.cues, rules.coordinators, rules.mentions),
    trie,
  }
}


/** [start, end) of each run of word units in `s`. */
function wordRuns(s: string): [number, number][] {
  const runs: [number, number][] = []
  let i = 0
  while (i < s.length) {
    if (!isWordUnit(s.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < s.length && isWordUnit(s.charCodeAt(i))) i++
    runs.push([start, i])
  }
  return runs
}

/**
 * How far from a replacement's ends a form crossing one of them can reach, precomputed from
 * the forms: a form crosses the start of a replacement only if the replacement's first word
 * stands in it after another word (then it reaches back as many non-space units as come
 * before that word), the end only if the last word stands before another. Most replacements
 * have neither: no window, no search.
 *
 * Where one has a reach, the word beside it in the output decides: a form crossing the start
 * holds, just before the replacement's first word, the word that stands before the
 * replacement in the output (forms match whole words, so their words line up with the
 * output's), and so for the end. That word is read in the input, between the changes around
 * (the output is not made for it); one that may run into another change's replacement
 * decides nothing. "Kyiv" has a reach both ways ("Dynamo Kyiv", "Kyiv Oblast"),
 * but "in Kyiv on" has neither pair in any form: no window is searched. The pairs of words
 * (`neighbourWords`) are collected from the forms at the first replacement that has a reach.
 * Without `entries` (the matcher without prefilters), every window is searched.
 */
function boundaryReach({ before, after, widest }: BoundaryTables, entries: readonly Entry[] | undefined): Rescan['reach'] {
  interface Edges {
    reach: readonly [number, number]
    /** The folded first and last words: what a crossing form holds beside the output's word. */
    first: string | undefined
    last: string | undefined
  }
  const cache = new Map<string, Edges>()
  let pairs: NeighbourWords | undefined
  const edgesOf = (replacement: string): Edges => {
    const runs = wordRuns(replacement)
    const first = runs[0]
    const last = runs[runs.length - 1]
    // A replacement that starts or ends outside a word: any variant may cross it.
    if (first === undefined || last === undefined || first[0] !== 0 || last[1] !== replacement.length) {
      return { reach: [widest, widest], first: undefined, last: undefined }
    }
    const firstWord = foldForm(replacement.slice(first[0], first[1]))
    const lastWord = foldForm(replacement.slice(last[0], last[1]))
    return { reach: [before.get(firstWord) ?? 0, after.get(lastWord) ?? 0], first: firstWord, last: lastWord }
  }
  return ({ replacement, start, end }, text, floor, ceiling) => {
    let edges = cache.get(replacement)
    if (edges === undefined) {
      edges = edgesOf(replacement)
      // Bounded: replacements are the glossary's, cased like the input.
      if (cache.size < 4096) cache.set(replacement, edges)
    }
    let [back, ahead] = edges.reach
    if ((back === 0 && ahead === 0) || entries === undefined || edges.first === undefined || edges.last === undefined) return edges.reach
    pairs ??= neighbourWords(entries)
    if (back > 0 && !pairs.precedes(text, floor, start, edges.first)) back = 0
    if (ahead > 0 && !pairs.follows(edges.last, text, end, ceiling)) ahead = 0
    return back === edges.reach[0] && ahead === edges.reach[1] ? edges.reach : [back, ahead]
  }
}

/** Which folded words stand one after the other (past non-word units) in some form. */
interface NeighbourWords {
  /**
   * False only if the word of `text` before `at` (past non-word units) stands before `word` in
   * no form; true when that word is not whole in [floor, at) (it may run on into what the
   * output has before `floor`).
   */
  precedes(text: string, floor: number, at: number, word: string): boolean
  /** False only if the word of `text` after `at`, whole in [at, ceiling), stands after `word` in no form. */
  follows(word: string, text: string, at: number, ceiling: number): boolean
}

/** Beyond this many forms the pairs are not collected (memory): every window is searched, as before. */
const MAX_PAIRED_FORMS = 50_000

const ANY_NEIGHBOUR: NeighbourWords = { precedes: () => true, follows: () => true }

function neighbourWords(entries: readonly Entry[]): NeighbourWords {
  if (entries.length > MAX_PAIRED_FORMS) return ANY_NEIGHBOUR
  // Per word, the words beside it in some form, and their lengths as bits (bit 31: 31 units or
  // more), so that a word of the output is folded and looked up only when one of them is as
  // long (folding keeps the length of each unit).
  interface Beside { words: Set<string>; lengths: number }
  const left = new Map<string, Beside>()
  const right = new Map<string, Beside>()
  const bit = (length: number) => 1 << Math.min(length, 31)
  const add = (map: Map<string, Beside>, word: string, beside: string) => {
    let entry = map.get(word)
    if (entry === undefined) map.set(word, (entry = { words: new Set(), lengths: 0 }))
    entry.words.add(beside)
    entry.lengths |= bit(beside.length)
  }
  for (const entry of entries) {
    const form = foldForm(entry.form)
    let previous: string | undefined
    for (const [start, end] of wordRuns(form)) {
      const word = form.slice(start, end)
      if (previous !== undefined) {
        add(left, word, previous)
        add(right, previous, word)
      }
      previous = word
    }
  }
  const has = (beside: Beside | undefined, text: string, start: number, end: number) =>
    beside !== undefined && (beside.lengths & bit(end - start)) !== 0 && beside.words.has(foldForm(text.slice(start, end)))
  return {
    precedes(text, floor, at, word) {
      // A word unit touching the replacement: no shortcut.
      if (at === floor || isWordUnit(text.charCodeAt(at - 1))) return true
      let i = at - 1
      while (i >= floor && !isWordUnit(text.charCodeAt(i))) i--
      const end = i + 1
      while (i >= floor && isWordUnit(text.charCodeAt(i))) i--
      // Whole only with a unit of the input before it (i ≥ floor).
      return i < floor || has(left.get(word), text, i + 1, end)
    },
    follows(word, text, at, ceiling) {
      if (at === ceiling || isWordUnit(text.charCodeAt(at))) return true
      let i = at
      while (i < ceiling && !isWordUnit(text.charCodeAt(i))) i++
      const start = i
      while (i < ceiling && isWordUnit(text.charCodeAt(i))) i++
      return i >= ceiling || has(right.get(word), text, start, i)
    },
  }
}

function headSearch(filter: StartFilter, trie: Trie, lowerKeys: Iterable<string>): CandidateSearch | undefined {
  const heads = headStarts(filter, trie, lowerKeys)
  return heads === undefined ? undefined : { sources: [heads.source], flags: 'g' }
}

/** The folded forms that may match at a word starting in lower case (see prefilter.ts). */
function lowerKeys(entries: readonly Entry[], keys: readonly string[]): string[] {
  // Allocated at its bound and cut: half a million forms pushed grew the list twenty times.
  const lower = new Array<string>(entries.length)
  let n = 0
  for (let e = 0; e < entries.length; e++) if (mayStartLower(entries[e]!)) lower[n++] = keys[e]!
  lower.length = n
  return lower
}

/** `lowerKeys`, read from the facts the compile noted (MAY_START_LOWER): no entry read. */
function lowerKeysByFlags(flags: Uint8Array, keys: readonly string[]): string[] {
  const lower = new Array<string>(flags.length)
  let n = 0
  for (let e = 0; e < flags.length; e++) if ((flags[e]! & MAY_START_LOWER) !== 0) lower[n++] = keys[e]!
  lower.length = n
  return lower
}

/** Per folded word, how far a form reaches before it (after it); and the widest form, in non-space units. */
export interface BoundaryTables {
  before: WordCounts
  after: WordCounts
  widest: number
}

/** A word's count, and every word with its count: a `WordReach` when compiled, a `Map` when loaded precompiled. */
export type WordCounts = Pick<ReadonlyMap<string, number>, 'get'> & Iterable<[string, number]>

function boundaryTables(keys: readonly string[], flags?: Uint8Array): BoundaryTables {
  const walk: FormWalk = { before: new WordReach(), after: new WordReach(), widest: 0, starts: new Int32Array(16), ends: new Int32Array(16), seenAtEnd: new Int32Array(16), hashes: new Int32Array(16) }
  for (let k = 0; k < keys.length; k++) {
    // Most forms are one word, which crosses nothing: only its width counts. Where the compile
    // noted which keys are one word of word units (NOT_ONE_WORD unset), such a key is as wide
    // as it is long and its units are not read; the others are walked, in the same order.
    if (flags !== undefined && (flags[k]! & NOT_ONE_WORD) === 0) {
      const length = keys[k]!.length
      if (length > walk.widest) walk.widest = length
    } else raiseWords(keys[k]!, walk)
  }
  return { before: walk.before, after: walk.after, widest: walk.widest }
}

/** The boundary tables as they are built, and a form's words (reused scratch lists). */
interface FormWalk {
  readonly before: WordReach
  readonly after: WordReach
  widest: number
  starts: Int32Array
  ends: Int32Array
  seenAtEnd: Int32Array
  hashes: Int32Array
}

/**
 * One pass over a folded form (whitespace runs are one space, which changes no count of
 * non-space units and no word). Per word of the form: where it starts and ends, and the
 * non-space units up to its end; a word's reach after it counts the non-space units after it,
 * known once the form is walked (before, the form's units were read three times).
 */
function raiseWords(form: string, walk: FormWalk): void {
  const { before, after } = walk
  let words = 0
  let seen = 0
  let i = 0
  while (i < form.length) {
    const code = form.charCodeAt(i)
    if (!isWordUnit(code)) {
      if (!isSpaceUnit(code)) seen++
      i++
      continue
    }
    const start = i
    // The word's FNV-1a as it is read: the tables take it, not a second read of its units.
    let hash = fnvStep(FNV_SEED, code)
    i++
    while (i < form.length) {
      const unit = form.charCodeAt(i)
      if (!isWordUnit(unit)) break
      hash = fnvStep(hash, unit)
      i++
    }
    hash = mixHash(hash)
    if (words > 0) before.raise(form, start, i, seen, hash)
    seen += i - start
    if (words === walk.starts.length) {
      walk.starts = grown(walk.starts)
      walk.ends = grown(walk.ends)
      walk.seenAtEnd = grown(walk.seenAtEnd)
      walk.hashes = grown(walk.hashes)
    }
    walk.starts[words] = start
    walk.ends[words] = i
    walk.seenAtEnd[words] = seen
    walk.hashes[words] = hash
    words++
  }
  // `seen` is now every non-space unit of the form.
  if (seen > walk.widest) walk.widest = seen
  const { starts, ends, seenAtEnd, hashes } = walk
  for (let w = 0; w + 1 < words; w++) after.raise(form, starts[w]!, ends[w]!, seen - seenAtEnd[w]!, hashes[w]!)
}

/** `list` at twice its length (a form of more than 16 words). */
function grown(list: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(2 * list.length)
  out.set(list)
  return out
}
