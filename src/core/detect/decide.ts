import type { UndeterminedReason } from './detect-language.js'
import type { LanguageGuess } from './types.js'

/** What a detector said of a text: a code, or `und` with why not. */
export interface Detection {
  code: string
  confidence: number
  reason?: UndeterminedReason
}

/** The language that applies to a text, how it was chosen, and why detection did not decide when it did not. */
export interface LanguageDecision extends LanguageGuess {
  reason?: UndeterminedReason
}

/**
 * The one rule for "which language applies here", for a plain text, a block of a document, a
 * whole document or a text to translate:
 * 1. a declared language (not "auto") applies, with confidence 1;
 * 2. otherwise the detected one, with its confidence;
 * 3. otherwise (`und`) the fallback, with the detection's confidence and the reason it did not decide.
 * `detect` is called only when nothing is declared. Checking that a declared language is
 * covered is the caller's (it knows the glossary or the engine).
 */
export function decideLanguage(declared: string | undefined, detect: () => Detection, fallback: string): LanguageDecision {
  if (isDeclared(declared)) return { code: declared, confidence: 1, source: 'declared' }
  const detection = detect()
  const { confidence, reason } = detection
  if (detection.code !== 'und') return { code: detection.code, confidence, source: 'detected' }
  return reason === undefined ? { code: fallback, confidence, source: 'fallback' } : { code: fallback, confidence, source: 'fallback', reason }
}

const isDeclared = (declared: string | undefined): declared is string => declared !== undefined && declared !== 'auto'

/**
 * decideLanguage's code alone, the detection at hand: the same rule without a decision object
 * or a closure, for what asks it of every block of a document (markup/language.ts).
 */
export function decidedCode(declared: string | undefined, detection: Detection | undefined, fallback: string): string {
  if (isDeclared(declared)) return declared
  return detection !== undefined && detection.code !== 'und' ? detection.code : fallback
}
