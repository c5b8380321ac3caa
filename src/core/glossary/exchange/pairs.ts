import type { ConceptSource, GlossarySource } from '../source.js'
import { ExchangeError, type LanguagePair } from './types.js'
import { variantForm, type Term } from './terms.js'

/**
 * The entries a one-direction glossary needs to translate `from` → `to` in house style: each
 * `from` form of a concept (preferred, variants; for a person, the surname and its variants
 * too) → the concept's `to` preferred form (or surname). First source wins: a form is listed
 * once, as DeepL and Amazon require unique source terms.
 */
export function pairEntries(glossary: GlossarySource, { from, to }: LanguagePair): [string, string][] {
  const entries = new Map<string, string>()
  const add = (source: string | undefined, target: string | undefined): void => {
    if (source && target && !entries.has(source)) entries.set(source, target)
  }
  for (const concept of glossary.concepts) {
    const source = concept.forms[from]
    const target = concept.forms[to]
    if (!source || !target?.preferred) continue
    add(source.preferred, target.preferred)
    for (const v of source.variants ?? []) add(variantForm(v), target.preferred)
    if (isPerson(concept) && target.surname) {
      add(source.surname, target.surname)
      for (const v of source.surnameVariants ?? []) add(variantForm(v), target.surname)
    }
  }
  return [...entries]
}

/**
 * Whether the file for `pair` holds a form as house style: a `from` form as the source of an
 * entry whose target is its concept's `to` preferred form (or surname), a `to` preferred form
 * (or surname) as a target. What it cannot hold (other languages, exceptions, given names, the
 * `to` variants) and what it leaves out (a concept with no `to` preferred form, a person with no
 * `to` surname) is not held.
 */
export function pairHeld(glossary: GlossarySource, pair: LanguagePair): (term: Term) => boolean {
  const entries = new Map(pairEntries(glossary, pair))
  const targets = new Set(entries.values())
  const concepts = new Map(glossary.concepts.map((c) => [c.id, c]))
  return ({ concept, language, role, form }) => {
    const target = concepts.get(concept)?.forms[pair.to]
    const surname = role === 'surname' || role === 'surname-variant'
    const house = surname ? target?.surname : target?.preferred
    if (language === pair.from && (surname || role === 'preferred' || role === 'variant')) return house !== undefined && entries.get(form) === house
    if (language === pair.to && (role === 'preferred' || role === 'surname')) return targets.has(form)
    return false
  }
}

/** How a language shows in a field's name for a pair format. */
export const pairSlot = ({ from, to }: LanguagePair) => (language: string): string => (language === from ? '<from>' : language === to ? '<to>' : '<lang>')

const isPerson = (concept: ConceptSource): boolean => concept.kind === 'person'

/** The languages a glossary writes forms in: the ones it normalizes first, then the rest. */
export function formLanguages(glossary: GlossarySource): string[] {
  const all = new Set(glossary.languages)
  for (const concept of glossary.concepts) for (const language of Object.keys(concept.forms)) all.add(language)
  return [...all]
}

export function requirePair(format: string, glossary: GlossarySource, pair: LanguagePair | undefined): LanguagePair {
  if (!pair) throw new ExchangeError(format, 0, 'needs a language pair (from and to)')
  const languages = formLanguages(glossary)
  for (const language of [pair.from, pair.to]) {
    if (!languages.includes(language)) throw new ExchangeError(format, 0, `glossary "${glossary.id}" has no forms in "${language}" (it has ${languages.join(', ')})`)
  }
  if (pair.from === pair.to) throw new ExchangeError(format, 0, 'from and to must differ')
  return pair
}
