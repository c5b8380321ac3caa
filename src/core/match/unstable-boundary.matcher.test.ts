import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { referenceUnstable } from '../../../test/fixtures/unstable-reference.js'
import { createCopydesk } from '../copydesk.js'
import { glossaries } from '../../generated/glossaries.js'
import type { Rescan } from './decide.js'
import { unstableChanges } from './decide.js'

// The matcher's own candidate search and reach, as it hands them to decide: the stretches of
// unstableChanges rely on that reach (no form crosses an end it gives no reach), so they are
// checked against the oracle with it, on the glossaries' own forms.
const seen = vi.hoisted(() => ({ rescan: undefined as Rescan | undefined }))
vi.mock('./decide.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./decide.js')>()
  return {
    ...actual,
    decide: (...args: Parameters<typeof actual.decide>) => {
      seen.rescan = args[4]?.rescan
      return actual.decide(...args)
    },
  }
})

const copydesk = createCopydesk({ glossaries })

/** Every form a glossary gives `language` (preferred forms, variants, exceptions, case forms). */
function formsOf(id: string, language: string): string[] {
  const forms = new Set<string>()
  const collect = (value: unknown): void => {
    if (typeof value === 'string') forms.add(value)
    else if (Array.isArray(value)) value.forEach(collect)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect)
  }
  for (const concept of glossaries.find((g) => g.id === id)!.concepts) collect((concept.forms as Record<string, unknown> | undefined)?.[language])
  return [...forms].filter((form) => form.length > 0 && form.length < 60)
}

const SEPARATORS = [',', ' ', '.', '\n', '\n\n', '-', '/', "'", '(', ')', '"', ' and ', ' i ', ' y ', '', ':', '@', '#', '. ']

const cases: [string, string][] = [['news', 'en'], ['ap', 'en'], ['bbc', 'en'], ['reuters', 'en'], ['news', 'es'], ['news', 'de'], ['news', 'fr'], ['news', 'it'], ['news', 'pt'], ['news', 'pl']]

describe.each(cases)('unstableChanges with the matcher of %s (%s)', (glossary, language) => {
  const forms = formsOf(glossary, language)
  const piece = fc.tuple(fc.constantFrom(...forms), fc.constantFrom(...SEPARATORS)).map(([f, s]) => f + s)
  // Prose-like pieces, or a pattern repeated into a long run (past the 256 units of a long window).
  const text = fc.oneof(
    fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => parts.join('')),
    fc.tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 10, max: 60 }), fc.array(piece, { maxLength: 3 })).map(([unit, n, tail]) => unit.join('').repeat(n) + tail.join('')),
  )

  it('finds what the search of each window finds, long windows read in shared stretches', () => {
    fc.assert(fc.property(text, (t) => {
      const changes = copydesk.normalize({ text: t, language, glossary, apply: 'all' }).changes.filter((c) => c.original !== c.replacement)
      const rescan = seen.rescan!
      expect(rescan).toBeDefined()
      const expected = referenceUnstable(t, changes, rescan)
      for (const long of [0, undefined]) expect(unstableChanges(t, changes, rescan, long)).toEqual(expected)
    }), { numRuns: 150 })
  })
})
