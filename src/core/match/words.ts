import { isSpaceUnit, isWordUnit } from '../text/chars.js'

/**
 * Regular expressions that find given words in a text in one native pass, so that rules asking
 * "does this word occur here?" pay per occurrence, not per word of the text. Each one is a
 * prefilter: it finds every word whose `toLowerCase()` is one of the words asked for (and
 * perhaps more); the caller decides on what it finds.
 *
 * No `u` flag. Case: the rules compare `toLowerCase()`, whose mapping is not the regex
 * engine's case folding, so each unit of a word stands for the code units that lower-case to
 * it (`unitsLowering`); the regexes carry the `i` flag and spell a unit as itself where the
 * engine's folding already matches all of those, adding the others (`[k\u212A]`). irregexp
 * compares a caseless letter with a mask and a class of its cases about two times slower
 * (see docs/performance-history.md). Under `i` a spelling may match a few more units (other cases of
 * the same letter): these are prefilters, which may find more, never less.
 */

const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff
/** A code unit in a regex source: itself when an ASCII letter or digit (short sources stay optimized), else escaped. */
const hex = (unit: number) =>
  (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) ? String.fromCharCode(unit) : `\\u${unit.toString(16).padStart(4, '0')}`

let wordClassSource: string | undefined

/** Word units are spelled out up to here (the Latin blocks): beyond, the class would be kilobytes. */
const SPELLED_WORD_UNITS = 0x0250

/**
 * Word units (isWordUnit) as one short class: all of them below U+0250, none above. A
 * negative lookaround on it (`(?<!…)`, `(?!…)`) therefore lets through every true word
 * boundary and a few more, which the caller checks exactly: the whole class of Unicode word
 * units is 436 ranges, and V8 stops optimizing a regex whose source passes 20 KB (it takes a
 * dozen copies, one per phrase end).
 */
export function wordUnitClass(): string {
  if (wordClassSource === undefined) {
    const ranges: string[] = []
    for (let unit = 0; unit < SPELLED_WORD_UNITS; unit++) {
      if (!isWordUnit(unit)) continue
      let last = unit
      while (last + 1 < SPELLED_WORD_UNITS && isWordUnit(last + 1)) last++
      ranges.push(last === unit ? hex(unit) : `${hex(unit)}-${hex(last)}`)
      unit = last
    }
    wordClassSource = `[${ranges.join('')}]`
  }
  return wordClassSource
}

let upper: Map<number, number[]> | undefined

/**
 * The code units that lower-case to `unit` (itself included). A capital sigma lower-cases to
 * final sigma at the end of a word, so it stands for both. Undefined for a unit that only a
 * longer lower-casing produces (the combining dot of "İ" → "i̇") or a surrogate: no class of
 * single units finds those.
 */
export function unitsLowering(unit: number): number[] | undefined {
  if (isSurrogate(unit) || unit === 0x0307) return undefined
  if (upper === undefined) {
    upper = new Map()
    for (let u = 0; u < 0x10000; u++) {
      if (isSurrogate(u)) continue
      const lower = String.fromCharCode(u).toLowerCase()
      // "İ" lower-cases to "i" + a combining dot: it may stand where an "i" is asked for.
      const key = lower.length === 1 ? lower.charCodeAt(0) : u === 0x0130 ? 0x69 : undefined
      if (key === undefined || key === u) continue
      const list = upper.get(key)
      if (list) list.push(u)
      else upper.set(key, [u])
    }
    upper.set(0x03c2, [...(upper.get(0x03c2) ?? []), 0x03a3])
  }
  return [unit, ...(upper.get(unit) ?? [])]
}

/**
 * `text` in any casing that lower-cases to it, as the source of a regex with the `i` flag;
 * undefined when no class of units can say it.
 */
export function anyCase(text: string, map: (unit: number) => number[] | undefined = unitsLowering): string | undefined {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const units = map(text.charCodeAt(i))
    if (units === undefined) return undefined
    out += caseless(units)
  }
  return out
}

const caselessSpellings = new Map<string, string>()

/**
 * The first unit of a caseless spelling: a letter or digit as itself (short sources, and what
 * the engine reads fastest; without the `u` flag "é" and "\u00e9" are the same), whitespace as
 * `\s` (the candidate search reads any run of it as one space), anything else escaped.
 */
function literalUnit(unit: number): string {
  if (isSpaceUnit(unit)) return '\\s'
  const char = String.fromCharCode(unit)
  return unit >= 0xc0 && !isSurrogate(unit) && /\p{L}/u.test(char) ? char : hex(unit)
}

/**
 * `units` under the `i` flag: the first as itself, with those the engine does not fold to it
 * added, each checked with the engine. One spelling for every regex the matcher builds: the
 * candidate search (prefilter.ts), cue phrases and passage words.
 */
export function caseless(units: readonly number[]): string {
  const key = String.fromCharCode(...units)
  let out = caselessSpellings.get(key)
  if (out === undefined) {
    const literal = literalUnit(units[0]!)
    const test = new RegExp(`^${literal}$`, 'i')
    const extra = units.filter((unit) => !test.test(String.fromCharCode(unit)))
    out = extra.length === 0 ? literal : `[${literal}${extra.map(hex).join('')}]`
    caselessSpellings.set(key, out)
  }
  return out
}

const wordPatterns = new WeakMap<ReadonlySet<string>, RegExp | null>()

/**
 * A global regex finding each word of the text whose lower case may be in `words`, or null when
 * one of them cannot be spelled as unit classes (the caller then reads every word). The caller
 * checks that a match is a whole word (see wordUnitClass), and that it starts one: a
 * lookbehind in front would run at every unit of the text. After a match inside a word, the
 * search goes on from the next unit (`lastIndex`), where a word asked for may still start.
 */
export function wordsPattern(words: ReadonlySet<string>): RegExp | null {
  let pattern = wordPatterns.get(words)
  if (pattern === undefined) {
    const alternatives: string[] = []
    for (const word of words) {
      const source = anyCase(word)
      if (source === undefined) {
        alternatives.length = 0
        break
      }
      alternatives.push(source)
    }
    const W = wordUnitClass()
    pattern = alternatives.length === 0 ? null : new RegExp(`(?:${alternatives.join('|')})(?!${W})`, 'gi')
    wordPatterns.set(words, pattern)
  }
  return pattern
}
