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
 * A plain loop over typed arrays, not a regex: V8's regex engine pays for each call, and the
 * matcher calls the scan again on a small window around many replacements (see decide.ts).
 */
export interface StartFilter {
  /** 1 for a code unit that may start a form here, in its own case. */
  readonly heads: Uint8Array
  /** 1 at pairKey(first, second) for the folded first two units of some form (or a hash collision). */
  readonly pairs: Uint8Array
  /** 1 for a folded first unit that is a whole form: any second unit will do. */
  readonly singles: Uint8Array
}

export const pairKey = (first: number, second: number) => ((first << 6) ^ second) & 0xffff

export function startFilter(trie: Trie): StartFilter {
  const { root, label, firstChild, nextSibling, firstEntry, entries } = trie
  const lowerStarts = new Set<number>()
  for (const entry of entries) if (mayStartLower(entry)) lowerStarts.add(foldForm(entry.form).charCodeAt(0))
  const heads = new Uint8Array(0x10000)
  const pairs = new Uint8Array(0x10000)
  const singles = new Uint8Array(0x10000)
  for (let unit = 0; unit < 0x10000; unit++) {
    // The scan tries word units only.
    if (!isWordUnit(unit)) continue
    const first = foldUnit(unit)
    const node = root[first]!
    if (node === 0 || (!lowerStarts.has(first) && isLowerCase(unit))) continue
    heads[unit] = 1
    if (firstEntry[node] !== 0) singles[first] = 1
    for (let child = firstChild[node]!; child !== 0; child = nextSibling[child]!) pairs[pairKey(first, label[child]!)] = 1
  }
  return { heads, pairs, singles }
}

/** The second unit as the walk reads it: folded, and any whitespace a space. */
export function walkUnit(code: number): number {
  return isSpaceUnit(code) ? SPACE : foldUnit(code)
}

/** A letter that has an upper case and is not it. */
function isLowerCase(unit: number): boolean {
  const char = String.fromCharCode(unit)
  return char.toUpperCase() !== char && char.toLowerCase() === char
}
