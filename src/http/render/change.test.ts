import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { REASON_CODES, type Change } from '../../core/normalize/change.js'
import { positionsIn } from '../../core/text/positions.js'
import { locales, type Locale } from '../../i18n/index.js'
import { renderChange, writeMessage } from './change.js'

// Few values for each part, so that changes share every part but one, in every combination:
// a message cache that overlooks a part hands one change another's message.
const change = fc.record({
  start: fc.constant(0),
  end: fc.constant(4),
  original: fc.constantFrom('Kiev', 'Kyiv', 'Odessa', 'Kijów'),
  replacement: fc.constantFrom('Kyiv', 'Kiev', 'Kijów'),
  preferred: fc.constantFrom('Kyiv', 'Kijów', 'Kyjiw'),
  concept: fc.constantFrom('kyiv', 'odesa'),
  rule: fc.constantFrom('preferred-form', 'preferred-surname', 'translation-leak'),
  language: fc.constantFrom('en', 'pl', 'de'),
  status: fc.constantFrom('applied', 'suggested'),
  reason: fc.option(fc.constantFrom(...REASON_CODES), { nil: undefined }),
}).map(({ reason, ...rest }): Change => (reason === undefined ? rest : { ...rest, reason }) as Change)
const locale = fc.constantFrom(...(Object.keys(locales) as Locale[]))
const detected = fc.option(fc.constantFrom('de', 'fr'), { nil: undefined })

/** The message as written without the cache. */
function written(c: Change, l: Locale, d: string | undefined): string {
  return writeMessage(c, l, c.status === 'suggested' && c.reason !== undefined ? c.reason : '', d ?? '')
}

describe('the message of a change', () => {
  const position = positionsIn('Kiev and more')

  it('is the message written for it, whatever was rendered before (the cache keeps every part apart)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(change, locale, detected), { minLength: 1, maxLength: 40 }), (items) => {
        for (const [c, l, d] of items) expect(renderChange(c, position, l, undefined, d).message).toBe(written(c, l, d))
      }),
      { numRuns: 300 },
    )
  })

  it('is the message written for it for every combination of two values of each part, in either order', () => {
    const combinations: Array<[Change, Locale, string | undefined]> = []
    for (const original of ['Kiev', 'Kijów'])
      for (const replacement of ['Kyiv', 'Kijów'])
        for (const preferred of ['Kyiv', 'Kyjiw'])
          for (const rule of ['preferred-form', 'translation-leak'] as const)
            for (const language of ['en', 'pl'])
              for (const held of [undefined, 'language-mismatch', 'context-missing'] as const)
                for (const l of ['en', 'de'] as const)
                  for (const d of [undefined, 'de', 'fr']) {
                    const c: Change = { start: 0, end: 4, original, replacement, preferred, concept: 'kyiv', rule, language, status: held ? 'suggested' : 'applied' }
                    if (held) c.reason = held
                    combinations.push([c, l, d])
                  }
    for (const order of [combinations, [...combinations].reverse()]) {
      for (const [c, l, d] of order) expect(renderChange(c, position, l, undefined, d).message).toBe(written(c, l, d))
    }
  })

  it('is written for a suggestion with why it was held, and for an applied change without', () => {
    const base: Change = { start: 0, end: 4, original: 'Kiev', replacement: 'Kyiv', preferred: 'Kyiv', concept: 'kyiv', rule: 'preferred-form', language: 'en', status: 'applied' }
    const applied = renderChange(base, position, 'en').message
    const held = renderChange({ ...base, status: 'suggested', reason: 'context-missing' }, position, 'en').message
    expect(applied).toBe('Use “Kyiv” rather than “Kiev” (house style)')
    expect(held.startsWith(applied)).toBe(true)
    expect(held.length).toBeGreaterThan(applied.length)
    // An applied change with a reason (apply: all) says only what the rule asks.
    expect(renderChange({ ...base, reason: 'context-missing' }, position, 'en').message).toBe(applied)
  })

  it('names the house form, not the original twice, where no form replaces it (form-unknown)', () => {
    const c: Change = { start: 0, end: 17, original: 'Dniepropietrowska', replacement: 'Dniepropietrowska', preferred: 'Dniepr', concept: 'dnipro_city', rule: 'preferred-form', language: 'pl', status: 'suggested', reason: 'form-unknown' }
    expect(renderChange(c, position, 'en').message).toBe('“Dniepropietrowska” is a form of the name whose house-style form is “Dniepr”. Not applied: the words before it do not say which form of “Dniepr” would take its place (“Dniepropietrowska” is also another word, such as an adjective): change it by hand')
  })
})

describe('the language of a rendered change', () => {
  const position = positionsIn('Kiev and more')

  it('is the change’s own (the house style it followed), the same in every locale and whatever was rendered before', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(change, locale, detected), { minLength: 1, maxLength: 40 }), (items) => {
        for (const [c, l, d] of items) expect(renderChange(c, position, l, undefined, d).language).toBe(c.language)
      }),
      { numRuns: 100 },
    )
  })

  it('comes right after the rule, every change with the same fields in the same order', () => {
    const base: Change = { start: 0, end: 4, original: 'Kiev', replacement: 'Kyiv', preferred: 'Kyiv', concept: 'kyiv', rule: 'preferred-form', language: 'en', status: 'applied' }
    const fields = ['start', 'end', 'line', 'column', 'endLine', 'endColumn', 'original', 'replacement', 'concept', 'rule', 'language', 'message', 'status']
    expect(Object.keys(renderChange(base, position, 'en'))).toEqual(fields)
    expect(Object.keys(renderChange({ ...base, language: 'es', status: 'suggested', reason: 'check-only' }, position, 'de', 'Nota'))).toEqual([...fields, 'reason', 'note'])
  })
})
