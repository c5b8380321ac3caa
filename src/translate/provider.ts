import type { NameMatcher } from './names.js'
import type { Protection } from './protect.js'

/** A direction an engine translates, in BCP 47 primary subtags ("es" → "en"). */
export interface LanguagePair {
  from: string
  to: string
}

/** What the pipeline asks of an engine: several units (paragraphs, blocks of prose) of one text. */
export interface TranslationRequest {
  texts: readonly string[]
  from: string
  to: string
  /** Set when the texts are masked with the provider's `protection` (XML-escaped for `xml-tags`). */
  masked: boolean
  /** The glossary's names for this direction, for engines that take a glossary of their own. */
  names: NameMatcher | undefined
  /**
   * Per text, whether it holds a name it does not decide (protect.ts, `ProtectionPlan`): an
   * engine glossary must not be applied to that text, since it would force the name.
   */
  undecided: readonly boolean[]
  /**
   * Per text, whether it continues a sentence begun before it (prose after inline markup: "El
   * **alcalde** de Járkov" goes as "El", "alcalde", "de Járkov"). Its first word is no sentence
   * start: an engine that capitalizes the first word it is given must be kept from it here.
   */
  continues: readonly boolean[]
  /** The glossary's id and version, to name an engine-side glossary that can be reused. */
  glossary: { id: string; version: string }
  /** Aborted when the pipeline stops waiting (TRANSLATE_TIMEOUT_MS). */
  signal: AbortSignal
}

export interface TranslationResponse {
  /** One translation per requested text, in order. */
  texts: string[]
  /** The engine as it describes itself for this request ("apertium spa-eng"), if it says. */
  engine?: string
}

/**
 * One machine-translation engine behind one interface. Adding an engine is a folder under
 * `src/translate/providers/` and a line in a registry. Failures are TranslateErrors
 * (./errors.ts): the pipeline turns them into 422/502/503/504 answers.
 */
export interface TranslationProvider {
  readonly id: string
  /** How names are protected from this engine. */
  readonly protection: Protection
  /** The directions the engine has now; throws a TranslateError when it cannot be reached. */
  pairs(signal: AbortSignal): Promise<LanguagePair[]>
  translate(request: TranslationRequest): Promise<TranslationResponse>
  /** A short description of the engine for GET /v1/translate/providers. */
  readonly engine: string
}

/** Builds a provider from the configuration, or undefined when it is not configured here. */
export type ProviderFactory = (settings: TranslateSettings) => TranslationProvider | undefined

/** Everything a provider may need, read once from the environment (src/translate/config.ts). */
export interface TranslateSettings {
  /** APy's base URL; unset: no Apertium provider. */
  apertiumUrl: string | undefined
  deeplAuthKey: string | undefined
  deeplServerUrl: string | undefined
  /**
   * How long a request waits for the engine (TRANSLATE_TIMEOUT_MS): the pipeline's deadline, which
   * a provider's own client must not cut short.
   */
  timeoutMs: number
  /** The Workers AI binding (`AI` in wrangler.toml), on Workers only. */
  ai: AiBinding | undefined
  fetch: typeof fetch
}

/** The part of Cloudflare's `Ai` binding we call. */
export interface AiBinding {
  run(model: string, inputs: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown>
}
