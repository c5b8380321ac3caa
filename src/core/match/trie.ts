import { foldForm } from '../text/chars.js'
import { PRIORITY, type Entry } from './entry.js'

/**
 * A trie over folded code units. Matching walks it from word starts only, so the cost per
 * input character does not grow with the number of forms (10 or 100,000).
 */
export interface Trie {
  /** children[node] maps a folded code unit to the next node. */
  readonly children: (Map<number, number> | undefined)[]
  /** entries[node] lists the forms ending at node, highest priority first. */
  readonly entries: (Entry[] | undefined)[]
}

export function buildTrie(entries: Iterable<Entry>): Trie {
  const children: (Map<number, number> | undefined)[] = [undefined]
  const ends: (Entry[] | undefined)[] = [undefined]
  for (const entry of entries) {
    const key = foldForm(entry.form)
    let node = 0
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i)
      let map = children[node]
      if (map === undefined) children[node] = map = new Map()
      let next = map.get(code)
      if (next === undefined) {
        next = children.length
        children.push(undefined)
        ends.push(undefined)
        map.set(code, next)
      }
      node = next
    }
    const list = ends[node] ?? (ends[node] = [])
    list.push(entry)
  }
  for (const list of ends) list?.sort((a, b) => PRIORITY[b.kind] - PRIORITY[a.kind])
  return { children, entries: ends }
}
