import { isWordUnit } from '../text/chars.js'
import type { Context } from './entry.js'

/** . ! ? ; … end the stretch a neighbouring word is looked for in (a code unit test: this runs for every name). */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x2026
}

/**
 * Whether the unit at `i` is the dash that ends a wire dateline: a hyphen, en or em dash after a
 * closing bracket and before a space, "KYIV (Reuters) - Kiev's mayor said", "KYIV, Ukraine (AP)
 * — Officials…" (AP and Reuters style). The dateline is no part of the sentence after it, and
 * its place name held that sentence's first name (and the reverse) as a neighbour.
 */
function isDatelineDash(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code !== 0x2d && code !== 0x2013 && code !== 0x2014) return false
  if (text.charCodeAt(i + 1) !== 0x20) return false
  let j = i - 1
  while (j >= 0 && text.charCodeAt(j) === 0x20) j--
  return text.charCodeAt(j) === 0x29
}

const DOTTED_I = 0x130

/**
 * What a word of the text must have for a set to hold it, as bits: its length (bit 31: 31 units
 * or more), so that a word is lower-cased and looked up only when some word of the set is as
 * long (most neighbours of a name are not: "Kiev" is held before "region", "oblast" or
 * "Oblast", not before "said"); and per length, the first units of its words (ASCII letters and
 * digits by their low five bits, any other unit sets them all), so that "series" or "Russia",
 * as long as "region", is turned away too without a copy.
 */
interface WordShape {
  lengths: number
  firsts: Uint32Array
}

const shapes = new WeakMap<ReadonlySet<string>, WordShape>()

const bitOf = (length: number) => 1 << Math.min(length, 31)

function shapeOf(set: ReadonlySet<string>): WordShape {
  let shape = shapes.get(set)
  if (shape === undefined) {
    shape = { lengths: 0, firsts: new Uint32Array(32) }
    for (const word of set) {
      const length = Math.min(word.length, 31)
      shape.lengths |= bitOf(length)
      const first = word.charCodeAt(0)
      shape.firsts[length]! |= first < 0x80 ? 1 << (first & 31) : -1
    }
    shapes.set(set, shape)
  }
  return shape
}

/**
 * Whether the word at [start, end) of `text`, lower-cased, is in `set`. Lower-casing keeps the
 * length of every code unit but the dotted capital I, which becomes two ("i̇"): `dotted` of them.
 * An ASCII first unit lower-cases to an ASCII unit with the same low five bits (the first unit
 * of the word lower-cased, unless the word holds a dotted I: then it is not tested).
 */
function wordIn(text: string, start: number, end: number, dotted: number, set: ReadonlySet<string>, shape: WordShape): boolean {
  const length = Math.min(end - start + dotted, 31)
  if ((shape.lengths & bitOf(length)) === 0) return false
  const first = text.charCodeAt(start)
  if (dotted === 0 && first < 0x80 && (shape.firsts[length]! & (1 << (first & 31))) === 0) return false
  return set.has(text.slice(start, end).toLowerCase())
}

/**
 * Whether one of up to `count` words after `from`, lower-cased, is in `set`; stops at the end of
 * the sentence. With `found`, every such word's start is pushed to it, not just the first.
 */
function someWordAfter(text: string, from: number, count: number, set: ReadonlySet<string>, found?: number[]): boolean {
  const shape = shapeOf(set)
  let words = 0
  let i = from
  while (i < text.length && words < count) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const start = i
      let dotted = 0
      for (; i < text.length && isWordUnit(text.charCodeAt(i)); i++) if (text.charCodeAt(i) === DOTTED_I) dotted++
      if (wordIn(text, start, i, dotted, set, shape)) {
        if (found === undefined) return true
        found.push(start)
      }
      words++
      continue
    }
    if (isSentenceEnd(code) || (code === 0x0a && text.charCodeAt(i + 1) === 0x0a) || isDatelineDash(text, i)) break
    i++
  }
  return found !== undefined && found.length > 0
}

/**
 * Whether one of up to `count` words before `to`, lower-cased, is in `set`; stops at the start
 * of the sentence. With `found`, every such word's start is pushed to it, not just the first.
 */
function someWordBefore(text: string, to: number, count: number, set: ReadonlySet<string>, found?: number[]): boolean {
  const shape = shapeOf(set)
  let words = 0
  let i = to - 1
  while (i >= 0 && words < count) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const end = i + 1
      let dotted = 0
      for (; i >= 0 && isWordUnit(text.charCodeAt(i)); i--) if (text.charCodeAt(i) === DOTTED_I) dotted++
      if (wordIn(text, i + 1, end, dotted, set, shape)) {
        if (found === undefined) return true
        found.push(i + 1)
      }
      words++
      continue
    }
    if (isSentenceEnd(code) || (code === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0a) || isDatelineDash(text, i)) break
    i--
  }
  return found !== undefined && found.length > 0
}

/** Whether the neighbouring words allow the change (mentions are checked by the matcher). */
export function neighboursAllow(context: Context, text: string, start: number, end: number): boolean {
  if (context.notFollowedBy && someWordAfter(text, end, context.window, context.notFollowedBy)) return false
  if (context.notPrecededBy && someWordBefore(text, start, context.window, context.notPrecededBy)) return false
  return true
}

/**
 * The starts of the neighbouring words that hold the change (none: they allow it), on both
 * sides: asked only of a held name, to tell a word that says the form is something else
 * ("region") from another form of the same name ("Kiev, where Kyiv's mayor…").
 */
export function holdingWords(context: Context, text: string, start: number, end: number): number[] {
  const found: number[] = []
  if (context.notFollowedBy) someWordAfter(text, end, context.window, context.notFollowedBy, found)
  if (context.notPrecededBy) someWordBefore(text, start, context.window, context.notPrecededBy, found)
  return found
}
