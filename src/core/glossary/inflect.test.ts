import { describe, expect, it } from 'vitest'
import type { Candidate } from './expand.js'
import { inflectCandidates } from './inflect.js'
import type { ConceptSource, InflectionSource } from './source.js'

// Round 35: German "Dnipropetrowsker" is most often the adjective of the region, which kept the
// name, and no source shows an adjective of Dnipro; the class suggested "Dniproer", also in "Die
// Dnipropetrowsker Gebietsverwaltung". `inflect: {adjective-er: unknown}` finds the form and knows
// no replacement (reason form-unknown): the finding names the uninflected house form.
const classes: Record<string, InflectionSource> = { 'adjective-er': { suffix: 'er', kinds: ['place'], confident: false } }
const candidates: Candidate[] = [
  { entry: { kind: 'variant', concept: 'dnipro_city', form: 'Dnipropetrowsk', replacement: 'Dnipro', rule: 'preferred-form' }, key: 'dnipropetrowsk', explicit: true, preferred: false, path: 'p' },
  { entry: { kind: 'keep', concept: 'dnipro_city', form: 'Dnipro' }, key: 'dnipro', explicit: true, preferred: true, path: 'p' },
]
const concept = (inflect?: Record<string, boolean | 'suggest' | 'unknown'>): ConceptSource => ({ id: 'dnipro_city', kind: 'place', forms: { de: { preferred: 'Dnipro', ...(inflect ? { inflect } : {}) } } })
const variants = (inflect?: Record<string, boolean | 'suggest' | 'unknown'>) =>
  inflectCandidates(concept(inflect), 'de', candidates, classes).flatMap((c) => (c.entry.kind === 'variant' ? [[c.entry.form, c.entry.replacement, c.entry.inflection]] : []))

describe('an inflection class a concept marks unknown', () => {
  it('finds the inflected form with no inflected replacement', () => {
    expect(variants({ 'adjective-er': 'unknown' })).toEqual([['Dnipropetrowsker', 'Dnipro', { class: 'adjective-er', confident: false, unknown: true }]])
  })

  it('leaves the class as it was otherwise', () => {
    expect(variants()).toEqual([['Dnipropetrowsker', 'Dniproer', { class: 'adjective-er', confident: false }]])
    expect(variants({ 'adjective-er': true })).toEqual([['Dnipropetrowsker', 'Dniproer', { class: 'adjective-er', confident: true }]])
    expect(variants({ 'adjective-er': false })).toEqual([])
  })
})
