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
  const n = entries.length
  const tally = new Int32Array(0x10000)

  // The keys' units packed end to end in one array, grouped by first unit (a stable counting
  // sort): the partition below reads keys in an order unrelated to the input's, and reading
  // each from its string, somewhere on the heap, was a cache miss per key and level. Packed and
  // grouped, the keys below one first unit (a few hundred kilobytes for 500,000 forms) stay
  // close while their subtree is built. Position p holds entry `entryAt[p]`, its key at
  // packed[at[p], at[p + 1]); equal keys keep their input order. An empty key is grouped
  // with unit 0 (the partition sets it apart at depth 0 anyway).
  let capacity = 0
  for (let e = 0; e < n; e++) {
    const key = folded[e]!
    capacity += key.length
    tally[key.length > 0 ? key.charCodeAt(0) : 0]!++
  }
  const bucketKeys = new Int32Array(0x10000)
  {
    let keysSoFar = 0
    for (let code = 0; code < 0x10000; code++) {
      bucketKeys[code] = keysSoFar
      keysSoFar += tally[code]!
      tally[code] = 0
    }
  }
  const entryAt = new Int32Array(n)
  const positionOf = new Int32Array(n)
  const at = new Int32Array(n + 1)
  for (let e = 0; e < n; e++) {
    const key = folded[e]!
    const p = bucketKeys[key.length > 0 ? key.charCodeAt(0) : 0]!++
    entryAt[p] = e
    positionOf[e] = p
    at[p + 1] = key.length
  }
  for (let p = 0; p < n; p++) at[p + 1] = at[p + 1]! + at[p]!
  // The strings read in input order (about the order they lie in on the heap), written where
  // their position says.
  const packed = new Uint16Array(capacity)
  for (let e = 0; e < n; e++) {
    const key = folded[e]!
    const offset = at[positionOf[e]!]!
    for (let i = 0; i < key.length; i++) packed[offset + i] = key.charCodeAt(i)
  }

  capacity++
  const root = new Int32Array(0x10000)
  const label = new Uint16Array(capacity)
  const firstChild = new Int32Array(capacity)
  const nextSibling = new Int32Array(capacity)
  const firstEntry = new Int32Array(capacity)
  const nextEntry = new Int32Array(n)
  let count = 1

  // Scratch: the key positions (partitioned in place through `moved`), a count per code unit
  // (`tally`, reset after each use), and two stacks shared by every depth: the distinct units
  // of a node's keys, and where each unit's range ends.
  const order = new Int32Array(n)
  for (let p = 0; p < n; p++) order[p] = p
  const moved = new Int32Array(n)
  // The unit at the current depth of the key at each position of `order` (-1: the key ends),
  // read once by the count and reused by the scatter.
  const unitAt = new Int32Array(n)
  const units: number[] = []
  const bounds: number[] = []
  let top = 0

  // Read in order once: the partition visits forms out of order, and an entry's kind is a
  // property load on objects of several shapes.
  const priorities = new Uint8Array(n)
  for (let e = 0; e < n; e++) priorities[e] = PRIORITY[entries[e]!.kind]
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

  /** Builds the subtree of `node`, whose keys are at positions order[from, to), all sharing their first `depth` units. */
  const build = (node: number, from: number, to: number, depth: number): void => {
    if (to - from === 1) {
      // The rest of a lone key: a chain of first children, appended in order.
      const p = order[from]!
      const end = at[p + 1]!
      let d = at[p]! + depth
      if (node === 0 && d < end) node = child(0, 0, packed[d++]!)
      for (; d < end; d++) {
        const below = count++
        label[below] = packed[d]!
        firstChild[node] = below
        node = below
      }
      attach(node, entryAt[p]!)
      return
    }
    // Count the keys per unit at `depth`; keys that end here stay in front, in input order.
    const base = top
    let ended = 0
    for (let i = from; i < to; i++) {
      const p = order[i]!
      const d = at[p]! + depth
      if (d === at[p + 1]!) {
        unitAt[i] = -1
        ended++
        continue
      }
      const code = packed[d]!
      unitAt[i] = code
      const seen = tally[code]!
      tally[code] = seen + 1
      if (seen === 0) units[top++] = code
    }
    if (ended === 0 && top - base === 1) {
      // One unit for all the keys (a shared prefix, "old " of every "Old … Road"): the order stands.
      tally[units[base]!] = 0
      top = base
      build(child(node, 0, units[base]!), from, to, depth + 1)
      return
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
      const p = order[i]!
      const code = unitAt[i]!
      if (code === -1) moved[next++] = p
      else {
        const at = tally[code]!
        tally[code] = at + 1
        moved[at] = p
      }
    }
    for (let i = from; i < to; i++) order[i] = moved[i]!
    for (let i = base; i < top; i++) tally[units[i]!] = 0
    for (let i = from; i < from + ended; i++) attach(node, entryAt[order[i]!]!)
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
  if (n > 0) build(0, 0, n, 0)
  // Trimmed to the nodes used (the capacity counts a node per unit of every key).
  return {
    root,
    label: new Uint16Array(shrunk(label.buffer, 2 * count)),
    firstChild: new Int32Array(shrunk(firstChild.buffer, 4 * count)),
    nextSibling: new Int32Array(shrunk(nextSibling.buffer, 4 * count)),
    firstEntry: new Int32Array(shrunk(firstEntry.buffer, 4 * count)),
    nextEntry,
    entries,
  }
}

/**
 * The first `bytes` of `buffer`, which is given up. With `transfer` (ES2024; not in Node 20) the
 * larger buffer is released at once: a copy would hold both until a collection, 60 MB more for
 * 100,000 concepts, enough external memory to set off a full collection of the whole heap.
 */
function shrunk(buffer: ArrayBuffer, bytes: number): ArrayBuffer {
  return typeof buffer.transfer === 'function' ? buffer.transfer(bytes) : buffer.slice(0, bytes)
}
