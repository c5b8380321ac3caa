import { eld } from 'eld/small'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../../bench/detect-accuracy.js'
import { seedArticle } from '../../../bench/corpus.js'
import { detectLanguage } from './detect-language.js'
import { ELD_MIN_SCORE, ELD_SAMPLE_CHARS, ELD_TEMPERATURE, eldDetector, sharesOfRecord } from './eld.js'
import { SUPPORTED_LANGUAGES } from './languages.js'
import { PARAGRAPHS } from './paragraphs.fixture.js'
import { prepareText, SAMPLE_CHARS } from './prepare.js'
import { toShares } from './shares.js'

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

/** The eld detector's shares as first written: entries, Math.max, toShares, then the requested languages. */
function straightforward(scores: Record<string, number>, temperature: number, minScore: number, languages: readonly string[]) {
  const entries = Object.entries(scores)
  if (Math.max(...entries.map(([, score]) => score)) < minScore) return []
  return toShares(entries, temperature).filter((candidate) => languages.includes(candidate.code))
}

describe('sharesOfRecord', () => {
  it('gives the numbers of the straightforward version on eld\'s scores of every text, whole and cut', () => {
    const instance = eld.newInstance()
    let some = 0
    for (const text of texts) {
      for (const sample of [prepareText(text, ELD_SAMPLE_CHARS).sample, prepareText(text.slice(0, 40), ELD_SAMPLE_CHARS).sample]) {
        const scores = instance.detect(sample).getScores() as Record<string, number>
        for (const languages of [SUPPORTED_LANGUAGES, ['en', 'fr'], []]) {
          const shares = sharesOfRecord(scores, ELD_TEMPERATURE, ELD_MIN_SCORE, languages)
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
        expect(sharesOfRecord(scores, temperature, minScore, languages)).toEqual(straightforward(scores, temperature, minScore, languages))
      }),
      { numRuns: 3000 },
    )
  })
})
