import type { LanguagePair } from './provider.js'

/**
 * Why a translation did not happen. Each kind has one HTTP status (derived here, so the two
 * cannot disagree) and one error code in the API.
 */
export const TRANSLATE_FAILURES = {
  /** The provider has no such direction. */
  'unsupported-pair': { status: 422, code: 'unsupported_pair' },
  /** No provider of that id is configured on this deployment. */
  'not-configured': { status: 503, code: 'provider_not_configured' },
  /** The engine could not be reached, or refused us (key, quota, rate limit, 5xx). */
  unavailable: { status: 503, code: 'provider_unavailable' },
  /** The engine did not answer within TRANSLATE_TIMEOUT_MS. */
  timeout: { status: 504, code: 'provider_timeout' },
  /** The engine answered something we cannot use. */
  'bad-answer': { status: 502, code: 'provider_bad_answer' },
} as const

export type TranslateFailure = keyof typeof TRANSLATE_FAILURES

/** Why a provider is unavailable; each is a message context (`error.provider_unavailable_<reason>`). */
export type UnavailableReason =
  /** APy does not answer at APERTIUM_URL: the message says how to install and start it. */
  | 'apertium-unreachable'
  /** Any other engine does not answer. */
  | 'unreachable'
  /** The engine refused the key (DeepL 403). */
  | 'key'
  /** The quota of the billing period is used up (DeepL 456). */
  | 'quota'
  /** The engine is rate limiting us (429). */
  | 'rate-limited'
  /** The engine failed (5xx) or its binding threw. */
  | 'engine-error'

export interface TranslateErrorDetails {
  provider: string
  /** unsupported-pair: the asked direction and the ones the provider has. */
  from?: string
  to?: string
  pairs?: readonly LanguagePair[]
  /** not-configured: the providers that are. */
  available?: readonly string[]
  /** unavailable: why, which selects the message (and the fix it names). */
  reason?: UnavailableReason
  /** The engine's address, when it could not be reached. */
  url?: string
  /** The engine's HTTP status, when it answered with an error. */
  status?: number
  /** timeout: the limit in milliseconds. */
  timeoutMs?: number
  /** What went wrong in the engine's own words, for the log (not shown to callers). */
  detail?: string
}

/** An expected failure of a provider; the route renders it in the API's error shape. */
export class TranslateError extends Error {
  override readonly name = 'TranslateError'

  constructor(
    readonly failure: TranslateFailure,
    readonly details: TranslateErrorDetails,
  ) {
    super(`${details.provider}: ${failure}${details.detail ? ` (${details.detail})` : ''}`)
  }
}
