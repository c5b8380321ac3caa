import { SPACE, foldForm, foldUnit, isSpaceUnit, isWordUnit } from '../text/chars.js'
import { mayStartLower } from './casing.js'
import type { Trie } from './trie.js'

/**
 * A regular expression that finds, with V8's regex engine, the positions where a form of the
 * trie may start: a code unit that starts a word and whose next ones, folded, spell the first
 * units of some form (up to four, as many as keep the regex small). It is a prefilter, never a
 * judge: the trie walk and the matcher's rules decide at each position it finds, so it may
 * find too much but must never miss a position the walk could accept.
 *
 * Most words of prose start in lower case, and a form written with a capital only matches a
 * capital (as written, in ALL CAPS or at a sentence start): lower-case word starts are
 * candidates only for first units that some exception or lower-case form starts with.
 *
 * Built for V8's fast paths: no `u` flag (the trie is over UTF-16 code units, so every class
 * is a set of units, and irregexp then scans units without decoding code points), case as
 * explicit classes of the units that fold alike (`[Kk\u212A]`, not the `i` flag, whose
 * folding is not the walk's), and the word-start test as a lookbehind on one class of units.
 * Deeper lookaheads find fewer false starts but cost more per capital letter; four units keep
 * the scan several times faster than a Unicode regex spelling six (measured in prose, where
 * most candidates are real names).
 *
 * Every alternative consumes exactly one code unit (the rest is a lookahead), so the caller
 * reads the position from `lastIndex - 1` and `test` allocates nothing. Undefined when no form
 * starts with a word character.
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
    return new RegExp(`(?<!${wordClass()})(?:${alternatives.join('|')})`, 'g')
  }
  return undefined
}

/** Trie nodes spelled out in the lookaheads; beyond this, a shallower one. */
const MAX_ALTERNATIVES = 5_000

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`

let words: string | undefined

/**
 * The code units isWordUnit accepts, as ranges of one class. Surrogates are not in it: an
 * astral letter before a name is checked by the scan (isWordBefore); an emoji is no word.
 */
function wordClass(): string {
  if (words === undefined) {
    const ranges: string[] = []
    for (let unit = 0; unit < 0x10000; unit++) {
      if (isSurrogate(unit) || !isWordUnit(unit)) continue
      let last = unit
      while (last + 1 < 0x10000 && !isSurrogate(last + 1) && isWordUnit(last + 1)) last++
      ranges.push(last === unit ? hex(unit) : `${hex(unit)}-${hex(last)}`)
      unit = last
    }
    words = `[${ranges.join('')}]`
  }
  return words
}

let unfolded: Map<number, number[]> | undefined

/** Every code unit that folds to `folded` in the trie walk (whitespace runs walk as SPACE). */
function unfold(folded: number): number[] {
  if (unfolded === undefined) {
    unfolded = new Map()
    for (let code = 0; code < 0x10000; code++) {
      if (isSurrogate(code)) continue
      const key = isSpaceUnit(code) ? SPACE : foldUnit(code)
      const list = unfolded.get(key)
      if (list) list.push(code)
      else unfolded.set(key, [code])
    }
  }
  return unfolded.get(folded) ?? [folded]
}

/** A letter that has an upper case and is not it. */
function isLowerCase(unit: number): boolean {
  const char = String.fromCharCode(unit)
  return char.toUpperCase() !== char && char.toLowerCase() === char
}

function unitClass(keep: (unit: number) => boolean, folded: number): string {
  const units = unfold(folded).filter(keep)
  return units.length === 1 ? hex(units[0]!) : `[${units.map(hex).join('')}]`
}
