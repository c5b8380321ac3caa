import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../core/copydesk.js'
import type { GlossarySource } from '../../core/api.js'
import { glossaryCatalog } from '../glossary-catalog.js'
import { renderNormalizeResult } from './normalize-result.js'

/** Concept ids spelled like Object.prototype members, and one that looks like an array index. */
const glossary: GlossarySource = {
  id: 'awkward',
  name: 'Awkward ids',
  fallbackLanguage: 'en',
  languages: ['en'],
  concepts: [
    { id: 'tostring', kind: 'place', note: 'First.', forms: { en: { preferred: 'Kyiv', variants: ['Kiev'] } } },
    { id: 'constructor', kind: 'place', forms: { en: { preferred: 'Kharkiv', variants: ['Kharkov'] } } },
    { id: '42', kind: 'place', note: 'An index-like id.', forms: { en: { preferred: 'Odesa', variants: ['Odessa'] } } },
    { id: 'hasownproperty', kind: 'place', forms: { en: { preferred: 'Luhansk', variants: ['Lugansk'] } } },
  ],
}

describe('the concepts of an answer', () => {
  const copydesk = createCopydesk({ glossaries: [glossary], defaultGlossary: 'awkward' })
  const notes = glossaryCatalog(copydesk).get('awkward')!.notes
  const text = 'Lugansk, Kharkov, Kiev, Odessa and Kiev again.'
  const rendered = renderNormalizeResult(copydesk.normalize({ text, language: 'en', glossary: 'awkward' }), notes, 'en', { input: text, format: 'text' })

  it('lists each concept once, as data, whatever its id is spelled like', () => {
    const concepts = rendered.concepts!
    expect(Object.keys(concepts)).toEqual(['42', 'hasownproperty', 'constructor', 'tostring'])
    expect(Object.hasOwn(concepts, 'constructor')).toBe(true)
    expect(concepts.constructor).toEqual({})
    expect(concepts.tostring).toEqual({ note: 'First.' })
  })

  it('serializes as JSON.parse reads it back, in the same order', () => {
    const json = JSON.stringify(rendered)
    expect(JSON.stringify(JSON.parse(json))).toBe(json)
    expect(json).toContain('"concepts":{"42":{"note":"An index-like id."},"hasownproperty":{},"constructor":{},"tostring":{"note":"First."}}')
  })
})
