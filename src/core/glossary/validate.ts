import { REASON_CODES } from '../normalize/change.js'
import type { GlossaryIssue } from './glossary-error.js'
import type { ArticlesSource, CasesSource, ConceptSource, ContextSource, FormsSource, GlossarySource, LanguageRulesSource, VariantSource } from './source.js'

const LANGUAGE = /^[a-z]{2,3}$/
const ID = /^[a-z0-9][a-z0-9_-]*$/
const KINDS = new Set(['place', 'person', 'landmark', 'organization', 'institution', 'region', 'term'])
const HAS_WORD = /[\p{L}\p{N}]/u
export const KEYS = {
  glossary: ['id', 'name', 'description', 'fallbackLanguage', 'languages', 'concepts', 'languageRules', 'extends', 'overrides'],
  languageRules: ['cues', 'inflections', 'elision', 'cases', 'articles', 'definiteArticles', 'nounPhraseEnds', 'nounComplements', 'coordinators', 'mentions', 'file'],
  articles: ['spellings', 'prepositions', 'why'],
  cases: ['names', 'governors', 'coordinators', 'sameAsNominative', 'why'],
  governor: ['words', 'cases', 'kinds', 'why'],
  sameAsNominative: ['cases', 'kinds', 'why'],
  caseForm: ['form', 'variants', 'governedVariants'],
  elision: ['elided', 'full', 'vowels', 'why'],
  cue: ['before', 'after', 'gap', 'quoted', 'nameFollows', 'nameInside', 'notAfterSpeaker', 'notAfterWords', 'notBeforeWords', 'notFollowedBy', 'spelling', 'why'],
  inflection: ['suffix', 'kinds', 'confident', 'notAfter', 'why'],
  concept: ['id', 'kind', 'note', 'sources', 'forms', 'context', 'protect', 'omitted', 'examples', 'file'],
  forms: ['preferred', 'surname', 'variants', 'surnameVariants', 'givenVariants', 'exceptions', 'inflect', 'cases', 'article'],
  variant: ['form', 'context', 'note'],
  context: ['requires', 'notFollowedBy', 'notPrecededBy', 'surnameAfter', 'surnameAdjectives', 'personObjectAfter', 'speakerAfter', 'speakerBefore', 'speakerAdverbs', 'speakerTimes', 'sourceAfter', 'sourceBefore', 'placeBefore', 'relatives', 'unsureEndings', 'determiners', 'ageWords', 'prepositions', 'verbSecond', 'pluralVerbs', 'placeAfter', 'unsureAfter', 'window', 'doubt', 'confirmedBy'],
  doubt: ['words', 'scope', 'links', 'single', 'needsLink'],
  omitted: ['form', 'language', 'why'],
  examples: ['change', 'keep', 'suggest'],
} as const

/**
 * A misspelt key ("varients") would silently drop data: report it. The keys are read by for-in,
 * not Object.keys: no array per object (two objects a concept); an inherited key (one a library
 * gave Object's prototype) is not the draft's, and own keys come in Object.keys's order.
 */
function unknownKeys(value: object, allowed: readonly string[], path: string, at: (path: string, message: string) => void): void {
  for (const key in value) {
    if (!allowed.includes(key) && Object.hasOwn(value, key)) at(path ? `${path}.${key}` : key, `unknown key "${key}" (expected one of ${allowed.join(', ')})`)
  }
}

/** Whether `unknownKeys` has anything to report: asked first where its path would be spelled for every concept. */
function hasUnknownKey(value: object, allowed: readonly string[]): boolean {
  for (const key in value) {
    if (!allowed.includes(key) && Object.hasOwn(value, key)) return true
  }
  return false
}

/** Structural checks: everything the expansion step relies on. Returns every issue found. */
export function validateSource(glossary: GlossarySource): GlossaryIssue[] {
  return validateIndexed(glossary).issues
}

/**
 * `validateSource`, with the concepts by id that the checks index anyway (the first of an id
 * used twice): what the compile keeps as the glossary's `concepts`, not a second map of
 * 100,000 ids built after this one.
 */
export function validateIndexed(glossary: GlossarySource): { issues: GlossaryIssue[]; byId: Map<string, ConceptSource> } {
  const issues: GlossaryIssue[] = []
  const byId = new Map<string, ConceptSource>()
  const glossaryFile = `glossary ${shown(glossary.id)}`
  const top = (path: string, message: string): void => void issues.push({ file: glossaryFile, path, message })
  unknownKeys(glossary, KEYS.glossary, '', top)
  if (typeof glossary.id !== 'string' || !ID.test(glossary.id)) top('id', 'must be lower-case letters, digits, "-" or "_"')
  if (!Array.isArray(glossary.languages) || glossary.languages.length === 0) top('languages', 'must list at least one language')
  else glossary.languages.forEach((l, i) => void (LANGUAGE.test(shown(l)) || top(`languages[${i}]`, `"${shown(l)}" is not a language code like "en"`)))
  if (!Array.isArray(glossary.languages) || !glossary.languages.includes(glossary.fallbackLanguage)) top('fallbackLanguage', `"${shown(glossary.fallbackLanguage)}" must be one of languages`)
  if (!Array.isArray(glossary.concepts)) {
    top('concepts', 'must be a list')
    return { issues, byId }
  }
  const ids = byId
  for (let c = 0; c < glossary.concepts.length; c++) {
    const concept = glossary.concepts[c]!
    if (typeof concept?.id === 'string' && ids.has(concept.id)) top(`${concept.id}`, 'concept id is used twice')
    else ids.set(concept?.id, concept)
  }
  if (isMap(glossary.languageRules)) for (const [language, rules] of Object.entries(glossary.languageRules)) validateLanguageRules(language, rules, glossary, issues)
  else if (glossary.languageRules !== undefined) top('languageRules', 'must map languages to their rules, like {de: {cues: [...]}}')
  // One reporter for every concept, told which concept it reports for: a closure made per
  // concept (100,000 of them) cost more than the checks of most concepts, under tsx a name
  // defined on each too.
  const current: ConceptAt = { file: glossaryFile, id: '?' }
  const at: At = (path, message) => void issues.push({ file: current.file, path: `${current.id}${path}`, message })
  for (let c = 0; c < glossary.concepts.length; c++) {
    const concept = glossary.concepts[c]!
    current.file = concept?.file ?? glossaryFile
    current.id = typeof concept?.id === 'string' ? concept.id : shown(concept?.id ?? '?')
    validateConcept(concept, glossary, ids, at)
  }
  return { issues, byId }
}

/** `mentions`: concept ids of this glossary, each with single words (see LanguageRulesSource.mentions). */
function validateMentions(mentions: unknown, glossary: GlossarySource, at: (path: string, message: string) => void): void {
  if (!isMap(mentions)) return at('.mentions', 'must map concept ids to lists of words, like {ukraine: [Ukrainian]}')
  const ids = new Set((Array.isArray(glossary.concepts) ? glossary.concepts : []).map((c) => c?.id))
  for (const [id, words] of Object.entries(mentions)) {
    if (!ids.has(id)) at(`.mentions.${id}`, `no concept "${id}" in this glossary`)
    if (!Array.isArray(words) || words.length === 0 || words.some((w) => typeof w !== 'string' || !/^\p{L}+$/u.test(w))) at(`.mentions.${id}`, 'must list single words of letters, like [Ukrainian, Ukrainians]')
  }
}

function validateLanguageRules(language: string, rules: LanguageRulesSource, glossary: GlossarySource, issues: GlossaryIssue[]): void {
  // An upload may put anything at `file` (a list, a number): the issues name the glossary then.
  const file = typeof rules?.file === 'string' ? rules.file : `glossary ${shown(glossary.id)}`
  const at = (path: string, message: string): void => void issues.push({ file, path: `languageRules.${language}${path}`, message })
  if (!LANGUAGE.test(language)) at('', `"${language}" is not a language code like "en"`)
  if (rules === null || typeof rules !== 'object') return at('', 'must be an object with cues and inflections')
  unknownKeys(rules, KEYS.languageRules, '', at)
  const cues = listAt(rules.cues, '.cues', at)
  let phrases = 0
  for (const cue of cues) phrases += (Array.isArray(cue?.before) ? cue.before.length : 0) + (Array.isArray(cue?.after) ? cue.after.length : 0)
  if (phrases > MAX_CUE_PHRASES) at('.cues', `has ${phrases} phrases: a language's cues hold at most ${MAX_CUE_PHRASES}, since the words around every name found are searched for them`)
  for (const [i, cue] of cues.entries()) {
    const path = `.cues[${i}]`
    if (cue === null || typeof cue !== 'object') {
      at(path, 'must be an object with before or after')
      continue
    }
    unknownKeys(cue, KEYS.cue, path, at)
    if (cue.before === undefined && cue.after === undefined) at(path, 'needs before or after phrases')
    for (const side of ['before', 'after'] as const) {
      for (const [j, phrase] of listAt(cue[side], `${path}.${side}`, at).entries()) {
        if (typeof phrase !== 'string' || !HAS_WORD.test(phrase)) at(`${path}.${side}[${j}]`, 'must be a phrase with at least one word')
        else if (phrase.length > MAX_PHRASE_LENGTH) at(`${path}.${side}[${j}]`, phraseTooLong(phrase))
      }
    }
    if (cue.gap !== undefined && (!Number.isInteger(cue.gap) || cue.gap < 0 || cue.gap > 6)) at(`${path}.gap`, 'must be a whole number from 0 to 6')
    if (cue.quoted !== undefined && typeof cue.quoted !== 'boolean') at(`${path}.quoted`, 'must be true or false')
    if (cue.spelling !== undefined && typeof cue.spelling !== 'boolean') at(`${path}.spelling`, 'must be true (the phrase says how the name is spelled: its sentence discusses every form of it) or false')
    if (cue.nameFollows !== undefined) {
      if (typeof cue.nameFollows !== 'boolean') at(`${path}.nameFollows`, 'must be true (only where a form of the same concept follows the phrase) or false')
      // The words after a phrase before the name are the name itself (or the gap's words): nothing to ask.
      else if (cue.nameFollows && cue.before !== undefined) at(`${path}.nameFollows`, 'applies to phrases after the name: move the before phrases to a group of their own')
    }
    // Four lists of words in letters, each a word or a few apart by single spaces (cues.ts reads
    // them as tokens); notFollowedBy's may begin with a comma or a colon, the mark right after the name.
    const WORDS = /^\p{L}+(?: \p{L}+)*$/u
    const wordLists = [
      ['notAfterSpeaker', 'a verb of saying in letters, one or a few words apart by single spaces, like "a déclaré"', WORDS],
      ['notAfterWords', 'a word in letters, or a few apart by single spaces, like "in" or "aus dem"', WORDS],
      ['notBeforeWords', 'a word in letters, or a few apart by single spaces, like "out" or "the end"', WORDS],
      ['notFollowedBy', 'a word in letters, or a few apart by single spaces, the first of them may be a comma or a colon and a space, like "que", "en Telegram" or ", dass"; or a comma or a colon alone', /^(?:[,:] )?\p{L}+(?: \p{L}+)*$|^[,:]$/u],
    ] as const
    for (const [key, what, pattern] of wordLists) {
      if (cue[key] === undefined) continue
      for (const [j, word] of listAt(cue[key], `${path}.${key}`, at).entries()) {
        if (typeof word !== 'string' || !pattern.test(word) || word.length > MAX_PHRASE_LENGTH) at(`${path}.${key}[${j}]`, `must be ${what}`)
      }
    }
    // Before the name stands the phrase itself: a speaker only where it is the verb, right before the name.
    if (cue.notAfterSpeaker !== undefined && cue.before !== undefined && positive(cue.gap ?? 0)) at(`${path}.notAfterSpeaker`, 'applies to phrases after the name, or before it with gap 0 (the phrase\'s own verb): move the others to a group of their own')
    if (cue.notAfterWords !== undefined && cue.before !== undefined) at(`${path}.notAfterWords`, 'applies to phrases after the name: move the before phrases to a group of their own')
    // After the name stands the phrase itself: words right after it are the phrase's, or its gap's.
    if (cue.notFollowedBy !== undefined && cue.after !== undefined) at(`${path}.notFollowedBy`, 'applies to phrases before the name: move the after phrases to a group of their own')
    if (cue.nameInside !== undefined) {
      if (typeof cue.nameInside !== 'boolean') at(`${path}.nameInside`, 'must be true (only where the bracket the phrase opens holds a name) or false')
      else if (cue.nameInside && (cue.before !== undefined || !Array.isArray(cue.after) || !cue.after.every((phrase) => typeof phrase === 'string' && /^[([]/.test(phrase)))) {
        at(`${path}.nameInside`, 'applies to phrases after the name that open a bracket, like "(formerly": move the others to a group of their own')
      }
    }
  }
  if (rules.elision !== undefined) {
    const elision = rules.elision
    if (elision === null || typeof elision !== 'object') at('.elision', 'must be an object with elided, full and vowels')
    else {
      unknownKeys(elision, KEYS.elision, '.elision', at)
      if (!Array.isArray(elision.elided) || elision.elided.some((a) => typeof a !== 'string' || !/^\p{L}+['’]$/u.test(a))) at('.elision.elided', 'must list articles ending in an apostrophe, like "d\'"')
      if (!Array.isArray(elision.full) || elision.full.some((a) => typeof a !== 'string' || !/^\p{L}+$/u.test(a))) at('.elision.full', 'must list single words, like "de"')
      if (typeof elision.vowels !== 'string' || !/^\p{L}+$/u.test(elision.vowels)) at('.elision.vowels', 'must be a string of letters')
    }
  }
  if (rules.cases !== undefined) validateCases(rules.cases, at)
  if (rules.coordinators !== undefined && (!Array.isArray(rules.coordinators) || rules.coordinators.some((word) => typeof word !== 'string' || !/^\p{Ll}+$/u.test(word)))) at('.coordinators', 'must list single lower-case words, like "and"')
  if (rules.articles !== undefined) validateArticles(rules.articles, at)
  if (rules.mentions !== undefined) validateMentions(rules.mentions, glossary, at)
  if (rules.definiteArticles !== undefined && (!Array.isArray(rules.definiteArticles) || rules.definiteArticles.length === 0 || rules.definiteArticles.some((w) => typeof w !== 'string' || !/^\p{Ll}+$/u.test(w)))) {
    at('.definiteArticles', 'must list single words in lower case, like [the]')
  }
  if (rules.nounComplements !== undefined) {
    const complements = rules.nounComplements
    const lowerWords = (list: unknown) => Array.isArray(list) && list.length > 0 && list.every((w) => typeof w === 'string' && /^\p{Ll}+$/u.test(w))
    if (!isMap(complements)) at('.nounComplements', 'must be an object with prepositions, and optional notBefore')
    else {
      unknownKeys(complements, ['prepositions', 'notBefore'], '.nounComplements', at)
      if (!lowerWords(complements.prepositions)) at('.nounComplements.prepositions', 'must list single words in lower case, like [de, del]')
      if (complements.notBefore !== undefined && !lowerWords(complements.notBefore)) at('.nounComplements.notBefore', 'must list single words in lower case, like [nuevo, hecho]')
    }
  }
  if (rules.nounPhraseEnds !== undefined) {
    const ends = rules.nounPhraseEnds
    if (!isMap(ends)) at('.nounPhraseEnds', 'must be an object with words, and optional endings and except')
    else {
      unknownKeys(ends, ['words', 'endings', 'except'], '.nounPhraseEnds', at)
      const lowerWords = (list: unknown) => Array.isArray(list) && list.length > 0 && list.every((w) => typeof w === 'string' && /^\p{Ll}+$/u.test(w))
      if (!lowerWords(ends.words)) at('.nounPhraseEnds.words', 'must list single words in lower case, like [of, was]')
      if (ends.endings !== undefined && !lowerWords(ends.endings)) at('.nounPhraseEnds.endings', 'must list word endings in lower case, like [ed]')
      if (ends.except !== undefined && !lowerWords(ends.except)) at('.nounPhraseEnds.except', 'must list single words in lower case, like [hundred]')
    }
  }
  if (rules.inflections !== undefined && !isMap(rules.inflections)) at('.inflections', 'must map class names to {suffix, kinds, confident}')
  for (const [id, inflection] of Object.entries(isMap(rules.inflections) ? rules.inflections : {})) {
    const path = `.inflections.${id}`
    if (inflection === null || typeof inflection !== 'object') {
      at(path, 'must be an object with suffix, kinds and confident')
      continue
    }
    unknownKeys(inflection, KEYS.inflection, path, at)
    if (typeof inflection.suffix !== 'string' || !/^[\p{L}]+$/u.test(inflection.suffix)) at(`${path}.suffix`, 'must be letters, like "s" or "er"')
    if (!Array.isArray(inflection.kinds) || inflection.kinds.some((k) => !KINDS.has(k))) at(`${path}.kinds`, `must list kinds among ${[...KINDS].join(', ')}`)
    if (typeof inflection.confident !== 'boolean') at(`${path}.confident`, 'must be true (the inflected replacement is house style) or false (only suggested)')
    if (inflection.notAfter !== undefined && (!Array.isArray(inflection.notAfter) || inflection.notAfter.some((end) => typeof end !== 'string' || !/^\p{L}+$/u.test(end)))) at(`${path}.notAfter`, 'must list endings the suffix does not follow, in letters, like [s, x, z]')
  }
}

/** The concept `validateSource`'s reporter reports for: its file (or the glossary's) and id. */
interface ConceptAt {
  file: string
  id: string
}

/** `at` reports for this concept (in its file, paths from its id). */
function validateConcept(concept: ConceptSource, glossary: GlossarySource, ids: ReadonlyMap<string, ConceptSource>, at: At): void {
  if (typeof concept?.id !== 'string' || !ID.test(concept.id)) return at('', 'concept needs an id of lower-case letters, digits, "-" or "_"')
  unknownKeys(concept, KEYS.concept, '', at)
  if (!KINDS.has(concept.kind)) at('.kind', `must be one of ${[...KINDS].join(', ')}`)
  if (concept.note !== undefined) validateNote(concept.note, '.note', at)
  if (concept.protect !== undefined && typeof concept.protect !== 'boolean') at('.protect', 'must be true or false')
  if (concept.forms === null || typeof concept.forms !== 'object') return at('.forms', 'must map languages to forms')
  const person = concept.kind === 'person'
  if (concept.context !== undefined) validateContext(concept.context, '.context', ids, at)
  // By for-in, as unknownKeys; the path of a language's issues is spelled only for an issue.
  const byLanguage = concept.forms
  for (const language in byLanguage) {
    if (!Object.hasOwn(byLanguage, language)) continue
    const forms = byLanguage[language]!
    if (!LANGUAGE.test(language)) at(`.forms.${language}`, `"${language}" is not a language code like "en"`)
    if (forms === null || typeof forms !== 'object') {
      at(`.forms.${language}`, 'must be an object with preferred, variants, exceptions')
      continue
    }
    if (hasUnknownKey(forms, KEYS.forms)) unknownKeys(forms, KEYS.forms, `.forms.${language}`, at)
    validateForms(forms, language, person, ids, at)
    if (forms.cases !== undefined || forms.article !== undefined) languageFormsRules(forms, language, glossary, at)
  }
  // Out of line, rare as they are: inlined, they made this function, run for every concept,
  // a graph that took Turbofan 100–200 ms to compile.
  if (concept.omitted !== undefined) validateOmitted(concept, at)
  if (concept.examples !== undefined) validateExamples(concept, glossary, at)
}

/** A language's case forms and article, read with the language's rules. */
function languageFormsRules(forms: FormsSource, language: string, glossary: GlossarySource, at: At): void {
  const path = `.forms.${language}`
  if (forms.cases !== undefined) validateCaseForms(forms, path, glossary.languageRules?.[language]?.cases, at)
  if (forms.article !== undefined) {
    const rules = glossary.languageRules?.[language]
    const spellings = rules?.articles?.spellings
    // false: the name takes no article, which needs the language's articles to know what to drop.
    if (forms.article === false) {
      if (!isMap(spellings) && rules?.definiteArticles === undefined) at(`${path}.article`, `false needs the language's articles (languages/${language}.yaml: articles or definiteArticles)`)
    } else if (typeof forms.article !== 'string' || !isMap(spellings) || !Object.hasOwn(spellings, forms.article)) at(`${path}.article`, `"${shown(forms.article)}" is not an article of the language (languages/${language}.yaml: articles)`)
  }
}

/** A concept's omitted forms: each a form, with why, and not listed as a variant too. */
function validateOmitted(concept: ConceptSource, at: At): void {
  for (const [i, omitted] of listAt(concept.omitted, '.omitted', at).entries()) {
    const path = `.omitted[${i}]`
    if (omitted !== null && typeof omitted === 'object') unknownKeys(omitted, KEYS.omitted, path, at)
    checkForm(omitted?.form, `${path}.form`, at)
    if (typeof omitted?.why !== 'string' || omitted.why.trim() === '') at(`${path}.why`, 'say why the form is left out')
    const variants = typeof omitted?.language === 'string' ? concept.forms[omitted.language]?.variants : undefined
    const listed = Array.isArray(variants) && variants.some((v) => formOfListed(v) === omitted.form)
    if (listed) at(`${path}.form`, `"${omitted.form}" is omitted but also listed as a variant in ${omitted.language}`)
  }
}

/** A concept's examples: in the glossary's languages, each well formed. */
function validateExamples(concept: ConceptSource, glossary: GlossarySource, at: At): void {
  if (!isMap(concept.examples)) return at('.examples', 'must map languages to {change, keep, suggest}')
  for (const [language, examples] of Object.entries(concept.examples)) {
    const path = `.examples.${language}`
    if (!isMap(examples)) {
      at(path, 'must be {change, keep, suggest}')
      continue
    }
    unknownKeys(examples, KEYS.examples, path, at)
    if (!Array.isArray(glossary.languages) || !glossary.languages.includes(language)) at(path, `"${language}" is not one of the glossary's languages`)
    else if (!concept.forms[language]?.preferred) at(path, `there are examples but no preferred form in ${language}`)
    for (const [i, example] of listAt(examples?.change, `${path}.change`, at).entries()) {
      if (typeof example?.text !== 'string' || typeof example.expect !== 'string') at(`${path}.change[${i}]`, 'needs text and expect')
      else if (example.text === example.expect) at(`${path}.change[${i}]`, 'expect equals text: put it under keep')
    }
    for (const [i, text] of listAt(examples?.keep, `${path}.keep`, at).entries()) if (typeof text !== 'string') at(`${path}.keep[${i}]`, 'must be a string')
    for (const [i, example] of listAt(examples?.suggest, `${path}.suggest`, at).entries()) {
      if (typeof example?.text !== 'string') at(`${path}.suggest[${i}]`, 'needs text and reason')
      else if (!(REASON_CODES as readonly string[]).includes(example.reason)) at(`${path}.suggest[${i}].reason`, `must be one of ${REASON_CODES.join(', ')}`)
    }
  }
}

type At = (path: string, message: string) => void

/**
 * A list to check: [] when absent; anything else that is not a list is reported. The types say a
 * list; an upload may hold any value at any key, and a check that iterated it threw instead of
 * saying so. (Its elements are checked one by one by the caller, as values of any type.)
 */
function listAt<T>(value: readonly T[] | undefined, path: string, at: At): readonly T[] {
  if (value === undefined) return []
  if (Array.isArray(value)) return value
  at(path, 'must be a list')
  return []
}

/**
 * `String(value)` for a draft's value of any kind, to show or compare it: a draft may hold an
 * object whose toString is no function ({"toString": 1}, or no prototype), for which String()
 * throws; it is shown as its JSON then.
 */
export function shown(value: unknown): string {
  try {
    return String(value)
  } catch {
    return JSON.stringify(value) ?? typeof value
  }
}

/** `list.join(', ')` for a draft's list of values of any kind (join is String() of each, but for null and undefined). */
function joined(list: readonly unknown[]): string {
  return list.map((value) => (value === null || value === undefined ? '' : shown(value))).join(', ')
}

/** `value > 0` for a draft's value of any kind: comparing {"toString": 1} throws, as String() of it does; false then. */
function positive(value: unknown): boolean {
  try {
    return Number(value) > 0
  } catch {
    return false
  }
}

/** An object used as a map (not null, not a list). */
function isMap(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Up to this many forms, a list is checked for repeats pairwise: cheaper than a map. */
const SHORT_LIST = 16

/**
 * A concept's forms in one language. The paths of issues are spelled only when there is one, and
 * the lists are read by name: 100,000 concepts have half a million forms, and a path per form was
 * a tenth of a compile, a path per list and a keyed read of each list by a loop over their names
 * most of what this function allocated.
 */
function validateForms(forms: FormsSource, language: string, person: boolean, ids: ReadonlyMap<string, ConceptSource>, at: At): void {
  if (forms.preferred !== undefined) {
    const issue = formIssue(forms.preferred)
    if (issue !== undefined) at(`.forms.${language}.preferred`, issue)
  }
  if (person && forms.preferred !== undefined) {
    const path = `.forms.${language}`
    if (forms.surname === undefined) at(`${path}.surname`, 'a person needs the surname used alone')
    else if (checkForm(forms.surname, `${path}.surname`, at) && typeof forms.preferred === 'string' && !forms.preferred.endsWith(` ${forms.surname}`)) {
      at(`${path}.surname`, `preferred "${forms.preferred}" must end with " ${forms.surname}"`)
    }
  }
  if (forms.article !== undefined && forms.article !== false && (typeof forms.article !== 'string' || !/^\p{Ll}+$/u.test(forms.article))) at(`.forms.${language}.article`, 'must be an article in lower case, as the language\'s articles name it, like "la"')
  if (!person) {
    const personOnly = 'only a person has surnames and given names'
    if (forms.surname !== undefined) at(`.forms.${language}.surname`, personOnly)
    if (forms.surnameVariants !== undefined) at(`.forms.${language}.surnameVariants`, personOnly)
    if (forms.givenVariants !== undefined) at(`.forms.${language}.givenVariants`, personOnly)
  }
  if (forms.variants !== undefined) validateVariants(forms.variants, language, 'variants', ids, at)
  if (forms.surnameVariants !== undefined) validateVariants(forms.surnameVariants, language, 'surnameVariants', ids, at)
  if (forms.inflect !== undefined && forms.inflect !== null) {
    for (const [id, value] of Object.entries(forms.inflect)) {
      if (value !== true && value !== false && value !== 'suggest' && value !== 'unknown') at(`.forms.${language}.inflect.${id}`, 'must be true, false, suggest or unknown')
    }
  }
  if (forms.givenVariants !== undefined) validateFormList(forms.givenVariants, language, 'givenVariants', at)
  if (forms.exceptions !== undefined) validateFormList(forms.exceptions, language, 'exceptions', at)
}

/** A language's `variants` or `surnameVariants`: each a form or {form, context, note}, none listed twice. */
function validateVariants(list: readonly VariantSource[], language: string, key: 'variants' | 'surnameVariants', ids: ReadonlyMap<string, ConceptSource>, at: At): void {
  // The types say a list; a draft may hold any value here.
  if (!Array.isArray(list)) return at(`.forms.${language}.${key}`, 'must be a list')
  for (let i = 0; i < list.length; i++) {
    const variant = list[i]!
    if (typeof variant !== 'string') validateVariant(variant, `.forms.${language}.${key}[${i}]`, ids, at)
    else {
      const issue = formIssue(variant)
      if (issue !== undefined) at(`.forms.${language}.${key}[${i}]`, issue)
    }
  }
  // A form listed twice would hide which of its entries (and contexts) applies. Lists are
  // short: each form is compared with those before it, no map per list; a long one (an
  // uploaded glossary can list thousands) gets a map, or the comparisons grow as its square.
  const seen = list.length > SHORT_LIST ? new Map<string, number>() : undefined
  for (let i = 0; i < list.length; i++) {
    const form = formOfListed(list[i])
    if (form === undefined) continue
    let first = seen?.get(form)
    if (seen === undefined) {
      for (let before = 0; before < i; before++) {
        if (formOfListed(list[before]) !== form) continue
        first = before
        break
      }
    } else if (first === undefined) seen.set(form, i)
    if (first !== undefined) at(`.forms.${language}.${key}[${i}]`, `"${form}" is listed twice (also ${key}[${first}])`)
  }
}

/** A language's `givenVariants` or `exceptions`: a list of forms. */
function validateFormList(list: readonly string[], language: string, key: 'givenVariants' | 'exceptions', at: At): void {
  // The types say a list of strings; a draft may hold any value here (formIssue takes any).
  if (!Array.isArray(list)) return at(`.forms.${language}.${key}`, 'must be a list')
  for (let i = 0; i < list.length; i++) {
    const issue = formIssue(list[i])
    if (issue !== undefined) at(`.forms.${language}.${key}[${i}]`, issue)
  }
}

/** The form of a listed variant, if it has one. */
function formOfListed(variant: unknown): string | undefined {
  const form = typeof variant === 'string' ? variant : (variant as { form?: unknown } | null | undefined)?.form
  return typeof form === 'string' ? form : undefined
}

/** A language's articles: each with as many spellings as the others, each spelling one or two words. */
function validateArticles(articles: ArticlesSource, at: At): void {
  if (!isMap(articles)) return at('.articles', 'must be an object with spellings')
  unknownKeys(articles, KEYS.articles, '.articles', at)
  if (!isMap(articles.spellings) || Object.keys(articles.spellings).length < 2) return at('.articles.spellings', 'must map two or more articles to their spellings, like {el: [el, del, al], la: [la, de la, a la]}')
  const lengths = new Set<number>()
  for (const [name, spellings] of Object.entries(articles.spellings)) {
    if (!Array.isArray(spellings) || spellings.length === 0 || spellings.some((w) => typeof w !== 'string' || !/^\p{Ll}+( \p{Ll}+)?$/u.test(w))) at(`.articles.spellings.${name}`, 'must list the article alone, then joined to each preposition, in lower case, like [el, del, al]')
    else lengths.add(spellings.length)
  }
  if (lengths.size > 1) at('.articles.spellings', 'every article needs as many spellings as the others, in the same order')
  if (articles.prepositions !== undefined && (!Array.isArray(articles.prepositions) || articles.prepositions.some((w) => typeof w !== 'string' || !/^\p{Ll}+$/u.test(w)))) at('.articles.prepositions', 'must list single words in lower case, like [en, de, a]')
}

/** A language's case names and governors: every governed case must be one of the names. */
function validateCases(cases: CasesSource, at: At): void {
  if (cases === null || typeof cases !== 'object' || Array.isArray(cases)) return at('.cases', 'must be an object with names and governors')
  unknownKeys(cases, KEYS.cases, '.cases', at)
  const names = Array.isArray(cases.names) ? cases.names : []
  if (names.length < 2 || names.some((n) => typeof n !== 'string' || !/^[a-z][a-z-]*$/.test(n))) at('.cases.names', 'must list at least two case names in lower case, the dictionary form (nominative) first')
  if (cases.coordinators !== undefined && (!Array.isArray(cases.coordinators) || cases.coordinators.some((w) => typeof w !== 'string' || !/^(\p{L}+|,)$/u.test(w)))) at('.cases.coordinators', "must list single words, and ',' for a list's comma, like [',', i, oraz]")
  if (!Array.isArray(cases.governors)) return at('.cases.governors', 'must be a list of {words, cases}')
  for (const [i, governor] of cases.governors.entries()) {
    const path = `.cases.governors[${i}]`
    if (governor === null || typeof governor !== 'object') {
      at(path, 'must be an object with words and cases')
      continue
    }
    unknownKeys(governor, KEYS.governor, path, at)
    if (!Array.isArray(governor.words) || governor.words.length === 0) at(`${path}.words`, 'must list one or more words')
    else governor.words.forEach((w, j) => {
      if (typeof w !== 'string' || !/^\p{L}+( \p{L}+){0,2}$/u.test(w)) at(`${path}.words[${j}]`, 'must be one to three words, separated by single spaces')
      else if (w.length > MAX_PHRASE_LENGTH) at(`${path}.words[${j}]`, phraseTooLong(w))
    })
    validateCaseList(governor, path, names, at)
  }
  if (cases.sameAsNominative === undefined) return
  if (!Array.isArray(cases.sameAsNominative)) return at('.cases.sameAsNominative', 'must be a list of {cases, kinds}')
  for (const [i, alike] of cases.sameAsNominative.entries()) {
    const path = `.cases.sameAsNominative[${i}]`
    if (alike === null || typeof alike !== 'object') {
      at(path, 'must be an object with cases')
      continue
    }
    unknownKeys(alike, KEYS.sameAsNominative, path, at)
    validateCaseList(alike, path, names.slice(1), at)
  }
}

/** The `cases` (among `names`) and optional `kinds` of a governor or of a sameAsNominative entry. */
function validateCaseList(entry: { cases?: unknown; kinds?: unknown }, path: string, names: readonly string[], at: At): void {
  if (!Array.isArray(entry.cases) || entry.cases.length === 0 || entry.cases.some((c) => !names.includes(c))) at(`${path}.cases`, `must list cases among ${joined(names)}`)
  if (entry.kinds !== undefined && (!Array.isArray(entry.kinds) || entry.kinds.some((k) => !KINDS.has(k)))) at(`${path}.kinds`, `must list kinds among ${[...KINDS].join(', ')}`)
}

/**
 * A concept's case forms: every case of the language but the first (that is `preferred`), each a
 * form or {form, variants}; a person's form is the full name, ending in as many words as the surname.
 */
function validateCaseForms(forms: FormsSource, path: string, cases: CasesSource | undefined, at: At): void {
  const own = forms.cases!
  // The language's `cases` as the draft wrote it: not an object (null, a list) is reported at the language, and means no cases here.
  if (cases === undefined || cases === null || typeof cases !== 'object' || !Array.isArray(cases.names)) return at(`${path}.cases`, 'the language has no cases (languages/<lang>.yaml: cases)')
  if (own === null || typeof own !== 'object' || Array.isArray(own)) return at(`${path}.cases`, 'must map case names to forms')
  if (forms.preferred === undefined) at(`${path}.cases`, 'case forms need a preferred form (the first case)')
  const [first, ...rest] = cases.names
  for (const name of Object.keys(own)) {
    if (name === first) at(`${path}.cases.${name}`, `the ${name} is the preferred form; list the other cases`)
    else if (!rest.includes(name)) at(`${path}.cases.${name}`, `unknown case "${name}" (expected one of ${joined(rest)})`)
  }
  for (const name of rest) if (!(shown(name) in own)) at(`${path}.cases`, `missing the ${shown(name)}`)
  const surnameWords = typeof forms.surname === 'string' ? forms.surname.split(' ').length : 0
  for (const [name, value] of Object.entries(own)) {
    const at2 = `${path}.cases.${name}`
    const form = typeof value === 'string' ? value : value?.form
    if (typeof value !== 'string') {
      if (value === null || typeof value !== 'object') {
        at(at2, 'must be a form or {form, variants}')
        continue
      }
      unknownKeys(value, KEYS.caseForm, at2, at)
      for (const list of ['variants', 'governedVariants'] as const) {
        if (value[list] !== undefined && !Array.isArray(value[list])) at(`${at2}.${list}`, 'must be a list')
        else (value[list] ?? []).forEach((v, i) => checkForm(v, `${at2}.${list}[${i}]`, at))
      }
    }
    if (!checkForm(form, typeof value === 'string' ? at2 : `${at2}.form`, at)) continue
    if (typeof forms.preferred === 'string' && form.split(' ').length !== forms.preferred.split(' ').length) at(at2, `"${form}" must have as many words as "${forms.preferred}"`)
    else if (surnameWords > 0 && form.split(' ').length <= surnameWords) at(at2, `"${form}" must be the full name, like "${forms.preferred}"`)
  }
}

function validateVariant(variant: VariantSource, path: string, ids: ReadonlyMap<string, ConceptSource>, at: At): void {
  if (typeof variant === 'string') return void checkForm(variant, path, at)
  if (variant === null || typeof variant !== 'object') return at(path, 'must be a form or {form, context, note}')
  unknownKeys(variant, KEYS.variant, path, at)
  checkForm(variant.form, `${path}.form`, at)
  if (variant.context !== undefined) validateContext(variant.context, `${path}.context`, ids, at)
}

/** A note is a non-empty text, or a non-empty map from language codes to non-empty texts. */
function validateNote(note: unknown, path: string, at: At): void {
  if (typeof note === 'string') {
    if (note.trim() === '') at(path, 'empty note')
    return
  }
  if (note === null || typeof note !== 'object' || Array.isArray(note)) {
    return at(path, 'must be a text, or a map from language codes to texts like {en: "…", de: "…"}')
  }
  const entries = Object.entries(note)
  if (entries.length === 0) return at(path, 'must name at least one language')
  for (const [language, text] of entries) {
    if (!LANGUAGE.test(language)) at(`${path}.${language}`, `"${language}" is not a language code like "en"`)
    else if (typeof text !== 'string') at(`${path}.${language}`, 'must be a text')
    else if (text.trim() === '') at(`${path}.${language}`, 'empty note')
  }
}

function validateContext(context: ContextSource, path: string, ids: ReadonlyMap<string, ConceptSource>, at: At): void {
  if (context === null || typeof context !== 'object') return at(path, 'must be an object')
  unknownKeys(context, KEYS.context, path, at)
  for (const [i, id] of listAt(context.requires, `${path}.requires`, at).entries()) {
    if (!ids.has(id)) at(`${path}.requires[${i}]`, `no concept "${shown(id)}" in this glossary`)
  }
  for (const key of ['notFollowedBy', 'notPrecededBy', 'surnameAdjectives', 'personObjectAfter', 'unsureAfter', 'speakerAdverbs', 'sourceBefore', 'placeBefore', 'relatives', 'unsureEndings', 'determiners', 'ageWords', 'prepositions'] as const) {
    for (const [i, word] of listAt(context[key], `${path}.${key}`, at).entries()) {
      if (typeof word !== 'string' || !/^[\p{L}\p{N}]+$/u.test(word)) at(`${path}.${key}[${i}]`, 'must be a single word')
    }
  }
  // A time of two words between the name and its verb ("on Monday", "last week": adjacent.ts, speakerVerbAfter).
  for (const [i, phrase] of listAt(context.speakerTimes, `${path}.speakerTimes`, at).entries()) {
    if (typeof phrase !== 'string' || !/^[\p{L}\p{N}]+ [\p{L}\p{N}]+$/u.test(phrase)) at(`${path}.speakerTimes[${i}]`, 'must be two words and one space ("on Monday")')
  }
  if (context.speakerTimes !== undefined && context.speakerBefore === undefined) at(`${path}.speakerTimes`, 'may stand between the name and a verb of speakerBefore: list those verbs too, or remove it')
  // A place word with the unsure word after it: "région de" (adjacent.ts, speakerBefore).
  const unsure = new Set((Array.isArray(context.unsureAfter) ? context.unsureAfter : []).map((w) => shown(w).toLowerCase()))
  for (const [i, word] of listAt(context.placeAfter, `${path}.placeAfter`, at).entries()) {
    const two = typeof word === 'string' ? /^[\p{L}\p{N}]+ ([\p{L}\p{N}]+)$/u.exec(word) : null
    if (typeof word !== 'string' || (!/^[\p{L}\p{N}]+$/u.test(word) && (two === null || !unsure.has(two[1]!.toLowerCase())))) at(`${path}.placeAfter[${i}]`, 'must be a single word, or two whose second is one of unsureAfter ("région de")')
  }
  // A verb of saying may have its auxiliary: "a déclaré", "ha detto" (adjacent.ts reads two words).
  for (const key of ['speakerAfter', 'speakerBefore'] as const) {
    for (const [i, word] of listAt(context[key], `${path}.${key}`, at).entries()) {
      if (typeof word !== 'string' || !/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)?$/u.test(word)) at(`${path}.${key}[${i}]`, 'must be a single word, or a verb with its auxiliary ("a déclaré"), two words and one space')
    }
  }
  // The plural ones among the verbs of saying after the name (adjacent.ts, speakerBefore).
  // Only the strings: any value may stand in a draft, and String() of {"toString": 1} throws.
  const before = new Set((Array.isArray(context.speakerBefore) ? context.speakerBefore : []).flatMap((verb: unknown) => (typeof verb === 'string' ? [verb.toLowerCase()] : [])))
  for (const [i, verb] of listAt(context.pluralVerbs, `${path}.pluralVerbs`, at).entries()) {
    if (typeof verb !== 'string' || !before.has(verb.toLowerCase())) at(`${path}.pluralVerbs[${i}]`, 'must be one of speakerBefore: the verbs of saying whose subject is plural')
  }
  // The words before a name say what it is to a verb of `speakerBefore`; without one they are read by nothing.
  for (const key of ['placeAfter', 'unsureAfter', 'relatives', 'unsureEndings'] as const) {
    if (context[key] !== undefined && context.speakerBefore === undefined) at(`${path}.${key}`, 'says what the word before the name makes it to a verb of speakerBefore: list those verbs too, or remove it')
  }
  // An apposition or an age after the name is read with the verbs of saying (adjacent.ts, speakerBefore).
  for (const key of ['determiners', 'ageWords'] as const) {
    if (context[key] !== undefined && context.speakerBefore === undefined) at(`${path}.${key}`, 'says what the words around the name make it, read with the verbs of speakerBefore: list those verbs too, or remove it')
  }
  // The prepositions after an apposition's head are read only in an apposition a determiner opens (adjacent.ts, placeHead).
  if (context.verbSecond !== undefined && typeof context.verbSecond !== 'boolean') at(`${path}.verbSecond`, 'must be true or false')
  // Read only where a word of placeAfter opens the clause before a verb of speakerBefore (adjacent.ts, speakerBefore).
  else if (context.verbSecond === true && (context.speakerBefore === undefined || context.placeAfter === undefined)) at(`${path}.verbSecond`, 'says what a phrase of placeAfter before the name and a verb of speakerBefore after it make it: list those words too, or remove it')
  if (context.prepositions !== undefined && context.determiners === undefined) at(`${path}.prepositions`, 'end the head of an apposition a word of determiners opens: list those words too, or remove it')
  // A source phrase: "according to", "d'après", "de acordo com" (adjacent.ts, afterSourceWords).
  for (const [i, phrase] of listAt(context.sourceAfter, `${path}.sourceAfter`, at).entries()) {
    if (typeof phrase !== 'string' || !/^[\p{L}\p{N}]+(?:[ '’][\p{L}\p{N}]+){0,2}$/u.test(phrase)) at(`${path}.sourceAfter[${i}]`, 'must be one to three words, joined by one space or an apostrophe ("according to", "d\'après")')
  }
  // An adjective stands between a title and the name: without titles it is read by nothing.
  if (context.surnameAdjectives !== undefined && context.surnameAfter === undefined) at(`${path}.surnameAdjectives`, 'may stand between the name and a word of surnameAfter: list those words too, or remove it')
  // An adverb stands between a name and its verb of saying: without such verbs it is read by nothing.
  if (context.speakerAdverbs !== undefined && context.speakerBefore === undefined && context.speakerAfter === undefined) at(`${path}.speakerAdverbs`, 'may stand between the name and a verb of speakerBefore or speakerAfter: list those verbs too, or remove it')
  for (const [i, word] of listAt(context.surnameAfter, `${path}.surnameAfter`, at).entries()) {
    if (typeof word !== 'string' || !/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\.?$/u.test(word)) at(`${path}.surnameAfter[${i}]`, 'must be a single word (hyphens inside, "porte-parole"), or an abbreviation with its dot ("Gen.")')
  }
  if (context.doubt !== undefined) {
    const doubt = context.doubt
    if (doubt === null || typeof doubt !== 'object' || !Array.isArray(doubt.words) || doubt.words.length === 0) at(`${path}.doubt`, 'must be {words: [...], scope?: paragraph | text}')
    else {
      unknownKeys(doubt, KEYS.doubt, `${path}.doubt`, at)
      doubt.words.forEach((word, i) => void (typeof word === 'string' && /^[\p{L}\p{N}]+$/u.test(word) || at(`${path}.doubt.words[${i}]`, 'must be a single word')))
      if (doubt.scope !== undefined && doubt.scope !== 'paragraph' && doubt.scope !== 'text') at(`${path}.doubt.scope`, 'must be paragraph or text')
      if (doubt.links !== undefined) {
        if (!Array.isArray(doubt.links) || doubt.links.length === 0 || doubt.links.some((word) => typeof word !== 'string' || !/^\p{Ll}+$/u.test(word))) at(`${path}.doubt.links`, 'must list single lower-case words, like [of, the]')
        if (doubt.scope === 'text') at(`${path}.doubt.links`, 'sets off a paragraph doubt\'s words only: scope must be paragraph')
      }
      if (doubt.single !== undefined) {
        const words = new Set(doubt.words.map((word) => shown(word).toLowerCase()))
        if (!Array.isArray(doubt.single) || doubt.single.length === 0 || doubt.single.some((word) => typeof word !== 'string' || !words.has(word.toLowerCase()))) at(`${path}.doubt.single`, 'must list words of doubt.words (those that name one place, like region)')
        if (doubt.links === undefined) at(`${path}.doubt.single`, 'is read with links only: list the doubt\'s links too')
      }
      if (doubt.needsLink !== undefined) {
        // A word no neighbour rule holds before the name is never set off: listing it would say nothing.
        const words = new Set(doubt.words.map((word) => shown(word).toLowerCase()))
        const places = new Set((Array.isArray(context.notPrecededBy) ? context.notPrecededBy : []).map((word) => shown(word).toLowerCase()))
        if (!Array.isArray(doubt.needsLink) || doubt.needsLink.length === 0 || doubt.needsLink.some((word) => typeof word !== 'string' || !words.has(word.toLowerCase()) || !places.has(word.toLowerCase()))) at(`${path}.doubt.needsLink`, 'must list words of doubt.words that notPrecededBy lists too (those that hold the name right before it, like region)')
        if (doubt.links === undefined) at(`${path}.doubt.needsLink`, 'is read with links only: list the doubt\'s links too')
      }
    }
  }
  if (context.confirmedBy !== undefined) {
    const phrases = listAt(context.confirmedBy, `${path}.confirmedBy`, at)
    if (Array.isArray(context.confirmedBy) && phrases.length === 0) at(`${path}.confirmedBy`, 'must list at least one word')
    for (const [i, phrase] of phrases.entries()) {
      if (typeof phrase !== 'string' || !/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+){0,2}$/u.test(phrase)) at(`${path}.confirmedBy[${i}]`, 'must be one to three words, separated by single spaces')
    }
    // It decides a mention against a doubt, and nothing else: alone it would say nothing.
    if (context.doubt === undefined) at(`${path}.confirmedBy`, 'decides a mention against a doubt: give the doubt too')
  }
  const window = context.window
  if (window !== undefined && (!Number.isInteger(window) || window < 1 || window > 10)) at(`${path}.window`, 'must be a whole number from 1 to 10')
}

/** Reports an empty, padded or word-less form. Returns whether the form is usable. */
function checkForm(form: unknown, path: string, at: At): form is string {
  const issue = formIssue(form)
  if (issue !== undefined) at(path, issue)
  return issue === undefined
}

/**
 * The longest form, in UTF-16 code units. A form is a name as copy spells it: the longest of the
 * built-in glossaries is 80 ("Kiev: Saint-Sophia Cathedral and Related Monastic Buildings,
 * Kiev-Pechersk Lavra", an exception). The compile walks each form as many times as it has word
 * starts (the closure under replacement, the stability check), so a form of a whole uploaded
 * megabyte took minutes (64,000 units: 5.5 s) where it should be refused.
 */
export const MAX_FORM_LENGTH = 200

/**
 * The longest cue phrase or case governor, in UTF-16 code units: a few words ("until it was
 * renamed", "ukraińskiemu prezydentowi": 25 at most in the built-in glossaries). The cues are
 * spelled into one regular expression by recursion, a unit a level, so a phrase of thousands of
 * units overflowed the stack where it should be refused.
 */
export const MAX_PHRASE_LENGTH = 100

/**
 * The most cue phrases of one language (61 in the built-in glossaries). The words around every
 * name found are searched for all of them (one regular expression, a trie of the phrases): with
 * 500 a name-dense text costs what it costs with 61, with 2,000 four to ten times more, with
 * 10,000 twenty to fifty.
 */
export const MAX_CUE_PHRASES = 500

function phraseTooLong(phrase: string): string {
  return `"${shortened(phrase)}…" is ${phrase.length} characters long: a phrase is a few words, at most ${MAX_PHRASE_LENGTH}`
}

/** The first 40 units of a long text, for a message (cut before a pair's second half, or the message would carry a lone surrogate). */
function shortened(text: string): string {
  return text.slice(0, text.charCodeAt(39) >= 0xd800 && text.charCodeAt(39) <= 0xdbff ? 39 : 40)
}

/** What is wrong with a form (empty, padded, too long, no letters or digits, not starting with one), or undefined. */
function formIssue(form: unknown): string | undefined {
  if (typeof form === 'string' && form.length > MAX_FORM_LENGTH) {
    return `"${shortened(form)}…" is ${form.length} characters long: a form is a name as copy spells it, at most ${MAX_FORM_LENGTH}`
  }
  if (typeof form === 'string' && form.length > 0) {
    // Most forms start with an ASCII letter or digit and end in printable ASCII (never
    // whitespace): nothing to trim, a word, a word start.
    const first = form.charCodeAt(0)
    const last = form.charCodeAt(form.length - 1)
    if (last > 0x20 && last < 0x7f && ((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || (first >= 0x30 && first <= 0x39))) return charactersIssue(form)
  }
  if (typeof form !== 'string' || form.trim() === '') return 'empty form'
  if (form !== form.trim()) return `"${form}" has leading or trailing spaces`
  if (!HAS_WORD.test(form)) return `"${form}" has no letters or digits`
  // Matching starts at word starts only, so a form must begin with a letter or digit.
  if (!/^[\p{L}\p{N}]/u.test(form)) return `"${form}" must start with a letter or digit`
  return charactersIssue(form)
}

/**
 * What a form's characters may not be, in one test per form (the compile checks half a million):
 * - a surrogate: the matcher reads text by UTF-16 code unit and takes one for a word break
 *   (text/chars.ts), so a form with a character beyond U+FFFF would compile and never match;
 * - a control or invisible character (a tab or line break pasted from a spreadsheet, a
 *   zero-width space, a soft hyphen, a direction mark): a preferred form is written into the
 *   copy as it is, so it would be published there, unseen;
 * - two spaces in a row: the same, seen too late.
 * A space, a no-break space and a narrow no-break space separate words; ZWJ and ZWNJ, which
 * some scripts spell words with, stay allowed. (Validating 100,000 concepts takes 10-25 ms more
 * than with the surrogate test alone, which V8 answers without reading a one-byte string: about
 * 1 % of their compile. A table read in a loop cost the same.)
 */
const SUSPECT = /[\uD800-\uDFFF\x00-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[^\S \u00a0\u202f]|[ \u00a0\u202f]{2}/

function charactersIssue(form: string): string | undefined {
  const found = SUSPECT.exec(form)?.[0]
  if (found === undefined) return undefined
  const code = found.charCodeAt(0)
  if (code >= 0xd800 && code <= 0xdfff) return `"${form}" has a character beyond U+FFFF (such as 𝐀 or 𠮷), which the matcher does not read as part of a word: the form would never match`
  if (found.length === 2) return `${JSON.stringify(form)} has two spaces in a row: the words of a form are separated by one`
  const unit = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  return /\s/.test(found)
    ? `${JSON.stringify(form)} has a tab, line break or other space (${unit}) between words: the words of a form are separated by one space`
    : `${JSON.stringify(form)} has an invisible or control character (${unit}), which would be written into the copy`
}

export function formOf(variant: VariantSource): string {
  return typeof variant === 'string' ? variant : variant.form
}
