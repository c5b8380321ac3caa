import type { Candidate, Detector, LanguageGuess } from './detect/types.js'
import type { Change } from './normalize/change.js'
import type { GlossarySource } from './glossary/source.js'

export type { Candidate, Detector, LanguageGuess, Change, GlossarySource }

/** Options of `createCopydesk`, resolved once at the top of the factory. */
export interface CopydeskOptions {
  /** Glossary sources (the generated bundle, or any in-memory glossary). */
  glossaries: GlossarySource[]
  /** Glossary used when a request names none. Default: "news". */
  defaultGlossary?: string
  /** Overrides every glossary's own fallback language when detection gives `und`. */
  fallbackLanguage?: string
  /** Language detector. Default: the built-in default detector. */
  detector?: Detector
}

export interface NormalizeInput {
  text: string
  /** "auto" (default) or a BCP 47 tag; only its primary subtag is used. */
  language?: string
  /** Glossary id; default `defaultGlossary`. */
  glossary?: string
}

/** Something the caller should know that is not a change (e.g. no rules for the detected language). */
export interface Warning {
  code: 'language-not-covered'
  language: string
  glossary: string
}

export interface NormalizeResult {
  text: string
  language: LanguageGuess
  glossary: { id: string; version: string }
  /** In input order, non-overlapping; `input.slice(start, end) === original`. */
  changes: Change[]
  /** Unified patch from the input to `text`; `applyPatch(input, diff) === text`. */
  diff: string
  warnings: Warning[]
}

export interface DetectResult {
  language: LanguageGuess
  candidates: Candidate[]
}

export interface GlossarySummary {
  id: string
  name: string
  version: string
  languages: string[]
  fallbackLanguage: string
  concepts: number
}

/**
 * Expected non-results are values (`undefined`, `und`, a warning); misuse (an unknown glossary
 * id, a language the glossary does not cover) throws an Error whose message says what is wrong.
 * The HTTP layer checks `glossary()` and `supports()` first, so users never trigger a throw.
 */
export interface Copydesk {
  normalize(input: NormalizeInput): NormalizeResult
  detect(text: string): DetectResult
  glossaries(): GlossarySummary[]
  /** The full source of a glossary, or undefined when there is no such glossary. */
  glossary(id: string): (GlossarySource & { version: string }) | undefined
  /** Whether glossary `id` normalizes text in `language` (a BCP 47 tag). */
  supports(id: string, language: string): boolean
  readonly defaultGlossary: string
}
