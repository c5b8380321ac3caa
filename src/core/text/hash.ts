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

/**
 * An open-addressing table of pairs (hash, 1 + index; 0: empty slot), linear probing, grown
 * to twice its size: each pair goes to the first empty slot from its hash's.
 */
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
