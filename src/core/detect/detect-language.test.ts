import { describe, expect, it } from 'vitest'
import { detectLanguage, MIN_LETTERS } from './detect-language.js'
import { defaultDetector, detectors } from './detectors.js'
import { eldDetector } from './eld.js'
import { SUPPORTED_LANGUAGES } from './languages.js'
import { PARAGRAPHS } from './paragraphs.fixture.js'
import type { Detector } from './types.js'

/** A detector that always prefers `code`, to test what detectLanguage adds on top. */
function always(code: string, score = 0.9): Detector {
  return {
    name: `always-${code}`,
    detect: (_text, languages) =>
      languages.map((l) => ({ code: l, score: l === code ? score : (1 - score) / (languages.length - 1) })),
  }
}

describe('detectLanguage: und', () => {
  it.each([
    ['empty', ''],
    ['spaces', ' \n\t '],
    ['digits and punctuation', '2024-05-01, 12:30 — 99.5 % (+3)'],
    ['emoji', '😀🎉👍🏽'],
    ['only a URL, an address and a handle', 'https://example.com/story desk@paper.org @newsroom'],
  ])('for %s: no letters', (_name, text) => {
    const result = detectLanguage(text)
    expect(result).toMatchObject({ code: 'und', confidence: 0, reason: 'no-letters' })
  })

  it('for too short a text, without asking the detector', () => {
    const short = 'a'.repeat(MIN_LETTERS - 1)
    expect(detectLanguage(short, { detector: always('en') })).toMatchObject({ code: 'und', reason: 'too-short' })
    expect(detectLanguage('Київ', { detector: always('uk') })).toMatchObject({ code: 'und', reason: 'too-short' })
    expect(detectLanguage(`${short}b`, { detector: always('en') }).code).toBe('en')
  })

  it('when the detector cannot separate its top two', () => {
    const undecided: Detector = { name: 'tie', detect: () => [{ code: 'es', score: 0.5 }, { code: 'pt', score: 0.5 }] }
    expect(detectLanguage(PARAGRAPHS.es!, { detector: undecided })).toMatchObject({ code: 'und', reason: 'not-confident' })
  })

  it('when eld recognises a language we do not support', () => {
    const catalan = "El govern de la Generalitat ha aprovat aquest dimarts el pressupost de l'any vinent, que inclou més inversió en escoles i hospitals."
    expect(detectLanguage(catalan, { detector: eldDetector }).code).toBe('und')
  })

  it('when the detector throws or returns garbage', () => {
    const throwing: Detector = { name: 'throws', detect: () => { throw new Error('boom') } }
    const garbage: Detector = { name: 'garbage', detect: () => [{ code: 'xx', score: NaN }, { code: 'en', score: Number.NaN }] }
    expect(detectLanguage(PARAGRAPHS.en!, { detector: throwing }).code).toBe('und')
    expect(detectLanguage(PARAGRAPHS.en!, { detector: garbage }).code).toBe('und')
  })
})

describe.each(Object.entries(detectors))('detectLanguage with %s', (_name, detector) => {
  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('detects a clear %s paragraph, confidently', (lang) => {
    const result = detectLanguage(PARAGRAPHS[lang]!, { detector })
    expect(result.code).toBe(lang)
    expect(result.confidence).toBeGreaterThan(0.8)
    expect(result.candidates[0]?.code).toBe(lang)
  })

  it('is not swayed by URLs, addresses, handles and hashtags', () => {
    const noise = 'https://www.example.com/world/europe/story-2024 contact: news@example.com @BreakingNews #BreakingNews'
    for (const lang of ['de', 'pl', 'uk'] as const) {
      const text = `${noise} ${PARAGRAPHS[lang]!.slice(0, 90)} ${noise} ${noise}`
      expect(detectLanguage(text, { detector }).code).toBe(lang)
    }
  })

  it('only answers among the requested languages', () => {
    const result = detectLanguage(PARAGRAPHS.pt!, { detector, languages: ['en', 'de'] })
    expect(['en', 'de', 'und']).toContain(result.code)
    expect(result.candidates.every((c) => c.code === 'en' || c.code === 'de')).toBe(true)
  })
})

describe('detectLanguage: confidence', () => {
  it('grows with the length of the text', () => {
    const words = PARAGRAPHS.en!.split(' ')
    const confidences = [3, 6, 12, words.length].map((n) => detectLanguage(words.slice(0, n).join(' ')).confidence)
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b))
    expect(confidences[0]).toBeLessThan(confidences.at(-1)! - 0.3)
  })

  it('grows with the margin between the top two candidates', () => {
    const text = PARAGRAPHS.en!
    const clear = detectLanguage(text, { detector: always('en', 0.9) }).confidence
    const unclear = detectLanguage(text, { detector: always('en', 0.4) }).confidence
    expect(clear).toBeGreaterThan(unclear)
  })
})

describe('detectLanguage: the Cyrillic rule on top of any detector', () => {
  it('turns a detector answer of ru into uk when the letters are Ukrainian', () => {
    const result = detectLanguage('Ми їдемо до Києва наступного тижня', { detector: always('ru') })
    expect(result.code).toBe('uk')
  })

  it('turns a detector answer of uk into ru when the letters are Russian', () => {
    const result = detectLanguage('Мы едем в Москву на следующей неделе', { detector: always('uk') })
    expect(result.code).toBe('ru')
  })

  it('does not touch a Latin-script answer', () => {
    expect(detectLanguage('Zelensky said: «Ми їдемо до Києва», and left the room', { detector: always('en') }).code).toBe('en')
  })
})

it('the default detector is one of the named ones', () => {
  expect(Object.values(detectors)).toContain(defaultDetector)
})
