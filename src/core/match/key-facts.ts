import type { Entry } from './entry.js'
import { mayStartLower } from './casing.js'
import { FNV_SEED, fnvStep } from '../text/hash.js'
import { SPACE, foldForm, isWordUnit } from '../text/chars.js'

/**
 * What the compile's later stages read of each entry and its folded key, noted once where both
 * are at hand (the grouping, which hashes every key anyway): `flags[i]` and `hashes[i]` for
 * `entries[i]` and `keys[i]`. The closure, the stability filter and the matcher's tables each
 * read every entry again for its kind, or every key for its hash or its words; half a million
 * entries and keys lie over 50 MB of heap, so each of those passes was a cache miss or two per
 * form (a loop reading `entry.kind` of 500,000 entries: 26–90 ms), where a column of bytes is
 * read in a few.
 */
export interface KeyFacts {
  readonly flags: Uint8Array
  /** FNV-1a of the key's units (unmixed, src/core/text/hash.ts): the stability filter's hash. */
  readonly hashes: Int32Array
}

/** The entry is a variant. */
export const VARIANT = 1
/** The entry is an exception. */
export const EXCEPTION = 2
/** `mayStartLower(entry)`: the form may match at a word starting in lower case (prefilter.ts). */
export const MAY_START_LOWER = 4
/** The key has a unit outside words (a space, a hyphen, a dot): the boundary tables read it. */
export const NOT_ONE_WORD = 8

/** The flags of `entry` (without NOT_ONE_WORD, which its key's units give). */
export function entryFlags(entry: Entry): number {
  return (entry.kind === 'variant' ? VARIANT : entry.kind === 'exception' ? EXCEPTION : 0) | (mayStartLower(entry) ? MAY_START_LOWER : 0)
}

/** Set by keyHash: NOT_ONE_WORD where the key it read has a unit outside words, else 0. A second result, not an object per key. */
export let keyWords = 0

/** The FNV-1a hash of a folded key, its words noted in `keyWords` on the way: one pass for both facts. */
export function keyHash(key: string): number {
  let hash = FNV_SEED
  let words = 0
  for (let u = 0; u < key.length; u++) {
    const code = key.charCodeAt(u)
    hash = fnvStep(hash, code)
    if (!isWordUnit(code)) words = NOT_ONE_WORD
  }
  keyWords = words
  return hash
}

/** Set by foldedKey: the FNV-1a of the key it returned (its words in `keyWords`, as keyHash notes them). */
export let foldedHash = 0

/**
 * `foldForm(form)`, with the key's hash and words noted (`foldedHash`, `keyWords`) in the same
 * pass: where foldForm's own is the fast one (printable ASCII, single spaces: a form of a large
 * glossary, nearly always), its key is `form.toLowerCase()`, whose units are the form's with A-Z
 * lowered, so they are hashed as read, not read again from the key. Else foldForm and keyHash.
 */
export function foldedKey(form: string): string {
  let hash = FNV_SEED
  let words = 0
  const last = form.length - 1
  for (let u = 0; u <= last; u++) {
    let code = form.charCodeAt(u)
    if (code > SPACE && code < 0x7f) {
      if (code >= 0x41 && code <= 0x5a) code += 0x20
    } else if (code !== SPACE || u === 0 || u === last || form.charCodeAt(u - 1) === SPACE) {
      // Not foldForm's fast case (it trims and squashes spaces, folds other units).
      const key = foldForm(form)
      foldedHash = keyHash(key)
      return key
    }
    hash = fnvStep(hash, code)
    if (!isWordUnit(code)) words = NOT_ONE_WORD
  }
  if (last < 0) {
    foldedHash = keyHash('')
    return foldForm(form)
  }
  foldedHash = hash
  keyWords = words
  return form.toLowerCase()
}

/** Writes the facts of `entry` and its key into `facts` at `i` (for the rare entry made outside the grouping). */
export function noteFacts(facts: { flags: Uint8Array; hashes: Int32Array }, i: number, entry: Entry, key: string): void {
  facts.hashes[i] = keyHash(key)
  facts.flags[i] = entryFlags(entry) | keyWords
}

/** The facts of every entry, noted from each (what a stage does when not given them). */
export function keyFacts(entries: readonly Entry[], keys: readonly string[]): KeyFacts {
  const facts = { flags: new Uint8Array(entries.length), hashes: new Int32Array(entries.length) }
  for (let i = 0; i < entries.length; i++) noteFacts(facts, i, entries[i]!, keys[i]!)
  return facts
}
