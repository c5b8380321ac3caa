import { isProfile, type GlossaryDefinition } from './extend.js'
import type { FormsSource } from './source.js'

/** The size of the bundled glossaries, as `npm run bench` and the build print it. */
export interface GlossaryStats {
  /** Concepts of the complete glossaries (profiles only override them). */
  concepts: number
  /** Forms written by standards editors: preferred forms, surnames, variants and exceptions, every language. */
  forms: number
  /** Languages whose text some glossary normalizes. */
  languages: string[]
  /** Languages with forms written for them (the normalized ones plus leak sources like Polish). */
  formLanguages: string[]
  /** Profile ids (glossaries that extend another). */
  profiles: string[]
  /** Concept overrides across all profiles. */
  overrides: number
  /** Examples (change and keep) across all glossaries and profiles. */
  examples: number
}

function formsIn(forms: FormsSource | undefined): number {
  if (forms === undefined) return 0
  return (forms.preferred === undefined ? 0 : 1) + (forms.surname === undefined ? 0 : 1) + (forms.variants?.length ?? 0) +
    (forms.surnameVariants?.length ?? 0) + (forms.givenVariants?.length ?? 0) + (forms.exceptions?.length ?? 0)
}

export function glossaryStats(definitions: readonly GlossaryDefinition[]): GlossaryStats {
  const languages = new Set<string>()
  const formLanguages = new Set<string>()
  const concepts = new Set<string>()
  let forms = 0
  let overrides = 0
  let examples = 0
  for (const definition of definitions) {
    for (const language of definition.languages ?? []) languages.add(language)
    for (const concept of definition.concepts) {
      if (isProfile(definition)) overrides++
      else concepts.add(concept.id)
      for (const [language, own] of Object.entries(concept.forms ?? {})) {
        formLanguages.add(language)
        forms += formsIn(own)
      }
      for (const e of Object.values(concept.examples ?? {})) examples += (e.change?.length ?? 0) + (e.suggest?.length ?? 0) + (e.keep?.length ?? 0)
    }
  }
  return {
    concepts: concepts.size, forms, languages: [...languages].sort(), formLanguages: [...formLanguages].sort(),
    profiles: definitions.filter(isProfile).map((d) => d.id), overrides, examples,
  }
}

export function formatGlossaryStats(s: GlossaryStats): string {
  return `${s.concepts} concepts, ${s.forms} forms, ${s.examples} examples; normalizes ${s.languages.length} languages (${s.languages.join(', ')}), ` +
    `forms in ${s.formLanguages.length}; ${s.profiles.length} profiles (${s.profiles.join(', ') || 'none'}) with ${s.overrides} overrides`
}
