import { expandConcept } from '../core/glossary/expand.js'
import { languageRulesFor } from '../core/glossary/compile.js'
import { CandidatesByForm, resolveCandidates } from '../core/glossary/resolve.js'
import type { ConceptKind, ConceptSource, FormsSource, GlossarySource } from '../core/glossary/source.js'
import type { Entry } from '../core/match/entry.js'
import { createMatcher, type Matcher } from '../core/match/matcher.js'
import type { Change } from '../core/normalize/change.js'
import { foldForm } from '../core/text/chars.js'
import { nameFormAt, type NameForm } from './grammar.js'

/**
 * The names of a source-language text as the target language writes them: the source
 * language's matcher (every form its glossary recognizes as a concept: preferred forms,
 * variants and leaks, with the same exceptions, contexts and casing rules), with every form
 * pointing at the target language's preferred form instead of the source's. So "Járkov" in
 * Spanish comes out as "Kharkiv" for English and "KIEV" as "KYIV", while an exception
 * ("Odessa (Texas)") stays unmatched and a URL is never looked into.
 */
export type { NameForm } from './grammar.js'

export interface NameMatcher {
  readonly from: string
  readonly to: string
  /**
   * The names found, `replacement` being the target form, in text order. A name the target
   * writes as the source does is found too, its replacement being its original ("Saldo",
   * "Bucha"): it must be protected all the same, since the engine may translate it (Apertium
   * spa-eng: "añadió Saldo" → "added Balance").
   */
  find(text: string): Change[]
  /**
   * Whether a finding of `find` is a person's surname alone written alike in both languages
   * ("Saldo"): a common word as often as not ("Saldo negativo."), protected only in a text that
   * names the person in full (planProtections).
   */
  sameSurname(change: Change): boolean
  /**
   * Whether the words after `end` in a source text make a same-form surname the common noun:
   * one of the source language's `nounComplements` and a word in lower case that opens no
   * adverbial phrase ("Saldo de muertos"; not "Saldo de nuevo"). False where the language lists none.
   */
  nounAfter(text: string, end: number): boolean
  /** Every (source form, target form) pair, for engines that take a glossary (DeepL). */
  readonly pairs: readonly NamePair[]
  /**
   * The form a protected name takes where it stands in the engine's answer (`at` in
   * `translated`), by the target language's grammar (grammar.ts): the case form the words before
   * it decide ("w <Kijów>" → "w Kijowie"), the article its first letter calls for ("de <Odessa>"
   * → "d'Odessa"), the article it opens a sentence with ("<Rada Suprema> aprobó…" → "La Rada
   * Suprema aprobó…"; `continues`: `translated` goes on with a sentence begun before it); else
   * the form planned. `end`: where the engine's token for the name ends, for what follows it
   * ("the <Snake Island> garrison" keeps its article).
   */
  formAt(span: { readonly concept?: string; readonly replacement: string }, translated: string, at: number, continues?: boolean, end?: number): NameForm
  /** The kind of a concept of the glossary (place, person…), for a protection that masks by kind. */
  kindOf(concept: string): ConceptKind | undefined
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
    // A concept left to the engine (`protect: false`), its exceptions included ("Black sea
    // bass" is translated too), is matched as a concept without a target form: not masked, and
    // no shorter name inside it is.
    if (concepts.get(entry.concept)!.protect === false) {
      translated.push({ kind: 'keep', concept: entry.concept, form: entry.form })
      continue
    }
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
  // The source language's cues and list words decide as in its normalization ("formerly called
  // Kharkov": a name discussed as a name, left to the engine); not its elision or cases, which
  // are about writing its own forms, and the replacements here are the target's.
  const { cues, coordinators } = languageRulesFor(glossary.languageRules?.[from])
  const matcher: Matcher = createMatcher(from, translated, coordinators === undefined ? { cues } : { cues, coordinators })
  // A person's surname in the target language, by concept, for sameSurname.
  const surnames = new Map<string, string>()
  for (const concept of glossary.concepts) {
    const surname = concept.kind === 'person' ? concept.forms[to]?.surname : undefined
    if (surname !== undefined) surnames.set(concept.id, surname)
  }
  const complementsOf = glossary.languageRules?.[from]?.nounComplements
  const complements = new Set(complementsOf?.prepositions ?? [])
  const adverbial = new Set(complementsOf?.notBefore ?? [])
  return {
    from,
    to,
    find: (text) => matcher.find(text, SAME_FORMS),
    nounAfter: (text, end) => complements.size > 0 && nounComplementAt(text, end, complements, adverbial),
    // `preferred` is the target form the finding's entry gives (the surname, or the full name), before casing.
    sameSurname: (change) => change.replacement === change.original && change.preferred === surnames.get(change.concept),
    pairs,
    formAt: nameFormAt(glossary, to),
    kindOf: (concept) => concepts.get(concept)?.kind,
  }
}

/**
 * Spaces, one of `complements`, spaces, and a word in lower case not in `adverbial`, right after
 * `end` ("Saldo| de muertos"; not "Saldo| de nuevo pidió").
 */
function nounComplementAt(text: string, end: number, complements: ReadonlySet<string>, adverbial: ReadonlySet<string>): boolean {
  const m = /^[ \t\u00a0]+(\p{Ll}+)[ \t\u00a0]+(\p{Ll}+)/u.exec(text.slice(end, end + 60))
  return m !== null && complements.has(m[1]!) && !adverbial.has(m[2]!)
}

/** One options object for every call: no-op findings too (see NameMatcher.find). */
const SAME_FORMS = { sameForms: true } as const

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
