import type { DeliveryResult, IdempotencyStore } from './types.js'

export type { IdempotencyStore } from './types.js'

export interface MemoryStoreOptions {
  /** Oldest entries are dropped beyond this. Default 10000. */
  maxEntries?: number
  /** Milliseconds since the epoch. Default `Date.now`. */
  now?: () => number
}

export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, { result: DeliveryResult; expires: number }>()
  private readonly maxEntries: number
  private readonly now: () => number

  constructor(options: MemoryStoreOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 10_000)
    this.now = options.now ?? Date.now
  }

  get size(): number {
    return this.entries.size
  }

  async get(key: string): Promise<DeliveryResult | undefined> {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expires <= this.now()) {
      this.entries.delete(key)
      return undefined
    }
    return entry.result
  }

  async put(key: string, result: DeliveryResult, ttlSeconds: number): Promise<void> {
    this.entries.delete(key)
    this.entries.set(key, { result, expires: this.now() + ttlSeconds * 1000 })
    // A Map iterates in insertion order: the first keys are the oldest.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break
      this.entries.delete(oldest)
    }
  }
}
