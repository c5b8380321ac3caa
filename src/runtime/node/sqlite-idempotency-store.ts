import { DatabaseSync, type StatementSync } from 'node:sqlite'
import type { Claim, ClaimOutcome, IdempotencyStore, StoredAnswer } from '../../webhooks/index.js'
import { CLAIM_KEY, CREATE_IDEMPOTENCY_TABLE, DELETE_EXPIRED, DELETE_EXPIRED_CLAIMS, RELEASE_KEY, SELECT_ANSWER, UPSERT_ANSWER } from '../idempotency-schema.js'

export interface SqliteStoreOptions {
  /** Milliseconds since the epoch. Default `Date.now`. */
  now?: () => number
}

/**
 * Webhook answers in a SQLite file (IDEMPOTENCY_DB_FILE), with Node's built-in `node:sqlite`
 * (no native addon to build): they survive a restart, and every process that opens the same
 * file shares them. WAL mode lets readers and a writer work at once; a writer waits up to 5 s
 * for another's lock instead of failing.
 */
export class SqliteIdempotencyStore implements IdempotencyStore {
  private readonly db: DatabaseSync
  private readonly select: StatementSync
  private readonly upsert: StatementSync
  private readonly prune: StatementSync
  private readonly pruneClaims: StatementSync
  private readonly claimKey: StatementSync
  private readonly releaseKey: StatementSync
  private readonly now: () => number

  /** Opens (creating it if needed) the database at `path`, and its table. */
  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.db = new DatabaseSync(path, { timeout: 5000 })
    this.db.exec('PRAGMA journal_mode = WAL')
    for (const statement of CREATE_IDEMPOTENCY_TABLE) this.db.exec(statement)
    this.select = this.db.prepare(SELECT_ANSWER)
    this.upsert = this.db.prepare(UPSERT_ANSWER)
    this.prune = this.db.prepare(DELETE_EXPIRED)
    this.pruneClaims = this.db.prepare(DELETE_EXPIRED_CLAIMS)
    this.claimKey = this.db.prepare(CLAIM_KEY)
    this.releaseKey = this.db.prepare(RELEASE_KEY)
    this.now = options.now ?? Date.now
  }

  async get(key: string): Promise<StoredAnswer | undefined> {
    const row = this.select.get(key, this.now()) as { answer: string } | undefined
    return row ? (JSON.parse(row.answer) as StoredAnswer) : undefined
  }

  async put(key: string, answer: StoredAnswer, ttlSeconds: number): Promise<void> {
    const now = this.now()
    this.prune.run(now)
    this.pruneClaims.run(now)
    this.upsert.run(key, JSON.stringify(answer), now + ttlSeconds * 1000)
  }

  async claim(key: string, { owner, fingerprint, ttlSeconds }: Claim): Promise<ClaimOutcome> {
    const now = this.now()
    const row = this.claimKey.get(key, owner, fingerprint, now + ttlSeconds * 1000, now, now, now) as { owner: string; fingerprint: string }
    return row.owner === owner ? { claimed: true } : { claimed: false, fingerprint: row.fingerprint }
  }

  async release(key: string, owner: string): Promise<void> {
    this.releaseKey.run(key, owner)
  }

  close(): void {
    this.db.close()
  }
}
