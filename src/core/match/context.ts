import { isWordUnit } from '../text/chars.js'
import type { Context } from './entry.js'

/** . ! ? ; … end the stretch a neighbouring word is looked for in (a code unit test: this runs for every name). */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x2026
}

const DOTTED_I = 0x130

/**
 * The lengths of a set's words as bits (bit 31: 31 units or more), so that a word of the text
 * is lower-cased and looked up only when some word of the set is as long: most neighbours of a
 * name are not ("Kiev" is held before "region", "oblast" or "Oblast", not before "said").
 */
const lengthBits = new WeakMap<ReadonlySet<string>, number>()

function lengthsOf(set: ReadonlySet<string>): number {
  let bits = lengthBits.get(set)
  if (bits === undefined) {
    bits = 0
    for (const word of set) bits |= 1 << Math.min(word.length, 31)
    lengthBits.set(set, bits)
  }
  return bits
}

/**
 * Whether the word at [start, end) of `text`, lower-cased, is in `set`. Lower-casing keeps the
 * length of every code unit but the dotted capital I, which becomes two ("i̇"): `dotted` of them.
 */
function wordIn(text: string, start: number, end: number, dotted: number, set: ReadonlySet<string>, lengths: number): boolean {
  return (lengths & (1 << Math.min(end - start + dotted, 31))) !== 0 && set.has(text.slice(start, end).toLowerCase())
}

/** Whether one of up to `count` words after `from`, lower-cased, is in `set`; stops at the end of the sentence. */
function someWordAfter(text: string, from: number, count: number, set: ReadonlySet<string>): boolean {
  const lengths = lengthsOf(set)
  let words = 0
  let i = from
  while (i < text.length && words < count) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const start = i
      let dotted = 0
      for (; i < text.length && isWordUnit(text.charCodeAt(i)); i++) if (text.charCodeAt(i) === DOTTED_I) dotted++
      if (wordIn(text, start, i, dotted, set, lengths)) return true
      words++
      continue
    }
    if (isSentenceEnd(code) || (code === 0x0a && text.charCodeAt(i + 1) === 0x0a)) break
    i++
  }
  return false
}

/** Whether one of up to `count` words before `to`, lower-cased, is in `set`; stops at the start of the sentence. */
function someWordBefore(text: string, to: number, count: number, set: ReadonlySet<string>): boolean {
  const lengths = lengthsOf(set)
  let words = 0
  let i = to - 1
  while (i >= 0 && words < count) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const end = i + 1
      let dotted = 0
      for (; i >= 0 && isWordUnit(text.charCodeAt(i)); i--) if (text.charCodeAt(i) === DOTTED_I) dotted++
      if (wordIn(text, i + 1, end, dotted, set, lengths)) return true
      words++
      continue
    }
    if (isSentenceEnd(code) || (code === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0a)) break
    i--
  }
  return false
}

/** Whether the neighbouring words allow the change (mentions are checked by the matcher). */
export function neighboursAllow(context: Context, text: string, start: number, end: number): boolean {
  if (context.notFollowedBy && someWordAfter(text, end, context.window, context.notFollowedBy)) return false
  if (context.notPrecededBy && someWordBefore(text, start, context.window, context.notPrecededBy)) return false
  return true
}
