import { describe, expect, it } from 'vitest'
import { eldDetector } from './eld.js'
import { francDetector } from './franc.js'
import { SUPPORTED_LANGUAGES } from './languages.js'
import { PARAGRAPHS } from './paragraphs.fixture.js'

const CATALAN =
  "El govern de la Generalitat ha aprovat aquest dimarts el pressupost de l'any vinent, que inclou més inversió en escoles i hospitals."

describe.each([francDetector, eldDetector])('$name detector', (detector) => {
  it('returns shares in 0..1 that sum to at most 1, best first', () => {
    const candidates = detector.detect(PARAGRAPHS.fr!, SUPPORTED_LANGUAGES)
    expect(candidates[0]?.code).toBe('fr')
    const total = candidates.reduce((sum, c) => sum + c.score, 0)
    expect(total).toBeLessThanOrEqual(1 + 1e-9)
    for (const [i, c] of candidates.entries()) {
      expect(c.score).toBeGreaterThanOrEqual(0)
      expect(c.score).toBeLessThanOrEqual(candidates[i - 1]?.score ?? 1)
    }
  })

  it('answers only among the requested languages', () => {
    const candidates = detector.detect(PARAGRAPHS.it!, ['es', 'pt'])
    expect(candidates.every((c) => c.code === 'es' || c.code === 'pt')).toBe(true)
  })

  it('has no candidates when no requested language is one it knows', () => {
    expect(detector.detect(PARAGRAPHS.en!, [])).toEqual([])
    expect(detector.detect(PARAGRAPHS.en!, ['xx'])).toEqual([])
  })
})

describe('franc detector', () => {
  it('is restricted to the requested languages, so it forces other languages into one of them', () => {
    expect(SUPPORTED_LANGUAGES).toContain(francDetector.detect(CATALAN, SUPPORTED_LANGUAGES)[0]?.code)
  })
})

describe('eld detector', () => {
  it('rejects a text whose winner is a language we do not support, instead of its closest neighbour', () => {
    expect(eldDetector.detect(CATALAN, SUPPORTED_LANGUAGES)).toEqual([])
  })

  it('rejects names that look like no language at all', () => {
    expect(eldDetector.detect('Ita Airways', SUPPORTED_LANGUAGES)).toEqual([])
  })
})
