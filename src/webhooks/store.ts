import type { IdempotencyStore, StoredAnswer } from './types.js'

export type { IdempotencyStore } from './types.js'

export interface MemoryStoreOptions {
  /** Oldest entries are dropped beyond this many bytes of stored answers (JSON). Default 16 MiB. */
  maxBytes?: number
  /** Milliseconds since the epoch. Default `Date.now`. */
  now?: () => number
}

/**
 * Answers in this process's memory (one isolate on Workers): forgotten on restart and not shared.
 * The default when no database is configured (IDEMPOTENCY_DB_FILE on Node, the IDEMPOTENCY_DB
 * binding on Workers). Bounded in bytes: the oldest answers go first.
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, { answer: StoredAnswer; expires: number; bytes: number }>()
  private readonly maxBytes: number
  private readonly now: () => number
  private bytes = 0

  constructor(options: MemoryStoreOptions = {}) {
    this.maxBytes = Math.max(1, options.maxBytes ?? 16 * 1024 * 1024)
    this.now = options.now ?? Date.now
  }

  get size(): number {
    return this.entries.size
  }

  /** Bytes of the answers held (their JSON). */
  get heldBytes(): number {
    return this.bytes
  }

  async get(key: string): Promise<StoredAnswer | undefined> {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expires <= this.now()) {
      this.drop(key)
      return undefined
    }
    return entry.answer
  }

  async put(key: string, answer: StoredAnswer, ttlSeconds: number): Promise<void> {
    this.drop(key)
    const bytes = key.length + JSON.stringify(answer).length
    this.entries.set(key, { answer, expires: this.now() + ttlSeconds * 1000, bytes })
    this.bytes += bytes
    // A Map iterates in insertion order: the first keys are the oldest.
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes || this.entries.size === 1) break
      this.drop(oldest)
    }
  }

  private drop(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.bytes -= entry.bytes
    this.entries.delete(key)
  }
}
