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
 * passes over typed arrays, no object per node: the keys are packed into one array grouped by
 * first unit, and each group sorted as an MSD radix sort would (partitioned one code unit at a
 * time, each range split by its unit at its depth, nothing compared or hashed). The sort's
 * ranges are the trie's nodes, so it also counts them and lists where a key's new units (past
 * the prefix it shares with the key before) split into nodes, and it lays out the runs' units
 * as it settles each key; the node arrays are allocated once at their size, and the keys, in
 * sorted order, append their nodes depth-first. 500,000 forms: 7.7 million units of keys, 4.4
 * million of runs, 0.7 million nodes.
 */
export function buildTrie(input: Iterable<Entry>, keys?: readonly string[]): Trie {
  const entries = [...input]
  if (keys !== undefined && keys.length !== entries.length) throw new Error(`buildTrie: ${keys.length} keys for ${entries.length} entries`)
  const folded = keys ?? entries.map((entry) => foldForm(entry.form))
  const n = entries.length

  // The keys packed end to end in one array, grouped by first unit (a stable counting sort):
  // the sort reads keys in an order unrelated to the input's, and reading each from its string,
  // somewhere on the heap, was a cache miss per key and level. Packed and grouped, the keys
  // below one first unit (a few hundred kilobytes for 500,000 forms) stay close while their
  // subtree is built. Each key's length and entry lie just before its units (HEADER units, see
  // keyLength), so that the sort and the append read all they need of a key where they read
  // its units: from separate arrays by position, that was two more cache misses per key. A key
  // is known by where its units start. Group g + 1 holds the keys starting with unit g, group 0
  // the empty keys; equal keys keep their input order. Two reads of each string: its length and
  // first unit for the groups' sizes, then its units where its group's next place is.
  // The groups in use are listed as met and then sorted: the loops below run over those, not
  // over all 65,537 (a loop of 65,537 was a millisecond, cold, of a build of a few thousand keys).
  const keysIn = new Int32Array(0x10001)
  const unitsIn = new Int32Array(0x10001)
  const met: number[] = []
  let capacity = 0
  let deepest = 0
  for (let e = 0; e < n; e++) {
    const key = folded[e]!
    const length = key.length
    const group = length > 0 ? key.charCodeAt(0) + 1 : 0
    if (keysIn[group]!++ === 0) met.push(group)
    unitsIn[group]! += HEADER + length
    capacity += HEADER + length
    if (length > deepest) deepest = length
  }
  const groups = Int32Array.from(met).sort()
  // Now where each group's next key and next units go.
  let largest = 0
  for (let g = 0, keysBefore = 0, unitsBefore = 0; g < groups.length; g++) {
    const group = groups[g]!
    const keyCount = keysIn[group]!
    const unitCount = unitsIn[group]!
    largest = Math.max(largest, unitCount - HEADER * keyCount)
    keysIn[group] = keysBefore
    unitsIn[group] = unitsBefore
    keysBefore += keyCount
    unitsBefore += unitCount
  }
  // `order`: the keys by where their units start, in group order, then sorted.
  const order = new Int32Array(n)
  const packed = new Uint16Array(capacity)
  for (let e = 0; e < n; e++) {
    const key = folded[e]!
    const length = key.length
    const group = length > 0 ? key.charCodeAt(0) + 1 : 0
    const header = unitsIn[group]!
    unitsIn[group] = header + HEADER + length
    packed[header] = length >>> 16
    packed[header + 1] = length & 0xffff
    packed[header + 2] = e >>> 16
    packed[header + 3] = e & 0xffff
    const from = header + HEADER
    order[keysIn[group]!++] = from
    for (let i = 0; i < length; i++) packed[from + i] = key.charCodeAt(i)
  }

  // Sort each group (already in order by its first unit, stable: equal keys in input order).
  // Where two neighbours part is their common prefix (`shared`, with the key before in sorted
  // order): a key adds its units past it. The empty keys come first and share nothing (0).
  // `unitAt`: the unit at the current depth of the key at each place of `order` (-1: the key
  // ends), read once by the count and reused by the scatter. Two stacks shared by every depth:
  // the distinct units of a range, and where each unit's range ends.
  //
  // The sort settles the keys in sorted order, each right after it read the key's units (see
  // `settle`): the key's entry and length are noted at its place, and its new units staged, a
  // group's in `staging`, then moved to the start of `packed`, over the groups before, where
  // they fit (a key's new units are fewer than its units and header). Those are the trie's
  // units, in order, and the append reads nothing where the keys were packed: read there in
  // sorted order, every key was a cache miss (a sixth of the build's profile).
  const sorting: RadixSort = {
    order,
    shared: new Int32Array(n),
    moved: new Int32Array(n),
    unitAt: new Int32Array(n),
    packed,
    tally: new Int32Array(0x10000),
    distinct: [],
    bounds: [],
    stackTop: 0,
    staging: new Uint16Array(largest),
    staged: 0,
    cutAt: new Int32Array(n),
    cutDepth: new Int32Array(n),
    cuts: 0,
    nodes: 1,
  }
  // The empty keys (group 0, first if any) settle as they are; every other group is a child
  // of the root.
  let pooled = 0
  for (let g = 0, from = 0; g < groups.length; g++) {
    const group = groups[g]!
    const to = keysIn[group]!
    if (group === 0) {
      for (let i = from; i < to; i++) settle(sorting, i, order[i]!)
    } else {
      sorting.nodes++
      sorting.staged = 0
      radixSort(sorting, from, to, 1)
      packed.set(sorting.staging.subarray(0, sorting.staged), pooled)
      pooled += sorting.staged
    }
    from = to
  }
  // Settled, a place of `order` holds its key's entry and one of `unitAt` its key's length.
  const { order: entryAt, unitAt: lengthAt, shared, cutAt, cutDepth, cuts, nodes } = sorting

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
  const units = packed.slice(0, pooled)

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
  // order (so a node's run, in `units`, lies where the one before ends). The nodes along the key
  // before's path are a stack (`pathNode`, each starting at depth `pathStart`). A key's first new
  // node starts where it parts from the key before (`shared`): the next sibling of the key
  // before's node that starts there (when it went that deep), else the first child of the node
  // holding its unit before; the root's children are in its table. Its other new nodes start at
  // the cuts the sort listed, each the first child of the one before.
  const pathNode = new Int32Array(deepest + 1)
  const pathStart = new Int32Array(deepest + 1)
  let top = 0
  let count = 1
  let written = 0
  let cut = 0
  for (let i = 0; i < n; i++) {
    const length = lengthAt[i]!
    const s = shared[i]!
    while (top > 0 && pathStart[top - 1]! > s) top--
    if (length === s) {
      // The key before again (or the empty key): its form ends where that one's did.
      attach(top > 0 ? pathNode[top - 1]! : 0, entryAt[i]!)
      continue
    }
    let before = 0
    if (top > 0 && pathStart[top - 1] === s) before = pathNode[--top]!
    let node = top > 0 ? pathNode[top - 1]! : 0
    let depth = s
    do {
      const end = cut < cuts && cutAt[cut] === i ? cutDepth[cut++]! : length
      const code = units[written]!
      const created = count++
      label[created] = code
      run[created] = written
      if (depth === 0) root[code] = created
      else if (depth === s && before !== 0) nextSibling[before] = created
      else firstChild[node] = created
      pathNode[top] = created
      pathStart[top++] = depth
      written += end - depth
      depth = end
      node = created
    } while (depth < length)
    attach(node, entryAt[i]!)
  }
  run[count] = written
  return { root, label, firstChild, nextSibling, firstEntry, nextEntry, run, units, entries }
}

/**
 * `radixSort` of two keys (a third of its ranges for 100,000 concepts): compared unit by unit
 * where they lie, not counted and scattered a depth at a time. The node's run ends where they
 * part or one ends; the key that ended, or the one with the lower unit there, goes first.
 */
function sortPair(state: RadixSort, from: number, depth: number): void {
  const { order, shared, packed } = state
  let first = order[from]!
  let second = order[from + 1]!
  const firstLength = keyLength(packed, first)
  const secondLength = keyLength(packed, second)
  let d = depth
  while (d < firstLength && d < secondLength && packed[first + d] === packed[second + d]) d++
  shared[from + 1] = d
  let firstEnds = d === firstLength
  if (!firstEnds && (d === secondLength || packed[second + d]! < packed[first + d]!)) {
    first = order[from + 1]!
    second = order[from]!
    firstEnds = d === secondLength
  }
  if (d < firstLength || d < secondLength) {
    // Where they part, the node's run ends: each key that goes on starts a child there, and
    // the first key's new units split there (a cut) when it goes on too.
    state.nodes += firstEnds ? 1 : 2
    if (!firstEnds) {
      state.cutAt[state.cuts] = from
      state.cutDepth[state.cuts++] = d
    }
  }
  settle(state, from, first)
  settle(state, from + 1, second)
}

/**
 * Key `key` is at its place in sorted order, `place`, and `shared[place]` is set: notes its
 * entry and length there (in `order` and `unitAt`, which the sort no longer reads there) and
 * stages its new units. Keys are settled in sorted order, each right after the sort read it.
 */
function settle(state: RadixSort, place: number, key: number): void {
  const { packed, staging } = state
  const length = keyLength(packed, key)
  state.order[place] = keyEntry(packed, key)
  state.unitAt[place] = length
  let staged = state.staged
  for (let d = state.shared[place]!; d < length; d++) staging[staged++] = packed[key + d]!
  state.staged = staged
}

/** Units before each key's in `buildTrie`'s packed keys: its length and its entry, 32 bits each. */
const HEADER = 4

/** The length of the packed key whose units start at `from`. */
function keyLength(packed: Uint16Array, from: number): number {
  return (packed[from - 4]! << 16) | packed[from - 3]!
}

/** The entry of the packed key whose units start at `from`. */
function keyEntry(packed: Uint16Array, from: number): number {
  return (packed[from - 2]! << 16) | packed[from - 1]!
}

/**
 * The state of `buildTrie`'s radix sort: the positions in `order`, each key's shared prefix
 * with the one before in `shared`, the scratch arrays and stacks every depth shares, and what
 * it counts of the trie: its nodes, the units of their runs, and the cuts, a list of (position
 * in `order`, depth) in ascending order where a key's new units split into nodes.
 */
interface RadixSort {
  readonly order: Int32Array
  readonly shared: Int32Array
  readonly moved: Int32Array
  readonly unitAt: Int32Array
  readonly packed: Uint16Array
  readonly tally: Int32Array
  readonly distinct: number[]
  readonly bounds: number[]
  stackTop: number
  readonly staging: Uint16Array
  staged: number
  readonly cutAt: Int32Array
  readonly cutDepth: Int32Array
  cuts: number
  nodes: number
}

/**
 * Sorts `order[from, to)`, whose keys share their first `depth` units, and counts its part of
 * the trie (see buildTrie). The range is one node's keys, the node starting at `depth - 1`: its
 * run goes on while the keys have one more unit in common, and ends where one of them ends or
 * they part, each unit they part by starting a child node (keys that end there first). The
 * first child's first key is the range's first key, whose new units started higher up: its new
 * units split there, a cut. A function of the module, not a closure made per build: a
 * closure's optimized code went with it, and every build (seven languages of a glossary, each
 * glossary) compiled it again, on its stack (OSR) and whole, 50–150 ms of the optimizing
 * compiler's time for 100,000 concepts.
 */
function radixSort(state: RadixSort, from: number, to: number, depth: number): void {
  const { order, shared, moved, unitAt, packed, tally, distinct, bounds } = state
  if (to - from === 1) {
    settle(state, from, order[from]!)
    return
  }
  if (to - from === 2) {
    sortPair(state, from, depth)
    return
  }
  for (;;) {
    const base = state.stackTop
    let top = base
    let ended = 0
    for (let i = from; i < to; i++) {
      const key = order[i]!
      if (keyLength(packed, key) === depth) {
        unitAt[i] = -1
        ended++
        continue
      }
      const code = packed[key + depth]!
      unitAt[i] = code
      const seen = tally[code]!
      tally[code] = seen + 1
      if (seen === 0) distinct[top++] = code
    }
    if (ended === 0 && top - base === 1) {
      // One unit for all the keys (a shared prefix, "old " of every "Old … Road"): the run goes on.
      tally[distinct[base]!] = 0
      depth++
      continue
    }
    state.nodes += top - base
    if (ended === 0) {
      state.cutAt[state.cuts] = from
      state.cutDepth[state.cuts++] = depth
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
      const key = order[i]!
      const code = unitAt[i]!
      if (code === -1) moved[next++] = key
      else {
        const place = tally[code]!
        tally[code] = place + 1
        moved[place] = key
      }
    }
    for (let i = from; i < to; i++) order[i] = moved[i]!
    for (let i = base; i < top; i++) tally[distinct[i]!] = 0
    // Every key here but the range's first parts from the one before it at `depth`.
    for (let i = from + 1; i < from + ended; i++) shared[i] = depth
    for (let i = from; i < from + ended; i++) settle(state, i, order[i]!)
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
