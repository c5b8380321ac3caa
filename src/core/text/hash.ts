/**
 * FNV-1a over UTF-16 code units (http://www.isthe.com/chongo/tech/comp/fnv/): cheap enough to
 * feed one unit at a time while a loop walks a string anyway, for the compile's filters and
 * tables. Not a guard against chosen collisions: every table compares its keys too.
 */
export const FNV_SEED = 0x811c9dc5

export const fnvStep = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193)

/** FNV-1a of `text[start, end)`, its bits then mixed so that the low ones (a table's slot) vary. */
export function hashUnits(text: string, start = 0, end = text.length): number {
  let hash = FNV_SEED
  for (let i = start; i < end; i++) hash = fnvStep(hash, text.charCodeAt(i))
  return mixHash(hash)
}

/** A hash's bits mixed so that the low ones (a table's slot) depend on all: one to one, so equal after mixing is equal before. */
export function mixHash(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b)
  return hash ^ (hash >>> 16)
}

/*
 * The compile's tables of half a million keys (`CandidatesByForm`, `WordReach`, the closure's
 * replacement groups) are one layout: open addressing, linear probing, in an `Int32Array` of
 * pairs (mixed hash, 1 + the key's index; 0 is an empty slot), at most half full. A probe
 * reads one cache line, and a key is compared only where the hashes agree. The probe is here;
 * each table compares its own keys at the call site (a string, or a run of a form compared
 * where it stands), so no comparison is passed in as a callback.
 */

/** The first slot from `hash`'s own that is empty or holds `hash`: where a key with that hash is, or would go. */
export function hashSlot(table: Int32Array, hash: number): number {
  return hashSlotFrom(table, hash, (hash << 1) & (table.length - 2))
}

/** `hashSlot` from the slot after `at`: the next candidate when the key at `at` is another with the same hash. */
export function nextHashSlot(table: Int32Array, hash: number, at: number): number {
  return hashSlotFrom(table, hash, (at + 2) & (table.length - 2))
}

function hashSlotFrom(table: Int32Array, hash: number, at: number): number {
  const mask = table.length - 2
  for (; ; at = (at + 2) & mask) if (table[at + 1] === 0 || table[at] === hash) return at
}

/** The slot of `key` (hash `hash`) in a table whose index `i` is `keys[i - 1]`, or the empty slot where it would go. */
export function keySlot(table: Int32Array, keys: readonly string[], hash: number, key: string): number {
  let at = hashSlot(table, hash)
  for (let index = table[at + 1]!; index !== 0 && keys[index - 1] !== key; index = table[at + 1]!) at = nextHashSlot(table, hash, at)
  return at
}

/** Puts (hash, index) in the empty slot `at`, index being 1 + the key's: the table, grown to twice its size once more than half full. */
export function putPair(table: Int32Array<ArrayBuffer>, at: number, hash: number, index: number): Int32Array<ArrayBuffer> {
  table[at] = hash
  table[at + 1] = index
  return 4 * index > table.length ? grownPairTable(table) : table
}

/** The table at twice its size: each pair goes to the first empty slot from its hash's (putPair's growth, and the grouping's in glossary/resolve.ts). */
export function grownPairTable(old: Int32Array): Int32Array<ArrayBuffer> {
  const table = new Int32Array(old.length * 2)
  const mask = table.length - 2
  for (let from = 0; from < old.length; from += 2) {
    if (old[from + 1] === 0) continue
    let at = (old[from]! << 1) & mask
    while (table[at + 1] !== 0) at = (at + 2) & mask
    table[at] = old[from]!
    table[at + 1] = old[from + 1]!
  }
  return table
}
