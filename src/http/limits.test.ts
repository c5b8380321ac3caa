import { describe, expect, it } from 'vitest'
import { articleOfSize, seedArticle } from '../../bench/corpus.js'
import type { GlossarySource, LocalizedText } from '../core/api.js'
import { createCopydesk } from '../core/copydesk.js'
import { PARAGRAPHS } from '../core/detect/paragraphs.fixture.js'
import { glossaries } from '../generated/glossaries.js'
import { locales, type Locale } from '../i18n/index.js'
import { conceptsSerializer, glossaryCatalog } from './glossary-catalog.js'
import { capChanges, normalizeToJson, type NormalizeJobInput } from './limits.js'
import { renderNormalizeResult, wantsPart } from './render/index.js'
import type { IncludeItem } from './schemas/index.js'

const encoder = new TextEncoder()
const allLocales = Object.keys(locales) as Locale[]

/** The answer as first written: render, then TextEncoder over JSON.stringify of the whole. */
function straightforward(copydesk: ReturnType<typeof createCopydesk>, input: NormalizeJobInput, maxChanges: number, locale: Locale): Uint8Array {
  const { include, ...core } = input
  const result = capChanges(copydesk.normalize({ ...core, diff: wantsPart(include, 'diff') }), maxChanges)
  const notes = copydesk.glossary(input.glossary)?.concepts.reduce((map, c) => (c.note === undefined ? map : map.set(c.id, c.note)), new Map<string, LocalizedText>()) ?? new Map()
  return encoder.encode(JSON.stringify(renderNormalizeResult(result, notes, locale, { input: input.text, format: input.format ?? 'text', include })))
}

const includes: Array<readonly IncludeItem[] | undefined> = [undefined, ['concepts', 'changes.note'], []]

describe('normalizeToJson writes the bytes of the straightforward answer', () => {
  it('for the bundled glossaries, texts in several languages, every locale and several includes', () => {
    const copydesk = createCopydesk({ glossaries })
    const catalog = glossaryCatalog(copydesk)
    const texts = [seedArticle, articleOfSize(5 * 1024), PARAGRAPHS.de!, PARAGRAPHS.pl!, 'Kiev “quoted”, Lvov\u0000 and a lone \ud800 surrogate.', 'Kijów i Charków, Lwów.']
    let withConcepts = 0
    for (const glossary of catalog.ids) {
      for (const text of texts) {
        for (const locale of allLocales) {
          for (const include of includes) {
            const input: NormalizeJobInput = { text, language: 'auto', glossary, include }
            const bytes = normalizeToJson(copydesk, catalog, input, 30, locale).bytes
            expect(bytes).toEqual(straightforward(copydesk, input, 30, locale))
            if (new TextDecoder().decode(bytes).includes('"concepts":{"')) withConcepts++
          }
        }
      }
    }
    expect(withConcepts).toBeGreaterThan(50) // not vacuous
  })

  it('for concepts with notes per locale, ids spelled like Object members, and memos emptied as they fill', () => {
    const source: GlossarySource = {
      id: 'notes',
      name: 'Notes',
      fallbackLanguage: 'en',
      languages: ['en'],
      concepts: [
        { id: 'constructor', kind: 'place', note: { en: 'Kyiv, “the capital”.', de: 'Kyjiw – die Hauptstadt.', uk: 'Київ.' }, forms: { en: { preferred: 'Kyiv', variants: ['Kiev'] } } },
        { id: '42', kind: 'place', note: 'Odesa\nwith a "quote" and a \\ backslash.', forms: { en: { preferred: 'Odesa', variants: ['Odessa'] } } },
        { id: 'tostring', kind: 'place', forms: { en: { preferred: 'Kharkiv', variants: ['Kharkov'] } } },
        { id: 'lviv', kind: 'place', note: { fr: 'Lviv (Lwów).' }, forms: { en: { preferred: 'Lviv', variants: ['Lvov'] } } },
      ],
    }
    const copydesk = createCopydesk({ glossaries: [source], defaultGlossary: 'notes' })
    const catalog = glossaryCatalog(copydesk)
    const texts = ['Kiev and Odessa.', 'Odessa, Kharkov, Lvov and Kiev.', 'Lvov then Kharkov.', 'Nothing to change.']
    for (let round = 0; round < 2; round++) {
      for (const text of texts) {
        for (const locale of allLocales) {
          const input: NormalizeJobInput = { text, language: 'en', glossary: 'notes' }
          expect(normalizeToJson(copydesk, catalog, input, 100, locale).bytes).toEqual(straightforward(copydesk, input, 100, locale))
        }
      }
    }
    // A memo of two members, asked for four concepts in every locale in turn.
    const notes = catalog.get('notes')!.notes
    const concepts = conceptsSerializer(notes, 2)
    // In the order of an object's keys, as the answer's concepts are asked for ("42" first).
    const ids = Object.keys(Object.fromEntries(['lviv', '42', 'constructor', 'tostring'].map((id) => [id, 0])))
    for (let round = 0; round < 3; round++) {
      for (const locale of allLocales) {
        const expected = JSON.stringify(Object.fromEntries(ids.map((id) => [id, renderConceptNote(notes.get(id), locale)])))
        expect(Buffer.concat(concepts(ids, locale)).toString('utf8')).toBe(expected)
        expect(Buffer.concat(concepts([], locale)).toString('utf8')).toBe('{}')
      }
    }
  })
})

function renderConceptNote(note: unknown, locale: Locale): { note?: string } {
  if (note === undefined) return {}
  if (typeof note === 'string') return { note }
  const map = note as Record<string, string>
  return { note: map[locale] ?? map.en ?? Object.values(map)[0]! }
}
