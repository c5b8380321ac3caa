import { foldForm } from '../text/chars.js'
import { PRIORITY, type Entry } from './entry.js'

/**
 * A trie over folded code units, flat in typed arrays: a node is an index, its children a
 * chain of siblings, and the root's children a direct table. Matching walks it from word
 * starts only, so the cost per input character does not grow with the number of forms (10 or
 * 100,000), and 100,000 concepts (4 million nodes) take tens of megabytes, not a Map per node.
 *
 * Node 0 is the root; 0 also means "none" in `firstChild` and `nextSibling`, since the root is
 * nobody's child or sibling.
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

/** The child of `node` reached by folded code unit `code`, or 0. */
export function childOf(trie: Trie, node: number, code: number): number {
  if (node === 0) return trie.root[code]!
  const { label, nextSibling } = trie
  let child = trie.firstChild[node]!
  while (child !== 0 && label[child] !== code) child = nextSibling[child]!
  return child
}

export function buildTrie(input: Iterable<Entry>): Trie {
  const entries = [...input]
  const keys = entries.map((entry) => foldForm(entry.form))
  // Every key adds at most its length in nodes: allocate once, trim at the end.
  let capacity = 1
  for (const key of keys) capacity += key.length
  const root = new Int32Array(0x10000)
  const label = new Uint16Array(capacity)
  const firstChild = new Int32Array(capacity)
  const nextSibling = new Int32Array(capacity)
  const endsAt = new Int32Array(entries.length)
  let count = 1
  for (let e = 0; e < entries.length; e++) {
    const key = keys[e]!
    let node = 0
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i)
      let child = node === 0 ? root[code]! : firstChild[node]!
      if (node !== 0) while (child !== 0 && label[child] !== code) child = nextSibling[child]!
      if (child === 0) {
        child = count++
        label[child] = code
        if (node === 0) root[code] = child
        else {
          nextSibling[child] = firstChild[node]!
          firstChild[node] = child
        }
      }
      node = child
    }
    endsAt[e] = node
  }
  // Lists of forms per node, highest priority first and in input order within a priority:
  // prepend in ascending priority, later inputs first.
  const order = entries.map((_, e) => e).sort((a, b) => PRIORITY[entries[a]!.kind] - PRIORITY[entries[b]!.kind] || b - a)
  const firstEntry = new Int32Array(count)
  const nextEntry = new Int32Array(entries.length)
  for (const e of order) {
    const node = endsAt[e]!
    nextEntry[e] = firstEntry[node]!
    firstEntry[node] = e + 1
  }
  return {
    root,
    label: label.slice(0, count),
    firstChild: firstChild.slice(0, count),
    nextSibling: nextSibling.slice(0, count),
    firstEntry,
    nextEntry,
    entries,
  }
}
