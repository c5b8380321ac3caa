import { SPACE, foldForm, foldUnit, isSpaceUnit, isWordUnit } from '../text/chars.js'
import { mayStartLower } from './casing.js'
import type { Trie } from './trie.js'

/**
 * Which word starts may begin a form of the trie, decided from the first two code units with
 * two table lookups, so that the scan calls the trie walk only there. It is a prefilter, never
 * a judge: the walk and the matcher's rules decide at each start it lets through, so it may let
 * through too much but must never refuse a start the walk could accept.
 *
 * Most words of prose start in lower case, and a form written with a capital only matches a
 * capital (as written, in ALL CAPS or at a sentence start): lower-case word starts pass only
 * for first units that some exception or lower-case form starts with. The second unit, folded
 * as the walk folds it (a whitespace run is one space), must be the label of a child of the
 * first unit's node, unless a form ends after one unit.
 *
 * It runs where the candidate regex below stops. Tables, not a deeper lookahead: with names
 * every few words (news copy) the regex's lookahead cost is paid at every capital letter and
 * each stop costs a regex call, while two table lookups cost nearly nothing; the scan also runs
 * again on small windows around many replacements (see decide.ts).
 */
export interface StartFilter {
  /** Bit set: a code unit that may start a form here, in its own case. */
  readonly heads: Uint32Array
  /** Bit set at pairKey(first, second): the folded first two units of some form (or a hash collision). */
  readonly pairs: Uint32Array
  /** Bit set: a folded first unit that is a whole form: any second unit will do. */
  readonly singles: Uint32Array
}

export const pairKey = (first: number, second: number) => ((first << 6) ^ second) & 0xffff

/** Whether bit `n` of a 65,536-bit set is on (8 KB a set: a matcher per language holds three). */
export const hasBit = (set: Uint32Array, n: number) => (set[n >>> 5]! & (1 << (n & 31))) !== 0
const setBit = (set: Uint32Array, n: number) => {
  set[n >>> 5]! |= 1 << (n & 31)
}

export function startFilter(trie: Trie): StartFilter {
  const { root, label, firstChild, nextSibling, firstEntry, entries } = trie
  const lowerStarts = new Set<number>()
  for (const entry of entries) if (mayStartLower(entry)) lowerStarts.add(foldForm(entry.form).charCodeAt(0))
  const heads = new Uint32Array(0x800)
  const pairs = new Uint32Array(0x800)
  const singles = new Uint32Array(0x800)
  for (let unit = 0; unit < 0x10000; unit++) {
    // The scan tries word units only.
    if (!isWordUnit(unit)) continue
    const first = foldUnit(unit)
    const node = root[first]!
    if (node === 0 || (!lowerStarts.has(first) && isLowerCase(unit))) continue
    setBit(heads, unit)
    if (firstEntry[node] !== 0) setBit(singles, first)
    for (let child = firstChild[node]!; child !== 0; child = nextSibling[child]!) setBit(pairs, pairKey(first, label[child]!))
  }
  return { heads, pairs, singles }
}

/** The second unit as the walk reads it: folded, and any whitespace a space. */
export function walkUnit(code: number): number {
  return isSpaceUnit(code) ? SPACE : foldUnit(code)
}

/**
 * A regular expression that finds, with V8's regex engine, the positions where a form of the
 * trie may start: a code unit whose next ones, folded, spell the first units of some form (up
 * to four, as many as keep the regex small). The scan jumps from one to the next and applies
 * the start filter and the word-start test there, so where names are rare (most text with a
 * large glossary) the prose between them is skipped at the speed of V8's regex engine; where
 * they are dense, the filter above keeps the walk from running at each false start.
 *
 * Built for V8's fast paths: no `u` flag (the trie is over UTF-16 code units, so every class
 * is a set of units, and irregexp then scans units without decoding code points), case as
 * explicit classes of the units that fold alike (`[Kk\u212A]`, not the `i` flag, whose
 * folding is not the walk's), and no lookbehind. Every alternative consumes exactly one code
 * unit (the rest is a lookahead), so the caller reads the position from `lastIndex - 1` and
 * `test` allocates nothing. Undefined when no form starts with a word character.
 */
export function candidateStarts(trie: Trie): RegExp | undefined {
  const { root, label, firstChild, nextSibling, firstEntry, entries } = trie
  const lowerStarts = new Set<number>()
  for (const entry of entries) if (mayStartLower(entry)) lowerStarts.add(foldForm(entry.form).charCodeAt(0))
  for (const depth of [4, 3, 2]) {
    let size = 0
    const ahead = (node: number, level: number): string | undefined => {
      if (level === depth || firstEntry[node] !== 0 || firstChild[node] === 0) return ''
      const parts: string[] = []
      for (let child = firstChild[node]!; child !== 0; child = nextSibling[child]!) {
        if (++size > MAX_ALTERNATIVES) return undefined
        const rest = ahead(child, level + 1)
        if (rest === undefined) return undefined
        // The walk reads a run of whitespace as one space.
        parts.push(label[child] === SPACE ? `${unitClass(() => true, SPACE)}+${rest}` : unitClass(() => true, label[child]!) + rest)
      }
      return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`
    }
    const alternatives: string[] = []
    for (let first = 0; first < 0x10000; first++) {
      const node = root[first]!
      // The scan tries word units only.
      if (node === 0 || !isWordUnit(first)) continue
      const rest = ahead(node, 1)
      if (rest === undefined) break
      const head = unitClass(lowerStarts.has(first) ? () => true : (unit) => !isLowerCase(unit), first)
      alternatives.push(rest === '' ? head : `${head}(?=${rest})`)
    }
    if (size > MAX_ALTERNATIVES) continue
    if (alternatives.length === 0) return undefined
    // No lookbehind for the word start: in front it would run at every unit; the scan checks it.
    return new RegExp(alternatives.join('|'), 'g')
  }
  return undefined
}

/** Trie nodes spelled out in the lookaheads; beyond this, a shallower one. */
const MAX_ALTERNATIVES = 5_000

const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`

let unfolded: Map<number, number[]> | undefined

/** Every code unit that folds to `folded` in the trie walk (whitespace runs walk as SPACE). */
function unfold(folded: number): number[] {
  if (unfolded === undefined) {
    unfolded = new Map()
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const key = isSpaceUnit(code) ? SPACE : foldUnit(code)
      const list = unfolded.get(key)
      if (list) list.push(code)
      else unfolded.set(key, [code])
    }
  }
  return unfolded.get(folded) ?? [folded]
}

function unitClass(keep: (unit: number) => boolean, folded: number): string {
  const units = unfold(folded).filter(keep)
  return units.length === 1 ? hex(units[0]!) : `[${units.map(hex).join('')}]`
}

/** A letter that has an upper case and is not it. */
function isLowerCase(unit: number): boolean {
  const char = String.fromCharCode(unit)
  return char.toUpperCase() !== char && char.toLowerCase() === char
}
