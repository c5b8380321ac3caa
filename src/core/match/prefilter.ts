import { SPACE, foldUnit, isSpaceUnit, isWordUnit } from '../text/chars.js'
import { formEndsAt, placeAfterFirst, placesBelow, type Trie, type TriePlace } from './trie.js'
import { caseless } from './words.js'

/**
 * Which word starts may begin a form of the trie, decided from the first two code units with
 * two table lookups, so that the scan calls the trie walk only there. It is a prefilter, never
 * a judge: the walk and the matcher's rules decide at each start it lets through, so it may let
 * through too much but must never refuse a start the walk could accept.
 *
 * Most words of prose start in lower case, and a form written with a capital only matches a
 * capital (as written, in ALL CAPS or at a sentence start): lower-case word starts pass only
 * for first units that some exception or lower-case form starts with. The second unit, folded
 * as the walk folds it (a whitespace run is one space), must follow the first on some path of
 * the trie, unless a form ends after one unit.
 *
 * It runs where the candidate regex below (`headStarts`) stops. Tables, not a deeper
 * lookahead: the regex's lookahead cost is paid at every head letter of the text, while two
 * table lookups at a stop cost nearly nothing; the scan also runs again on small windows
 * around many replacements (see decide.ts).
 */
export interface StartFilter {
  /**
   * Per code unit: 0 (not a word unit), WORD, or HEAD (a word unit that may start a form, in its own case):
   * what `headStarts` spells as its first units, and the scan's first test at a stop.
   */
  readonly classes: Uint8Array
  /** Bit set at pairKey(first, second): the folded first two units of some form (or a hash collision). */
  readonly pairs: Uint32Array
  /** Bit set: a folded first unit that is a whole form: any second unit will do. */
  readonly singles: Uint32Array
}

/** StartFilter.classes: 0 for a unit outside words, WORD, or HEAD. */
const WORD = 1
export const HEAD = 2

export const pairKey = (first: number, second: number) => ((first << 6) ^ second) & 0xffff

/** Whether bit `n` of a 65,536-bit set is on (8 KB a set: a matcher per language holds three). */
export const hasBit = (set: Uint32Array, n: number) => (set[n >>> 5]! & (1 << (n & 31))) !== 0
const setBit = (set: Uint32Array, n: number) => {
  set[n >>> 5]! |= 1 << (n & 31)
}

/** `lowerKeys`: the folded forms that may match at a word starting in lower case (`mayStartLower`). */
export function startFilter(trie: Trie, lowerKeys: Iterable<string>): StartFilter {
  const { root } = trie
  const lowerStarts = new Set<number>()
  for (const key of lowerKeys) lowerStarts.add(key.charCodeAt(0))
  const classes = new Uint8Array(0x10000)
  const pairs = new Uint32Array(0x800)
  const singles = new Uint32Array(0x800)
  for (let unit = 0; unit < 0x10000; unit++) {
    // The scan tries word units only.
    if (!isWordUnit(unit)) continue
    classes[unit] = WORD
    const first = foldUnit(unit)
    const node = root[first]!
    if (node === 0 || (!lowerStarts.has(first) && isLowerCase(unit))) continue
    classes[unit] = HEAD
    const place = placeAfterFirst(trie, node)
    if (formEndsAt(trie, place)) setBit(singles, first)
    for (const [second] of placesBelow(trie, place)) setBit(pairs, pairKey(first, second))
  }
  return { classes, pairs, singles }
}

/** The second unit as the walk reads it: folded, and any whitespace a space. */
export function walkUnit(code: number): number {
  return isSpaceUnit(code) ? SPACE : foldUnit(code)
}

/**
 * The candidate search: regular expressions (sources, all with `flags`), each run on its own;
 * the scan goes to the nearest place one of them stops. Built by `formStarts` for a glossary
 * of news size, by `headStarts` (one expression) when that is too large.
 */
export interface CandidateSearch {
  readonly sources: readonly string[]
  readonly flags: 'g' | 'gi'
}

/** Depths tried for `formStarts`, deepest first; and its bounds (V8 optimizes less above ~20 KB of source). */
const FORM_DEPTHS = [8, 6, 4]
const MAX_FORM_SOURCE = 16 * 1024
const MAX_FORM_NODES = 6_000

/**
 * The trie itself, to `depth` units or the first end of a form on each path, as the search:
 * the scan then stops only where some form may stand whole, not at every capital whose next
 * units begin one (on the seed article, 8,000 stops a megabyte instead of 24,000).
 *
 * Case by the `i` flag, not by explicit classes: irregexp compares a caseless letter with a
 * mask, and a class of its two cases two times slower (measured on the same 1,792 forms: 254
 * against 121 MB/s). Where `i` does not cover what the walk folds together (the Kelvin sign
 * with k, the apostrophes, whitespace beyond `\s`), the unit's class adds them; `spellUnit`
 * checks each fold with the engine itself. A caseless search stops at a lower-case word where
 * only a capital can match: the start filter refuses it after the stop, as before.
 *
 * Two expressions: heads with an ASCII unit after `\b` (ASCII-only without the `u` flag, as
 * in headStarts), and the non-ASCII units of the heads (Ł, Č, the Kelvin sign) with no `\b`.
 * In one alternation the second kind is tried at every unit of the text; on its own, the
 * engine skips to the next unit of its first class natively (one alternation: 109 MB/s for
 * the scan on news copy, two: 135). The scan merges their stops.
 *
 * Undefined when the trie is too large for an expression at any depth tried (a glossary of
 * 10,000 concepts): then `headStarts`.
 */
export function formStarts(trie: Trie): CandidateSearch | undefined {
  // A deeper search spells every place a shallower one does: where the shallowest has more
  // places than the budget, none fits. Counted once, not spelled three times to be given up
  // (a glossary of 10,000 concepts and more: 12 ms of a 100,000-concept compile).
  if (placesOver(trie, FORM_DEPTHS[FORM_DEPTHS.length - 1]!, MAX_FORM_NODES)) return undefined
  for (const depth of FORM_DEPTHS) {
    const sources = spellForms(trie, depth)
    if (sources !== undefined) return sources.length === 0 ? undefined : { sources, flags: 'gi' }
  }
  return undefined
}

/** Whether `spellForms(trie, depth)` would walk more than `limit` places: the same walk, counted, stopped past the limit. */
function placesOver(trie: Trie, depth: number, limit: number): boolean {
  const { root } = trie
  let count = 0
  const below = (place: TriePlace, level: number): boolean => {
    if (level >= depth || formEndsAt(trie, place)) return false
    for (const [, child] of placesBelow(trie, place)) if (++count > limit || below(child, level + 1)) return true
    return false
  }
  for (let first = 0; first < 0x10000; first++) {
    const node = root[first]!
    if (node !== 0 && below(placeAfterFirst(trie, node), 1)) return true
  }
  return false
}

function spellForms(trie: Trie, depth: number): string[] | undefined {
  const { root } = trie
  let budget = MAX_FORM_NODES
  const below = (place: TriePlace, level: number): string | undefined => {
    // A form ends here: whatever follows, a form may stand here whole.
    if (level >= depth || formEndsAt(trie, place)) return ''
    const next = placesBelow(trie, place)
    if (next.length === 0) return ''
    const options: string[] = []
    for (const [unit, child] of next) {
      if (--budget < 0) return undefined
      const rest = below(child, level + 1)
      if (rest === undefined) return undefined
      options.push(spellUnit(unit) + rest)
    }
    return options.length === 1 ? options[0]! : `(?:${options.join('|')})`
  }
  const ascii: string[] = []
  const other: string[] = []
  for (let first = 0; first < 0x10000; first++) {
    const node = root[first]!
    if (node === 0) continue
    const rest = below(placeAfterFirst(trie, node), 1)
    if (rest === undefined) return undefined
    const ahead = rest === '' ? '' : `(?=${rest})`
    const units = unfold(first)
    const asciiUnits = units.filter((unit) => unit < 0x80)
    const otherUnits = units.filter((unit) => unit >= 0x80)
    if (asciiUnits.length > 0) ascii.push(caseless(asciiUnits) + ahead)
    if (otherUnits.length > 0) other.push(caseless(otherUnits) + ahead)
  }
  const sources: string[] = []
  if (ascii.length > 0) sources.push(`\\b(?:${ascii.join('|')})`)
  if (other.length > 0) sources.push(other.join('|'))
  return sources.some((source) => source.length > MAX_FORM_SOURCE) ? undefined : sources
}

const spelled = new Map<number, string>()

/** A folded unit as the caseless search spells it: every unit the walk folds to it, and no other case of them. */
function spellUnit(folded: number): string {
  let out = spelled.get(folded)
  if (out === undefined) {
    // The walk reads a run of whitespace as one space.
    out = folded === SPACE ? `${caseless(unfold(SPACE))}+` : caseless(unfold(folded))
    spelled.set(folded, out)
  }
  return out
}

/**
 * A regular expression that finds, with V8's regex engine, the next place a form may start,
 * so that the scan skips prose natively and the start filter runs only there (for a trie too
 * large for `formStarts`):
 *
 * - at a capital (or any unit that folds to the first unit of a form, in a case some form may
 *   start with) that is a HEAD of the start filter: just that unit, no lookahead, since prose
 *   has a capital every few words and the two table lookups after it cost nearly nothing;
 * - at a lower-case head (exceptions match in any casing, "great Gate of Kiev"): the unit and,
 *   as a lookahead, the next units of the forms that may start in lower case, up to four,
 *   folded as the walk folds them, so that common words ("check", "said") are skipped in the
 *   engine instead of stopping at most words of the text.
 *
 * ASCII units come after `\\b`, which without the `u` flag knows only ASCII word characters:
 * it refuses a start after an ASCII letter or digit (never a word start) and lets through one
 * after an accented letter (the scan checks the word start with the full Unicode test). No
 * `u` flag (the trie is over UTF-16 code units: irregexp then reads units without decoding),
 * case as explicit classes of the units that fold alike (`[Kk\\u212A]`, not the `i` flag,
 * whose folding is not the walk's), no lookbehind. Each alternative consumes one unit, so the
 * caller reads the position from `lastIndex - 1` and `test` allocates nothing. A prefilter:
 * it may stop too often, never too rarely (prefilter.test.ts). Undefined when nothing starts.
 */
export function headStarts(filter: StartFilter, trie: Trie, lowerKeys: Iterable<string>): RegExp | undefined {
  const { classes } = filter
  const lower = lookaheads(lowerKeys, LOWER_LOOKAHEAD)
  const upper = new Map<number, LookaheadNode>()
  const { root } = trie
  const upperHeads: number[] = []
  const lowerHeads: number[] = []
  for (let unit = 0; unit < 0x10000; unit++) {
    if (classes[unit] !== HEAD) continue
    const first = foldUnit(unit)
    if (isLowerCase(unit) && lower.has(first)) lowerHeads.push(unit)
    else {
      upperHeads.push(unit)
      if (!upper.has(first)) upper.set(first, trieLookahead(trie, root[first]!, UPPER_LOOKAHEAD))
    }
  }
  const atStart = (units: readonly number[], rest: (unit: number) => string) => {
    const ascii = units.filter((u) => u < 0x80)
    const other = units.filter((u) => u >= 0x80)
    const out: string[] = []
    if (ascii.length > 0) out.push(`\\b(?:${group(ascii, rest)})`)
    if (other.length > 0) out.push(group(other, rest))
    return out
  }
  // Spelled once per lookahead tree: many units (a letter's cases, its look-alikes) share one.
  const spelledAhead = new Map<LookaheadNode, string>()
  const ahead = (node: LookaheadNode) => {
    let out = spelledAhead.get(node)
    if (out === undefined) {
      const spelled = spell(node)
      spelledAhead.set(node, (out = spelled === '' ? '' : `(?=${spelled})`))
    }
    return out
  }
  const alternatives = [
    ...atStart(upperHeads, (unit) => ahead(upper.get(foldUnit(unit))!)),
    ...atStart(lowerHeads, (unit) => ahead(lower.get(foldUnit(unit))!)),
  ]
  return alternatives.length === 0 ? undefined : new RegExp(alternatives.join('|'), 'g')
}

/** The units after a head the lookahead spells: a capital's next one (prose has many capitals), more after a lower-case head (prose is mostly lower-case words). */
const UPPER_LOOKAHEAD = 3
const LOWER_LOOKAHEAD = 4
/** A large glossary's forms would make a huge lookahead: beyond this, a head alone. */
const MAX_LOOKAHEAD_NODES = 5_000

/** The first `depth` units below `node` of the trie, as a lookahead tree (ends where a form ends). */
function trieLookahead(trie: Trie, node: number, depth: number): LookaheadNode {
  const out: LookaheadNode = { next: new Map(), end: false }
  let budget = MAX_LOOKAHEAD_NODES
  const fill = (at: TriePlace, into: LookaheadNode, level: number) => {
    const below = level === depth || formEndsAt(trie, at) ? [] : placesBelow(trie, at)
    if (below.length === 0) {
      into.end = true
      return
    }
    for (const [unit, child] of below) {
      if (--budget < 0) return
      const next: LookaheadNode = { next: new Map(), end: false }
      into.next.set(unit, next)
      fill(child, next, level + 1)
    }
  }
  fill(placeAfterFirst(trie, node), out, 0)
  if (budget < 0) {
    out.end = true
    out.next.clear()
  }
  return out
}

/** The first units of `keys` after their first, as lookahead trees by first unit. */
function lookaheads(keys: Iterable<string>, depth: number): Map<number, LookaheadNode> {
  const lower = new Map<number, LookaheadNode>()
  let nodes = 0
  for (const key of keys) {
    if (key.length === 0) continue
    let node = lower.get(key.charCodeAt(0))
    if (node === undefined) lower.set(key.charCodeAt(0), (node = { next: new Map(), end: false }))
    for (let k = 1; k <= depth && !node.end; k++) {
      if (k === key.length || k === depth) {
        node.end = true
        node.next.clear()
        break
      }
      const unit = key.charCodeAt(k)
      let child = node.next.get(unit)
      if (child === undefined) {
        node.next.set(unit, (child = { next: new Map(), end: false }))
        nodes++
      }
      node = child
    }
  }
  if (nodes > MAX_LOOKAHEAD_NODES) for (const node of lower.values()) {
    node.end = true
    node.next.clear()
  }
  return lower
}

interface LookaheadNode {
  next: Map<number, LookaheadNode>
  /** Some key ends here, or the lookahead stops here: anything may follow. */
  end: boolean
}

/** A lookahead tree as a regex: units with the same continuation share one class. */
function spell(node: LookaheadNode): string {
  if (node.end || node.next.size === 0) return ''
  const byRest = new Map<string, number[]>()
  for (const [unit, child] of node.next) {
    // The walk reads a run of whitespace as one space.
    const rest = (unit === SPACE ? '+' : '') + spell(child)
    const units = unit === SPACE ? [SPACE] : unfold(unit)
    const list = byRest.get(rest)
    if (list) list.push(...(unit === SPACE ? unfold(SPACE) : units))
    else byRest.set(rest, unit === SPACE ? unfold(SPACE) : [...units])
  }
  const parts = [...byRest].map(([rest, units]) => unitSet(units.sort((a, b) => a - b)) + rest)
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`
}

/** Units sharing what follows them, as one class each: `[A-Z]` for capitals with no lookahead. */
function group(units: readonly number[], rest: (unit: number) => string): string {
  const byRest = new Map<string, number[]>()
  for (const unit of units) {
    const key = rest(unit)
    const list = byRest.get(key)
    if (list) list.push(unit)
    else byRest.set(key, [unit])
  }
  return [...byRest].map(([after, list]) => unitSet(list) + after).join('|')
}

/** A character class of `units` (ascending), with ranges. */
function unitSet(units: readonly number[]): string {
  const parts: string[] = []
  for (let k = 0; k < units.length; ) {
    let end = k
    while (end + 1 < units.length && units[end + 1] === units[end]! + 1) end++
    parts.push(end > k ? `${hex(units[k]!)}-${hex(units[end]!)}` : hex(units[k]!))
    k = end + 1
  }
  return parts.length === 1 && !parts[0]!.includes('-') ? parts[0]! : `[${parts.join('')}]`
}

const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`

/**
 * The code units grouped by what the walk reads them as (whitespace as SPACE), ascending in
 * each group: group `f` is `units[start[f], start[f + 1])`. A counting sort into two typed
 * arrays, once per process: a Map of 65,536 units in 50,000 small lists cost a process's first
 * large compile 5–10 ms, of which a few hundred lists are asked for.
 */
let unfolded: { start: Int32Array; units: Uint16Array } | undefined
/** The lists asked for, made once each: callers get the same list for the same unit, as from the Map before. */
const unfoldedLists = new Map<number, number[]>()

/** Every code unit the walk reads as `folded` (whitespace reads as SPACE). */
function unfold(folded: number): number[] {
  let list = unfoldedLists.get(folded)
  if (list !== undefined) return list
  unfolded ??= unfoldTable()
  const { start, units } = unfolded
  if (start[folded] === start[folded + 1]) return [folded]
  list = Array.from(units.subarray(start[folded]!, start[folded + 1]!))
  unfoldedLists.set(folded, list)
  return list
}

function unfoldTable(): { start: Int32Array; units: Uint16Array } {
  const readAs = new Uint16Array(0x10000)
  const start = new Int32Array(0x10001)
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue
    const key = isSpaceUnit(code) ? SPACE : foldUnit(code)
    readAs[code] = key
    start[key + 1]!++
  }
  for (let key = 0; key < 0x10000; key++) start[key + 1]! += start[key]!
  const next = start.slice(0, 0x10000)
  const units = new Uint16Array(start[0x10000]!)
  for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) units[next[readAs[code]!]!++] = code
  return { start, units }
}

/** A letter that has an upper case and is not it. */
function isLowerCase(unit: number): boolean {
  const char = String.fromCharCode(unit)
  return char.toUpperCase() !== char && char.toLowerCase() === char
}
