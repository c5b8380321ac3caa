import { SPACE, foldUnit, formMayEndAt, isSpaceUnit, isWordUnit } from '../text/chars.js'
import { FNV_SEED, fnvStep } from '../text/hash.js'
import { acceptsFormCasing, mayStartLower } from './casing.js'
import type { Trie } from './trie.js'

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
 * What KnownNames reads a text with, as plain data: made from a glossary's tries by `nameTable`,
 * or read back from what the build stored (`storedNameTable`). The tests also make it from the
 * entries, the simple way, and compare.
 */
export interface NameTable {
  /** Per slot, 1 + a hash (0: empty); `ends` says whether a whole form has it, else only a prefix ending a word. Open addressing, a power of two. */
  readonly hashes: Int32Array
  readonly ends: Uint8Array
  /**
   * Per slot of a whole form, the forms as written whose folded hash it is (of one key, or of
   * two that collide): a match must be one of them in a casing the matcher takes.
   */
  readonly forms: readonly (readonly string[] | undefined)[]
  /** 1 at each code unit a form may start with, as written (a capital for a name, either case for a lower-case form). */
  readonly starts: Uint8Array
  /** Units of the longest folded form. */
  readonly longest: number
  /**
   * One bit per hash (its low PREFIX_BITS bits) of every folded form's every prefix: a walk stops
   * at the first unit no form continues with ("the c", "Sec"), most often without a probe of
   * the table. 32 KB, where a walk's probes of the table read cache lines all over its 80.
   */
  readonly prefixes: Int32Array
}

/** The slots of a NameTable at most a quarter full of whole forms and half full in all: a probe reads a slot or two. */
export function nameSlots(wholeForms: number): number {
  let size = 16
  while (size < 4 * wholeForms) size *= 2
  return size
}

/**
 * The known names of the forms in `tries` (a glossary's languages; a trie given twice, a
 * profile's language that is its base's, is read once), read off the tries: they hold every
 * form folded, in runs of units shared by the forms that begin alike, so one pass down their
 * nodes hashes each prefix once, with integer work. Made from the entries instead (folding
 * every form, a Map of the folded forms, hashing every unit of each), the names of the `news`
 * glossary's seven languages, 14,912 forms, cost 14.2 ms of main-thread CPU in a fresh process
 * and 51.9 of the process's; read off the tries, 11.4 and 39.0, most of it V8 compiling these
 * loops (docs/performance-history.md, round 38). So the build stores the bundled glossaries'
 * (StoredNames), and this runs for a glossary compiled at start, and for the build.
 *
 * Relies on what buildTrie makes, and the precompiled reader checks: a node's index is above its
 * parent's. Read down the indexes, a node comes after its parent (whose path's hash it goes on
 * from); up them, after its children (whether a form that is not an exception lies below it).
 */
export function nameTable(tries: Iterable<Trie>): NameTable {
  const read = [...new Set(tries)].map(liveNodes)
  let wholeForms = 0
  for (const { forms } of read) wholeForms = Math.max(wholeForms, forms)
  const names: Names = {
    slots: new NameSlots(nameSlots(wholeForms)),
    prefixes: new Int32Array(1 << (PREFIX_BITS - 5)),
    starts: new Uint8Array(0x10000),
    classes: new Uint8Array(0x10000),
    longest: 0,
  }
  for (const nodes of read) addForms(nodes, addPaths(nodes, names), names)
  const { slots, prefixes, starts, longest } = names
  return { hashes: slots.hashes, ends: slots.ends, forms: slots.forms, starts, longest, prefixes }
}

/** A NameTable as nameTable fills it, and what it has learnt of code units (`classes`: see WORD). */
interface Names {
  readonly slots: NameSlots
  readonly prefixes: Int32Array
  readonly starts: Uint8Array
  readonly classes: Uint8Array
  longest: number
}

/**
 * Bits of `Names.classes`, per code unit: in a word (WORD) or not (OTHER), as isWordUnit says,
 * asked once per unit and not once per unit of the tries; CASED once mayStartLower was asked of
 * a form starting with it (its answer, for a unit that is not a surrogate, is the same for every
 * form starting with it, and is in `starts` already).
 */
const WORD = 1
const OTHER = 2
const CASED = 4

/** LiveNodes.live: a node on the path of a form that is not an exception, or where one ends. */
const ON_PATH = 1
const FORM = 2

interface LiveNodes {
  readonly trie: Trie
  /** Per node its parent (0 for the root's children, which its table holds, not a chain). */
  readonly parent: Int32Array
  /**
   * Per node, FORM where a form that is not an exception ends, ON_PATH where one lies below, else
   * 0: a path that leads only to exceptions is no name, nor any prefix of one. The root is 0 (its
   * forms, empty, are no names).
   */
  readonly live: Uint8Array
  /** The FORM nodes. */
  readonly forms: number
}

function liveNodes(trie: Trie): LiveNodes {
  const { firstChild, nextSibling, firstEntry, nextEntry, entries } = trie
  const nodes = firstChild.length
  const parent = new Int32Array(nodes)
  const live = new Uint8Array(nodes)
  let forms = 0
  for (let n = 1; n < nodes; n++) {
    for (let child = firstChild[n]!; child !== 0; child = nextSibling[child]!) parent[child] = n
    for (let e = firstEntry[n]!; e !== 0; e = nextEntry[e - 1]!) {
      if (entries[e - 1]!.kind === 'exception') continue
      live[n] = FORM
      forms++
      break
    }
  }
  for (let n = nodes - 1; n > 0; n--) if (live[n] !== 0 && live[parent[n]!] === 0) live[parent[n]!] = ON_PATH
  return { trie, parent, live, forms }
}

/**
 * Hashes the units of every live node's run, each once: every prefix's hash to the prefix
 * filter, a prefix that ends a word inside a form to the table (the walk goes on past it), the
 * longest path to a form to `longest`. Per node, the hash of its path (the root's: the seed).
 * The build's hottest loop (74,510 units for `news`), run once a process in code not yet
 * optimized, where a call costs: a unit's class is read from `classes`, the hash stepped in place.
 */
function addPaths({ trie, parent, live }: LiveNodes, names: Names): Int32Array {
  const { run, units } = trie
  const { slots, prefixes, classes } = names
  const nodes = live.length
  const hashAt = new Int32Array(nodes)
  const depth = new Int32Array(nodes)
  hashAt[0] = FNV_SEED
  for (let n = 1; n < nodes; n++) {
    if (live[n] === 0) continue
    const up = parent[n]!
    const from = run[n]!
    const to = run[n + 1]!
    let hash = hashAt[up]!
    // The class of the unit before: the parent's last (none before a root child's first).
    let before = up === 0 ? OTHER : classes[units[run[up + 1]! - 1]!]! & (WORD | OTHER)
    for (let at = from; at < to; at++) {
      const unit = units[at]!
      let unitClass = classes[unit]! & (WORD | OTHER)
      if (unitClass === 0) {
        unitClass = isWordUnit(unit) ? WORD : OTHER
        classes[unit] = classes[unit]! | unitClass
      }
      if (unitClass === OTHER && before === WORD) slots.add(hash & SMI_BITS, 0)
      hash = Math.imul(hash ^ unit, 0x01000193) // fnvStep
      prefixes[(hash >>> 5) & PREFIX_WORDS]! |= 1 << (hash & 31)
      before = unitClass
    }
    hashAt[n] = hash
    depth[n] = depth[up]! + to - from
    if (live[n] === FORM && depth[n]! > names.longest) names.longest = depth[n]!
  }
  return hashAt
}

/**
 * Every form that is not an exception to its slot, as written, once; its first unit as written
 * to `starts`, and where it may start lower (mayStartLower), that letter in either case.
 */
function addForms({ trie, live }: LiveNodes, hashAt: Int32Array, names: Names): void {
  const { firstEntry, nextEntry, entries } = trie
  const { slots, starts, classes } = names
  for (let n = 1; n < live.length; n++) {
    if (live[n] !== FORM) continue
    const slot = slots.add(hashAt[n]! & SMI_BITS, 1)
    for (let e = firstEntry[n]!; e !== 0; e = nextEntry[e - 1]!) {
      const entry = entries[e - 1]!
      if (entry.kind === 'exception') continue
      slots.addForm(slot, entry.form)
      const first = entry.form.trimStart().charCodeAt(0)
      starts[first] = 1
      if ((classes[first]! & CASED) !== 0) continue
      if (first < 0xd800 || first > 0xdfff) classes[first] = classes[first]! | CASED
      if (!mayStartLower(entry)) continue
      const upper = String.fromCharCode(first).toUpperCase()
      const lower = String.fromCharCode(first).toLowerCase()
      if (upper.length === 1) starts[upper.charCodeAt(0)] = 1
      if (lower.length === 1) starts[lower.charCodeAt(0)] = 1
    }
  }
}

/**
 * A NameTable as the build stores it with the glossaries (glossary/precompiled.ts): its slots in
 * use in slot order, each 1 + its hash, negative (bit 31) where a whole form has it; the forms of
 * each whole form, in that order. Read back (`storedNameTable`), the known names of a bundled
 * glossary cost the first text read with "auto" no walk of the tries: the start's own decoding of
 * the tries has compiled what decodes them.
 */
export interface StoredNames {
  readonly slots: Int32Array
  readonly forms: readonly (readonly string[])[]
  readonly prefixes: Int32Array
  readonly starts: Uint8Array
  readonly longest: number
}

export function storedNames(table: NameTable): StoredNames {
  const slots: number[] = []
  const forms: (readonly string[])[] = []
  table.hashes.forEach((stored, slot) => {
    if (stored === 0) return
    slots.push(table.ends[slot] === 1 ? stored | WHOLE : stored)
    if (table.ends[slot] === 1) forms.push(table.forms[slot]!)
  })
  return { slots: Int32Array.from(slots), forms, prefixes: table.prefixes, starts: table.starts, longest: table.longest }
}

/**
 * The NameTable `storedNames` stored: its slots put back in a table of the size nameTable would
 * give (where they land does not change an answer), each whole form's forms as they come.
 * Throws on forms that do not match its whole forms (not what it wrote).
 */
export function storedNameTable(stored: StoredNames): NameTable {
  const { slots: values, forms: storedForms } = stored
  let wholeForms = 0
  for (let i = 0; i < values.length; i++) if (values[i]! < 0) wholeForms++
  if (wholeForms !== storedForms.length) throw new Error(`stored known names: ${storedForms.length} lists of forms for ${wholeForms} whole forms`)
  if (stored.prefixes.length !== 1 << (PREFIX_BITS - 5)) throw new Error(`stored known names: a prefix filter of ${stored.prefixes.length} words, not ${1 << (PREFIX_BITS - 5)}`)
  let size = nameSlots(wholeForms)
  while (2 * values.length > size) size *= 2
  const hashes = new Int32Array(size)
  const ends = new Uint8Array(size)
  const forms = new Array<readonly string[] | undefined>(size).fill(undefined)
  const mask = size - 1
  let form = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    const hashPlusOne = value & ~WHOLE
    let slot = (hashPlusOne - 1) & mask
    while (hashes[slot] !== 0) slot = (slot + 1) & mask
    hashes[slot] = hashPlusOne
    if (value >= 0) continue
    ends[slot] = 1
    forms[slot] = storedForms[form++]
  }
  return { hashes, ends, forms, starts: stored.starts, longest: stored.longest, prefixes: stored.prefixes }
}

/** StoredNames.slots: the bit of a whole form (a stored hash is 1 + 30 bits). */
const WHOLE = 1 << 31

/** The open-addressed table of a NameTable as it is filled, twice its size when it passes nameSlots' bounds. */
class NameSlots {
  hashes: Int32Array
  ends: Uint8Array
  forms: (string[] | undefined)[]
  private used = 0
  private wholeForms = 0

  constructor(size: number) {
    this.hashes = new Int32Array(size)
    this.ends = new Uint8Array(size)
    this.forms = new Array<string[] | undefined>(size).fill(undefined)
  }

  /** The slot of `hash` (30 bits), added if new; `end` 1: a whole form has it. */
  add(hash: number, end: number): number {
    const mask = this.hashes.length - 1
    let slot = hash & mask
    while (this.hashes[slot] !== 0 && this.hashes[slot] !== hash + 1) slot = (slot + 1) & mask
    if (this.hashes[slot] === 0) {
      this.hashes[slot] = hash + 1
      this.used++
    }
    if (end === 1 && this.ends[slot] === 0) {
      this.ends[slot] = 1
      this.wholeForms++
    }
    if (4 * this.wholeForms <= this.hashes.length && 2 * this.used <= this.hashes.length) return slot
    this.grow()
    return this.add(hash, end)
  }

  /** `form` among the slot's forms, once. */
  addForm(slot: number, form: string): void {
    const forms = this.forms[slot]
    if (forms === undefined) this.forms[slot] = [form]
    else if (!forms.includes(form)) forms.push(form)
  }

  private grow(): void {
    const { hashes, ends, forms } = this
    const size = 2 * hashes.length
    const mask = size - 1
    this.hashes = new Int32Array(size)
    this.ends = new Uint8Array(size)
    this.forms = new Array<string[] | undefined>(size).fill(undefined)
    for (let from = 0; from < hashes.length; from++) {
      if (hashes[from] === 0) continue
      let slot = (hashes[from]! - 1) & mask
      while (this.hashes[slot] !== 0) slot = (slot + 1) & mask
      this.hashes[slot] = hashes[from]!
      this.ends[slot] = ends[from]!
      this.forms[slot] = forms[from]
    }
  }
}

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
 * word no form continues with. Built once per glossary, from its matchers' tries (`nameTable`).
 */
export class KnownNames {
  private readonly hashes: Int32Array
  private readonly ends: Uint8Array
  private readonly forms: readonly (readonly string[] | undefined)[]
  private readonly mask: number
  /** See NameTable. */
  readonly starts: Uint8Array
  private readonly longest: number
  private readonly prefixes: Int32Array

  constructor(table: NameTable) {
    this.hashes = table.hashes
    this.ends = table.ends
    this.forms = table.forms
    this.mask = table.hashes.length - 1
    this.starts = table.starts
    this.longest = table.longest
    this.prefixes = table.prefixes
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
