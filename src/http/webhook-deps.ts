import type { Copydesk, NormalizeOffThread } from '../core/api.js'
import { defaultConfig } from '../config/index.js'
import { capChanges, totalChanges } from './limits.js'
import { TranslateError } from '../translate/errors.js'
import type { Translator } from '../translate/translate.js'
import { MemoryIdempotencyStore, TranslationUnavailable, type IdempotencyStore, type Integration, type WebhookDeps } from '../webhooks/index.js'

const DEFAULT_MAX_CHANGES = defaultConfig.maxChanges

export interface WebhookOptions {
  /** Parsed and validated at start (`parseIntegrations`); none: every delivery is 401 `invalid_signature`, as for any unknown name. */
  integrations: readonly Integration[]
  /**
   * Where answers are kept for replays. Default: a MemoryIdempotencyStore of this app, that is
   * one per process on Node and one per isolate on Workers.
   */
  store?: IdempotencyStore
  /** For write-back to the CMS. Default: the global fetch. */
  fetch?: typeof fetch
  /** Milliseconds since the epoch (signature time windows). Default: Date.now. */
  now?: () => number
  /** IDEMPOTENCY_CLAIM_SECONDS: how long a delivery being processed stays claimed. Default 120. */
  claimTtlSeconds?: number | undefined
  /** MAX_CHANGES: changes listed in one delivery's report. Default 5000. */
  maxChanges?: number | undefined
  /** Runs the normalizations (Node: large values on the worker-thread pool). Default: on the calling thread. */
  normalize?: NormalizeOffThread | undefined
}

/**
 * What the webhook module needs from the service: the core's normalize (plain text, or
 * Markdown and HTML, where only the prose changes) and supports, with the service's default
 * glossary for integrations that name none.
 */
export function webhookDeps(copydesk: Copydesk, defaultGlossary: string, options: WebhookOptions, translator?: Translator): WebhookDeps {
  const maxChanges = options.maxChanges ?? DEFAULT_MAX_CHANGES
  return {
    ...(translator && translator.ids.length > 0 ? { translate: translateWith(translator, defaultGlossary, maxChanges) } : {}),
    normalize: async (text, format, language, glossary) => {
      const input = { text, format, language, glossary: glossary ?? defaultGlossary }
      // Capped where the result is made: a name-dense megabyte's changes never cross threads whole.
      const result = options.normalize ? await options.normalize(input, maxChanges) : capChanges(copydesk.normalize(input), maxChanges)
      return { value: result.text, changes: result.changes, language: result.language.code, total: totalChanges(result) }
    },
    supports: (language, glossary) => copydesk.supports(glossary ?? defaultGlossary, language),
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    now: options.now ?? Date.now,
    store: options.store ?? new MemoryIdempotencyStore(),
    ...(options.claimTtlSeconds === undefined ? {} : { claimTtlSeconds: options.claimTtlSeconds }),
    maxChanges,
  }
}

/**
 * Contentful per-locale translation: POST /v1/translate's pipeline with the default provider. A
 * provider failure becomes TranslationUnavailable (the delivery is answered 503, retryable);
 * an unsupported pair too, since retrying cannot help there but nothing may be written either.
 */
function translateWith(translator: Translator, defaultGlossary: string, maxChanges: number): NonNullable<WebhookDeps['translate']> {
  return async (text, format, from, to, glossary) => {
    try {
      const result = await translator.translate({ text, format, from, to, glossary: glossary ?? defaultGlossary })
      return { value: result.text, changes: result.changes.slice(0, maxChanges), language: result.target, total: result.changes.length }
    } catch (error) {
      if (error instanceof TranslateError) throw new TranslationUnavailable(error.details.provider)
      throw error
    }
  }
}
