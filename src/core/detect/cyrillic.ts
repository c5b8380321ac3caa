import type { Candidate } from './types.js'

// Letters that exist in one of the two alphabets only. Both detectors confuse Ukrainian and
// Russian on short texts (they share most letters and many short words), while one of these
// letters settles it. Neither set is unique among all Cyrillic alphabets (Belarusian has і, ы,
// э, ё; Bulgarian ъ), which is why the rule only ever arbitrates between uk and ru and never
// turns another language, or `und`, into one of them.
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/gu
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/gu
const CYRILLIC = /\p{Script=Cyrillic}/gu
const LETTER = /\p{L}/gu

/**
 * When both alphabets' letters appear (a Ukrainian text quoting Russian, or the reverse),
 * the side with at least this many times the other's letters wins; closer than that, the
 * detector's own order stands.
 */
const DOMINANCE = 3

export type CyrillicVerdict = 'uk' | 'ru' | undefined

/**
 * Which of uk / ru the letters of `text` prove, if any. Only for texts that are mostly
 * Cyrillic: an English article quoting "Зеленський" says nothing about the article.
 */
export function cyrillicVerdict(text: string): CyrillicVerdict {
  const letters = count(text, LETTER)
  if (letters === 0 || count(text, CYRILLIC) * 2 < letters) return undefined
  const uk = count(text, UKRAINIAN_ONLY)
  const ru = count(text, RUSSIAN_ONLY)
  if (uk > 0 && uk >= ru * DOMINANCE) return 'uk'
  if (ru > 0 && ru >= uk * DOMINANCE) return 'ru'
  return undefined
}

/**
 * Applies the verdict on top of a detector's candidates, when the detector's best guess is
 * uk or ru. With letters of one alphabet only, the other language is impossible: it is
 * dropped and the winner takes both shares (if the winner was requested at all). With both
 * (a quote), the winner is only moved in front by swapping the two shares, since the
 * minority letters do show some of the other language.
 */
export function applyCyrillicRule(
  text: string,
  candidates: readonly Candidate[],
  languages: readonly string[],
): Candidate[] {
  const top = candidates[0]
  if (top === undefined || (top.code !== 'uk' && top.code !== 'ru')) return [...candidates]
  const verdict = cyrillicVerdict(text)
  if (verdict === undefined) return [...candidates]
  const loser = verdict === 'uk' ? 'ru' : 'uk'
  const winnerScore = candidates.find((c) => c.code === verdict)?.score ?? 0
  const loserCandidate = candidates.find((c) => c.code === loser)
  const loserScore = loserCandidate?.score ?? 0
  const rest = candidates.filter((c) => c.code !== 'uk' && c.code !== 'ru')
  const allowed = languages.includes(verdict)
  const exclusive = count(text, verdict === 'uk' ? RUSSIAN_ONLY : UKRAINIAN_ONLY) === 0
  if (exclusive) {
    // The two shares add up; floating point may push the sum a hair over 1.
    return allowed ? [{ code: verdict, score: Math.min(1, winnerScore + loserScore) }, ...rest] : rest
  }
  if (!allowed) return [...candidates]
  const swapped = [{ code: verdict, score: Math.max(winnerScore, loserScore) }]
  if (loserCandidate !== undefined) swapped.push({ code: loser, score: Math.min(winnerScore, loserScore) })
  return [...swapped, ...rest].sort((a, b) => b.score - a.score)
}

/** Counts matches without building an array of them (samples are up to 600 characters). */
function count(text: string, pattern: RegExp): number {
  return text.length - text.replace(pattern, '').length
}
