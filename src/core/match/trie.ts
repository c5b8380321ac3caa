import { foldForm } from '../text/chars.js'
import { PRIORITY, type Entry } from './entry.js'

/**
 * A trie over folded code units, flat in typed arrays: a node is an index, its children a
 * chain of siblings, and the root's children a direct table. Matching walks it from word
 * starts only, so the cost per input character does not grow with the number of forms (10 or
 * 100,000), and 100,000 concepts take tens of megabytes, not a Map per node.
 *
 * A node stands for a run of units, not one (a radix tree): a path with one child and no form
 * ending along it is one node, its units in `units`. 100,000 concepts have 4.4 million units
 * of paths, 3.7 million of them where a path neither branches nor ends a form: as one node per
 * unit they were 62 MB of node arrays written one unit at a time; as runs, about 0.7 million
 * nodes and the units in one array. A node's run ends where its path branches or a form
 * ends, so forms end only at a node's last unit, and the walk compares the units of a run in
 * a row.
 *
 * Node 0 is the root (an empty run); 0 also means "none" in `firstChild` and `nextSibling`,
 * since the root is nobody's child or sibling. Siblings are in ascending label order. Nodes are
 * numbered depth-first, a node before its children and a child before its next sibling (so
 * `firstChild[n]` and `nextSibling[n]` are 0 or above n): KnownNames' `nameTable` reads the
 * nodes in index order for it.
 */
export interface Trie {
  /** The child of the root for a folded code unit, or 0. */
  readonly root: Int32Array
  /** The first folded code unit of a node's run: the one that leads to it from its parent. */
  readonly label: Uint16Array
  readonly firstChild: Int32Array
  readonly nextSibling: Int32Array
  /** 1 + the index in `entries` of the first form ending at a node (at its run's end), or 0. */
  readonly firstEntry: Int32Array
  /** 1 + the next form ending at the same node, or 0; highest priority first. */
  readonly nextEntry: Int32Array
  /**
   * Node n's run is `units[run[n], run[n + 1])`, its first unit its label (one more slot than
   * nodes: the runs lie in node order, each where the one before ends).
   */
  readonly run: Int32Array
  /** The folded units of every node's run, in node order. */
  readonly units: Uint16Array
  readonly entries: readonly Entry[]
}

/**
 * A place in the trie one unit at a time, as the search spelled from it (prefilter.ts) reads
 * it: `node`, read up to `at` (an index into `units`, past the last unit read; the root is
 * (0, 0)).
 */
export interface TriePlace {
  readonly node: number
  readonly at: number
}

/** Whether a form ends at `place` (only at the end of its node's run). */
export function formEndsAt(trie: Trie, { node, at }: TriePlace): boolean {
  return at === trie.run[node + 1]! && trie.firstEntry[node] !== 0
}

/**
 * The places one unit below `place`, in ascending unit order: the run's next unit, or past
 * the run's end each child's label.
 */
export function placesBelow(trie: Trie, { node, at }: TriePlace): [unit: number, place: TriePlace][] {
  if (at < trie.run[node + 1]!) return [[trie.units[at]!, { node, at: at + 1 }]]
  const out: [number, TriePlace][] = []
  if (node === 0) {
    trie.root.forEach((child, unit) => {
      if (child !== 0) out.push([unit, { node: child, at: trie.run[child]! + 1 }])
    })
    return out
  }
  for (let child = trie.firstChild[node]!; child !== 0; child = trie.nextSibling[child]!) out.push([trie.label[child]!, { node: child, at: trie.run[child]! + 1 }])
  return out
}

/** The place after a root child's first unit: `root[unit]`, past its label. */
export function placeAfterFirst(trie: Trie, node: number): TriePlace {
  return { node, at: trie.run[node]! + 1 }
}

/**
 * Built from the forms' folded keys (`keys[i]` for `entries[i]`, folded here when not given) in
 * passes over typed arrays, no object per node: the keys are packed into one array and sorted
 * as an MSD radix sort would (partitioned one code unit at a time, each range split by its
 * unit at its depth, nothing compared or hashed), which also gives each key the prefix it
 * shares with the key before it; from that, read right to left, where each key's new units
 * split into nodes (where a later key branches off), which counts the nodes exactly, so the
 * arrays are allocated once at their size; then the keys, in sorted order, append their nodes
 * depth-first and their units to the runs. 500,000 forms, 4.4 million units, 0.7 million nodes.
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

  // Sort the positions by key (stable: equal keys in input order), as an MSD radix sort: the
  // keys of a range share their first `depth` units and are split by the next one, keys that
  // end there first. Where two neighbours part is their common prefix (`shared`, with the key
  // before in sorted order), which is all the trie needs: a key adds its units past it.
  const order = new Int32Array(n)
  for (let p = 0; p < n; p++) order[p] = p
  // The unit at the current depth of the key at each place of `order` (-1: the key ends),
  // read once by the count and reused by the scatter. Two stacks shared by every depth: the
  // distinct units of a range, and where each unit's range ends.
  const sorting: RadixSort = { order, shared: new Int32Array(n), moved: new Int32Array(n), unitAt: new Int32Array(n), at, packed, tally, distinct: [], bounds: [], stackTop: 0 }
  radixSort(sorting, 0, n, 0)
  const shared = sorting.shared

  // Where a key's new units (past the prefix it shares with the key before, where its first new
  // node starts) split into nodes: at depth d if the path branches there, that is if the first
  // later key to leave this path before depth d + 1 leaves it at exactly d (it shares d units
  // with the key before it). Read right to left, the prefix minima of the later keys' `shared`
  // (a stack of strictly decreasing values, the nearest, largest, on top) are those depths; a
  // key's cuts are the ones past its shared prefix and before its end, marked in `cut` by place
  // in `packed`. A key's own end needs no mark: a later key that goes on from it starts a node.
  const cut = new Uint8Array(capacity)
  const minima = new Int32Array(n + 1)
  let top = 0
  let nodes = 1
  let pooled = 0
  for (let i = n - 1; i >= 0; i--) {
    const p = order[i]!
    const from = at[p]!
    const length = at[p + 1]! - from
    const s = shared[i]!
    if (length > s) {
      nodes++
      pooled += length - s
      for (let k = top - 1; k >= 0 && minima[k]! > s; k--) {
        if (minima[k]! < length) {
          cut[from + minima[k]!] = 1
          nodes++
        }
      }
    }
    while (top > 0 && minima[top - 1]! >= s) top--
    minima[top++] = s
  }
  // Exactly the nodes needed, allocated once at their size (allocated at a bound and copied
  // down, the arrays were 80 MB for 100,000 concepts, and the copy enough external memory to
  // set off a full collection).
  const root = new Int32Array(0x10000)
  const label = new Uint16Array(nodes)
  const firstChild = new Int32Array(nodes)
  const nextSibling = new Int32Array(nodes)
  const firstEntry = new Int32Array(nodes)
  const nextEntry = new Int32Array(n)
  const run = new Int32Array(nodes + 1)
  const units = new Uint16Array(pooled)

  /**
   * Forms of one key ending at `node`: highest priority first, in input order within a
   * priority. A key's first form (almost every form) is attached without reading its entry: a
   * pass reading every entry's kind for its priority took 20–50 ms of the build (500,000 forms).
   */
  const attach = (node: number, e: number) => {
    let at = firstEntry[node]!
    if (at === 0) {
      firstEntry[node] = e + 1
      return
    }
    const priority = PRIORITY[entries[e]!.kind]
    let previous = 0
    while (at !== 0 && PRIORITY[entries[at - 1]!.kind] >= priority) {
      previous = at
      at = nextEntry[at - 1]!
    }
    nextEntry[e] = at
    if (previous === 0) firstEntry[node] = e + 1
    else nextEntry[previous - 1] = e + 1
  }

  // The keys in sorted order append their nodes depth-first, children in ascending label
  // order, and their new units to `units` (so a node's run lies where the one before ends):
  // `path[d]` is the node holding the current key's unit d - 1. A key's first new node is the
  // next sibling of the node the key before had at that depth (when it went that deep; that
  // node starts there, since this key leaves its path there), any other its parent's first
  // child; the root's children are in its table.
  let deepest = 0
  for (let p = 0; p < n; p++) deepest = Math.max(deepest, at[p + 1]! - at[p]!)
  const path = new Int32Array(deepest + 1)
  let count = 1
  let written = 0
  let previousLength = 0
  for (let i = 0; i < n; i++) {
    const p = order[i]!
    const from = at[p]!
    const length = at[p + 1]! - from
    const d = shared[i]!
    let node = 0
    for (let depth = d; depth < length; depth++) {
      const code = packed[from + depth]!
      if (depth === d || cut[from + depth] === 1) {
        node = count++
        label[node] = code
        run[node] = written
        if (depth === 0) root[code] = node
        else if (depth === d && previousLength > d) nextSibling[path[depth + 1]!] = node
        else firstChild[path[depth]!] = node
      }
      units[written++] = code
      path[depth + 1] = node
    }
    attach(path[length]!, entryAt[p]!)
    previousLength = length
  }
  run[count] = written
  return { root, label, firstChild, nextSibling, firstEntry, nextEntry, run, units, entries }
}

/**
 * The state of `buildTrie`'s radix sort: the positions in `order`, each key's shared prefix
 * with the one before in `shared`, and the scratch arrays and stacks every depth shares.
 */
interface RadixSort {
  readonly order: Int32Array
  readonly shared: Int32Array
  readonly moved: Int32Array
  readonly unitAt: Int32Array
  readonly at: Int32Array
  readonly packed: Uint16Array
  readonly tally: Int32Array
  readonly distinct: number[]
  readonly bounds: number[]
  stackTop: number
}

/**
 * Sorts `order[from, to)`, whose keys share their first `depth` units (see buildTrie). A
 * function of the module, not a closure made per build: a closure's optimized code went with
 * it, and every build (seven languages of a glossary, each glossary) compiled it again, on
 * its stack (OSR) and whole, 50–150 ms of the optimizing compiler's time for 100,000 concepts.
 */
function radixSort(state: RadixSort, from: number, to: number, depth: number): void {
  const { order, shared, moved, unitAt, at, packed, tally, distinct, bounds } = state
  for (;;) {
    if (to - from < 2) return
    const base = state.stackTop
    let top = base
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
      if (seen === 0) distinct[top++] = code
    }
    if (ended === 0 && top - base === 1) {
      // One unit for all the keys (a shared prefix, "old " of every "Old … Road"): the order stands.
      tally[distinct[base]!] = 0
      depth++
      continue
    }
    // The distinct units in ascending order (a handful: insertion sort).
    for (let i = base + 1; i < top; i++) {
      const code = distinct[i]!
      let j = i - 1
      while (j >= base && distinct[j]! > code) {
        distinct[j + 1] = distinct[j]!
        j--
      }
      distinct[j + 1] = code
    }
    // Start of each unit's range, then a stable scatter.
    let end = from + ended
    let next = from
    for (let i = base; i < top; i++) {
      const code = distinct[i]!
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
        const place = tally[code]!
        tally[code] = place + 1
        moved[place] = p
      }
    }
    for (let i = from; i < to; i++) order[i] = moved[i]!
    for (let i = base; i < top; i++) tally[distinct[i]!] = 0
    // Every key here but the range's first parts from the one before it at `depth`.
    for (let i = from + 1; i < from + ended; i++) shared[i] = depth
    let start = from + ended
    // The deeper ranges push their units above this range's.
    state.stackTop = top
    for (let i = base; i < top; i++) {
      if (start > from) shared[start] = depth
      radixSort(state, start, bounds[i]!, depth + 1)
      start = bounds[i]!
    }
    state.stackTop = base
    return
  }
}
