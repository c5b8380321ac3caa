import type { Entry, VariantEntry } from '../match/entry.js'
import { SPACE, foldForm, foldUnit, isSpaceUnit, isWordUnit } from '../text/chars.js'
import { FNV_SEED, fnvStep, hashSlot, mixHash, nextHashSlot, putPair } from '../text/hash.js'
import { noteFacts, NOT_ONE_WORD, VARIANT, type KeyFacts } from '../match/key-facts.js'

/** FNV-1a (unmixed) of a folded key: what the walk below computes unit by unit. */
function hashKey(key: string): number {
  let hash = FNV_SEED
  for (let i = 0; i < key.length; i++) hash = fnvStep(hash, key.charCodeAt(i))
  return hash
}

/** 2^20 bits (128 KB): a tenth full with 100,000 replacements. */
const HASH_BITS = 1 << 20
const setBit = (set: Uint32Array, hash: number) => {
  const bit = hash & (HASH_BITS - 1)
  set[bit >>> 5]! |= 1 << (bit & 31)
}
const hasBit = (set: Uint32Array, hash: number): boolean => {
  const bit = hash & (HASH_BITS - 1)
  return (set[bit >>> 5]! & (1 << (bit & 31))) !== 0
}

/**
 * Makes normalization idempotent where one change would complete a longer variant: German
 * "Kiew" becomes "Kyiv" in English, and "Dynamo-Kiew" would become "Dynamo-Kyiv" — itself a
 * variant of Dynamo Kyiv, changed only on a second run. For every variant that contains
 * another concept's replacement as whole words ("Dynamo-Kiew": Dynamo, Dynamo-Kiew, Kiew),
 * the forms with that replacement's variants in its place are added as variants too, so the
 * longest match takes it in one run.
 *
 * `keys[i]` is `foldForm(entries[i].form)`; the result has the keys of the added forms too.
 * Each run of whole words is folded and hashed as it is walked, allocating nothing: only a
 * run whose hash is some replacement's is sliced, folded and compared (a few in a glossary of
 * 100,000 concepts, not millions). The lists come back as they came when nothing is added.
 */
export function closeUnderReplacement(entries: Entry[], keys?: readonly string[]): { entries: Entry[]; keys: readonly string[] }
/** With the entries' facts (KeyFacts): the variants found by their flags, and the facts of the added forms noted. */
export function closeUnderReplacement(entries: Entry[], keys: readonly string[], facts: KeyFacts): { entries: Entry[]; keys: readonly string[]; facts: KeyFacts }
export function closeUnderReplacement(entries: Entry[], keys: readonly string[] = entries.map((e) => foldForm(e.form)), facts?: KeyFacts): { entries: Entry[]; keys: readonly string[]; facts?: KeyFacts } {
  // Allocated at its bound and cut, not pushed (grown and copied twenty times for 300,000).
  const variants = new Array<VariantEntry>(entries.length)
  let count = 0
  // With the facts: the key's hash of each variant that is one word (NOT_ONE_WORD unset), else -1.
  let oneWord: Int32Array | undefined
  // The variants are grouped by replacement as they are collected: each variant's entry is
  // read once, where a second pass over 300,000 of them (20 MB of heap) missed the cache again.
  const groups = newGroups(entries.length)
  if (facts !== undefined) {
    // Only the variants' entries are read (a byte each for the others).
    const { flags, hashes } = facts
    oneWord = new Int32Array(entries.length)
    for (let e = 0; e < entries.length; e++) {
      if ((flags[e]! & VARIANT) === 0) continue
      const entry = entries[e]!
      if (entry.kind !== 'variant') continue
      oneWord[count] = (flags[e]! & NOT_ONE_WORD) === 0 ? hashes[e]! : -1
      addToGroup(groups, entry, count)
      variants[count++] = entry
    }
  } else {
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!
      if (entry.kind !== 'variant') continue
      addToGroup(groups, entry, count)
      variants[count++] = entry
    }
  }
  variants.length = count
  const found: Spelled = { known: undefined, entries: [], keys: undefined, allKeys: keys }
  const scratch: Scratch = { units: new Uint16Array(64), word: new Uint8Array(64) }
  let outEntries: Entry[] | undefined
  let frontier = variants
  for (let round = 0; round < 3 && frontier.length > 0; round++) {
    found.entries = []
    for (let v = 0; v < frontier.length; v++) {
      // A variant whose key is one word of word units has one run of whole words, the word
      // itself, hashed by the walk as its key is (the fold keeps every unit's being a word
      // unit or not, but U+02BC, a letter that folds to an apostrophe, which makes its key
      // more than one word): where no replacement has that hash, the walk would find nothing,
      // and its form is not read.
      const hash = round === 0 && oneWord !== undefined ? oneWord[v]! : -1
      if (hash !== -1 && !hasBit(groups.bits, hash)) continue
      // The walk is a function of its own: one function of all the steps was compiled twice
      // by Turbofan (on-stack replacement of each of its loops), 100–200 ms of its time each.
      walkVariant(frontier[v]!, variants, groups, scratch, found)
    }
    const added = found.entries
    if (added.length > 0) outEntries ??= entries.slice()
    for (const entry of added) outEntries!.push(entry)
    frontier = added
  }
  // Most glossaries gain no form: the lists are returned as they came, not copied.
  const outKeys = found.keys ?? keys
  if (facts === undefined) return { entries: outEntries ?? entries, keys: outKeys }
  if (outEntries === undefined) return { entries, keys: outKeys, facts }
  const more = { flags: new Uint8Array(outEntries.length), hashes: new Int32Array(outEntries.length) }
  more.flags.set(facts.flags)
  more.hashes.set(facts.hashes)
  for (let e = entries.length; e < outEntries.length; e++) noteFacts(more, e, outEntries[e]!, outKeys[e]!)
  return { entries: outEntries, keys: outKeys, facts: more }
}

/**
 * Per folded replacement a group: its replacement as written (folded only to compare, see
 * `sameGroupKey`) and its variants as a chain in input order (`next`, 1 + variant index, 0
 * ends). Groups are found by an open-addressing table of (mixed hash, 1 + group) pairs, by
 * replacement while they are gathered and by hash during the walk, behind a bit set of the
 * hashes' low 20 bits (128 KB, in the cache: most runs of words are dismissed there, the table
 * is probed for one in ten). Only a run with a replacement's whole hash (its own, or a rare
 * collision) is sliced, folded and compared. A Map of lists made a list per replacement and its
 * lookups a string per probe; a folded string per replacement was 100,000 strings made to be
 * compared a few times.
 */
interface ReplacementGroups {
  bits: Uint32Array
  table: Int32Array<ArrayBuffer>
  /** Per group, its replacement as written, and folded once compared (undefined before). */
  replacements: string[]
  folded: (string | undefined)[]
  first: number[]
  last: number[]
  next: Int32Array
  /** The replacement of the variant added last, and its group: a concept's variants come together and share one. */
  replacement: string | undefined
  group: number
}

/** What the walk found: the spelled forms of this round, and every key so far (copied from `allKeys` at the first). */
interface Spelled {
  /** Every key, for the rare form the closure spells: built when the first one is. */
  known: Set<string> | undefined
  entries: VariantEntry[]
  keys: string[] | undefined
  allKeys: readonly string[]
}

/**
 * Each form's units and whether each is a word unit, read once into scratch arrays: the forms
 * are strings of every representation V8 has (flat, sliced, concatenated, one or two bytes a
 * unit), so after a glossary like news every read of one through charCodeAt took the
 * megamorphic path, four reads a unit in the walk.
 */
interface Scratch {
  units: Uint16Array
  word: Uint8Array
}

/** Groups for up to `size` variants. */
function newGroups(size: number): ReplacementGroups {
  return { bits: new Uint32Array(HASH_BITS >>> 5), table: new Int32Array(2048), replacements: [], folded: [], first: [], last: [], next: new Int32Array(size), replacement: undefined, group: 0 }
}

/** Adds `variant`, the variant number `v`, to its replacement's group (made if new). */
function addToGroup(groups: ReplacementGroups, variant: VariantEntry, v: number): void {
  let group = groups.group
  if (variant.replacement !== groups.replacement) {
    const replacement = (groups.replacement = variant.replacement)
    const hash = foldedHash(replacement)
    const mixed = mixHash(hash)
    const { table } = groups
    let at = hashSlot(table, mixed)
    for (group = table[at + 1]!; group !== 0 && !sameGroupKey(groups, group, replacement); group = table[at + 1]!) at = nextHashSlot(table, mixed, at)
    if (group === 0) {
      groups.replacements.push(replacement)
      groups.folded.push(undefined)
      groups.first.push(v + 1)
      groups.last.push(v + 1)
      group = groups.replacements.length
      groups.table = putPair(table, at, mixed, group)
      setBit(groups.bits, hash)
      groups.group = group
      return
    }
    groups.group = group
  }
  groups.next[groups.last[group - 1]! - 1] = v + 1
  groups.last[group - 1] = v + 1
}

/** Whether group `group`'s replacement folds to what `form` folds to (the hashes agree: a rare test). */
function sameGroupKey(groups: ReplacementGroups, group: number, form: string): boolean {
  return groupKey(groups, group) === foldForm(form)
}

/** Group `group`'s replacement, folded. */
function groupKey(groups: ReplacementGroups, group: number): string {
  return (groups.folded[group - 1] ??= foldForm(groups.replacements[group - 1]!))
}

/**
 * `hashKey(foldForm(form))`: for a form of printable ASCII with single spaces between words
 * (foldForm's own fast case, most replacements) hashed as it is read, lower-cased unit by unit,
 * without making the folded string.
 */
function foldedHash(form: string): number {
  let hash = FNV_SEED
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i)
    if (!((code > SPACE && code < 0x7f) || (code === SPACE && i > 0 && i < form.length - 1 && form.charCodeAt(i - 1) !== SPACE))) return hashKey(foldForm(form))
    hash = fnvStep(hash, code >= 0x41 && code <= 0x5a ? code + 0x20 : code)
  }
  return form.length > 0 ? hash : hashKey(foldForm(form))
}

/** The group whose key is form[start, end) folded (FNV hash `hash`), or 0. */
function groupOf(groups: ReplacementGroups, hash: number, form: string, start: number, end: number): number {
  if (!hasBit(groups.bits, hash)) return 0
  const { table } = groups
  const mixed = mixHash(hash)
  let key: string | undefined
  for (let at = hashSlot(table, mixed); table[at + 1] !== 0; at = nextHashSlot(table, mixed, at)) {
    key ??= foldForm(form.slice(start, end))
    if (groupKey(groups, table[at + 1]!) === key) return table[at + 1]!
  }
  return 0
}

/** Walks `variant`'s runs of whole words and spells it with the variants of every replacement one of them is. */
function walkVariant(variant: VariantEntry, variants: readonly VariantEntry[], groups: ReplacementGroups, scratch: Scratch, found: Spelled): void {
  const form = variant.form
  const length = form.length
  if (length > scratch.units.length) {
    scratch.units = new Uint16Array(2 * length)
    scratch.word = new Uint8Array(2 * length)
  }
  const { units, word } = scratch
  for (let i = 0; i < length; i++) {
    const code = form.charCodeAt(i)
    units[i] = code
    word[i] = isWordUnit(code) ? 1 : 0
  }
  for (let start = 0; start < length; start++) {
    if (word[start] === 0 || (start > 0 && word[start - 1] === 1)) continue
    // Hash form[start, end) as foldForm would fold it (a whitespace run is one space) and
    // try each word end, in order.
    let hash = FNV_SEED
    let inSpace = false
    for (let i = start; i < length; i++) {
      const code = units[i]!
      if (isSpaceUnit(code)) {
        inSpace = true
        continue
      }
      if (inSpace) hash = fnvStep(hash, SPACE)
      inSpace = false
      hash = fnvStep(hash, foldUnit(code))
      // A word end: a word unit not followed by one.
      if (word[i] === 0 || (i + 1 < length && word[i + 1] === 1)) continue
      const inner = groupOf(groups, hash, form, start, i + 1)
      if (inner !== 0) spell(variant, start, i + 1, inner, variants, groups, found)
    }
  }
}

/** `variant` with each variant of group `inner` (another concept's) in place of form[start, end): the new forms, once each. */
function spell(variant: VariantEntry, start: number, end: number, inner: number, variants: readonly VariantEntry[], groups: ReplacementGroups, found: Spelled): void {
  const form = variant.form
  for (let s = groups.first[inner - 1]!; s !== 0; s = groups.next[s - 1]!) {
    const source = variants[s - 1]!
    if (source.concept === variant.concept) continue
    const spelled = form.slice(0, start) + source.form + form.slice(end)
    const key = foldForm(spelled)
    found.known ??= new Set(found.allKeys)
    if (found.known.has(key)) continue
    found.known.add(key)
    found.entries.push({ ...variant, form: spelled })
    ;(found.keys ??= found.allKeys.slice()).push(key)
  }
}
