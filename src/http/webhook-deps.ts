import type { Copydesk } from '../core/api.js'
import { MemoryIdempotencyStore, type IdempotencyStore, type Integration, type WebhookDeps } from '../webhooks/index.js'

export interface WebhookOptions {
  /** Parsed and validated at start (`parseIntegrations`); none: every delivery is 404 `unknown_integration`. */
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
}

/**
 * What the webhook module needs from the service: the core's normalize (plain text, or
 * Markdown and HTML, where only the prose changes) and supports, with the service's default
 * glossary for integrations that name none.
 */
export function webhookDeps(copydesk: Copydesk, defaultGlossary: string, options: WebhookOptions): WebhookDeps {
  return {
    normalize: (text, format, language, glossary) => {
      const result = copydesk.normalize({ text, format, language, glossary: glossary ?? defaultGlossary })
      return { value: result.text, changes: result.changes, language: result.language.code }
    },
    supports: (language, glossary) => copydesk.supports(glossary ?? defaultGlossary, language),
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    now: options.now ?? Date.now,
    store: options.store ?? new MemoryIdempotencyStore(),
  }
}
