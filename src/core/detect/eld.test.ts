import { eld } from 'eld/small'
import fc from 'fast-check'
import { francAll } from 'franc-min'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../../bench/detect-accuracy.js'
import { seedArticle } from '../../../bench/corpus.js'
import { detectLanguage } from './detect-language.js'
import { ELD_MIN_SCORE, ELD_SAMPLE_CHARS, ELD_TEMPERATURE, eldDetector } from './eld.js'
import { FRANC_TEMPERATURE, francDetector } from './franc.js'
import { SUPPORTED_LANGUAGES } from './languages.js'
import { PARAGRAPHS } from './paragraphs.fixture.js'
import { prepareText, SAMPLE_CHARS } from './prepare.js'
import { MIN_SHARE, toShares } from './shares.js'

// Texts long enough for the sample to be cut: the dataset's articles and ledes, the paragraphs
// of every supported language, the seed article, and two languages eld knows but we do not.
const texts = [
  ...loadDataset().map((item) => item.text),
  ...Object.values(PARAGRAPHS),
  seedArticle,
  'Le gouvernement a présenté mardi son projet de budget. '.repeat(20),
  "El govern de la Generalitat ha aprovat aquest dimarts el pressupost de l'any vinent. ".repeat(12),
  'Правительство утвердило бюджет на следующий год, сообщили во вторник. '.repeat(12),
  'Уряд затвердив бюджет на наступний рік, повідомили у вівторок. '.repeat(12),
]

describe('eld reads only the start of its sample (ELD_SAMPLE_CHARS)', () => {
  it('answers the same on ELD_SAMPLE_CHARS characters as on SAMPLE_CHARS, for every text', () => {
    let cut = 0
    for (const text of texts) {
      const full = prepareText(text, SAMPLE_CHARS).sample
      const short = prepareText(text, ELD_SAMPLE_CHARS).sample
      if (short !== full) cut++
      expect(eldDetector.detect(short, SUPPORTED_LANGUAGES), text.slice(0, 60)).toEqual(eldDetector.detect(full, SUPPORTED_LANGUAGES))
    }
    expect(cut).toBeGreaterThanOrEqual(30) // not vacuous: the articles are longer than the sample
  })

  it('so detectLanguage decides the same, with the same candidates and the confidence the API shows (3 decimals)', () => {
    for (const text of texts) {
      const before = detectLanguage(text, { sampleChars: SAMPLE_CHARS })
      const after = detectLanguage(text)
      expect({ ...after, confidence: after.confidence.toFixed(3) }, text.slice(0, 60)).toEqual({ ...before, confidence: before.confidence.toFixed(3) })
    }
  })
})

/** `toShares` as first written, over a list of (code, score) entries: filter, map, map, filter, sort. */
function entryShares(scores: ReadonlyArray<readonly [string, number]>, temperature: number) {
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

/** The eld detector's shares as first written: entries, Math.max, the shares of the entries, then the requested languages. */
function straightforward(scores: Record<string, number>, temperature: number, minScore: number, languages: readonly string[]) {
  const entries = Object.entries(scores)
  if (Math.max(...entries.map(([, score]) => score)) < minScore) return []
  return entryShares(entries, temperature).filter((candidate) => languages.includes(candidate.code))
}

describe('toShares (one softmax for eld and franc)', () => {
  it('gives the numbers of the straightforward version on eld\'s scores of every text, whole and cut', () => {
    const instance = eld.newInstance()
    let some = 0
    for (const text of texts) {
      for (const sample of [prepareText(text, ELD_SAMPLE_CHARS).sample, prepareText(text.slice(0, 40), ELD_SAMPLE_CHARS).sample]) {
        const scores = instance.detect(sample).getScores() as Record<string, number>
        for (const languages of [SUPPORTED_LANGUAGES, ['en', 'fr'], []]) {
          const shares = toShares(scores, ELD_TEMPERATURE, ELD_MIN_SCORE, languages)
          if (shares.length > 1) some++
          expect(shares).toEqual(straightforward(scores, ELD_TEMPERATURE, ELD_MIN_SCORE, languages))
        }
      }
    }
    expect(some).toBeGreaterThan(5) // not vacuous: close rivals share the answer
  })

  it('and on any scores, not finite ones included', () => {
    const code = fc.constantFrom('en', 'fr', 'de', 'es', 'ca', 'gl', 'ru', 'uk', 'pt', 'it', 'nl')
    const score = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity, 0, 0.65, 0.649, 1))
    fc.assert(
      fc.property(fc.dictionary(code, score), fc.constantFrom(0.005, 0.05, 1), fc.constantFrom(0, 0.65), fc.subarray(['en', 'fr', 'de', 'es', 'ru', 'uk']), (scores, temperature, minScore, languages) => {
        expect(toShares(scores, temperature, minScore, languages)).toEqual(straightforward(scores, temperature, minScore, languages))
      }),
      { numRuns: 3000 },
    )
  })

  it('gives franc the numbers of the entries it had, on every text, whole and cut (no floor, every language)', () => {
    const codes: Readonly<Record<string, string>> = { eng: 'en', spa: 'es', deu: 'de', fra: 'fr', ita: 'it', por: 'pt', pol: 'pl', ukr: 'uk', rus: 'ru', nld: 'nl' }
    const only = SUPPORTED_LANGUAGES.flatMap((language) => Object.keys(codes).filter((code) => codes[code] === language))
    let some = 0
    for (const text of texts) {
      for (const sample of [prepareText(text, SAMPLE_CHARS).sample, prepareText(text.slice(0, 40), SAMPLE_CHARS).sample]) {
        // The franc detector's scores as first written: a list in franc's order.
        const length = Math.min(sample.length, 2048)
        const entries = francAll(sample, { only, minLength: 1 }).flatMap(([code, score]) => (codes[code] === undefined ? [] : [[codes[code], -(1 - score) * length] as const]))
        const shares = francDetector.detect(sample, SUPPORTED_LANGUAGES)
        if (shares.length > 1) some++
        expect(shares).toEqual(entryShares(entries, FRANC_TEMPERATURE))
      }
    }
    expect(some).toBeGreaterThan(5)
  })

  it('and without a floor or a list of languages, the shares of the entries for any scores (as franc calls it)', () => {
    const code = fc.constantFrom('en', 'fr', 'de', 'es', 'ru', 'uk', 'pt', 'it', 'nl', 'pl')
    const score = fc.oneof(fc.double({ min: -3000, max: 0, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity, 0, -1))
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(code, score), { selector: ([c]) => c }), fc.constantFrom(0.005, 2.5, 100), (entries, temperature) => {
        expect(toShares(Object.fromEntries(entries), temperature)).toEqual(entryShares(entries, temperature))
      }),
      { numRuns: 3000 },
    )
  })
})
