import { caseFormsOf, compileCaseRules } from '../core/glossary/cases.js'
import { expandConcept } from '../core/glossary/expand.js'
import { CandidatesByForm, resolveCandidates } from '../core/glossary/resolve.js'
import type { ConceptSource, FormsSource, GlossarySource } from '../core/glossary/source.js'
import type { Entry } from '../core/match/entry.js'
import { governedCases, mayBeNominative } from '../core/match/cases.js'
import { caseLike } from '../core/match/casing.js'
import { createMatcher, type Matcher } from '../core/match/matcher.js'
import type { Change } from '../core/normalize/change.js'
import { foldForm } from '../core/text/chars.js'

/**
 * The names of a source-language text as the target language writes them: the source
 * language's matcher (every form its glossary recognizes as a concept: preferred forms,
 * variants and leaks, with the same exceptions, contexts and casing rules), with every form
 * pointing at the target language's preferred form instead of the source's. So "Járkov" in
 * Spanish comes out as "Kharkiv" for English and "KIEV" as "KYIV", while an exception
 * ("Odessa (Texas)") stays unmatched and a URL is never looked into.
 */
export interface NameMatcher {
  readonly from: string
  readonly to: string
  /** The names found, `replacement` being the target form, in text order. */
  find(text: string): Change[]
  /** Every (source form, target form) pair, for engines that take a glossary (DeepL). */
  readonly pairs: readonly NamePair[]
  /**
   * The form a protected name takes where it stands in the engine's answer (`at` in
   * `translated`): in a target language with cases, the case form the words before it decide
   * ("w <Kijów>" → "w Kijowie", as normalization inflects a leak); else the form planned.
   */
  formAt(span: { readonly concept?: string; readonly replacement: string }, translated: string, at: number): NameForm
}

export interface NameForm {
  form: string
  /**
   * The words before the name call for a case that no form of it written like the nominative
   * can be ("z <Kijów>": from or with, genitive or instrumental), and none is decided: the
   * planned form (the nominative) is written, and is wrong as it stands.
   */
  caseUnsure: boolean
}

export interface NamePair {
  source: string
  target: string
  concept: string
  /**
   * Holds in any sentence: no context condition. An engine glossary applies its entries
   * everywhere, so only these can go into one; an exception is a pair of itself.
   */
  unconditional: boolean
}

/**
 * Builds the matcher for one direction. Runs once per (glossary version, direction), outside
 * the request path. Conflicts are resolved as the source language's own matcher resolves
 * them; a concept without a target form only protects its span from shorter matches.
 */
export function createNameMatcher(glossary: GlossarySource, from: string, to: string): NameMatcher {
  const byForm = new CandidatesByForm()
  for (const concept of glossary.concepts) {
    for (const candidate of expandConcept(concept, from, foldForm)) byForm.add(candidate)
  }
  // The glossary was validated when it was compiled; issues here would be the same ones.
  const entries = resolveCandidates(byForm, from, () => glossary.id, [])
  const concepts = new Map(glossary.concepts.map((c) => [c.id, c]))
  const translated: Entry[] = []
  const pairs: NamePair[] = []
  const seen = new Set<string>()
  const add = (source: string, target: string, concept: string, unconditional: boolean) => {
    const key = foldForm(source)
    if (seen.has(key)) return
    seen.add(key)
    pairs.push({ source, target, concept, unconditional })
  }
  for (const entry of entries) {
    if (entry.kind === 'exception') {
      translated.push(entry)
      add(entry.form, entry.form, entry.concept, true)
      continue
    }
    const concept = concepts.get(entry.concept)!
    const sourceForm = entry.kind === 'variant' ? entry.replacement : entry.form
    const target = targetForm(concept, from, to, sourceForm)
    if (target === undefined) {
      translated.push({ kind: 'keep', concept: entry.concept, form: entry.form })
      continue
    }
    translated.push({ kind: 'variant', concept: entry.concept, form: entry.form, replacement: target, rule: 'translation-leak', context: entry.kind === 'variant' ? entry.context : undefined })
    add(entry.form, target, entry.concept, entry.kind === 'keep' || entry.context === undefined)
  }
  const matcher: Matcher = createMatcher(from, translated)
  return { from, to, find: (text) => matcher.find(text), pairs, formAt: caseChooser(glossary, to) }
}

/**
 * How a protected name is inflected in a target language with cases. The engine writes the
 * words around the name; only the name's own form is ours, and a nominative after "w" is wrong
 * Polish. Where the words before it decide one case form, the name takes it; where they do not
 * (no governor, or one that admits cases whose forms differ), the planned form stays, and the
 * target's normalization sees it as a form already right.
 */
function caseChooser(glossary: GlossarySource, to: string): NameMatcher['formAt'] {
  const source = glossary.languageRules?.[to]?.cases
  const rules = compileCaseRules(source)
  if (source === undefined || rules === undefined) return (span) => ({ form: span.replacement, caseUnsure: false })
  // By concept and folded target form (its preferred form or its surname, each its nominative):
  // the forms by case.
  const [nominative] = source.names
  const kinds = new Map(glossary.concepts.map((c) => [c.id, c.kind]))
  const byForm = new Map<string, Readonly<Record<string, string>>>()
  for (const concept of glossary.concepts) {
    const forms = caseFormsOf(concept.forms[to], source)
    if (forms === undefined) continue
    for (const byCase of [forms.full, forms.surname]) {
      const form = byCase[nominative!]
      if (form !== undefined) byForm.set(`${concept.id}\u0000${foldForm(form)}`, byCase)
    }
  }
  return (span, translated, at) => {
    const planned = { form: span.replacement, caseUnsure: false }
    const kind = span.concept === undefined ? undefined : kinds.get(span.concept)
    if (kind === undefined) return planned
    const cases = governedCases(translated, at, kind, rules)
    if (cases === undefined) return planned
    const byCase = byForm.get(`${span.concept}\u0000${foldForm(span.replacement)}`)
    const forms = new Set(cases.map((c) => byCase?.[c]))
    const [form] = forms
    if (forms.size === 1 && form !== undefined) return { form: caseLike(span.replacement, form, false), caseUnsure: false }
    return { form: span.replacement, caseUnsure: !mayBeNominative(cases, kind, rules) }
  }
}

/** The target language's form for what `form` names: its surname for a surname, else its preferred form. */
function targetForm(concept: ConceptSource, from: string, to: string, form: string): string | undefined {
  const target: FormsSource | undefined = concept.forms[to]
  if (target?.preferred === undefined) return undefined
  return isSurname(concept, from, form) ? (target.surname ?? target.preferred) : target.preferred
}

function isSurname(concept: ConceptSource, from: string, form: string): boolean {
  if (concept.kind !== 'person') return false
  const key = foldForm(form)
  const own = concept.forms[from]
  // With house style in the source language, every form was mapped to its preferred form or surname.
  const languages = own?.preferred !== undefined ? [own] : Object.values(concept.forms)
  return languages.some((f) => [f.surname, ...(f.surnameVariants ?? []).map((v) => (typeof v === 'string' ? v : v.form))]
    .some((s) => s !== undefined && foldForm(s) === key))
}
