/** At most this many entries per cache: the keys come from requests. */
const MAX_ENTRIES = 10_000

/**
 * A memo of rendered text by key, for messages that repeat across changes and requests.
 * Bounded: emptied when full, since the keys carry words of the callers' texts.
 */
export function boundedCache<V>(maxEntries = MAX_ENTRIES): (key: string, make: () => V) => V {
  const entries = new Map<string, V>()
  return (key, make) => {
    let value = entries.get(key)
    if (value === undefined) {
      value = make()
      if (entries.size >= maxEntries) entries.clear()
      entries.set(key, value)
    }
    return value
  }
}
