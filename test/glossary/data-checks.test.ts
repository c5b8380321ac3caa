import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { resolveGlossaries } from '../../src/core/glossary/extend.js'
import type { FormsSource, GlossarySource } from '../../src/core/glossary/source.js'
import { formOf } from '../../src/core/glossary/validate.js'
import { foldForm } from '../../src/core/text/chars.js'
import { glossaries } from '../../src/generated/glossaries.js'

// Checks over the whole data set, every glossary and profile at once: what the per-concept
// examples cannot see.
const resolved = resolveGlossaries(glossaries)
const copydesk = createCopydesk({ glossaries }) // eager: every language of every profile is built and validated

/**
 * Two concepts may share a preferred form when the house style spells both the same (the city
 * and the river Dnipro in English and German, Dniepr in Polish): nothing changes to it, so it is
 * not ambiguous.
 */
const SHARED_PREFERRED = new Set(['dnipro', 'dniepr'])

function writtenForms(f: FormsSource): { form: string; role: 'preferred' | 'variant' | 'exception' }[] {
  return [
    ...[f.preferred, f.surname].filter((x): x is string => x !== undefined).map((form) => ({ form, role: 'preferred' as const })),
    ...[...(f.variants ?? []), ...(f.surnameVariants ?? [])].map((v) => ({ form: formOf(v), role: 'variant' as const })),
    ...(f.exceptions ?? []).map((form) => ({ form, role: 'exception' as const })),
  ]
}

describe('every concept of every glossary', () => {
  it.each(resolved.flatMap((g) => g.concepts.map((c) => [`${g.id}/${c.id}`, c] as const)))('%s says why and cites its sources', (_id, concept) => {
    expect(concept.note, 'note').toBeDefined()
    expect(concept.sources?.length ?? 0, 'sources').toBeGreaterThan(0)
    for (const source of concept.sources ?? []) expect(source).toMatch(/^https?:\/\/\S+$/)
  })
})

describe.each(resolved.map((g) => [g.id, g] as const))('glossary %s', (_id, glossary: GlossarySource) => {
  it.each(glossary.languages.map((l) => [l]))('forms written for %s are unambiguous across concepts', (language) => {
    const owners = new Map<string, { concept: string; role: string }[]>()
    for (const concept of glossary.concepts) {
      const own = concept.forms[language]
      if (own === undefined) continue
      for (const { form, role } of writtenForms(own)) {
        const key = foldForm(form)
        owners.set(key, [...(owners.get(key) ?? []), { concept: concept.id, role }])
      }
    }
    const clashes: string[] = []
    for (const [form, list] of owners) {
      const concepts = new Set(list.map((o) => o.concept))
      if (concepts.size < 2) continue
      // A variant of one concept that another concept also writes is ambiguous. An exception
      // that is another concept's preferred form is not: both keep the text ("chicken Kiev").
      const keeps = list.every((o) => o.role !== 'variant')
      const twoPreferred = list.filter((o) => o.role === 'preferred').length > 1
      if (!keeps || (twoPreferred && !SHARED_PREFERRED.has(form))) clashes.push(`${form}: ${list.map((o) => `${o.concept} (${o.role})`).join(', ')}`)
    }
    expect(clashes).toEqual([])
  })

  it('normalizes every example of every concept idempotently, in every language', () => {
    const unstable: string[] = []
    for (const source of resolved) {
      for (const concept of source.concepts) {
        for (const [language, examples] of Object.entries(concept.examples ?? {})) {
          if (!glossary.languages.includes(language)) continue
          const texts = [...(examples.change ?? []).flatMap((e) => [e.text, e.expect]), ...(examples.keep ?? [])]
          for (const text of texts) {
            const once = copydesk.normalize({ text, language, glossary: glossary.id }).text
            const twice = copydesk.normalize({ text: once, language, glossary: glossary.id }).text
            if (twice !== once) unstable.push(`${source.id}/${concept.id}/${language}: ${JSON.stringify(text)} → ${JSON.stringify(once)} → ${JSON.stringify(twice)}`)
          }
        }
      }
    }
    expect(unstable).toEqual([])
    // Normalizes every example twice (thousands of texts): 2-5 s alone, more on a loaded machine;
    // vitest's 5 s default made it fail on time, which this test does not assert.
  }, 60_000)
})
