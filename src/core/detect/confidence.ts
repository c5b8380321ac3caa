import type { Candidate } from './types.js'

/**
 * Letters at which the length factor reaches 1 - 1/e (63 %): 10 letters cap the confidence at
 * 0.39, 20 at 0.63, 40 at 0.86, 60 at 0.95. That follows how often the detectors are right by
 * length (bench, "By letters": eld 91 % at 10-14 letters, 98 % at 20-29, 100 % from 30; franc
 * 69, 85 and 94 %), and the result is meaningful as it stands (bench, "By confidence": eld's
 * answers are 94 % right at 0.15-0.3 and 100 % from 0.5; franc's 71 % and 90-100 %).
 */
export const LENGTH_SCALE = 20

/**
 * How sure we are of the top candidate, in 0..1: the margin between the top two shares
 * (clearer → higher), times a factor that grows with the letters seen (longer → higher).
 *
 * Shares already sum to 1 across the detector's languages, so the margin is 1 when the
 * detector sees no rival and 0 on a tie. The length factor is needed because on a few
 * letters a detector can be "sure" and still wrong (franc on "Minister resigns").
 */
export function confidenceOf(candidates: readonly Candidate[], letters: number): number {
  const top = candidates[0]?.score ?? 0
  const second = candidates[1]?.score ?? 0
  const margin = clamp01(top - second)
  const length = 1 - Math.exp(-Math.max(0, letters) / LENGTH_SCALE)
  return clamp01(margin * length)
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0
}
