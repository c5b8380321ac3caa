/**
 * The trie the plain way, for tests to check `buildTrie` (trie.ts) against: a map of children per
 * code unit (an astral letter is two nodes, as the matcher walks), and at each node the indices
 * of the keys that end there, in input order.
 */
export interface MapTrieNode {
  children: Map<number, MapTrieNode>
  forms: number[]
}

export function mapTrie(keys: readonly string[]): MapTrieNode {
  const root: MapTrieNode = { children: new Map(), forms: [] }
  keys.forEach((key, k) => {
    let node = root
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i)
      let child = node.children.get(code)
      if (child === undefined) node.children.set(code, (child = { children: new Map(), forms: [] }))
      node = child
    }
    node.forms.push(k)
  })
  return root
}
