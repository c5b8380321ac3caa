import { describe, expect, it } from 'vitest'
import type { CaseRules } from './cases.js'
import { chooseCases } from './cases.js'
import { NO_CUES } from './cues.js'
import type { Entry, Hit, VariantEntry } from './entry.js'
import { createMatcher } from './matcher.js'

// Round 35: Polish "Dniepropietrowska" is the genitive of the city's old name and also the
// feminine adjective ("Dniepropietrowska policja"). Listed as a plain leak, it was given the
// nominative "Dniepr" where nothing governed it, which `apply: all` wrote ("Dniepr policja").
// A form with cases of its own (`cases.of`) takes the form of a case the words before it admit
// among them; where they admit none, no form is known (`inflection.unknown`: form-unknown).
const forms = { nominative: 'Dniepr', genitive: 'Dniepru', instrumental: 'Dnieprem', locative: 'Dnieprze', accusative: 'Dniepr' }
const rules: CaseRules = {
  governors: new Map([
    ['do', [{ cases: ['genitive'] }]],
    ['z', [{ cases: ['genitive', 'instrumental'] }]],
    ['na', [{ cases: ['accusative', 'locative'] }]],
    ['w', [{ cases: ['locative'] }]],
  ]),
  maxWords: 1,
  coordinators: new Set(['i', ',']),
  sameAsNominative: [],
}
const genitiveOrAdjective: VariantEntry = { kind: 'variant', concept: 'dnipro', form: 'Dniepropietrowska', replacement: 'Dniepr', rule: 'preferred-form', cases: { forms, kind: 'place', of: ['genitive'] } }
const leak: VariantEntry = { kind: 'variant', concept: 'dnipro', form: 'Dnipro', replacement: 'Dniepr', rule: 'translation-leak', cases: { forms, kind: 'place' } }

const chosen = (text: string, entry: VariantEntry = genitiveOrAdjective) => {
  const start = text.indexOf(entry.form)
  const hits: Hit[] = [{ start, end: start + entry.form.length, entry }]
  const out = chooseCases(text, hits, rules)[0]!.entry as VariantEntry
  return [out.replacement, out.inflection?.confident ?? null, out.inflection?.unknown ?? false]
}

describe('a form with cases of its own', () => {
  it('takes the form of the case a governor admits among its own', () => {
    expect(chosen('Pociąg do Dniepropietrowska.')).toEqual(['Dniepru', true, false])
    // "z" admits two cases; only the genitive is the form's own.
    expect(chosen('Ludzie z Dniepropietrowska.')).toEqual(['Dniepru', true, false])
  })

  it('has no known form where nothing governs it, or the governor admits none of its cases', () => {
    expect(chosen('Dniepropietrowska policja poinformowała.')).toEqual(['Dniepr', false, true])
    expect(chosen('Lotnisko Dniepropietrowska zostało zniszczone.')).toEqual(['Dniepr', false, true])
    expect(chosen('Spojrzał na Dniepropietrowska mapę.')).toEqual(['Dniepr', false, true])
  })

  it('leaves a plain leak as before: the nominative, unsure, where nothing decides', () => {
    expect(chosen('Dnipro odpowiedział.', leak)).toEqual(['Dniepr', false, false])
    expect(chosen('Ludzie z Dnipro.', leak)).toEqual(['Dniepr', false, false])
    expect(chosen('Pociąg do Dnipro.', leak)).toEqual(['Dniepru', true, false])
  })
})

describe('a finding with no known form', () => {
  const entries: Entry[] = [genitiveOrAdjective, { kind: 'keep', concept: 'dnipro', form: 'Dniepr' }]
  const matcher = createMatcher('pl', entries, { cues: NO_CUES, cases: rules })
  const found = (text: string, apply: 'confident' | 'all' | 'none') => matcher.find(text, { apply }).map((c) => [c.original, c.replacement, c.preferred, c.status, c.reason ?? null])

  it('is reported with the original as its replacement and is applied in no mode', () => {
    for (const apply of ['confident', 'all', 'none'] as const) {
      expect(found('Dniepropietrowska policja poinformowała.', apply), apply).toEqual([['Dniepropietrowska', 'Dniepropietrowska', 'Dniepr', 'suggested', 'form-unknown']])
    }
  })

  it('keeps the casing of the copy', () => {
    expect(found('DNIEPROPIETROWSKA POLICJA', 'all')).toEqual([['DNIEPROPIETROWSKA', 'DNIEPROPIETROWSKA', 'Dniepr', 'suggested', 'form-unknown']])
  })

  it('is applied where a governor decides the case', () => {
    expect(found('Pociąg do Dniepropietrowska.', 'confident')).toEqual([['Dniepropietrowska', 'Dniepru', 'Dniepru', 'applied', null]])
  })
})
