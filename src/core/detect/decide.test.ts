import { describe, expect, it } from 'vitest'
import { decideLanguage } from './decide.js'

describe('decideLanguage', () => {
  const never = () => {
    throw new Error('detect must not be called when a language is declared')
  }

  it('takes a declared language without detecting', () => {
    expect(decideLanguage('es', never, 'en')).toEqual({ code: 'es', confidence: 1, source: 'declared' })
  })

  it('detects when nothing is declared, or "auto"', () => {
    for (const declared of [undefined, 'auto']) {
      expect(decideLanguage(declared, () => ({ code: 'uk', confidence: 0.7 }), 'en')).toEqual({ code: 'uk', confidence: 0.7, source: 'detected' })
    }
  })

  it('falls back when detection cannot tell, saying why', () => {
    expect(decideLanguage('auto', () => ({ code: 'und', confidence: 0.1, reason: 'not-confident' }), 'en')).toEqual({
      code: 'en', confidence: 0.1, source: 'fallback', reason: 'not-confident',
    })
    expect(decideLanguage(undefined, () => ({ code: 'und', confidence: 0 }), 'de')).toEqual({ code: 'de', confidence: 0, source: 'fallback' })
  })
})
