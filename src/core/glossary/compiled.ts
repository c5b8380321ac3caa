import type { ConceptSource, GlossarySource, LanguageCode } from './source.js'
import type { NameTable } from '../match/known-names.js'
import type { Matcher } from '../match/matcher.js'

/** A validated glossary with one matcher per language it normalizes. Built once, shared by requests. */
export interface CompiledGlossary {
  id: string
  /** Content hash: changes whenever any concept, form or example changes. */
  version: string
  name: string
  fallbackLanguage: LanguageCode
  languages: LanguageCode[]
  concepts: ReadonlyMap<string, ConceptSource>
  source: GlossarySource
  matcherFor(language: LanguageCode): Matcher | undefined
  /**
   * The known names of all its languages, where the build stored them (precompiled.ts); without,
   * they are read off its matchers' tries (`nameTable`), as for a glossary compiled at start.
   */
  names?(): NameTable
}
