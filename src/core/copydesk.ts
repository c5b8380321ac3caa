import type { Copydesk, CopydeskOptions, DetectResult, GlossarySummary, NormalizeInput, NormalizeResult, Warning } from './api.js'
import { defaultDetector, detectLanguage } from './detect/index.js'
import type { LanguageGuess } from './detect/types.js'
import { compileGlossary } from './glossary/compile.js'
import type { CompiledGlossary } from './glossary/compiled.js'
import { primaryLanguage } from './language-tag.js'
import { applyChanges } from './normalize/apply-changes.js'
import { unifiedDiff } from './normalize/diff.js'

/**
 * Builds the service core: compiles every glossary once (validation errors throw here, at
 * start, never on a request) and returns plain functions over plain data.
 */
export function createCopydesk(options: CopydeskOptions): Copydesk {
  const detector = options.detector ?? defaultDetector
  const compiled = new Map<string, CompiledGlossary>(options.glossaries.map((g) => [g.id, compileGlossary(g)]))
  const defaultGlossary = options.defaultGlossary ?? 'news'
  if (!compiled.has(defaultGlossary)) {
    throw new Error(`default glossary "${defaultGlossary}" is not among the glossaries (${[...compiled.keys()].join(', ') || 'none'})`)
  }
  const fallbackOverride = options.fallbackLanguage
  for (const g of compiled.values()) {
    if (fallbackOverride !== undefined && !g.languages.includes(fallbackOverride)) {
      throw new Error(`fallback language "${fallbackOverride}" is not covered by glossary "${g.id}" (${g.languages.join(', ')})`)
    }
  }
  const summaries: GlossarySummary[] = [...compiled.values()].map((g) => ({
    id: g.id, name: g.name, version: g.version, languages: g.languages, fallbackLanguage: g.fallbackLanguage, concepts: g.concepts.size,
  }))

  function glossaryOrThrow(id: string | undefined): CompiledGlossary {
    const glossary = compiled.get(id ?? defaultGlossary)
    if (glossary === undefined) throw new Error(`unknown glossary "${id}"`)
    return glossary
  }

  function detect(text: string): DetectResult {
    const { code, confidence, candidates } = detectLanguage(text, { detector })
    return { language: { code, confidence, source: 'detected' }, candidates }
  }

  function chooseLanguage(text: string, requested: string | undefined, glossary: CompiledGlossary): LanguageGuess {
    if (requested !== undefined && requested !== 'auto') {
      const code = primaryLanguage(requested)
      if (code === undefined || !glossary.languages.includes(code)) {
        throw new Error(`glossary "${glossary.id}" does not normalize "${requested}" (${glossary.languages.join(', ')})`)
      }
      return { code, confidence: 1, source: 'declared' }
    }
    const { code, confidence } = detectLanguage(text, { detector })
    if (code === 'und') return { code: fallbackOverride ?? glossary.fallbackLanguage, confidence, source: 'fallback' }
    return { code, confidence, source: 'detected' }
  }

  function normalize(input: NormalizeInput): NormalizeResult {
    const glossary = glossaryOrThrow(input.glossary)
    const language = chooseLanguage(input.text, input.language, glossary)
    const matcher = glossary.matcherFor(language.code)
    const warnings: Warning[] = []
    if (matcher === undefined) warnings.push({ code: 'language-not-covered', language: language.code, glossary: glossary.id })
    const changes = matcher?.find(input.text) ?? []
    const text = applyChanges(input.text, changes)
    return { text, language, glossary: { id: glossary.id, version: glossary.version }, changes, diff: unifiedDiff(input.text, text), warnings }
  }

  return {
    normalize,
    detect,
    glossaries: () => summaries,
    glossary(id) {
      const g = compiled.get(id)
      return g === undefined ? undefined : { ...g.source, version: g.version }
    },
    supports(id, language) {
      const code = primaryLanguage(language)
      return code !== undefined && (compiled.get(id)?.languages.includes(code) ?? false)
    },
    defaultGlossary,
  }
}
