import type { Candidate } from './types.js'

/**
 * Turns a detector's raw scores (higher is better, any scale) into shares that sum to 1,
 * with a softmax over the gap to the best score: `share ∝ exp(-(best - score) / temperature)`.
 *
 * Raw scores are not comparable between detectors (franc's best is always 1 and a clear
 * runner-up sits ~0.25 below; eld's best is ~0.8 and a clear runner-up ~0.1 below). Each
 * detector picks the temperature that makes its shares honest on our measurements, so
 * `detectLanguage` can apply one rule (margin between the top two shares) to any detector.
 *
 * All scored languages take part, even those the caller did not ask for, so a close rival
 * outside the list (Catalan next to Spanish) still lowers the winner's share.
 * Shares under `MIN_SHARE` are dropped: they say nothing and would fill API responses with
 * numbers like 1e-56.
 */
export const MIN_SHARE = 0.001

/**
 * The shares of `scores` (language code → raw score; scores that are not finite take no part),
 * best first, those of `languages` only when it is given; none when the best score is under
 * `minScore` (compared as `Math.max` over every score would be: a NaN score lifts the floor).
 * Three passes over the record and one list, without the entries, copies and intermediate lists
 * of the straightforward version (eld.test.ts compares the two): detection runs on every
 * request with `language: "auto"`.
 */
export function toShares(scores: Readonly<Record<string, number>>, temperature: number, minScore = -Infinity, languages?: readonly string[]): Candidate[] {
  let max = -Infinity
  let best = -Infinity
  for (const code in scores) {
    const score = scores[code]!
    if (score !== score || score > max) max = score
    if (Number.isFinite(score) && score > best) best = score
  }
  if (max < minScore || !Number.isFinite(best)) return []
  let total = 0
  for (const code in scores) {
    const score = scores[code]!
    if (Number.isFinite(score)) total += Math.exp(-(best - score) / temperature)
  }
  if (!(total > 0)) return []
  const candidates: Candidate[] = []
  for (const code in scores) {
    const score = scores[code]!
    if (!Number.isFinite(score) || (languages !== undefined && !languages.includes(code))) continue
    const share = Math.exp(-(best - score) / temperature) / total
    if (share >= MIN_SHARE) candidates.push({ code, score: share })
  }
  return candidates.sort((a, b) => b.score - a.score)
}
