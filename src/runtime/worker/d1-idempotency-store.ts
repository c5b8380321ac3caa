import type { Claim, ClaimOutcome, IdempotencyStore, StoredAnswer } from '../../webhooks/index.js'
import { CLAIM_KEY, CREATE_IDEMPOTENCY_TABLE, DELETE_EXPIRED, DELETE_EXPIRED_CLAIMS, RELEASE_KEY, SELECT_ANSWER, UPSERT_ANSWER } from '../idempotency-schema.js'

/** The name of the D1 binding that keeps webhook answers (`[[d1_databases]]` in wrangler.toml). */
export const IDEMPOTENCY_DB_BINDING = 'IDEMPOTENCY_DB'

/** The part of a D1 binding used here (https://developers.cloudflare.com/d1/worker-api/). */
export interface D1Binding {
  prepare(query: string): D1Statement
}

interface D1Statement {
  bind(...values: unknown[]): D1Statement
  first<T = Record<string, unknown>>(): Promise<T | null>
  run(): Promise<unknown>
}

export function isD1Binding(value: unknown): value is D1Binding {
  return typeof value === 'object' && value !== null && typeof (value as { prepare?: unknown }).prepare === 'function'
}

/**
 * Webhook answers in D1 (SQLite at Cloudflare), the same table as on Node: shared by every
 * isolate and every location, and kept across deployments. The table is created on the first
 * use by each isolate (`CREATE TABLE IF NOT EXISTS`).
 */
export class D1IdempotencyStore implements IdempotencyStore {
  private ready: Promise<void> | undefined

  constructor(
    private readonly db: D1Binding,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string): Promise<StoredAnswer | undefined> {
    await this.table()
    const row = await this.db.prepare(SELECT_ANSWER).bind(key, this.now()).first<{ answer: string }>()
    return row ? (JSON.parse(row.answer) as StoredAnswer) : undefined
  }

  async put(key: string, answer: StoredAnswer, ttlSeconds: number): Promise<void> {
    await this.table()
    const now = this.now()
    await this.db.prepare(DELETE_EXPIRED).bind(now).run()
    await this.db.prepare(DELETE_EXPIRED_CLAIMS).bind(now).run()
    await this.db.prepare(UPSERT_ANSWER).bind(key, JSON.stringify(answer), now + ttlSeconds * 1000).run()
  }

  /** One statement: D1 runs each atomically, so two isolates cannot both get the key. */
  async claim(key: string, { owner, fingerprint, ttlSeconds }: Claim): Promise<ClaimOutcome> {
    await this.table()
    const now = this.now()
    const row = await this.db.prepare(CLAIM_KEY).bind(key, owner, fingerprint, now + ttlSeconds * 1000, now, now, now).first<{ owner: string; fingerprint: string }>()
    if (!row) throw new Error('D1 returned no row for a claim')
    return row.owner === owner ? { claimed: true } : { claimed: false, fingerprint: row.fingerprint }
  }

  async release(key: string, owner: string): Promise<void> {
    await this.table()
    await this.db.prepare(RELEASE_KEY).bind(key, owner).run()
  }

  private table(): Promise<void> {
    this.ready ??= (async () => {
      for (const statement of CREATE_IDEMPOTENCY_TABLE) await this.db.prepare(statement).run()
    })().catch((error: unknown) => {
      this.ready = undefined // the next request tries again
      throw error
    })
    return this.ready
  }
}
