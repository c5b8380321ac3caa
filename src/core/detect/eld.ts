// The static `small` entry bundles its n-gram data (1.6 MB of JS): no file-system loading, so it
// runs unchanged on Workers. `extrasmall` (0.95 MB) measured worse on short texts (eld alone on
// the `short` kind: 84 % right and 12 % und, against 92 % and 8 %); every other kind was 100 %
// for both.
import { eld } from 'eld/small'
import { toShares } from './shares.js'
import type { Candidate, Detector } from './types.js'

// Our own instance (it shares the n-gram tables, so it costs nothing): eld keeps a language
// subset and a text-cleanup flag per instance, and another module calling
// `setLanguageSubset` on the shared default instance must not change our answers.
const instance = eld.newInstance()

/**
 * Softmax temperature for eld's scores (0..1, the best typically ~0.8, a clear runner-up
 * ~0.1 below). Chosen like FRANC_TEMPERATURE (bench `--tune`): log-loss 0.243 at 0.003,
 * 0.243 at 0.005, 0.263 at 0.01; of the flat best two, the one with less extreme shares.
 */
export const ELD_TEMPERATURE = 0.005

/**
 * eld's own reliability check (`isReliable`) accepts almost anything (its margin test compares
 * the best score with a language index, not with the second score), so we use its raw best
 * score instead: text in a language scores ~0.8 (99 % of right answers on 6+ letters are
 * above 0.66), while names and brands that look like no language score lower ("Ita
 * Airways" 0.64 → en, "Netflix Amazon" 0.64 → de). Below this floor eld has no answer.
 */
export const ELD_MIN_SCORE = 0.65

/**
 * Characters of prepared text eld is given. eld reads its input's first ~350 UTF-8 bytes
 * (node_modules/eld/src/languageDetector.js, `strToUtf8Bytes`: it stops at the first space after
 * 350 bytes, or after 380 bytes in any case), once it has turned every run of non-letters into one
 * space. A prepared sample is letters, apostrophes and single spaces, and a character is at least
 * one byte, so a sample of 450 characters holds more than the 380 bytes eld reads unless 70 runs of
 * two non-letters (a combining mark beside a space: rare after NFC) fall within it: eld then answers
 * exactly as it did on the `SAMPLE_CHARS` (600) we gave it before, at three quarters of the
 * cleaning (src/core/detect/eld.test.ts checks it on the dataset). franc reads more: it keeps 600.
 */
export const ELD_SAMPLE_CHARS = 450

/**
 * eld over all of its 60 languages, not restricted: a Catalan, Galician or Bulgarian text is
 * then recognised as such and rejected, instead of being forced into the closest supported
 * language. Its answer counts only when the winner is one of `languages`; otherwise there
 * are no candidates (→ `und`).
 */
export function createEldDetector({ temperature = ELD_TEMPERATURE, minScore = ELD_MIN_SCORE } = {}): Detector {
  return {
    name: 'eld',
    sampleChars: ELD_SAMPLE_CHARS,
    detect(text: string, languages: readonly string[]): Candidate[] {
      const result = instance.detect(text)
      if (!languages.includes(result.language)) return []
      // Shares are computed over every language, so a close rival we do not support still
      // lowers the winner's share; only then are the unrequested ones dropped.
      return toShares(result.getScores(), temperature, minScore, languages)
    },
  }
}

export const eldDetector: Detector = createEldDetector()
