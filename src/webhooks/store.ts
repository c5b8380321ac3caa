import type { Claim, ClaimOutcome, IdempotencyStore, StoredAnswer } from './types.js'

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
  /** Deliveries being processed: as many as requests in flight, so not counted in the budget. */
  private readonly claims = new Map<string, { owner: string; fingerprint: string; expires: number }>()
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

  async claim(key: string, { owner, fingerprint, ttlSeconds }: Claim): Promise<ClaimOutcome> {
    const now = this.now()
    const held = this.claims.get(key)
    if (held && held.expires > now) return { claimed: false, fingerprint: held.fingerprint }
    this.claims.set(key, { owner, fingerprint, expires: now + ttlSeconds * 1000 })
    return { claimed: true }
  }

  async release(key: string, owner: string): Promise<void> {
    if (this.claims.get(key)?.owner === owner) this.claims.delete(key)
  }

  private drop(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.bytes -= entry.bytes
    this.entries.delete(key)
  }
}
