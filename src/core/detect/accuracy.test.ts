import { beforeAll, describe, expect, it } from 'vitest'
import { measureDetectionAccuracy, type DetectorAccuracy } from '../../../bench/detect-accuracy.js'
import { defaultDetector, francDetector } from './index.js'

// Accuracy floors on the labelled dataset, a few points below what bench/detect-accuracy.ts
// measures (in comments), so a regression in cleaning, thresholds or detector glue fails here.
// Accuracy only, never time: timings on shared machines are too noisy to assert.
// The dataset lives in ../shared beside the repository (CI has it too): a missing file fails.
describe('detection accuracy on the news dataset', () => {
  let results: Record<string, DetectorAccuracy>
  beforeAll(() => {
    results = measureDetectionAccuracy({ detectors: { default: defaultDetector, franc: francDetector }, timing: false })
  })

  it('default detector (eld): per kind and overall', () => {
    const r = results.default!
    expect(r.byKind.short!.accuracy).toBeGreaterThanOrEqual(86) // 92
    expect(r.byKind.headline!.accuracy).toBeGreaterThanOrEqual(96) // 100
    expect(r.byKind.hard!.accuracy).toBeGreaterThanOrEqual(93) // 100
    expect(r.byKind.lede!.accuracy).toBeGreaterThanOrEqual(97) // 100
    expect(r.byKind.article!.accuracy).toBeGreaterThanOrEqual(96) // 100 (30 texts: one miss is 3.3)
    expect(r.overall.accuracy).toBeGreaterThanOrEqual(96) // 98.7
    expect(r.overall.und).toBeLessThanOrEqual(4) // 1.3
  })

  it('franc: paragraphs and overall', () => {
    const r = results.franc!
    expect(r.byKind.lede!.accuracy).toBeGreaterThanOrEqual(97) // 100
    expect(r.byKind.article!.accuracy).toBeGreaterThanOrEqual(96) // 100
    expect(r.overall.accuracy).toBeGreaterThanOrEqual(87) // 91.3
  })

  it('every supported language is detected on most texts by the default detector', () => {
    for (const [lang, score] of Object.entries(results.default!.byLanguage)) {
      expect(score.accuracy, lang).toBeGreaterThanOrEqual(90) // 93.5-100
    }
  })
})
