import type { Locale } from '../i18n/index.js'
import type { RateMeter } from './access/rate-meter.js'

/** Per-request values shared by the middlewares and handlers. */
export interface AppEnv {
  Variables: {
    /** The request's id (X-Request-Id): the one received when well-formed, else a new UUID. */
    requestId: string
    /** Locale of the messages in this response. */
    locale: Locale
    /** The id of the API key that authenticated the request (never the key itself). */
    keyId: string
    /** The webhook integration a delivery was sent to (when it is configured). */
    integration: string
    /** Bytes of request body actually read, when a handler read it. */
    requestBytes: number
    /**
     * Charges the rate limit for a body of that many bytes, once read (the access middleware
     * charged the request's first unit): throws 429 when the budget is spent. Absent: no limit.
     */
    chargeBody: (bytes: number) => Promise<void>
    /** What the request log reports of the work done: counts, never content. */
    counts: RequestCounts
    /** The rate limit as this request met it, when one is configured (src/http/access/rate-meter.ts). */
    rateMeter: RateMeter
    /** A Content-Security-Policy of the route's own (a page), instead of the default for JSON. */
    contentSecurityPolicy: string
    /** The unexpected error behind a 500, for the request log. */
    error: unknown
  }
}

export interface RequestCounts {
  /** Changes applied (normalize; webhooks: over every field). */
  changes?: number
  /** Findings reported as suggestions, not applied. */
  suggestions?: number
  /** Warnings given (normalize). */
  warnings?: number
  /** Field values normalized and skipped (webhooks). */
  fields?: number
  skipped?: number
}
