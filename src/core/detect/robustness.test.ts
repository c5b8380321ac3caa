import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language.js'
import { detectors } from './detectors.js'
import { SUPPORTED_LANGUAGES } from './languages.js'
import { PARAGRAPHS } from './paragraphs.fixture.js'

const answers = new Set<string>([...SUPPORTED_LANGUAGES, 'und'])

/** Any UTF-16 code unit, lone surrogates included: what a JSON body can smuggle in. */
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 })
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 400 })
/** Pieces of real-world input, glued in any order: words, noise the cleaner removes, odd characters. */
const newsLike = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(...Object.values(PARAGRAPHS).flatMap((p) => p.split(' ').slice(0, 12))),
        fc.constantFrom('https://example.com/a?b=1', 'desk@paper.org', '@handle', '#tag2024', 'bbc.co.uk', 'A320', '2,000'),
        fc.constantFrom('😀', '👍🏽', '\u0301', '\ud800', '\udfff', '\u200b', '\u0000', "'", '’', '-', '\n', '𝒜', 'ё', 'ї'),
      ),
      { maxLength: 80 },
    ),
    fc.constantFrom(' ', ''),
  )
  .map(([parts, separator]) => parts.join(separator))

function checkResult(text: string): void {
  for (const detector of Object.values(detectors)) {
    const result = detectLanguage(text, { detector })
    expect(answers.has(result.code)).toBe(true)
    expect(result.confidence).toBeGreaterThanOrEqual(0)
    expect(result.confidence).toBeLessThanOrEqual(1)
    for (const candidate of result.candidates) {
      expect(candidate.score).toBeGreaterThanOrEqual(0)
      expect(candidate.score).toBeLessThanOrEqual(1)
    }
    expect(result.code === 'und').toBe(result.reason !== undefined)
  }
}

describe('detectLanguage, for any string', () => {
  it('never throws, answers a supported language or und, with confidence in 0..1', () => {
    fc.assert(fc.property(fc.oneof(anyCodeUnits, anyCodePoints, newsLike), checkResult), { numRuns: 500 })
  })

  it.each([
    ['10 MB of letters without a space', 'a'.repeat(10_000_000)],
    ['1 MB of emoji', '😀'.repeat(500_000)],
    ['1 MB of lone surrogates', '\ud800'.repeat(1_000_000)],
    ['a 1 MB article', PARAGRAPHS.en!.repeat(5_000)],
    ['100 000 handles', '@a '.repeat(100_000)],
    ['a 100 000-character URL', `https://example.com/${'x'.repeat(100_000)}`],
    ['combining marks only', '\u0301'.repeat(100_000)],
  ])('handles %s', (_name, text) => {
    checkResult(text)
  })

  it('treats non-strings from untyped callers as empty', () => {
    expect(detectLanguage(undefined as unknown as string).code).toBe('und')
    expect(detectLanguage(42 as unknown as string).code).toBe('und')
  })
})
