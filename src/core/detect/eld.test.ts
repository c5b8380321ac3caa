import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../../bench/detect-accuracy.js'
import { seedArticle } from '../../../bench/corpus.js'
import { detectLanguage } from './detect-language.js'
import { ELD_SAMPLE_CHARS, eldDetector } from './eld.js'
import { SUPPORTED_LANGUAGES } from './languages.js'
import { PARAGRAPHS } from './paragraphs.fixture.js'
import { prepareText, SAMPLE_CHARS } from './prepare.js'

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
