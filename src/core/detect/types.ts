/** One scored language: `score` is in 0..1, higher is more likely. */
export interface Candidate {
  code: string
  score: number
}

/**
 * A language detector behind one interface, so franc and eld are interchangeable.
 * `detect` returns candidates among `languages` (ISO 639-1), best first; it may return
 * an empty list when it cannot tell.
 */
export interface Detector {
  name: string
  detect(text: string, languages: readonly string[]): Candidate[]
  /**
   * Characters of prepared text the detector reads at most, when it reads less than
   * `SAMPLE_CHARS`: `detectLanguage` then prepares no more than that (eld).
   */
  sampleChars?: number
}

export type LanguageSource = 'declared' | 'detected' | 'fallback'

export interface LanguageGuess {
  /** BCP 47 primary subtag, or `und` when undetermined. */
  code: string
  confidence: number
  source: LanguageSource
}
