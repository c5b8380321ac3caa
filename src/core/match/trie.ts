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
 * Built from the distinct keys in sorted order: each key only extends the previous key's path
 * (after their common prefix), so nodes are appended in depth-first order, a new child is
 * always its parent's last, and no sibling chain is walked while building. Sibling chains end
 * up in ascending label order, which lets a lookup stop early.
 */
export function buildTrie(input: Iterable<Entry>): Trie {
  const entries = [...input]
  const byKey = new Map<string, number[]>()
  for (let e = 0; e < entries.length; e++) {
    const key = foldForm(entries[e]!.form)
    const list = byKey.get(key)
    if (list) list.push(e)
    else byKey.set(key, [e])
  }
  const keys = [...byKey.keys()].sort()
  // Each key adds the units after its common prefix with the previous one: count them, so the
  // arrays are allocated once at their final size (no transient copies for 4 million nodes).
  let capacity = 1
  let longest = 0
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!
    capacity += key.length - commonPrefix(k === 0 ? '' : keys[k - 1]!, key)
    longest = Math.max(longest, key.length)
  }
  const root = new Int32Array(0x10000)
  const label = new Uint16Array(capacity)
  const firstChild = new Int32Array(capacity)
  const nextSibling = new Int32Array(capacity)
  const firstEntry = new Int32Array(capacity)
  const nextEntry = new Int32Array(entries.length)
  /** path[d]: the node of the previous key's first d units. */
  const path = new Int32Array(longest + 1)
  let count = 1
  let previous = ''
  for (const key of keys) {
    const common = commonPrefix(previous, key)
    for (let depth = common; depth < key.length; depth++) {
      const parent = path[depth]!
      const child = count++
      const code = key.charCodeAt(depth)
      label[child] = code
      if (parent === 0) root[code] = child
      // The previous key went on below this parent: its branch is the last child so far.
      else if (depth === common && previous.length > common) nextSibling[path[depth + 1]!] = child
      else firstChild[parent] = child
      path[depth + 1] = child
    }
    // Forms of one key: highest priority first, in input order within a priority.
    const forms = byKey.get(key)!
    if (forms.length > 1) forms.sort((a, b) => PRIORITY[entries[b]!.kind] - PRIORITY[entries[a]!.kind] || a - b)
    const node = path[key.length]!
    firstEntry[node] = forms[0]! + 1
    for (let f = 1; f < forms.length; f++) nextEntry[forms[f - 1]!] = forms[f]! + 1
    previous = key
  }
  return { root, label, firstChild, nextSibling, firstEntry, nextEntry, entries }
}

function commonPrefix(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length)
  let i = 0
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}
