import type { Change, ChangesTruncated } from '../core/api.js'
import type { FieldFormat, Mode } from './settings.js'
import type { HeadersInput } from './headers.js'
import type { WebhookMessage } from './messages.js'

/** A delivery as the route hands it over: nothing is read from it before the signature is verified. */
export interface DeliveryRequest {
  method: string
  /** Path and query as received, e.g. `/v1/webhooks/contentful-main` (Contentful signs it). */
  path: string
  headers: HeadersInput
  /** The raw body; signatures are over these bytes. */
  body: Uint8Array | string
}

/** What a route answers: a status, a JSON body and, sometimes, headers (`Retry-After`). */
export interface DeliveryResult {
  status: number
  body: DeliveryBody
  headers?: Record<string, string>
}

export type TextFormat = Exclude<FieldFormat, 'rich-text'>

export interface NormalizedValue {
  value: string
  /** The changes, the first `maxChanges` of them when there are more. */
  changes: readonly Change[]
  /** Every change `value` carries, when `changes` lists fewer. */
  total?: number
  /** The language whose house style applied (the detected one when `auto` was asked). */
  language: string
}

export interface WebhookDeps {
  /**
   * Normalizes one value: `text` as plain text, `html` and `markdown` as markup (only their
   * prose changes). `language` is a code such as `en`, or `auto` to detect. Rich-text fields
   * are walked here and each text node is passed as `text`.
   */
  normalize(value: string, format: TextFormat, language: string, glossary: string | undefined): NormalizedValue | Promise<NormalizedValue>
  /** Whether the glossary (the default one when undefined) normalizes `language`. */
  supports(language: string, glossary: string | undefined): boolean
  /**
   * Machine-translates one value from language `from` into `to` (codes such as `es`, `en`) and
   * normalizes it in `to`; throws TranslationUnavailable when the engine cannot. Absent: no
   * translation is configured, and fields that ask for one are skipped.
   */
  translate?(value: string, format: TextFormat, from: string, to: string, glossary: string | undefined): Promise<NormalizedValue>
  /** Used for write-back only. */
  fetch: typeof fetch
  /** Milliseconds since the epoch. */
  now(): number
  store: IdempotencyStore
  /** How long an answer is kept for replays of the same delivery. Default 86400 (a day). */
  idempotencyTtlSeconds?: number
  /**
   * MAX_CHANGES: changes listed in one delivery's report, all fields together; beyond, a
   * `changes-truncated` warning gives the total (the values carry every change). Default 5000.
   */
  maxChanges?: number
  /**
   * How long a claim on a delivery being processed holds (IDEMPOTENCY_CLAIM_SECONDS): the same
   * delivery meanwhile is answered 409 `delivery_in_progress`; after it, a claim left by a crashed
   * instance no longer blocks. Default 120.
   */
  claimTtlSeconds?: number
}

/** A change in a rich-text field: offsets are within the text node that `path` (a JSON Pointer) points to. */
export type ReportChange = Change | (Change & { path: string })

export interface FieldReport {
  field: string
  locale: string | null
  /** Set when the value is a machine translation of this locale's value (Contentful `translate`). */
  translatedFrom?: string
  language: string
  format: FieldFormat
  /** The normalized value, of the same type as the field (a string, or the rich-text document). */
  value: unknown
  changed: boolean
  changes: ReportChange[]
  /** Every change of the value, when `changes` lists fewer (MAX_CHANGES, see ReportBody's `warnings`). */
  changeCount?: number
}

export type SkipReason = 'locale-not-mapped' | 'language-not-covered' | 'not-text' | 'not-rich-text' | 'too-deep' | 'no-translator'

/** The engine behind `translate` is unavailable (down, refusing, too slow): the delivery is answered 503, retryable. */
export class TranslationUnavailable extends Error {
  override readonly name = 'TranslationUnavailable'

  constructor(
    readonly provider: string,
    /** The CMS locale the translation was for, once known. */
    readonly locale = '',
  ) {
    super(provider)
  }
}

export interface SkippedField {
  field: string
  locale: string | null
  reason: SkipReason
  /** Rendered in the request's locale by the HTTP layer. */
  message: WebhookMessage
}

export type WriteBackOutcome =
  /** Nothing changed: no request was made to the CMS, so the save our write would trigger cannot loop. */
  | { outcome: 'unchanged' }
  /** The CMS accepted the update; the entry's new version / revision / updatedAt. */
  | { outcome: 'written'; version: number | string }

export interface EntrySummary {
  id: string
  version?: number
  revision?: string
  updatedAt?: string
  locale?: string
}

export interface ReportBody {
  outcome: 'normalized'
  integration: string
  /** The integration's provider id (src/webhooks/providers/index.ts). */
  provider: string
  mode: Mode
  delivery: string
  event: string
  entry: EntrySummary
  fields: FieldReport[]
  skipped: SkippedField[]
  writeBack?: WriteBackOutcome
  /**
   * More changes than MAX_CHANGES in the delivery: the fields list the first ones, in field
   * order, and this says how many there were; the values (and what is written back) carry all.
   */
  warnings?: ChangesTruncated[]
}

/** `not-an-entry-save`: a publish, unpublish, archive… event; `deleted`: the document was deleted. */
export type IgnoredReason = 'not-an-entry-save' | 'deleted'

export interface IgnoredBody {
  outcome: 'ignored'
  integration: string
  /** The integration's provider id (src/webhooks/providers/index.ts). */
  provider: string
  delivery: string
  event: string
  reason: IgnoredReason
  /** Rendered in the request's locale by the HTTP layer. */
  message: WebhookMessage
}

export type ErrorCode =
  | 'invalid_signature'
  | 'unsupported_media_type'
  | 'invalid_payload'
  | 'idempotency_key_reused'
  | 'delivery_in_progress'
  | 'unknown_content_type'
  | 'version_conflict'
  | 'entry_not_found'
  | 'cms_rejected'
  | 'cms_unauthorized'
  | 'rate_limited'
  | 'cms_unavailable'
  | 'translation_unavailable'

export interface ErrorBody {
  error: {
    code: ErrorCode
    /** What went wrong, as a message key and parameters: rendered in the request's locale by the HTTP layer. */
    message: WebhookMessage
    /** Whether sending the same delivery again can succeed: true for 429, 5xx and 409 `delivery_in_progress`, false for any other 4xx. */
    retryable: boolean
    details?: Record<string, unknown>
  }
}

export type DeliveryBody = ReportBody | ReportSummary | IgnoredBody | ErrorBody

/**
 * A field of a stored answer: what happened to it, without its value and changes (which can be
 * megabytes). A replay answers with these.
 */
export interface FieldSummary {
  field: string
  locale: string | null
  language: string
  format: FieldFormat
  changed: boolean
  /** How many changes the value carried (listed or not). */
  changeCount: number
}

/**
 * The answer to a replayed delivery: the first answer's status, entry and write-back outcome,
 * each field summarised (`fields` and `skipped` are left out, and `fieldCount` says how many
 * fields there were, when even the summaries would exceed the stored answer's byte budget).
 */
export interface ReportSummary extends Omit<ReportBody, 'outcome' | 'fields' | 'skipped'> {
  outcome: 'normalized'
  summary: true
  fields?: FieldSummary[]
  skipped?: SkippedField[]
  fieldCount: number
}

/** What is kept of an answer: the fingerprint of the delivery it answered, and its compact form. */
export interface StoredAnswer {
  /** Hex SHA-256 of the delivery's raw (signed) body. */
  fingerprint: string
  result: DeliveryResult
}

/**
 * Where answers are kept so that the same delivery twice gets the same answer and causes at
 * most one write. Keys are `<integration>:<delivery id>` and `<integration>#<body fingerprint>`.
 * In memory (store.ts, one process or isolate), in SQLite on Node (src/runtime/node/) or in D1 on
 * Workers (src/runtime/worker/), shared by every process or isolate that opens the same database.
 */
export interface IdempotencyStore {
  get(key: string): Promise<StoredAnswer | undefined>
  put(key: string, answer: StoredAnswer, ttlSeconds: number): Promise<void>
  /**
   * Takes `key` for processing, atomically for every process or isolate sharing the store: the
   * caller holds it when it was free or its holder's claim has expired (a crashed instance), and
   * is told the fingerprint of the body being processed otherwise. One statement in SQL (an
   * upsert that takes over only an expired row), so two instances can never both hold it.
   */
  claim(key: string, claim: Claim): Promise<ClaimOutcome>
  /** Gives the key back, if `owner` still holds it (not when another took over an expired claim). */
  release(key: string, owner: string): Promise<void>
}

export interface Claim {
  /** Random, one per delivery being processed. */
  owner: string
  /** Hex SHA-256 of the delivery's body. */
  fingerprint: string
  /** After this long the claim is considered abandoned (its holder crashed) and can be taken over. */
  ttlSeconds: number
}

export type ClaimOutcome = { claimed: true } | { claimed: false; fingerprint: string }
