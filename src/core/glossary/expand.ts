import type { RuleCode } from '../normalize/change.js'
import type { Context, Entry } from '../match/entry.js'
import type { ConceptSource, ContextSource, FormsSource, VariantSource } from './source.js'
import { formOf } from './validate.js'
import { foldedHash, foldedKey, keyWords } from '../match/key-facts.js'

/** An entry plus where it came from, so conflicts can be reported and resolved. */
export interface Candidate {
  entry: Entry
  /** The entry's form folded (foldForm): computed once, it keys every map of the compile. */
  key: string
  /** Written for this language (true), or derived from another language's forms (false). */
  explicit: boolean
  /** A preferred form of this language: nothing may change it. */
  preferred: boolean
  path: string
}

const DEFAULT_WINDOW = 3

function toContext(source: ContextSource | undefined): Context | undefined {
  if (source === undefined) return undefined
  const lower = (words?: string[]) => (words && words.length > 0 ? new Set(words.map((w) => w.toLowerCase())) : undefined)
  return {
    requires: source.requires && source.requires.length > 0 ? source.requires : undefined,
    notFollowedBy: lower(source.notFollowedBy),
    notPrecededBy: lower(source.notPrecededBy),
    // As written: a word listed with a capital ("Major") holds only a word written with one.
    surnameAfter: source.surnameAfter && source.surnameAfter.length > 0 ? new Set(source.surnameAfter) : undefined,
    surnameAdjectives: lower(source.surnameAdjectives),
    personObjectAfter: lower(source.personObjectAfter),
    speakerAfter: lower(source.speakerAfter),
    speakerBefore: lower(source.speakerBefore),
    speakerAdverbs: lower(source.speakerAdverbs),
    sourceAfter: lower(source.sourceAfter),
    speakerTimes: lower(source.speakerTimes),
    sourceBefore: lower(source.sourceBefore),
    placeBefore: lower(source.placeBefore),
    relatives: lower(source.relatives),
    unsureEndings: lower(source.unsureEndings),
    determiners: lower(source.determiners),
    ageWords: lower(source.ageWords),
    prepositions: lower(source.prepositions),
    verbSecond: source.verbSecond === true ? true : undefined,
    pluralVerbs: lower(source.pluralVerbs),
    placeAfter: lower(source.placeAfter),
    unsureAfter: lower(source.unsureAfter),
    window: source.window ?? DEFAULT_WINDOW,
    doubt: source.doubt ? { words: new Set(source.doubt.words.map((w) => w.toLowerCase())), scope: source.doubt.scope ?? 'paragraph', ...(source.doubt.links && source.doubt.links.length > 0 ? { links: new Set(source.doubt.links.map((w) => w.toLowerCase())) } : {}), ...(source.doubt.single && source.doubt.single.length > 0 ? { single: new Set(source.doubt.single.map((w) => w.toLowerCase())) } : {}), ...(source.doubt.needsLink && source.doubt.needsLink.length > 0 ? { needsLink: new Set(source.doubt.needsLink.map((w) => w.toLowerCase())) } : {}) } : undefined,
    confirmedBy: source.confirmedBy && source.confirmedBy.length > 0 ? source.confirmedBy.map((w) => w.toLowerCase()) : undefined,
  }
}

interface Form {
  form: string
  context?: ContextSource
}

function forms(list: VariantSource[] | undefined): Form[] {
  return (list ?? []).map((v) => (typeof v === 'string' ? { form: v } : { form: formOf(v), context: v.context }))
}

function givenOf(f: FormsSource): string | undefined {
  return f.preferred !== undefined && f.surname !== undefined ? f.preferred.slice(0, -f.surname.length - 1) : undefined
}

/** Every form the concept writes for languages other than `language`, by role. */
function foreignForms(concept: ConceptSource, language: string) {
  const full: Form[] = []
  const given: Form[] = []
  const surnames: Form[] = []
  for (const [other, f] of Object.entries(concept.forms)) {
    if (other === language) continue
    if (concept.kind === 'person') {
      const g = givenOf(f)
      if (g !== undefined) given.push({ form: g })
      if (f.surname !== undefined) surnames.push({ form: f.surname })
      given.push(...forms(f.givenVariants))
      surnames.push(...forms(f.surnameVariants))
    } else if (f.preferred !== undefined) full.push({ form: f.preferred })
    full.push(...forms(f.variants))
  }
  return { full, given, surnames }
}

/** ".variants[2]": the first few of each list written once, so that a form's path is one concatenation. */
const LIST_PATHS = { variants: [] as string[], exceptions: [] as string[] }
for (let i = 0; i < 16; i++) for (const list of ['variants', 'exceptions'] as const) LIST_PATHS[list].push(`.${list}[${i}]`)
const listPath = (list: 'variants' | 'exceptions', i: number) => LIST_PATHS[list][i] ?? `.${list}[${i}]`

function keepOf(concept: ConceptSource, form: string, path: string, isPreferred: boolean, key: string, requires?: readonly string[]): Candidate {
  return { entry: requires === undefined ? { kind: 'keep', concept: concept.id, form } : { kind: 'keep', concept: concept.id, form, requires }, key, explicit: isPreferred, preferred: isPreferred, path }
}

/**
 * The `requires` of a variant of the concept, in any language, whose spelling folds to `key`
 * (the first such in the concept's order of languages), if one has any: a right form written as
 * such a variant elsewhere is as ambiguous here (KeepEntry.requires). German "Odessa" is English's
 * variant for the city in copy about Ukraine, as Odessa, Texas is also written so. Only variants
 * with a `requires` are folded: a few forms in the news glossary.
 */
function variantRequires(concept: ConceptSource, key: string, fold: (form: string) => string): readonly string[] | undefined {
  const shared = concept.context?.requires
  for (const f of Object.values(concept.forms)) {
    const variants = f.variants
    if (variants === undefined) continue
    for (const v of variants) {
      const requires = (typeof v === 'string' ? undefined : v.context?.requires) ?? shared
      if (requires === undefined || requires.length === 0) continue
      if (fold(typeof v === 'string' ? v : formOf(v)) === key) return requires
    }
  }
  return undefined
}

function variantOf(concept: ConceptSource, form: string, context: ContextSource | undefined, replacement: string, rule: RuleCode, explicit: boolean, path: string, key: string): Candidate {
  return {
    entry: { kind: 'variant', concept: concept.id, form, replacement, rule, context: toContext(context ?? concept.context) },
    key, explicit, preferred: false, path,
  }
}

/**
 * The candidates one concept contributes to the matcher of `language`. Runs once per concept
 * and language (half a million forms for 100,000 concepts): plain loops over the source, no
 * closures or intermediate lists on the common path.
 */
export function expandConcept(concept: ConceptSource, language: string, fold: (form: string) => string): Candidate[] {
  const own = concept.forms[language]
  const preferred = own?.preferred
  if (preferred === undefined || own === undefined) return mentionsOnly(concept, fold)
  const out: Candidate[] = []
  const base = `${concept.id}.forms.${language}`
  const preferredKey = fold(preferred)
  out.push(keepOf(concept, preferred, `${base}.preferred`, true, preferredKey, hasForeignForms(concept, language) ? variantRequires(concept, preferredKey, fold) : undefined))
  const exceptions = own.exceptions
  if (exceptions !== undefined) {
    for (let i = 0; i < exceptions.length; i++) {
      const form = exceptions[i]!
      out.push({ entry: { kind: 'exception', concept: concept.id, form }, key: fold(form), explicit: true, preferred: false, path: base + listPath('exceptions', i) })
    }
  }
  // The keys no derived form may take: the preferred form's and the exceptions'.
  const writtenKeys = out.length
  const variants = own.variants
  if (variants !== undefined) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[i]!
      const form = typeof v === 'string' ? v : formOf(v)
      out.push(variantOf(concept, form, typeof v === 'string' ? undefined : v.context, preferred, 'preferred-form', true, base + listPath('variants', i), fold(form)))
    }
  }
  // A concept written for this language only (most), and not a person's with a surname, derives nothing.
  const foreign = hasForeignForms(concept, language)
  const surname = concept.kind === 'person' ? own.surname : undefined
  if (foreign || surname !== undefined) addDerived(concept, language, own, base, out, writtenKeys, foreign, fold)
  return out
}

/**
 * The entries and keys of `expandConcept(concept, language, foldForm)`'s candidates, in the same
 * order, for a concept that only writes its forms (`writesOnly`), written into `entries` and
 * `keys` from index 0, each key's FNV-1a and words (keyHash's) into `hashes` and `words`, noted
 * as the form is folded (`foldedKey`); returns how many. The same objects' fields, without the candidate around
 * each entry or its path string. The compile holds such a concept's forms as their entries
 * (resolve.ts) and re-creates a candidate only where another claims its form: made for every
 * form and dropped, the candidates and paths were a million objects for 100,000 concepts. The
 * lists are the caller's, reused for every concept: written by index, not emptied and pushed,
 * which gave each a new backing store per concept (15–30 MB of garbage for 100,000 concepts).
 */
export function writtenEntries(concept: ConceptSource, language: string, entries: Entry[], keys: string[], hashes: number[], words: number[]): number {
  const own = concept.forms[language]!
  const preferred = own.preferred!
  entries[0] = { kind: 'keep', concept: concept.id, form: preferred }
  keys[0] = foldedKey(preferred)
  hashes[0] = foldedHash
  words[0] = keyWords
  let n = 1
  const exceptions = own.exceptions
  if (exceptions !== undefined) {
    for (let i = 0; i < exceptions.length; i++) {
      const form = exceptions[i]!
      entries[n] = { kind: 'exception', concept: concept.id, form }
      keys[n] = foldedKey(form)
      hashes[n] = foldedHash
      words[n++] = keyWords
    }
  }
  const variants = own.variants
  if (variants !== undefined) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[i]!
      const form = typeof v === 'string' ? v : formOf(v)
      entries[n] = { kind: 'variant', concept: concept.id, form, replacement: preferred, rule: 'preferred-form', context: toContext((typeof v === 'string' ? undefined : v.context) ?? concept.context) }
      keys[n] = foldedKey(form)
      hashes[n] = foldedHash
      words[n++] = keyWords
    }
  }
  return n
}

/**
 * Whether the concept's candidates in `language` are only the forms it writes there (its
 * preferred form, variants and exceptions): none derived from its other languages or from a
 * person's names. Those derived ones often fold alike with each other and with the written
 * ones (news: most concepts, in every language), the written ones of different concepts
 * almost never.
 */
export function writesOnly(concept: ConceptSource, language: string): boolean {
  const own = concept.forms[language]
  return own?.preferred !== undefined && !(concept.kind === 'person' && own.surname !== undefined) && !hasForeignForms(concept, language)
}

function hasForeignForms(concept: ConceptSource, language: string): boolean {
  for (const other in concept.forms) if (other !== language) return true
  return false
}

/** No house style here: every form of the concept is only a mention that protects its span. */
function mentionsOnly(concept: ConceptSource, fold: (form: string) => string): Candidate[] {
  const out: Candidate[] = []
  for (const [other, f] of Object.entries(concept.forms)) {
    for (const form of [f.preferred, f.surname, ...forms(f.variants).map((v) => v.form)]) {
      if (form === undefined) continue
      const key = fold(form)
      out.push(keepOf(concept, form, `${concept.id}.forms.${other}`, false, key, variantRequires(concept, key, fold)))
    }
  }
  return out
}

/**
 * The forms derived from the concept's other languages and from a person's names, appended to
 * `out` (whose first `writtenKeys` are the written forms no derived one may take). Out of
 * line, as the rare case it is: inlined into the loop over every concept, these lists and
 * sets made `expandConcept` a large graph for the optimizing compiler (about 200 ms of its time).
 */
function addDerived(concept: ConceptSource, language: string, own: FormsSource, base: string, out: Candidate[], writtenKeys: number, hasForeign: boolean, fold: (form: string) => string): void {
  const preferred = own.preferred!
  const foreign = hasForeign ? foreignForms(concept, language) : undefined
  const surname = concept.kind === 'person' ? own.surname : undefined
  const taken = new Set(out.slice(0, writtenKeys).map((c) => c.key))
  if (foreign !== undefined) {
    for (const f of foreign.full) {
      const key = fold(f.form)
      if (!taken.has(key)) out.push(variantOf(concept, f.form, f.context, preferred, 'translation-leak', false, `${base} (from another language: "${f.form}")`, key))
    }
  }
  if (surname === undefined) return
  const others = foreign ?? { full: [], given: [], surnames: [] }

  const surnameKey = fold(surname)
  taken.add(surnameKey)
  out.push(keepOf(concept, surname, `${base}.surname`, true, surnameKey))
  const given = [{ form: givenOf(own)! }, ...forms(own.givenVariants)]
  const surnames: [Form, RuleCode, boolean][] = [
    [{ form: surname }, 'preferred-form', true],
    ...forms(own.surnameVariants).map((f): [Form, RuleCode, boolean] => [f, 'preferred-surname', true]),
    ...others.surnames.filter((f) => !taken.has(fold(f.form))).map((f): [Form, RuleCode, boolean] => [f, 'translation-leak', false]),
  ]
  for (const [f, rule, explicit] of surnames.slice(1)) {
    out.push(variantOf(concept, f.form, f.context, surname, rule, explicit, explicit ? `${base}.surnameVariants` : `${base} (from another language: "${f.form}")`, fold(f.form)))
  }
  const givens: [Form, boolean][] = [...given.map((g): [Form, boolean] => [g, true]), ...others.given.map((g): [Form, boolean] => [g, false])]
  for (const [g, givenExplicit] of givens) {
    for (const [s, rule, surnameExplicit] of surnames) {
      const form = `${g.form} ${s.form}`
      const key = fold(form)
      if (taken.has(key)) continue
      const explicit = givenExplicit && surnameExplicit
      const fullRule: RuleCode = explicit ? 'preferred-form' : rule === 'translation-leak' || !givenExplicit ? 'translation-leak' : 'preferred-form'
      out.push(variantOf(concept, form, s.context, preferred, fullRule, explicit, `${base} (full name "${form}")`, key))
    }
  }
}
