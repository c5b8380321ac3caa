import { GlossaryError, type GlossaryIssue } from './glossary-error.js'
import type { ConceptSource, ExamplesSource, GlossarySource, LanguageCode } from './source.js'

/**
 * A house-style profile: a glossary that starts from another one (`extends: news`) and
 * overrides concepts per language. `glossaries/ap/concepts/volodymyr_zelensky.yaml` with only
 * `forms.en` makes AP's English copy say "Zelenskyy" while Spanish and German stay as `news`
 * decides, and every other concept is inherited unchanged.
 */
export interface GlossaryProfileSource {
  id: string
  name: string
  description?: string
  /** Id of the glossary this one overlays (itself possibly a profile). */
  extends: string
  /** Default: the base glossary's. */
  fallbackLanguage?: LanguageCode
  /** Default: the base glossary's. */
  languages?: LanguageCode[]
  concepts: ConceptOverlaySource[]
}

/**
 * One concept of a profile. With the id of a base concept it overrides it: each language under
 * `forms` replaces the base's forms for that language whole (and the base's examples for it,
 * which no longer hold); `sources` and `omitted` add to the base's, any other key (`note`,
 * `context`) replaces it. With a new id it is a concept of its own and needs everything a
 * concept needs.
 */
export type ConceptOverlaySource = Partial<ConceptSource> & { id: string }

/** What the bundle holds: complete glossaries and profiles over them. */
export type GlossaryDefinition = GlossarySource | GlossaryProfileSource

/**
 * A profile as written. A merged one (what `resolveGlossaries` returns, and `GET
 * /v1/glossaries/:id` answers) keeps `extends` for the record but carries `overrides` and is
 * complete: it is a glossary of its own, never merged twice.
 */
export function isProfile(definition: GlossaryDefinition): definition is GlossaryProfileSource {
  return typeof (definition as GlossaryProfileSource).extends === 'string' && (definition as GlossarySource).overrides === undefined
}

/**
 * Turns every definition into a complete glossary, profiles merged onto their base, in input
 * order. The merged result is what `compileGlossary` validates, so a profile cannot claim a
 * variant another concept holds, nor write a preferred form another rule would change again.
 * Throws a GlossaryError naming the profile's file for what only the overlay can get wrong.
 */
export function resolveGlossaries(definitions: readonly GlossaryDefinition[]): GlossarySource[] {
  const byId = new Map<string, GlossaryDefinition>()
  for (const definition of definitions) {
    if (byId.has(definition.id)) throw new Error(`glossary id "${definition.id}" is used twice`)
    byId.set(definition.id, definition)
  }
  const resolved = new Map<string, GlossarySource>()
  const resolve = (definition: GlossaryDefinition, chain: string[]): GlossarySource => {
    const done = resolved.get(definition.id)
    if (done) return done
    if (!isProfile(definition)) {
      resolved.set(definition.id, definition)
      return definition
    }
    if (chain.includes(definition.id)) throw new Error(`glossary "${definition.id}" extends itself (${[...chain, definition.id].join(' → ')})`)
    const base = byId.get(definition.extends)
    if (base === undefined) {
      throw new GlossaryError(definition.id, [{
        file: `glossaries/${definition.id}/glossary.yaml`, path: 'extends',
        message: `no glossary "${definition.extends}" to extend (${[...byId.keys()].join(', ')})`,
      }])
    }
    const merged = mergeProfile(resolve(base, [...chain, definition.id]), definition)
    resolved.set(definition.id, merged)
    return merged
  }
  return definitions.map((d) => resolve(d, []))
}

function mergeProfile(base: GlossarySource, profile: GlossaryProfileSource): GlossarySource {
  const issues: GlossaryIssue[] = []
  const languages = profile.languages ?? base.languages
  // Concepts overridden per language, the base's own overrides included (profiles chain).
  const overrides = new Map<LanguageCode, Set<string>>(Object.entries(base.overrides ?? {}).map(([l, ids]) => [l, new Set(ids)]))
  const overlays = new Map<string, ConceptOverlaySource>()
  for (const overlay of profile.concepts) {
    if (overlays.has(overlay.id)) issues.push({ file: overlay.file ?? `glossary ${profile.id}`, path: overlay.id, message: 'concept id is used twice' })
    overlays.set(overlay.id, overlay)
  }
  const concepts: ConceptSource[] = base.concepts.map((concept) => {
    const overlay = overlays.get(concept.id)
    if (overlay === undefined) return concept
    overlays.delete(concept.id)
    return mergeConcept(concept, overlay, languages, overrides, issues)
  })
  // What is left is new: a concept of the profile's own, validated like any other.
  for (const overlay of overlays.values()) concepts.push(overlay as ConceptSource)
  if (issues.length > 0) throw new GlossaryError(profile.id, issues)
  const { concepts: _overlays, ...head } = profile
  return {
    ...head,
    fallbackLanguage: profile.fallbackLanguage ?? base.fallbackLanguage,
    languages,
    // The base's cues and inflection classes hold in the profile (same languages, same grammar).
    ...(base.languageRules === undefined ? {} : { languageRules: base.languageRules }),
    concepts,
    overrides: Object.fromEntries([...overrides].map(([l, ids]) => [l, [...ids].sort()])),
  }
}

function mergeConcept(
  base: ConceptSource,
  overlay: ConceptOverlaySource,
  languages: LanguageCode[],
  overrides: Map<LanguageCode, Set<string>>,
  issues: GlossaryIssue[],
): ConceptSource {
  const file = overlay.file ?? base.file ?? 'profile'
  const at = (path: string, message: string) => issues.push({ file, path: `${base.id}${path}`, message })
  if (overlay.kind !== undefined && overlay.kind !== base.kind) at('.kind', `is "${base.kind}" in the base glossary; a profile cannot change it`)
  const forms = { ...base.forms }
  const examples: Record<LanguageCode, ExamplesSource> = { ...base.examples }
  for (const [language, own] of Object.entries(overlay.forms ?? {})) {
    forms[language] = own
    // The base's examples for this language test the base's forms, not these.
    delete examples[language]
    let ids = overrides.get(language)
    if (ids === undefined) overrides.set(language, (ids = new Set()))
    ids.add(base.id)
    if (own?.preferred !== undefined && languages.includes(language) && !overlay.examples?.[language]) {
      at(`.examples.${language}`, `the profile overrides forms.${language}, so it needs its own examples for ${language}`)
    }
  }
  if (overlay.forms !== undefined) {
    if (overlay.note === undefined) at('.note', 'a profile that overrides forms must say why (note)')
    if (!overlay.sources?.length) at('.sources', 'a profile that overrides forms must cite its sources')
  }
  for (const [language, own] of Object.entries(overlay.examples ?? {})) {
    const inherited = examples[language]
    examples[language] = inherited === undefined ? own : {
      change: [...(inherited.change ?? []), ...(own.change ?? [])],
      keep: [...(inherited.keep ?? []), ...(own.keep ?? [])],
    }
  }
  // Any other key the overlay gives (note, context, …) replaces the base's; the merged concept
  // is validated as a whole, so a misspelt key is reported there.
  const { id: _id, forms: _forms, examples: _examples, sources, omitted, file: _file, ...replaced } = overlay
  const merged: ConceptSource = {
    ...base,
    ...replaced,
    kind: base.kind,
    forms,
    examples,
    file,
    sources: [...new Set([...(sources ?? []), ...(base.sources ?? [])])],
  }
  if (omitted !== undefined) merged.omitted = [...(base.omitted ?? []), ...omitted]
  return merged
}
