import type { CaseRules, Governor } from '../match/cases.js'
import { foldForm } from '../text/chars.js'
import type { Candidate } from './expand.js'
import type { CaseFormSource, CasesSource, ConceptSource, FormsSource } from './source.js'

const words = (form: string) => form.split(' ')
const caseForm = (source: CaseFormSource) => (typeof source === 'string' ? source : source.form)

/** The governors of a language, indexed by phrase (lower case, single-spaced) for the decision layer. */
export function compileCaseRules(source: CasesSource | undefined): CaseRules | undefined {
  if (source === undefined) return undefined
  const governors = new Map<string, Governor[]>()
  const caseList = (g: { cases: readonly string[]; kinds?: readonly string[] }): Governor => ({ cases: [...g.cases], ...(g.kinds !== undefined ? { kinds: new Set<string>(g.kinds) } : {}) })
  let maxWords = 1
  for (const g of source.governors) {
    const governor = caseList(g)
    for (const phrase of g.words) {
      const key = phrase.trim().toLowerCase().split(/\s+/u).join(' ')
      maxWords = Math.max(maxWords, key.split(' ').length)
      const list = governors.get(key)
      if (list) list.push(governor)
      else governors.set(key, [governor])
    }
  }
  return {
    governors,
    maxWords,
    coordinators: new Set((source.coordinators ?? []).map((word) => word.toLowerCase())),
    sameAsNominative: (source.sameAsNominative ?? []).map(caseList),
  }
}

/** A concept's forms by case: of the full name and, for a person, of the surname. */
export interface CaseForms {
  full: Readonly<Record<string, string>>
  /** Empty when the concept has no surname. */
  surname: Readonly<Record<string, string>>
}

/**
 * A concept's forms by case in one language: of the full name (the preferred form) and, for a
 * person, of the surname (as many last words of the full name as the surname has); undefined
 * when the language has no cases or the concept lists no case forms in it.
 */
export function caseFormsOf(own: FormsSource | undefined, source: CasesSource | undefined): CaseForms | undefined {
  if (source === undefined || own?.cases === undefined || own.preferred === undefined) return undefined
  const [nominative] = source.names
  const full: Record<string, string> = { [nominative!]: own.preferred }
  for (const [name, form] of Object.entries(own.cases)) full[name] = caseForm(form)
  const surnameWords = own.surname !== undefined ? words(own.surname).length : 0
  const surname: Record<string, string> = {}
  if (own.surname !== undefined) for (const [name, form] of Object.entries(full)) surname[name] = words(form).slice(-surnameWords).join(' ')
  return { full, surname }
}

/**
 * The candidates of a concept with case forms in `language`: its leaks learn the form of every
 * case (the decision layer picks one by the governor before the name), every case form is a
 * form already right ("Kijowie", "Zełenskiego"), and the leaks listed under a case ("Zelenskiego")
 * become that case's form wherever they stand, since their ending decides the case.
 * A concept without case forms gets only its kind on its leaks.
 */
export function withCases(concept: ConceptSource, language: string, candidates: Candidate[], source: CasesSource | undefined): Candidate[] {
  const own = concept.forms[language]
  if (source === undefined) return candidates
  if (own?.cases === undefined || own.preferred === undefined) {
    // No case forms: its leaks still learn the concept's kind, so that a governor that calls
    // for another case ("z Andriy Yermak": with, instrumental) holds the nominative back.
    const cases = { kind: concept.kind }
    return candidates.map((c) => (c.entry.kind === 'variant' && c.entry.concept === concept.id ? { ...c, entry: { ...c.entry, cases } } : c))
  }
  const { full, surname } = caseFormsOf(own, source)!
  const surnameWords = own.surname !== undefined ? words(own.surname).length : 0

  const base = `${concept.id}.forms.${language}.cases`
  const out = candidates.map((c): Candidate => {
    const entry = c.entry
    if (entry.kind !== 'variant' || entry.concept !== concept.id) return c
    const forms = entry.replacement === own.preferred ? full : own.surname !== undefined && entry.replacement === own.surname ? surname : undefined
    return forms === undefined ? c : { ...c, entry: { ...entry, cases: { forms, kind: concept.kind } } }
  })
  // The nominative's mention rule goes with its cases: "do Odessy" is as ambiguous as "Odessa"
  // (expand.ts, variantRequires), and a case form of a name is no surer a mention than the name.
  const nominative = candidates.find((c) => c.entry.kind === 'keep' && c.entry.concept === concept.id && c.entry.form === own.preferred)?.entry
  const requires = nominative?.kind === 'keep' ? nominative.requires : undefined
  for (const [name, form] of Object.entries(own.cases)) {
    const path = `${base}.${name}`
    const right = [full[name]!, ...(own.surname !== undefined ? [surname[name]!] : [])]
    for (const f of right) out.push({ entry: requires === undefined ? { kind: 'keep', concept: concept.id, form: f } : { kind: 'keep', concept: concept.id, form: f, requires }, key: foldForm(f), explicit: true, preferred: true, path })
    if (typeof form === 'string') continue
    // Also another word ("Dniepropietrowska", the genitive and the adjective): the nominative as
    // the replacement, the case forms for the decision layer to choose from (match/cases.ts).
    for (const [i, variant] of (form.governedVariants ?? []).entries()) {
      out.push({
        entry: { kind: 'variant', concept: concept.id, form: variant, replacement: own.preferred, rule: 'preferred-form', cases: { forms: full, kind: concept.kind, of: [name] } },
        key: foldForm(variant),
        explicit: true,
        preferred: false,
        path: `${path}.governedVariants[${i}]`,
      })
    }
    for (const [i, variant] of (form.variants ?? []).entries()) {
      const ofSurname = own.surname !== undefined && words(variant).length <= surnameWords
      out.push({
        entry: { kind: 'variant', concept: concept.id, form: variant, replacement: ofSurname ? surname[name]! : full[name]!, rule: ofSurname ? 'preferred-surname' : 'preferred-form' },
        key: foldForm(variant),
        explicit: true,
        preferred: false,
        path: `${path}.variants[${i}]`,
      })
    }
  }
  return out
}
