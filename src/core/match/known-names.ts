import { SPACE, foldForm, foldUnit, formMayEndAt, isSpaceUnit, isWordUnit } from '../text/chars.js'
import { FNV_SEED, fnvStep } from '../text/hash.js'
import { acceptsFormCasing, mayStartLower } from './casing.js'
import type { Entry } from './entry.js'

/**
 * Letters of words without a capital, outside the names, after which `blank` stops: more than
 * the detector is given (SAMPLE_CHARS, 600 characters of sample, spaces included, of which eld
 * reads 450), so that both readings of detectProse (copydesk.ts) and the function words (at most
 * 24 words) find their whole sample in what it returns. Counted on what normalizing leaves as
 * it was, so the output of a text and of its normalized copy stop at the same word.
 */
export const BLANK_LETTERS = 800

/** Input read at most (prepareText's MAX_SCAN_CHARS): a text of names alone costs no more than a 20 KB one. */
const MAX_SCAN = 20_000

/** What `spans` answers where it finds no form: one shared empty list, never written to. */
const NONE: number[] = []

/** Bits of a hash the prefix filter keys on (KnownNames.prefixes), and the mask of its word index. */
const PREFIX_BITS = 18
const PREFIX_WORDS = (1 << (PREFIX_BITS - 5)) - 1

/** A hash kept to 30 bits is a small integer to V8. */
const SMI_BITS = 0x3fffffff


/**
 * Every name a glossary knows in any of its languages (its variants and house forms), found in a
 * text as the matcher finds its own: whole words, folded, leftmost-longest, in the casings the
 * matcher takes. For reading a text's language without them (copydesk.ts, detectProse):
 * normalizing a text writes one of these in place of another, so a text and its normalized copy
 * read the same once they are blanked. The forms of every language, since a span in another
 * language is normalized by that language's style (foreign-spans.ts). Not the exceptions: they
 * never change, but one language's may hold the name another language's style changes, and
 * blanked whole before and not after ("Dnipropetrovsk region", English's, in copy read as
 * French, which writes "Dnipro region"), their other words ("region") would be read in one run
 * only.
 *
 * A table of hashes of the folded forms, and of their prefixes that end a word, walked from the
 * word starts a form may take: integer work until a hash agrees, and a walk stops at the first
 * word no form continues with. Built once per glossary, from its matchers' entries.
 */
export class KnownNames {
  /** Per slot, 1 + a hash (0: empty); `ends` says whether a whole form has it, else only a prefix ending a word. */
  private readonly hashes: Int32Array
  private readonly ends: Uint8Array
  /**
   * Per slot of a whole form, the forms as written whose folded hash it is (of one key, or of
   * two that collide): a match must be one of them in a casing the matcher takes.
   */
  private readonly forms: (string[] | undefined)[]
  private readonly mask: number
  /** 1 at each code unit a form may start with, as written (a capital for a name, either case for a lower-case form). */
  readonly starts = new Uint8Array(0x10000)
  /** Units of the longest folded form. */
  private readonly longest: number
  /**
   * One bit per hash (its low PREFIX_BITS bits) of every folded form's every prefix: a walk stops
   * at the first unit no form continues with ("the c", "Sec"), most often without a probe of
   * the table. 32 KB, where a walk's probes of the table read cache lines all over its 80.
   */
  private readonly prefixes = new Int32Array(1 << (PREFIX_BITS - 5))

  constructor(entries: Iterable<Entry>) {
    // Per folded form, the forms as written.
    const byKey = new Map<string, string[]>()
    for (const entry of entries) {
      if (entry.kind === 'exception') continue
      const key = foldForm(entry.form)
      if (key === '') continue
      let forms = byKey.get(key)
      if (forms === undefined) byKey.set(key, (forms = []))
      if (!forms.includes(entry.form)) forms.push(entry.form)
      const first = entry.form.trimStart().charCodeAt(0)
      this.starts[first] = 1
      if (mayStartLower(entry)) {
        const upper = String.fromCharCode(first).toUpperCase()
        const lower = String.fromCharCode(first).toLowerCase()
        if (upper.length === 1) this.starts[upper.charCodeAt(0)] = 1
        if (lower.length === 1) this.starts[lower.charCodeAt(0)] = 1
      }
    }
    let size = 16
    while (size < 4 * byKey.size) size *= 2
    this.hashes = new Int32Array(size)
    this.ends = new Uint8Array(size)
    this.forms = new Array<string[] | undefined>(size).fill(undefined)
    this.mask = size - 1
    let longest = 0
    for (const [key, forms] of byKey) {
      if (key.length > longest) longest = key.length
      let hash = FNV_SEED
      for (let i = 0; i < key.length; i++) {
        hash = fnvStep(hash, key.charCodeAt(i))
        this.prefixes[(hash >>> 5) & PREFIX_WORDS]! |= 1 << (hash & 31)
        // A prefix that ends a word inside the form: the walk goes on past that word.
        if (i + 1 < key.length && isWordUnit(key.charCodeAt(i)) && !isWordUnit(key.charCodeAt(i + 1))) this.add(hash & SMI_BITS, 0)
      }
      const slot = this.add(hash & SMI_BITS, 1)
      this.forms[slot] = this.forms[slot] === undefined ? forms : [...this.forms[slot]!, ...forms]
    }
    this.longest = longest
  }

  private add(hash: number, end: number): number {
    let slot = hash & this.mask
    while (this.hashes[slot] !== 0 && this.hashes[slot] !== hash + 1) slot = (slot + 1) & this.mask
    this.hashes[slot] = hash + 1
    this.ends[slot] = this.ends[slot]! | end
    return slot
  }

  /**
   * Whether some form begins with a word (the whole form, or a prefix ending a word) whose
   * folded units hash to `hash`, as the walk hashes them: the prefix filter first, the table
   * only where it passes. A collision answers true, which costs a walk and no wrong answer.
   */
  firstWord(hash: number): boolean {
    return (this.prefixes[(hash >>> 5) & PREFIX_WORDS]! & (1 << (hash & 31))) !== 0 && this.lookup(hash & SMI_BITS) !== -1
  }

  /** -1: no form and no prefix has the hash; -2: a prefix only; else the slot of a whole form (maybe a prefix too). */
  private lookup(hash: number): number {
    for (let slot = hash & this.mask; this.hashes[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] === hash + 1) return this.ends[slot] === 1 ? slot : -2
    }
    return -1
  }

  /**
   * The end of the longest known form starting at word start `start` (before `limit`), or -1:
   * what looksUnlike (markup/function-words.ts) reads past, at a word start `starts` allows.
   */
  endAt(text: string, start: number, limit: number): number {
    let hash = FNV_SEED
    let best = -1
    let i = start
    for (let walked = 0; walked < this.longest && i < limit; walked++) {
      let code = text.charCodeAt(i)
      let word = false
      if (isSpaceUnit(code)) {
        // A run of whitespace is one space; a blank line ends the phrase (as the matcher walks).
        let breaks = 0
        while (i < limit && isSpaceUnit(text.charCodeAt(i))) {
          if (text.charCodeAt(i) === 0x0a) breaks++
          i++
        }
        if (breaks > 1) break
        code = SPACE
      } else {
        word = isWordUnit(code)
        // ASCII folded inline: foldUnit is a call, and most units of Latin-script copy are ASCII.
        code = code < 0x80 ? (code >= 0x41 && code <= 0x5a ? code | 0x20 : code) : foldUnit(code)
        i++
      }
      hash = fnvStep(hash, code)
      // No form begins so.
      if ((this.prefixes[(hash >>> 5) & PREFIX_WORDS]! & (1 << (hash & 31))) === 0) break
      const wordEnds = word && (i === text.length || !isWordUnit(text.charCodeAt(i)))
      if (!word || wordEnds) {
        const found = this.lookup(hash & SMI_BITS)
        if (found >= 0 && formMayEndAt(text, i) && this.fits(this.forms[found]!, text, start, i)) best = i
        // No form goes on past this word.
        if (found === -1 && wordEnds) break
      }
    }
    return best
  }

  /**
   * Whether text[start, end), whose folded hash is that of `forms`, is one of them in a casing the
   * matcher takes (which also tells a hash that collides): most stand as written, compared in place.
   */
  private fits(forms: readonly string[], text: string, start: number, end: number): boolean {
    for (const form of forms) if (form.length === end - start && text.startsWith(form, start)) return true
    const matched = text.slice(start, end)
    for (const form of forms) if (acceptsFormCasing(form, matched)) return true
    return false
  }

  /**
   * The known forms in text[from, to), as [start, end) pairs in one flat list, in order, read up
   * to where `reach` units outside them have been passed (a form crossing that point is whole):
   * the ranges looksUnlike (markup/function-words.ts) does not read a block's words in, nor counts
   * (it finds them as it reads, with `endAt`, and stops where the block settles).
   */
  spans(text: string, from: number, to: number, reach: number): number[] {
    const out: number[] = []
    this.walk(text, from, to, reach, out)
    return out.length === 0 ? NONE : out
  }

  /** The units of text[from, to) in known forms (dominantOf, markup/language.ts: a block weighed without them). */
  namedUnits(text: string, from: number, to: number): number {
    return this.walk(text, from, to, Infinity, undefined)
  }

  /** The known forms of text[from, to), read until `reach` units outside them: their units, each pushed to `out` when given. */
  private walk(text: string, from: number, to: number, reach: number, out: number[] | undefined): number {
    let named = 0
    let outside = 0
    let i = from
    while (i < to && outside < reach) {
      const code = text.charCodeAt(i)
      if (!isWordUnit(code)) {
        i++
        outside++
        continue
      }
      if (this.starts[code] === 1) {
        const end = this.endAt(text, i, to)
        if (end !== -1) {
          if (out !== undefined) out.push(i, end)
          named += end - i
          i = end
          continue
        }
      }
      const start = i
      i++
      while (i < to && isWordUnit(text.charCodeAt(i))) i++
      outside += i - start
    }
    return named
  }

  /**
   * `text` with every known form a space, cut at the end of the word at which its words without a
   * capital (outside the forms) reach `letters` letters: what its language is read from.
   */
  blank(text: string, letters: number = BLANK_LETTERS): string {
    const limit = Math.min(text.length, MAX_SCAN)
    let out = ''
    let copied = 0
    let lower = 0
    let i = 0
    while (i < limit) {
      const code = text.charCodeAt(i)
      if (!isWordUnit(code)) {
        i++
        continue
      }
      if (this.starts[code] === 1) {
        const end = this.endAt(text, i, limit)
        if (end !== -1) {
          out += text.slice(copied, i) + ' '
          copied = i = end
          continue
        }
      }
      const start = i
      i++
      while (i < limit && isWordUnit(text.charCodeAt(i))) i++
      if (foldUnit(code) === code && (lower += i - start) >= letters) break
    }
    return copied === 0 && i >= text.length ? text : out + text.slice(copied, i)
  }
}
