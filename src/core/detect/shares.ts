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

export function toShares(scores: ReadonlyArray<readonly [string, number]>, temperature: number): Candidate[] {
  const finite = scores.filter(([, score]) => Number.isFinite(score))
  let best = -Infinity
  for (const [, score] of finite) if (score > best) best = score
  if (!Number.isFinite(best)) return []
  const weights = finite.map(([code, score]) => ({ code, score: Math.exp(-(best - score) / temperature) }))
  let total = 0
  for (const w of weights) total += w.score
  if (!(total > 0)) return []
  return weights
    .map((w) => ({ code: w.code, score: w.score / total }))
    .filter((c) => c.score >= MIN_SHARE)
    .sort((a, b) => b.score - a.score)
}
