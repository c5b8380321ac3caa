import { applyCyrillicRule } from './cyrillic.js'
import { confidenceOf } from './confidence.js'
import { defaultDetector } from './detectors.js'
import { SUPPORTED_LANGUAGES } from './languages.js'
import { prepareText, SAMPLE_CHARS } from './prepare.js'
import type { Candidate, Detector } from './types.js'

/**
 * Fewer letters than this and we do not ask the detector at all (`und`, reason `too-short`).
 * Measured on word-by-word prefixes of the dataset's headlines and ledes (bench, "By letters"):
 * with 4-5 letters ("Sismo", "Kyiv", "Київ") the top answer is right for 52 % of the texts
 * with eld and 38 % with franc, a coin toss, and such a text is one word, as often a name as
 * a word of its language; with 6-7 letters, 81 % and 53 %, and from there the confidence rule
 * sorts the answers (eld then answers right 78 % and wrong 2 % of 6-7 letter texts).
 */
export const MIN_LETTERS = 6

/**
 * Below this confidence the answer is `und` (reason `not-confident`). A wrong language
 * applies the wrong house style, while `und` only falls back to the glossary's language, so
 * we trade right answers for fewer wrong ones. Measured on the dataset plus prefixes (bench
 * `--tune`): eld's right/wrong/und split does not move between 0.05 and 0.2 (91/1/8); franc's
 * wrong answers fall from 14 % with no threshold to 7 % at 0.15 for 6 points of right answers,
 * and above 0.2 each point of wrong costs more than two of right.
 */
export const MIN_CONFIDENCE = 0.15

export type UndeterminedReason = 'no-letters' | 'too-short' | 'not-confident'

export interface DetectLanguageOptions {
  /** Default: `defaultDetector`. */
  detector?: Detector
  /** Languages to choose from (ISO 639-1). Default: `SUPPORTED_LANGUAGES`. */
  languages?: readonly string[]
  /** Default: `MIN_LETTERS`. */
  minLetters?: number
  /** Default: `MIN_CONFIDENCE`. */
  minConfidence?: number
  /** Characters of cleaned text given to the detector. Default: what it reads (`Detector.sampleChars`), at most `SAMPLE_CHARS`. */
  sampleChars?: number
  /**
   * Read the words with a capital too (names, a sentence's first word). Default: true. False
   * for a text about to be normalized (copydesk.ts): its names are what normalizing changes.
   */
  names?: boolean
}

export interface LanguageDetection {
  /** One of `languages`, or `und`. */
  code: string
  /** 0..1; 0 when `und` for lack of letters. Higher for longer and clearer texts. */
  confidence: number
  /** The detector's candidates after the Cyrillic rule, best first, shares in 0..1. */
  candidates: Candidate[]
  /** Why `code` is `und`; absent otherwise. */
  reason?: UndeterminedReason
}

/**
 * Detects the language of `text` among `languages`. Never throws: whatever the detector
 * does wrong on a strange input ends as `und`, since detection is only a hint for choosing
 * a house style and must not fail a request.
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageDetection {
  const {
    detector = defaultDetector,
    languages = SUPPORTED_LANGUAGES,
    minLetters = MIN_LETTERS,
    minConfidence = MIN_CONFIDENCE,
    sampleChars = Math.min(SAMPLE_CHARS, detector.sampleChars ?? SAMPLE_CHARS),
    names = true,
  } = options
  const { sample, letters } = prepareText(typeof text === 'string' ? text : '', sampleChars, names)
  if (letters === 0) return undetermined('no-letters', 0, [])
  if (letters < minLetters) return undetermined('too-short', 0, [])

  const candidates = applyCyrillicRule(sample, detectSafely(detector, sample, languages), languages)
  const confidence = confidenceOf(candidates, letters)
  const top = candidates[0]
  if (top === undefined || !languages.includes(top.code) || confidence < minConfidence) {
    return undetermined('not-confident', confidence, candidates)
  }
  return { code: top.code, confidence, candidates }
}

function detectSafely(detector: Detector, sample: string, languages: readonly string[]): Candidate[] {
  try {
    return detector
      .detect(sample, languages)
      .filter((c) => languages.includes(c.code) && Number.isFinite(c.score))
      .map((c) => ({ code: c.code, score: Math.min(1, Math.max(0, c.score)) }))
      .sort((a, b) => b.score - a.score)
  } catch {
    return []
  }
}

function undetermined(reason: UndeterminedReason, confidence: number, candidates: Candidate[]): LanguageDetection {
  return { code: 'und', confidence, candidates, reason }
}
