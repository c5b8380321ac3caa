import { francAll } from 'franc-min'
import { toShares } from './shares.js'
import type { Candidate, Detector } from './types.js'

/** franc speaks ISO 639-3, Copydesk ISO 639-1. Only the languages we support are mapped. */
const TO_639_1: Readonly<Record<string, string>> = {
  eng: 'en',
  spa: 'es',
  deu: 'de',
  fra: 'fr',
  ita: 'it',
  por: 'pt',
  pol: 'pl',
  ukr: 'uk',
  rus: 'ru',
  nld: 'nl',
}
const TO_639_3: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TO_639_1).map(([three, one]) => [one, three]),
)

/**
 * Softmax temperature for franc's evidence (see `detect`). Chosen by measurement (bench
 * `--tune`): the best log-loss of the true language's share on the dataset plus word-by-word
 * prefixes of its headlines and ledes, among 1-4 (0.475 at 2.5; 0.498 at 2, 0.476 at 3).
 */
export const FRANC_TEMPERATURE = 2.5

/** franc reads at most this many characters of its input (its MAX_LENGTH). */
const FRANC_MAX_LENGTH = 2048

/**
 * franc-min restricted (`only`) to the requested languages, so it never answers a
 * language we cannot use. Its trigram models are small: good on paragraphs, weak on
 * headlines and very weak below ~20 letters (see the README figures).
 */
export function createFrancDetector({ temperature = FRANC_TEMPERATURE } = {}): Detector {
  return {
    name: 'franc',
    detect(text: string, languages: readonly string[]): Candidate[] {
      const only = languages.flatMap((code) => TO_639_3[code] ?? [])
      // An empty `only` means "every language" to franc: the opposite of what we want.
      if (only.length === 0) return []
      // We decide ourselves what is too short (detectLanguage), so franc must not say `und` for it.
      const ranked = francAll(text, { only, minLength: 1 })
      // franc scores `1 - (distance - best distance) / (length × 300)`: the gap to the best is
      // divided by the text length, so it shrinks as the text grows although the evidence
      // grows (median gap to the runner-up ~0.30 under 20 letters, ~0.12 past 300). Multiplying
      // the gap back by the length gives the total distance gap, comparable at every length;
      // without it, 30 % of the articles came out as "not confident".
      const length = Math.min(text.length, FRANC_MAX_LENGTH)
      // In franc's order (best first): the shares' ties keep it. Codes are never array indices,
      // so the record iterates in that order too.
      const scores: Record<string, number> = {}
      for (const [code, score] of ranked) {
        const mapped = TO_639_1[code]
        if (mapped !== undefined) scores[mapped] = -(1 - score) * length
      }
      return toShares(scores, temperature)
    },
  }
}

export const francDetector: Detector = createFrancDetector()
