import { foldForm } from '../text/chars.js'
import { PRIORITY, type Entry } from './entry.js'

/**
 * A trie over folded code units, flat in typed arrays: a node is an index, its children a
 * chain of siblings, and the root's children a direct table. Matching walks it from word
 * starts only, so the cost per input character does not grow with the number of forms (10 or
 * 100,000), and 100,000 concepts (4 million nodes) take tens of megabytes, not a Map per node.
 *
 * Node 0 is the root; 0 also means "none" in `firstChild` and `nextSibling`, since the root is
 * nobody's child or sibling. Siblings are in ascending label order.
 */
export interface Trie {
  /** The child of the root for a folded code unit, or 0. */
  readonly root: Int32Array
  /** The folded code unit leading to a node. */
  readonly label: Uint16Array
  readonly firstChild: Int32Array
  readonly nextSibling: Int32Array
  /** 1 + the index in `entries` of the first form ending at a node, or 0. */
  readonly firstEntry: Int32Array
  /** 1 + the next form ending at the same node, or 0; highest priority first. */
  readonly nextEntry: Int32Array
  readonly entries: readonly Entry[]
}

/**
 * Built by partitioning the forms' folded keys (`keys[i]` for `entries[i]`, folded here when
 * not given) one code unit at a time, as an MSD radix sort would: the keys below a node are a
 * range of an index array, split by their unit at the node's depth into one range per child,
 * in ascending label order. Nodes are appended depth-first, each key's units are read about
 * once, memory is walked in order, and nothing is sorted by comparison or hashed: 500,000 forms
 * build in one pass. A range of one key (most of the depth: a long name below its last branch)
 * is appended as a chain. The arrays are allocated once at an upper bound (the total length of
 * the keys) and trimmed to the nodes used.
 */
export function buildTrie(input: Iterable<Entry>, keys?: readonly string[]): Trie {
  const entries = [...input]
  if (keys !== undefined && keys.length !== entries.length) throw new Error(`buildTrie: ${keys.length} keys for ${entries.length} entries`)
  const folded = keys ?? entries.map((entry) => foldForm(entry.form))
  let capacity = 1
  for (let e = 0; e < folded.length; e++) capacity += folded[e]!.length
  const root = new Int32Array(0x10000)
  let label = new Uint16Array(capacity)
  let firstChild = new Int32Array(capacity)
  let nextSibling = new Int32Array(capacity)
  let firstEntry = new Int32Array(capacity)
  const nextEntry = new Int32Array(entries.length)
  let count = 1

  // Scratch: the key indices (partitioned in place through `moved`), a count per code unit
  // (reset after each use), and two stacks shared by every depth: the distinct units of a
  // node's keys, and where each unit's range ends.
  const order = Int32Array.from(entries.keys())
  const moved = new Int32Array(entries.length)
  const tally = new Int32Array(0x10000)
  const units: number[] = []
  const bounds: number[] = []
  let top = 0

  // Read in order once: the partition visits forms out of order, and an entry's kind is a
  // property load on objects of several shapes.
  const priorities = Uint8Array.from(entries, (entry) => PRIORITY[entry.kind])
  /** Forms of one key ending at `node`: highest priority first, in input order within a priority. */
  const attach = (node: number, e: number) => {
    const priority = priorities[e]!
    let previous = 0
    let at = firstEntry[node]!
    while (at !== 0 && priorities[at - 1]! >= priority) {
      previous = at
      at = nextEntry[at - 1]!
    }
    nextEntry[e] = at
    if (previous === 0) firstEntry[node] = e + 1
    else nextEntry[previous - 1] = e + 1
  }
  const child = (parent: number, previous: number, code: number): number => {
    const node = count++
    label[node] = code
    if (parent === 0) root[code] = node
    else if (previous === 0) firstChild[parent] = node
    else nextSibling[previous] = node
    return node
  }

  /** Builds the subtree of `node`, whose keys are order[from, to), all sharing their first `depth` units. */
  const build = (node: number, from: number, to: number, depth: number): void => {
    if (to - from === 1) {
      const e = order[from]!
      const key = folded[e]!
      for (let d = depth; d < key.length; d++) node = child(node, 0, key.charCodeAt(d))
      attach(node, e)
      return
    }
    // Count the keys per unit at `depth`; keys that end here stay in front, in input order.
    const base = top
    let ended = 0
    for (let i = from; i < to; i++) {
      const key = folded[order[i]!]!
      if (key.length === depth) {
        ended++
        continue
      }
      const code = key.charCodeAt(depth)
      const seen = tally[code]!
      tally[code] = seen + 1
      if (seen === 0) units[top++] = code
    }
    // The distinct units in ascending order (a handful: insertion sort).
    for (let i = base + 1; i < top; i++) {
      const code = units[i]!
      let j = i - 1
      while (j >= base && units[j]! > code) {
        units[j + 1] = units[j]!
        j--
      }
      units[j + 1] = code
    }
    // Start of each unit's range, then a stable scatter.
    let end = from + ended
    let next = from
    for (let i = base; i < top; i++) {
      const code = units[i]!
      const size = tally[code]!
      tally[code] = end
      end += size
      bounds[i] = end
    }
    for (let i = from; i < to; i++) {
      const e = order[i]!
      const key = folded[e]!
      if (key.length === depth) moved[next++] = e
      else {
        const code = key.charCodeAt(depth)
        const at = tally[code]!
        tally[code] = at + 1
        moved[at] = e
      }
    }
    order.set(moved.subarray(from, to), from)
    for (let i = base; i < top; i++) tally[units[i]!] = 0
    for (let i = from; i < from + ended; i++) attach(node, order[i]!)
    const last = top
    let previous = 0
    let start = from + ended
    for (let i = base; i < last; i++) {
      const below = child(node, previous, units[i]!)
      build(below, start, bounds[i]!, depth + 1)
      previous = below
      start = bounds[i]!
    }
    top = base
  }
  if (entries.length > 0) build(0, 0, entries.length, 0)
  if (count < capacity) {
    label = label.slice(0, count)
    firstChild = firstChild.slice(0, count)
    nextSibling = nextSibling.slice(0, count)
    firstEntry = firstEntry.slice(0, count)
  }
  return { root, label, firstChild, nextSibling, firstEntry, nextEntry, entries }
}
