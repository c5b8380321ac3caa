import { applyChanges } from '../normalize/apply-changes.js'
import type { CompiledGlossary } from './compiled.js'
import type { GlossaryIssue } from './glossary-error.js'

export interface ExampleResult extends GlossaryIssue {
  ok: boolean
}

/**
 * Runs every concept's examples against the compiled glossary: `change` texts must come out
 * exactly as `expect` (and stay so when normalized again), `keep` texts must not change, and
 * `suggest` texts must not change but report a suggestion for the concept with that reason.
 *
 * In a profile, an example inherited from the base glossary may name a concept the profile
 * overrides in that language ("Zelenskyy went to Kiev" → "Zelensky went to Kyiv" under `news`,
 * while AP writes Zelenskyy). There, a `change` must normalize to the same text as its `expect`
 * does (both "Zelenskyy went to Kyiv" under AP), and a `keep` or `suggest` may change only
 * where an overridden concept does; the profile's own examples test its own forms exactly.
 */
export function runExamples(glossary: CompiledGlossary): ExampleResult[] {
  const results: ExampleResult[] = []
  for (const concept of glossary.concepts.values()) {
    const file = concept.file ?? `glossary ${glossary.id}`
    for (const [language, examples] of Object.entries(concept.examples ?? {})) {
      const matcher = glossary.matcherFor(language)
      if (matcher === undefined) continue
      const overridden = new Set(glossary.source.overrides?.[language] ?? [])
      const inherited = overridden.size > 0 && !overridden.has(concept.id)
      const normalize = (text: string) => applyChanges(text, matcher.find(text))
      for (const [i, { text, expect }] of (examples.change ?? []).entries()) {
        const got = normalize(text)
        const again = normalize(got)
        const want = inherited ? normalize(expect) : expect
        const ok = got === want && again === got
        const message = got !== want ? `expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}` : again !== got ? `not stable: normalizing again gives ${JSON.stringify(again)}` : 'ok'
        results.push({ file, path: `${concept.id}.examples.${language}.change[${i}]`, message, ok })
      }
      for (const [i, text] of (examples.keep ?? []).entries()) {
        const changes = matcher.find(text).filter((c) => !(inherited && overridden.has(c.concept)))
        const got = applyChanges(text, changes)
        results.push({ file, path: `${concept.id}.examples.${language}.keep[${i}]`, message: got === text ? 'ok' : `must not change, got ${JSON.stringify(got)}`, ok: got === text })
      }
      for (const [i, { text, reason }] of (examples.suggest ?? []).entries()) {
        const found = matcher.find(text)
        const got = applyChanges(text, found.filter((c) => !(inherited && overridden.has(c.concept))))
        const held = found.filter((c) => c.status === 'suggested' && c.concept === concept.id).map((c) => c.reason)
        const ok = got === text && held.includes(reason)
        const message = got !== text ? `must not change, got ${JSON.stringify(got)}` : ok ? 'ok' : `expected a suggestion for ${concept.id} with reason ${reason}, got ${held.length === 0 ? 'none' : held.join(', ')}`
        results.push({ file, path: `${concept.id}.examples.${language}.suggest[${i}]`, message, ok })
      }
    }
  }
  return results
}
