import type { Candidate, Detector, LanguageGuess as DetectedLanguage } from './detect/types.js'
import type { UndeterminedReason } from './detect/detect-language.js'
import type { ApplyMode, Change, ChangeStatus, ReasonCode } from './normalize/change.js'
import type { NotRead, NotReadReason, SplitByMarkup } from './markup/types.js'
import type { GlossarySource, LocalizedText } from './glossary/source.js'
import type { GlossaryDefinition } from './glossary/extend.js'
import type { Precompiled } from './glossary/precompiled.js'

export type { ApplyMode, Candidate, ChangeStatus, Detector, Change, ReasonCode, GlossarySource, LocalizedText, UndeterminedReason, SplitByMarkup, NotRead, NotReadReason }

/** The language of a text, as `normalize` and `detect` report it. */
export interface LanguageGuess extends DetectedLanguage {
  /**
   * Why detection could not tell (`no-letters`, `too-short`, `not-confident`): set when
   * `detect` answers `und`, and when `normalize` used the fallback language; absent otherwise.
   */
  reason?: UndeterminedReason
}

/** Options of `createCopydesk`, resolved once at the top of the factory. */
export interface CopydeskOptions {
  /** Glossary sources (the generated bundle, or any in-memory glossary), profiles included. */
  glossaries: readonly GlossaryDefinition[]
  /**
   * The glossaries were compiled and their examples run by `npm run build:glossaries` (the
   * bundled ones): build each language's matcher on first use, so start-up does not pay for
   * every profile and language. Default false: everything is built and validated at start.
   */
  prevalidated?: boolean
  /**
   * The glossaries' tries compiled by `npm run build:glossaries` (src/generated/precompiled.ts):
   * a glossary whose source is the one they were built from is decoded instead of compiled.
   * Any other (stale, or not in the artifact) is compiled, and `onStale` says why.
   */
  precompiled?: { artifact: Precompiled; onStale?: (glossary: string, reason: string) => void }
  /** Glossary used when a request names none. Default: "news". */
  defaultGlossary?: string
  /** Overrides every glossary's own fallback language when detection gives `und`. */
  fallbackLanguage?: string
  /** Language detector. Default: the built-in default detector. */
  detector?: Detector
}

export type TextFormat = 'text' | 'markdown' | 'html'

export interface NormalizeInput {
  text: string
  /** How to read `text`: plain text (default), Markdown or HTML (only the prose changes). */
  format?: TextFormat
  /** "auto" (default) or a BCP 47 tag; only its primary subtag is used. */
  language?: string
  /** Glossary id; default `defaultGlossary`. */
  glossary?: string
  /**
   * Which findings change the text: `confident` (default) applies what the context decides and
   * reports the rest as suggestions; `all` applies suggestions too (never a name discussed as
   * a name); `none` only checks: `text` equals the input and every finding is a suggestion.
   */
  apply?: ApplyMode
  /** Whether to write `diff` (default true); false leaves it empty, for a caller that does not send it. */
  diff?: boolean
}

/** Something the caller should know that is not a change. */
export type Warning = LanguageNotCovered | SplitByMarkup | NotRead | LanguageMismatch | ChangesTruncated

/**
 * The declared language is not the one the text is confidently detected in: the changes this
 * language's house style would apply are held as suggestions (reason `language-mismatch`).
 */
export interface LanguageMismatch {
  code: 'language-mismatch'
  /** The declared language, whose house style was used. */
  language: string
  /** The language detected with confidence. */
  detected: string
  confidence: number
}

/** The glossary has no house style for a language found in the text: that text is unchanged. */
export interface LanguageNotCovered {
  code: 'language-not-covered'
  language: string
  glossary: string
}

/**
 * Added at the edge (src/http/limits.ts), never by the core: the answer lists only the first
 * `listed` of the `total` changes (the text and the diff carry them all).
 */
export interface ChangesTruncated {
  code: 'changes-truncated'
  total: number
  listed: number
}

/** A run of a document in one language (Markdown and HTML, with language "auto"). */
export interface LanguageBlock {
  start: number
  end: number
  code: string
}

export interface NormalizeResult {
  text: string
  /** For Markdown and HTML with language "auto", `blocks` lists the language of each run of prose. */
  language: LanguageGuess & { blocks?: LanguageBlock[] }
  glossary: { id: string; version: string }
  /**
   * Every finding, in input order, non-overlapping; `input.slice(start, end) === original`.
   * `status: 'applied'` ones are in `text` and `diff`; `status: 'suggested'` ones (with a
   * `reason`) are not: `applyChanges(input, changes) === text`.
   */
  changes: Change[]
  /** Unified patch from the input to `text`; `applyPatch(input, diff) === text`. Empty when the input said `diff: false`. */
  diff: string
  warnings: Warning[]
}

/**
 * `normalize`, possibly off the calling thread (Node's worker pool, src/runtime/node/): a runtime
 * injects it where a large text must not hold the request's thread. `maxChanges` caps the list of
 * changes where the result is made (the rest are counted in a `changes-truncated` warning), so a
 * name-dense megabyte's changes never cross between threads. Default: no cap.
 */
export type NormalizeOffThread = (input: NormalizeInput, maxChanges?: number) => Promise<NormalizeResult>

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
  /** For a house-style profile: the glossary it overlays. */
  extends?: string
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
