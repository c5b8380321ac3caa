import { createMatcher, matcherTables, type Matcher, type MatcherOptions } from '../match/matcher.js'
import { SPACE, foldForm, foldUnit, isSpaceUnit, isWordAt, isWordUnit } from '../text/chars.js'
import type { CompiledGlossary } from './compiled.js'
import { compileCaseRules, withCases } from './cases.js'
import { closeUnderReplacement } from './close.js'
import { addSpacedSpellings } from './compound.js'
import { expandConcept, writesOnly, writtenEntries } from './expand.js'
import { checkInflected, inflectCandidates, type Inflected } from './inflect.js'
import { GlossaryError, type GlossaryIssue } from './glossary-error.js'
import { CandidatesByForm, resolveEntries } from './resolve.js'
import type { ConceptSource, GlossarySource, LanguageRulesSource } from './source.js'
import { cueTokens, indexCues, type Cue } from '../match/cues.js'
import { buildTrie, type Trie } from '../match/trie.js'
import type { LanguageRules } from '../match/decide.js'
import type { Entry } from '../match/entry.js'
import { validateIndexed } from './validate.js'
import { keyFacts, VARIANT, type KeyFacts } from '../match/key-facts.js'
import { contentVersionWithout } from './version.js'
import { FNV_SEED, fnvStep } from '../text/hash.js'

export interface CompileOptions extends MatcherOptions {
  /**
   * Build each language's matcher on first use instead of now. For glossaries that
   * `npm run build:glossaries` already compiled and tested (the bundled ones): the structure is
   * still checked now, but a service with several profiles and seven languages starts without
   * building matchers for languages no request asks for. Default false: every language is
   * built and checked here, and every problem throws now.
   */
  lazy?: boolean
  /**
   * For a profile: its compiled base. A language whose entries the profile does not change
   * (AP overrides English only, and its English forms leak nowhere new) reuses the base's
   * matcher instead of building an identical one.
   */
  base?: CompiledGlossary
}

/**
 * Validates a glossary and builds one matcher per language. Throws a GlossaryError that
 * names the file and entry of every problem. Runs once per process, never per request.
 */
export function compileGlossary(source: GlossarySource, options: CompileOptions = {}): CompiledGlossary {
  const { lazy: _lazy, base: _base, ...matcherOptions } = options
  const { issues, byId: concepts } = validateIndexed(source)
  if (issues.length > 0) throw new GlossaryError(String(source.id), issues)
  const fileOf = (id: string) => concepts.get(id)?.file ?? `glossary ${source.id}`
  const build = (language: string, issues: GlossaryIssue[]): Matcher => {
    const { trie, keys, facts } = languageTrie(source, language, fileOf, issues)
    const matcher = createMatcher(language, trie, languageRulesFor(source.languageRules?.[language]), matcherOptions, matcherTables(trie, matcherOptions, keys, facts))
    checkStable(matcher, variantFilter(trie.entries, keys, facts), source.concepts, language, fileOf, issues)
    return matcher
  }
  const matchers = new Map<string, Matcher>()
  const shared = (language: string): Matcher | undefined =>
    options.base !== undefined && sameEntries(source, options.base, language) ? options.base.matcherFor(language) : undefined
  if (!options.lazy) {
    for (const language of source.languages) matchers.set(language, shared(language) ?? build(language, issues))
    if (issues.length > 0) throw new GlossaryError(source.id, issues)
  }
  const matcherFor = (language: string): Matcher | undefined => {
    let matcher = matchers.get(language)
    if (matcher === undefined && source.languages.includes(language)) {
      const found: GlossaryIssue[] = []
      matcher = shared(language) ?? build(language, found)
      if (found.length > 0) throw new GlossaryError(source.id, found)
      matchers.set(language, matcher)
    }
    return matcher
  }
  return {
    id: source.id,
    version: glossaryVersion(source),
    name: source.name,
    fallbackLanguage: source.fallbackLanguage,
    languages: [...source.languages],
    concepts,
    source,
    matcherFor,
  }
}

/** The content version of a glossary: its concepts without their file names, and everything else of the source. */
export function glossaryVersion(source: GlossarySource): string {
  return contentVersionWithout(source.concepts, 'file', { ...source, concepts: [] })
}

/**
 * The trie of one language's forms, by the steps every compile takes (precompiled.ts builds
 * the artifact with it too): candidates resolved per folded form, closed under replacement,
 * then the trie; `keys` are the entries' folded forms, `facts` what the grouping noted of each
 * entry and key (see KeyFacts), in the trie's entries' order.
 */
export function languageTrie(source: GlossarySource, language: string, fileOf: (concept: string) => string, issues: GlossaryIssue[]): { trie: Trie; keys: readonly string[]; facts: KeyFacts } {
  const resolved = resolvedEntries(source, language, fileOf, issues)
  const { entries, keys, facts } = closeUnderReplacement(resolved.entries, resolved.keys, resolved.facts)
  return { trie: buildTrie(entries, keys), keys, facts }
}

/**
 * The entries of one language's matcher before the closure under replacement, each with its
 * folded form (`keys[i]` for `entries[i]`): every concept's forms expanded and inflected,
 * hyphenated compounds spelled with spaces, conflicts resolved (reported into `issues`).
 */
export function resolvedEntries(
  source: GlossarySource,
  language: string,
  fileOf: (concept: string) => string,
  issues: GlossaryIssue[],
): { entries: Entry[]; keys: readonly string[]; facts: KeyFacts } {
  const classes = source.languageRules?.[language]?.inflections
  const cases = source.languageRules?.[language]?.cases
  const concepts = source.concepts
  const expand = (c: number) => withCases(concepts[c]!, language, expandConcept(concepts[c]!, language, foldForm), cases)
  // A concept has a handful of forms: sized once, the table rarely grows. The candidates of a
  // concept that only writes its forms (no derived ones) are held as their entries while no
  // other candidate claims the same form; one that another claims has its concept expanded
  // again (the same steps, the same candidates; once a concept). Derived forms collide too often
  // for that (news: nearly every concept, every language, which expanded twice took 15 % longer).
  const byForm = new CandidatesByForm(4 * concepts.length, expand)
  const generated: Inflected[] = []
  // A concept that only writes its forms, in a language without inflection classes or cases
  // (which read every candidate), is added as its entries and keys, with the keys' facts noted
  // as they are folded (reused lists).
  const plain = classes === undefined && cases === undefined
  const entries: Entry[] = []
  const keys: string[] = []
  const hashes: number[] = []
  const words: number[] = []
  // Indexed loops: 100,000 concepts, half a million forms.
  for (let c = 0; c < concepts.length; c++) {
    const concept = concepts[c]!
    const origin = writesOnly(concept, language) ? c : -1
    if (plain && origin >= 0) {
      const written = writtenEntries(concept, language, entries, keys, hashes, words)
      for (let k = 0; k < written; k++) byForm.addFoldedEntry(entries[k]!, keys[k]!, hashes[k]!, words[k]!, c, k)
    } else {
      const candidates = expand(c)
      for (let k = 0; k < candidates.length; k++) byForm.add(candidates[k]!, origin, k)
      if (classes !== undefined) generated.push(...inflectCandidates(concept, language, candidates, classes))
    }
    const inflect = concept.forms[language]?.inflect
    if (inflect !== undefined && inflect !== null) {
      for (const id of Object.keys(inflect)) {
        if (classes?.[id] === undefined) issues.push({ file: fileOf(concept.id), path: `${concept.id}.forms.${language}.inflect.${id}`, message: `no inflection class "${id}" for ${language}` })
      }
    }
  }
  // Generated forms are checked against every written form of every concept, then added.
  for (const candidate of checkInflected(generated, byForm, language, fileOf, issues)) byForm.add(candidate)
  addSpacedSpellings(byForm, foldForm)
  return resolveEntries(byForm, language, fileOf, issues)
}

/** What the decision layer knows of a language: its cues, indexed, and its elided articles. */
export function languageRulesFor(rules: LanguageRulesSource | undefined): LanguageRules {
  const cues = indexCues(compileCues(rules))
  const elision = rules?.elision
  const cases = compileCaseRules(rules?.cases)
  const withCases = cases !== undefined ? { cases } : {}
  // The conjunctions of a list of names; a language with cases names them once, for both rules.
  const joining = (rules?.coordinators ?? rules?.cases?.coordinators ?? []).filter((word) => word !== ',').map((word) => word.toLowerCase())
  const withCoordinators = joining.length > 0 ? { coordinators: joining } : {}
  // The words that mention a concept without naming it, lower case: hasWord reads them so.
  const mentions = Object.entries(rules?.mentions ?? {}).map(([concept, words]) => ({ concept, words: new Set(words.map((word) => word.toLowerCase())) }))
  const withMentions = mentions.length > 0 ? { mentions } : {}
  if (elision === undefined) return { cues, ...withCases, ...withCoordinators, ...withMentions }
  const lower = (list: string[]) => new Set(list.map((a) => a.toLowerCase().replace('’', "'")))
  return { cues, elision: { elided: lower(elision.elided), full: lower(elision.full), vowels: new Set([...elision.vowels.toLowerCase()]) }, ...withCases, ...withCoordinators, ...withMentions }
}

/** A language's cue groups as the decision layer reads them: one token sequence per phrase. */
function compileCues(rules: LanguageRulesSource | undefined): Cue[] {
  return (rules?.cues ?? []).flatMap((group) =>
    (['before', 'after'] as const).flatMap((side) =>
      (group[side] ?? []).map((phrase): Cue => {
        const cue: Cue = { side, tokens: cueTokens(phrase), gap: group.gap ?? 0, quoted: group.quoted ?? false, nameFollows: group.nameFollows ?? false, nameInside: group.nameInside ?? false, ...(group.spelling === true ? { spelling: true } : {}) }
        if (group.notAfterWords !== undefined && group.notAfterWords.length > 0) cue.notAfterWords = group.notAfterWords.map(cueTokens)
        if (group.notBeforeWords !== undefined && group.notBeforeWords.length > 0) cue.notBeforeWords = group.notBeforeWords.map(cueTokens)
        if (group.notFollowedBy !== undefined && group.notFollowedBy.length > 0) cue.notFollowedBy = group.notFollowedBy.map(cueTokens)
        return group.notAfterSpeaker !== undefined && group.notAfterSpeaker.length > 0 ? { ...cue, notAfterSpeaker: group.notAfterSpeaker.map(cueTokens) } : cue
      })))
}

/**
 * Whether `language` gets exactly the base's entries: same concepts in the same order, and
 * every concept the profile changed expands to the same entries in this language, in any order.
 * Only the changed concepts are expanded, so the check costs a fraction of a build.
 */
function sameEntries(source: GlossarySource, base: CompiledGlossary, language: string): boolean {
  if (!base.languages.includes(language) || source.concepts.length !== base.concepts.size) return false
  // The language's cues and inflection classes shape the matcher too.
  if (source.languageRules?.[language] !== base.source.languageRules?.[language]) return false
  // As a sorted list: AP's English Zelenskyy forms leak the same names as news' Zelensky ones,
  // listed in another order.
  const entries = (concept: ConceptSource) => expandConcept(concept, language, foldForm)
    .map((c) => JSON.stringify(c.entry, (_key, value: unknown) => (value instanceof Set ? [...value].sort() : value)))
    .sort()
    .join('\n')
  let i = 0
  for (const baseConcept of base.concepts.values()) {
    const concept = source.concepts[i++]!
    if (concept === baseConcept) continue
    if (concept.id !== baseConcept.id || entries(concept) !== entries(baseConcept)) return false
    const inflect = (c: ConceptSource) => JSON.stringify([c.forms[language]?.inflect ?? null, c.forms[language]?.cases ?? null])
    if (inflect(concept) !== inflect(baseConcept)) return false
  }
  return true
}

/**
 * A preferred form must come out of normalization as it went in. Only a variant found in the
 * form can change it, so the matcher (its scan, its decisions) runs only on a form that may
 * contain one (`variantFilter`): a few forms, not one per concept.
 */
function checkStable(matcher: Matcher, mayChange: (text: string) => boolean, concepts: ConceptSource[], language: string, fileOf: (id: string) => string, issues: GlossaryIssue[]): void {
  // The few forms the filter lets through are matched after the loop over every concept: with
  // the matcher's find called inside it, the optimizing compiler inlined the matcher into the
  // loop, a graph that took it tens of milliseconds to compile for a loop of simple tests.
  const suspects: [concept: ConceptSource, key: 'preferred' | 'surname'][] = []
  for (let c = 0; c < concepts.length; c++) {
    const concept = concepts[c]!
    const own = concept.forms[language]
    if (own === undefined) continue
    if (own.preferred !== undefined && mayChange(own.preferred)) suspects.push([concept, 'preferred'])
    if (own.surname !== undefined && mayChange(own.surname)) suspects.push([concept, 'surname'])
  }
  for (const [concept, key] of suspects) {
    const form = concept.forms[language]![key]!
    for (const change of matcher.find(form)) {
      issues.push({
        file: fileOf(concept.id),
        path: `${concept.id}.forms.${language}.${key}`,
        message: `"${form}" would be changed again: "${change.original}" → "${change.replacement}" by concept ${change.concept} (${language})`,
      })
    }
  }
}

/**
 * A test of whether the matcher may find a variant in a text, for the stability check: the
 * folded forms of the variants, hashed (FNV-1a, 30 bits), and each run of units from a word
 * start of the text hashed as the matcher would walk it (units folded, a whitespace run one
 * space) and looked up where the matcher lets a form end. A superset of the matcher's
 * candidates: casing, context, protected spans and the longest-match rule only take hits
 * away, and a hash only adds collisions, so `false` means the matcher finds no variant in
 * the text, hence no change.
 */
export function variantFilter(entries: readonly Entry[], keys: readonly string[], facts: KeyFacts = keyFacts(entries, keys)): (text: string) => boolean {
  // The hashes in an open-addressing table (1 + hash, 0 empty): a Set of 300,000 numbers
  // was a fifth of the check's time and 20 MB of garbage. The variants and their keys' hashes
  // are read from the facts the grouping noted: neither an entry nor a key is read here.
  const { flags, hashes } = facts
  let variants = 0
  for (let e = 0; e < flags.length; e++) if ((flags[e]! & VARIANT) !== 0) variants++
  let size = 16
  while (size < 2 * variants) size *= 2
  const table = new Int32Array(size)
  const mask = size - 1
  const add = (hash: number) => {
    let slot = hash & mask
    while (table[slot] !== 0 && table[slot] !== hash + 1) slot = (slot + 1) & mask
    table[slot] = hash + 1
  }
  const has = (hash: number): boolean => {
    for (let slot = hash & mask; table[slot] !== 0; slot = (slot + 1) & mask) if (table[slot] === hash + 1) return true
    return false
  }
  let longest = 0
  for (let e = 0; e < flags.length; e++) {
    if ((flags[e]! & VARIANT) === 0) continue
    add(hashes[e]! & SMI_BITS)
    // A string's length is in its header: the key's units are not read.
    const length = keys[e]!.length
    if (length > longest) longest = length
  }
  // Each unit of a text read once into scratch lists (its fold; whether it is a word unit, a
  // space, and where a word goes on at it, isWordAt), which the walks from each word start then
  // read: a call or three a unit (isWordUnit, foldUnit, isSpaceUnit, formMayEndAt's isWordAt)
  // were made again at every unit of every walk, 270 ns a one-word preferred form.
  let folded = new Uint16Array(64)
  let units = new Uint8Array(65)
  return (text) => {
    const length = text.length
    if (length >= units.length) {
      folded = new Uint16Array(2 * length)
      units = new Uint8Array(2 * length + 1)
    }
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i)
      const word = isWordUnit(code)
      folded[i] = foldUnit(code)
      units[i] = (word ? WORD_UNIT : 0) | (isSpaceUnit(code) ? SPACE_UNIT : 0) | ((code >= 0xd800 && code <= 0xdbff ? isWordAt(text, i) : word) ? WORD_GOES_ON : 0)
    }
    units[length] = 0
    for (let start = 0; start < length; start++) {
      // The matcher starts only at a word unit after a non-word one (or the text's start).
      if ((units[start]! & WORD_UNIT) === 0 || (start > 0 && (units[start - 1]! & WORD_UNIT) !== 0)) continue
      let hash = FNV_SEED
      let i = start
      for (let walked = 0; walked < longest && i < length; walked++) {
        let code: number
        if ((units[i]! & SPACE_UNIT) !== 0) {
          while (i < length && (units[i]! & SPACE_UNIT) !== 0) i++
          code = SPACE
        } else code = folded[i++]!
        hash = fnvStep(hash, code)
        // Where the matcher lets a form end: formMayEndAt(text, i), read off the lists.
        const mayEnd = ((units[i - 1]! & WORD_UNIT) === 0 && folded[i - 1] !== APOSTROPHE) || (units[i]! & WORD_GOES_ON) === 0
        if (mayEnd && has(hash & SMI_BITS)) return true
      }
    }
    return false
  }
}

/** The variant filter's lists per unit: a word unit, whitespace, a word going on at it (isWordAt). */
const WORD_UNIT = 1
const SPACE_UNIT = 2
const WORD_GOES_ON = 4
const APOSTROPHE = 0x27

/** A hash kept to 30 bits is a small integer to V8: no number boxed per lookup. */
const SMI_BITS = 0x3fffffff
