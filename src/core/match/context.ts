import { foldUnit, isWordUnit } from '../text/chars.js'
import type { Context } from './entry.js'

/** . ! ? ; … end the stretch a neighbouring word is looked for in (a code unit test: this runs for every name). */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x2026
}

/** Titles and place words written with a dot before a name ("St. Michael's Square", "Gen. Zaluzhny", "Mr. Zelensky"). */
const TITLES = new Set(['St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Sgt', 'Gov', 'Sen', 'Rep', 'Capt', 'Maj', 'Adm', 'Mt', 'Ft', 'Prof', 'Rev'])

/**
 * Whether the unit at `i` is the dot of such a title (the whole word before it, "St") with a
 * space and a capitalised word after it: no sentence's end. Round 36: "In Kyiv, the region's
 * governor spoke on St. Michael's Square after Dnipropetrovsk was hit" read two sentences, the
 * governor's and the name's (a paragraph doubt, suggested); its output, "St Michael's Square",
 * one (applied on a rerun).
 */
export function isTitleDot(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x2e || text.charCodeAt(i + 1) !== 0x20 || i + 2 >= text.length || caseOf(text.charCodeAt(i + 2)) !== UPPER) return false
  let start = i
  while (start > 0 && i - start < 5 && isWordUnit(text.charCodeAt(start - 1))) start--
  if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) return false
  const title = text.slice(start, i)
  return TITLES.has(title) && !(title === 'St' && isStreetEnd(text, start, i + 2))
}

/** Capitalised words before "St." that make it a saint's ("Mount St. Helens", "Port St. Lucie"), not a street's. */
const SAINT_PLACES = new Set(['Mount', 'Port', 'Fort', 'Lake', 'Cape', 'Point', 'Bay', 'Isle', 'Sault', 'Saint'])

/**
 * Whether the "St." at `st` ends a street's name, "Main St." or "Khreshchatyk St." (round 37):
 * a capitalised word one space before it (not a place word of SAINT_PLACES; a possessive,
 * "Russia's St. Petersburg", ends in a lower-case "s"), and no possessive after it ("Sunday
 * St. Michael's Square"). Its dot may then end a sentence: "Residents of Odessa, Texas, live on
 * Main St. Odessa was quiet" read "Texas" within the window of the second Odessa and held it in
 * silence, where "Main Street." did not.
 */
function isStreetEnd(text: string, st: number, next: number): boolean {
  if (st < 2 || text.charCodeAt(st - 1) !== 0x20) return false
  let start = st - 1
  while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--
  if (start === st - 1 || caseOf(text.charCodeAt(start)) !== UPPER || SAINT_PLACES.has(text.slice(start, st - 1))) return false
  let end = next
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++
  const quote = text.charCodeAt(end)
  const possessive = (quote === 0x27 || quote === 0x2019) && (text.charCodeAt(end + 1) | 0x20) === 0x73 && !(end + 2 < text.length && isWordUnit(text.charCodeAt(end + 2)))
  return !possessive
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

/** A language whose lists of names are joined by commas alone. */
export const NO_COORDINATORS: readonly string[] = []

/** Words an item of a list may have ("Kryvyi Rih", "Nova Kakhovka", "Gebiete Sumy"). */
const MAX_ITEM_WORDS = 3

/**
 * Items of a list read as one step: past them, words count one by one again, so that with a
 * window of five, "the regions of" is reached over eleven names of one word ("the regions of
 * A, B, …, K and Dnipropetrovsk"); and few enough that a megabyte of "Kiev, Kiev, …" reads
 * some twenty words per name, not the whole run per name.
 */
const MAX_LIST_ITEMS = 8

const SPACE = 0x20
const NO_BREAK_SPACE = 0xa0
const COMMA = 0x2c

/** Units that join the parts of one word: a hyphen ("Ivano-Frankivsk") or an apostrophe ("Kam'ianske"). */
function isJoiner(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x27 || code === 0x2019
}

/**
 * Whether the run of word units starting at `start` continues the word before it, joined by a
 * hyphen or an apostrophe ("kov" of "Khar'kov", "s" of "Michael's", "Frankivsk" of
 * "Ivano-Frankivsk"): no word of its own where words are counted (a window) or read as words of
 * a phrase (passage.ts, otherWordBetween). Round 36: "Dnipropetrovsk forces St Michael's Square
 * region" counted six words to "region", "Mykhailivska Square" in the input four, and a rerun
 * applied the name the first run left in doubt; French "Khar'kov" gave a lower-case word
 * ("kov") between "oblast" and the name, which "Kharkiv" did not.
 */
export function continuesWord(text: string, start: number): boolean {
  return start >= 2 && isJoiner(text.charCodeAt(start - 1)) && isWordUnit(text.charCodeAt(start - 2))
}

const UPPER = 1
const LOWER = 2
const OTHER = 3
const caseTable = new Uint8Array(0x10000)
const UPPER_RE = /^\p{Lu}$/u
const LOWER_RE = /^\p{Ll}$/u

/** Whether a code unit is an upper-case (UPPER) or lower-case (LOWER) letter; classified by a Unicode regex once per unit. */
function caseOf(code: number): number {
  let cls = caseTable[code]!
  if (cls === 0) {
    const unit = String.fromCharCode(code)
    cls = UPPER_RE.test(unit) ? UPPER : LOWER_RE.test(unit) ? LOWER : OTHER
    caseTable[code] = cls
  }
  return cls
}

/**
 * From the unit at `i`, a word unit, reading by `step` (1 or -1): the first unit past the word
 * there and the parts a joiner adds to it ("Ivano-Frankivsk"), -1 or the text's length at its ends.
 */
function wordFar(text: string, i: number, step: number): number {
  const length = text.length
  for (;;) {
    i += step
    while (i >= 0 && i < length && isWordUnit(text.charCodeAt(i))) i += step
    const after = i + step
    if (i < 0 || i >= length || !isJoiner(text.charCodeAt(i)) || after < 0 || after >= length || !isWordUnit(text.charCodeAt(after))) return i
    i = after
  }
}

/** Whether the word [start, end) is one of `coordinators` (lower case), in any case: compared unit by unit, no copy. */
export function isCoordinator(text: string, start: number, end: number, coordinators: readonly string[]): boolean {
  outer: for (let c = 0; c < coordinators.length; c++) {
    const word = coordinators[c]!
    if (word.length !== end - start) continue
    for (let k = 0; k < word.length; k++) if (foldUnit(text.charCodeAt(start + k)) !== word.charCodeAt(k)) continue outer
    return true
  }
  return false
}

/** Whether some conjunction of `coordinators` starts (reading forwards) or ends (backwards) with the unit `code`, in any case. */
function mayBeCoordinator(code: number, step: number, coordinators: readonly string[]): boolean {
  const folded = foldUnit(code)
  for (let c = 0; c < coordinators.length; c++) {
    const word = coordinators[c]!
    if (word.charCodeAt(step > 0 ? 0 : word.length - 1) === folded) return true
  }
  return false
}

/** Whether the word [start, end) is capitalised: an upper-case letter, then a lower-case one. */
function isCapitalised(text: string, start: number, end: number): boolean {
  return end - start >= 2 && caseOf(text.charCodeAt(start)) === UPPER && caseOf(text.charCodeAt(start + 1)) === LOWER
}

/**
 * Whether a word of the compound word [start, end) (its runs of word units, in reading order
 * by `step`) is in `set`; with `found`, each such word's start is pushed to it and the search
 * goes on.
 */
function compoundIn(text: string, start: number, end: number, step: number, set: ReadonlySet<string>, shape: WordShape, found: number[] | undefined): boolean {
  let held = false
  let i = step > 0 ? start : end - 1
  while (i >= start && i < end) {
    const near = i
    let dotted = 0
    for (; i >= start && i < end && isWordUnit(text.charCodeAt(i)); i += step) if (text.charCodeAt(i) === DOTTED_I) dotted++
    const runStart = step > 0 ? near : i + 1
    if (wordIn(text, runStart, step > 0 ? i : near + 1, dotted, set, shape)) {
      if (found === undefined) return true
      found.push(runStart)
      held = true
    }
    i += step // the joiner
  }
  return held
}

/** Set by listFar: whether a word of the list is in the set (read only where no `found` is kept). */
let listHeld = false

/**
 * How far the list of names the name at `from` is an item of reaches, reading from `from` by
 * `step` (for -1, `from` is the name's start and the list lies before it; for 1, its end):
 * where its farthest item ends (a boundary, as `from` is), or `from` when no list is there. A
 * list is items separated by a comma, a coordinating conjunction of the language
 * (`coordinators`, lower case: "and", "y", "und") or both (", and"), with spaces; an item is
 * one to MAX_ITEM_WORDS capitalised words (an upper-case letter, then a lower-case one: "Sumy",
 * "Kryvyi Rih", "Ivano-Frankivsk"; not "NATO", nor words of copy in capitals), separated by
 * single spaces. The list stops at anything else: a lower-case word ("regions of", "hit"),
 * other punctuation, a sentence's end. Only units next to the name are read: a list elsewhere
 * in the sentence is no concern of it; and at most MAX_LIST_ITEMS items.
 *
 * Its words are looked up in `set` as they are read, once (the caller reads on from the list's
 * end): each pushed to `found`, or, without it, `listHeld` set at the first one and the
 * reading stopped there.
 */
function listFar(text: string, from: number, step: 1 | -1, coordinators: readonly string[], set: ReadonlySet<string>, shape: WordShape, found: number[] | undefined): number {
  listHeld = false
  const length = text.length
  // `i`: the next unit to read; a boundary reached is `i` reading forwards, `i + 1` backwards.
  const back = step < 0 ? 1 : 0
  let i = from - back
  let far = from
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    // The separator: a comma, a conjunction or both, with spaces around. `wordEnd`: the far end
    // of the word read after it, when one was (a word that is no conjunction begins the item).
    let comma = false
    let conjunction = -1
    let conjunctionEnd = -1
    let wordEnd = -2
    for (;;) {
      let code = text.charCodeAt(i)
      while (code === SPACE || code === NO_BREAK_SPACE) code = text.charCodeAt((i += step))
      if (code === COMMA && !comma) {
        comma = true
        i += step
        continue
      }
      // NaN past either end: no word unit. Without a comma, only a conjunction goes on, and a word
      // whose first unit read is no conjunction's is not read ("Kiev was hit": "w").
      if (!isWordUnit(code) || (!comma && !mayBeCoordinator(code, step, coordinators))) break
      wordEnd = wordFar(text, i, step)
      if (conjunction >= 0 || !(step > 0 ? isCoordinator(text, i, wordEnd, coordinators) : isCoordinator(text, wordEnd + 1, i + 1, coordinators))) break
      conjunction = step > 0 ? i : wordEnd + 1
      conjunctionEnd = step > 0 ? wordEnd : i + 1
      i = wordEnd
      wordEnd = -2
    }
    if (!comma && conjunction < 0) return far
    // The item: capitalised words, each after a single space.
    let words = 0
    let itemFar = -1
    for (;;) {
      if (wordEnd === -2) {
        if (i < 0 || i >= length || !isWordUnit(text.charCodeAt(i))) break
        wordEnd = wordFar(text, i, step)
      }
      const start = step > 0 ? i : wordEnd + 1
      const end = step > 0 ? wordEnd : i + 1
      if (!isCapitalised(text, start, end) || isCoordinator(text, start, end, coordinators)) break
      // The separator's conjunction is the list's once an item follows it.
      if (words === 0 && conjunction >= 0 && compoundIn(text, conjunction, conjunctionEnd, step, set, shape, found) && found === undefined) return (listHeld = true), far
      if (compoundIn(text, start, end, step, set, shape, found) && found === undefined) return (listHeld = true), far
      itemFar = wordEnd + back
      i = wordEnd
      wordEnd = -2
      if (++words === MAX_ITEM_WORDS || text.charCodeAt(i) !== SPACE) break
      i += step
    }
    if (words === 0) return far
    far = itemFar
    i = far - back
  }
  return far
}

/**
 * Whether one of up to `count` words after `from`, lower-cased, is in `set`; stops at the end of
 * the sentence. A list of names the name is the first item of ("Dnipropetrovsk, Kharkiv and
 * Sumy regions") is one step of the `count`, every word of it read (by listFar). With `found`,
 * every such word's start is pushed to it, not just the first.
 */
function someWordAfter(text: string, from: number, count: number, set: ReadonlySet<string>, coordinators: readonly string[], found?: number[]): boolean {
  const shape = shapeOf(set)
  const list = listFar(text, from, 1, coordinators, set, shape, found)
  if (listHeld) return true
  let words = list > from ? 1 : 0
  let i = list
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
      // A part a joiner adds to the word before it is no word of its own ("Michael's").
      if (!continuesWord(text, start)) words++
      continue
    }
    if ((isSentenceEnd(code) && !isTitleDot(text, i)) || (code === 0x0a && text.charCodeAt(i + 1) === 0x0a) || isDatelineDash(text, i)) break
    i++
  }
  return found !== undefined && found.length > 0
}

/**
 * Whether one of up to `count` words before `to`, lower-cased, is in `set`; stops at the start
 * of the sentence. A list of names the name is the last item of ("the regions of Sumy, Kharkiv
 * and Dnipropetrovsk") is one step of the `count`, every word of it read (by listFar). With
 * `found`, every such word's start is pushed to it, not just the first. Also a doubt's words in
 * the name's own sentence (decide.ts, nearDoubt).
 */
export function someWordBefore(text: string, to: number, count: number, set: ReadonlySet<string>, coordinators: readonly string[], found?: number[]): boolean {
  const shape = shapeOf(set)
  const list = listFar(text, to, -1, coordinators, set, shape, found)
  if (listHeld) return true
  let words = list < to ? 1 : 0
  let i = list - 1
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
      // Read backwards, a joined word counts at its first part ("Michael's": at "Michael").
      if (!continuesWord(text, i + 1)) words++
      continue
    }
    if ((isSentenceEnd(code) && !isTitleDot(text, i)) || (code === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0a) || isDatelineDash(text, i)) break
    i--
  }
  return found !== undefined && found.length > 0
}

/**
 * Whether the neighbouring words allow the change (mentions are checked by the matcher).
 * `coordinators`: the language's conjunctions that join the names of a list (see listFar).
 */
export function neighboursAllow(context: Context, text: string, start: number, end: number, coordinators: readonly string[] = NO_COORDINATORS): boolean {
  if (context.notFollowedBy && someWordAfter(text, end, context.window, context.notFollowedBy, coordinators)) return false
  if (context.notPrecededBy && someWordBefore(text, start, context.window, context.notPrecededBy, coordinators)) return false
  return true
}

/**
 * The starts of the neighbouring words that hold the change (none: they allow it), on both
 * sides: asked only of a held name, to tell a word that says the form is something else
 * ("region") from another form of the same name ("Kiev, where Kyiv's mayor…").
 */
export function holdingWords(context: Context, text: string, start: number, end: number, coordinators: readonly string[] = NO_COORDINATORS): number[] {
  const found: number[] = []
  if (context.notFollowedBy) someWordAfter(text, end, context.window, context.notFollowedBy, coordinators, found)
  if (context.notPrecededBy) someWordBefore(text, start, context.window, context.notPrecededBy, coordinators, found)
  return found
}
