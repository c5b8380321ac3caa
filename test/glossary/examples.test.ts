import { describe, expect, it } from 'vitest'
import { compileGlossary } from '../../src/core/glossary/compile.js'
import { runExamples } from '../../src/core/glossary/examples.js'
import { resolveGlossaries } from '../../src/core/glossary/extend.js'
import { glossaries } from '../../src/generated/glossaries.js'
import type { ConceptSource } from '../../src/core/glossary/source.js'
import { formOf } from '../../src/core/glossary/validate.js'

// Every example a standards editor wrote is a test: `change` texts must come out exactly as
// `expect` (and stay so), `keep` texts must come back unchanged.
/** Whether the concept has a form to change in `language`: a variant, or another language's spelling. */
function hasVariants(concept: ConceptSource, language: string): boolean {
  const own = concept.forms[language]!
  const fold = (form: string) => form.toLowerCase()
  const kept = new Set([own.preferred, own.surname, ...(own.exceptions ?? [])].filter((f) => f !== undefined).map(fold))
  if ((own.variants?.length ?? 0) + (own.surnameVariants?.length ?? 0) > 0) return true
  return Object.entries(concept.forms).some(([other, f]) => other !== language &&
    [f.preferred, f.surname, ...(f.variants ?? []).map(formOf), ...(f.surnameVariants ?? []).map(formOf)].some((form) => form !== undefined && !kept.has(fold(form))))
}

// Profiles run merged onto their base: their own examples, and the base's under their rules.
for (const source of resolveGlossaries(glossaries)) {
  describe(`glossary ${source.id}`, () => {
    const results = runExamples(compileGlossary(source))

    it('has examples for every concept and language it normalizes', () => {
      for (const concept of source.concepts) {
        for (const language of source.languages) {
          if (!concept.forms[language]?.preferred) continue
          const examples = concept.examples?.[language]
          // A name spelled the same everywhere (Kramatorsk) has nothing to change: keep only.
          if (hasVariants(concept, language)) expect(examples?.change?.length ?? 0, `${concept.id} ${language} change examples`).toBeGreaterThan(0)
          expect(examples?.keep?.length ?? 0, `${concept.id} ${language} keep examples`).toBeGreaterThan(0)
        }
      }
    })

    it.each(results.map((r) => [`${r.path}`, r] as const))('%s', (_path, result) => {
      expect(result.message).toBe('ok')
    })
  })
}
