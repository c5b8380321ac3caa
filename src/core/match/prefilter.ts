import { SPACE, foldForm, foldUnit, isSpaceUnit, isWordUnit } from '../text/chars.js'
import { mayStartLower } from './casing.js'
import type { Trie } from './trie.js'

/**
 * A regular expression that finds, with V8's regex engine, the positions where a form of the
 * trie may start: a code unit whose next ones, folded, spell the first units of some form
 * (up to six, as many as keep the regex small), and that starts a word. It is a
 * prefilter, never a judge: the trie walk and the matcher's rules decide at each position it
 * finds, so it may find too much but must never miss a position the walk could accept.
 *
 * Most words of prose start in lower case, and a form written with a capital only matches a
 * capital (as written, in ALL CAPS or at a sentence start): lower-case word starts are
 * candidates only for first units that some exception or lower-case form starts with.
 *
 * Every alternative consumes exactly one code unit (the second is a lookahead), so the
 * caller reads the position from `lastIndex - 1` and `test` allocates nothing. Undefined when
 * no form starts with a word character, or a form starts with a surrogate (a regex with the
 * `u` flag reads code points, not units).
 */
export function candidateStarts(trie: Trie): RegExp | undefined {
  const { root, label, firstChild, nextSibling, firstEntry, entries } = trie
  const lowerStarts = new Set<number>()
  for (const entry of entries) if (mayStartLower(entry)) lowerStarts.add(foldForm(entry.form).charCodeAt(0))
  // Look ahead as deep as the regex stays small: deeper means fewer false candidates.
  for (const depth of [6, 5, 4, 3, 2]) {
    let size = 0
    const ahead = (node: number, level: number): string | undefined => {
      if (level === depth || firstEntry[node] !== 0 || firstChild[node] === 0) return ''
      const parts: string[] = []
      for (let child = firstChild[node]!; child !== 0; child = nextSibling[child]!) {
        if (isSurrogate(label[child]!) || ++size > MAX_ALTERNATIVES) return undefined
        const rest = ahead(child, level + 1)
        if (rest === undefined) return undefined
        parts.push(unitClass(() => true, label[child]!) + rest)
      }
      return `(?:${parts.join('|')})`
    }
    const alternatives: string[] = []
    for (let first = 0; first < 0x10000 && alternatives !== undefined; first++) {
      const node = root[first]!
      if (node === 0 || !isWordUnit(first)) continue
      if (isSurrogate(first)) return undefined
      const rest = ahead(node, 1)
      if (rest === undefined) {
        alternatives.length = 0
        break
      }
      const head = unitClass(lowerStarts.has(first) ? () => true : (unit) => !isLowerCase(unit), first)
      alternatives.push(rest === '' ? head : `${head}(?=${rest})`)
    }
    if (size > MAX_ALTERNATIVES) continue
    if (alternatives.length === 0) return undefined
    // The lookbehind runs only after a head and its lookahead matched: the head starts a word.
    return new RegExp(`(?:${alternatives.join('|')})(?<![\\p{L}\\p{M}\\p{N}_].)`, 'gu')
  }
  return undefined
}

/** Nodes spelled out in the lookahead; beyond this, a shallower one. */
const MAX_ALTERNATIVES = 5_000

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
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

function unitClass(keep: (unit: number) => boolean, ...folded: number[]): string {
  const units = new Set<number>()
  for (const f of folded) for (const u of unfold(f)) if (keep(u)) units.add(u)
  return `[${[...units].map((u) => `\\u{${u.toString(16)}}`).join('')}]`
}
