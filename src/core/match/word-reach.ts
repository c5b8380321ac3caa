import { hashSlot, hashUnits, nextHashSlot, putPair } from '../text/hash.js'

/**
 * Per folded word, a count kept at its maximum: the boundary tables' `before` and `after`
 * (matcher.ts). Built from every word of every form (half a million forms for 100,000
 * concepts), so a word is hashed and compared where it stands in its form, and sliced only the
 * first time it comes: a `Map` needed a string per word of every form, and those lookups and
 * copies were most of the matcher's construction. Open addressing, linear probing, each slot
 * a pair (FNV-1a hash, 1 + word number): the layout of src/core/text/hash.ts, whose probe finds
 * the slots with the word's hash, the word then compared here where it stands.
 */
export class WordReach implements Iterable<[string, number]> {
  private readonly words: string[] = []
  private counts = new Int32Array(64)
  private table = new Int32Array(256)

  get size(): number {
    return this.words.length
  }

  /** Raises the count of the word `text[start, end)` (its hash `hash`, hashUnits's) to `count`, if it is lower (a new word starts at 0). */
  raise(text: string, start: number, end: number, count: number, hash = hashUnits(text, start, end)): void {
    const at = this.slot(text, start, end, hash)
    const known = this.table[at + 1]!
    if (known !== 0) {
      if (count > this.counts[known - 1]!) this.counts[known - 1] = count
      return
    }
    const w = this.words.length
    if (w === this.counts.length) {
      const counts = new Int32Array(2 * w)
      counts.set(this.counts)
      this.counts = counts
    }
    this.words.push(text.slice(start, end))
    this.counts[w] = Math.max(0, count)
    this.table = putPair(this.table, at, hash, w + 1)
  }

  get(word: string): number | undefined {
    const known = this.table[this.slot(word, 0, word.length, hashUnits(word, 0, word.length)) + 1]!
    return known === 0 ? undefined : this.counts[known - 1]
  }

  /** Words and counts, in the order the words first came (as a Map's entries). */
  *[Symbol.iterator](): Iterator<[string, number]> {
    for (let w = 0; w < this.words.length; w++) yield [this.words[w]!, this.counts[w]!]
  }

  private slot(text: string, start: number, end: number, hash: number): number {
    const table = this.table
    let at = hashSlot(table, hash)
    for (let known = table[at + 1]!; known !== 0 && !sameUnits(this.words[known - 1]!, text, start, end); known = table[at + 1]!) at = nextHashSlot(table, hash, at)
    return at
  }
}

function sameUnits(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}
