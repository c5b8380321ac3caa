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

/**
 * A memo in buckets, for values known by several parts where building one key string per
 * lookup would cost more than the lookup saves (a change's message, a concept's JSON member):
 * the caller gets the bucket of one part and finds the value in it by the others. At most
 * `maxEntries` values in all, counted as they are added; emptied when full, since the parts
 * come from requests.
 */
export class BoundedBuckets<K, B> {
  private readonly buckets = new Map<K, B>()
  private count = 0

  constructor(
    private readonly makeBucket: () => B,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  /** The bucket of `key`, if it has one. */
  get(key: K): B | undefined {
    return this.buckets.get(key)
  }

  /** The bucket of `key` to add one value to, made if need be; every bucket is dropped first when `maxEntries` values are held. */
  forNew(key: K): B {
    if (this.count >= this.maxEntries) {
      this.buckets.clear()
      this.count = 0
    }
    this.count++
    let bucket = this.buckets.get(key)
    if (bucket === undefined) this.buckets.set(key, (bucket = this.makeBucket()))
    return bucket
  }
}
