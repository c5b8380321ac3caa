import { caseFormsOf, compileCaseRules } from '../core/glossary/cases.js'
import type { ArticlesSource, ElisionSource, GlossarySource, NounPhraseEndsSource } from '../core/glossary/source.js'
import { governedCases, mayBeNominative } from '../core/match/cases.js'
import { capitalize, caseLike, isAllCaps } from '../core/match/casing.js'
import { foldForm } from '../core/text/chars.js'
import { SENTENCE_END } from './units.js'

/**
 * A protected name comes back where the engine put it, and the engine wrote the words around it
 * without knowing it: a placeholder ("Xq1x") is a word of no case and no sound. So the words
 * before it decide what we write, by the target language's rules in the glossary (the ones
 * normalization applies to a leak): its case (Polish "w <Kijów>" → "w Kijowie") and the article
 * its first letter calls for (French "de <Odessa>" → "d'Odessa").
 */
export interface NameForm {
  form: string
  /** A new text for `translated`'s [start, at) before the name: an article elided or written out in full. */
  before?: { start: number; text: string }
  /**
   * The words before the name call for a case that no form of it written like the nominative
   * can be ("z <Kijów>": from or with, genitive or instrumental), and none is decided: the
   * planned form (the nominative) is written, and is wrong as it stands.
   */
  caseUnsure: boolean
  /**
   * The engine wrote an article before a name that takes none, and the words after the name do
   * not say whether it ends the noun phrase ("the <Snake Island> garrison": the article may be
   * the garrison's): the article stands, and is to be checked.
   */
  articleUnsure?: true
}

type Span = { readonly concept?: string; readonly replacement: string }
/**
 * `continues`: `translated` is the rest of a sentence begun before it (a unit after inline
 * markup, units.ts), so its start is no sentence start. `end`: where the engine's token for the
 * name ends in `translated` (what follows the name); unknown, what follows decides nothing.
 */
export type NameFormAt = (span: Span, translated: string, at: number, continues?: boolean, end?: number) => NameForm

/** The grammar of the target language `to`, as its rules in the glossary give it. Built once per direction. */
export function nameFormAt(glossary: GlossarySource, to: string): NameFormAt {
  const cases = caseChooser(glossary, to)
  const rules = glossary.languageRules?.[to]
  const elided = rules?.elision === undefined ? undefined : articleChooser(rules.elision)
  const agreeing = rules?.articles === undefined ? undefined : articleAgreement(rules.articles, glossary, to)
  const bare = articleDropped(glossary, to)
  return (span, translated, at, continues = false, end) => {
    const chosen = cases(span, translated, at)
    const agreed = agreeing?.(span, translated, at, continues)
    if (agreed !== undefined) return { ...chosen, ...agreed }
    const dropped = bare?.(span, translated, at, chosen.form, end)
    if (dropped !== undefined) return { ...chosen, ...dropped }
    const before = elided?.(translated, at, chosen.form)
    return before === undefined ? chosen : { ...chosen, before }
  }
}

/**
 * The article before a name agrees with the one its concept gives (Spanish: the engine wrote
 * "el" for a placeholder it could not know is "Rada Suprema", which is "la"): the same spelling
 * slot of the concept's article ("del" → "de la", "al" → "a la"), cased as written. Where no
 * article stands before the name, it gets its own after a preposition and at the start of a
 * sentence (below); where the concept gives none, what the engine wrote stands.
 */
function articleAgreement(articles: ArticlesSource, glossary: GlossarySource, to: string): (span: Span, translated: string, at: number, continues: boolean) => Pick<NameForm, 'before'> & Partial<Pick<NameForm, 'form'>> | undefined {
  const byForm = new Map<string, { spellings: readonly string[]; preferred: string }>()
  for (const concept of glossary.concepts) {
    const own = concept.forms[to]
    const spellings = typeof own?.article !== 'string' ? undefined : articles.spellings[own.article]
    if (own?.preferred !== undefined && spellings !== undefined) byForm.set(`${concept.id}\u0000${foldForm(own.preferred)}`, { spellings, preferred: own.preferred })
  }
  // Each preposition after which a name's article is written, with the spelling slot it takes:
  // the slot whose spellings are the preposition and the article ("de la": slot 1 for "de",
  // whose "el" is "del"), or 0 (the article after it: "en la").
  const joins = new Map<string, number>()
  const articleSpellings = Object.values(articles.spellings)
  for (const preposition of articles.prepositions ?? []) {
    const slot = articleSpellings.flatMap((spellings) => spellings.flatMap((spelling, k) => (k > 0 && spelling === `${preposition} ${spellings[0]}` ? [k] : [])))[0]
    joins.set(preposition.toLowerCase(), slot ?? 0)
  }
  // Every spelling of every article, longest first ("de la" before "la"), with its slot.
  const written = Object.values(articles.spellings).flatMap((spellings) => spellings.map((spelling, slot) => ({ spelling, slot })))
    .sort((a, b) => b.spelling.length - a.spelling.length)
  return (span, translated, at, continues) => {
    const own = span.concept === undefined ? undefined : byForm.get(`${span.concept}\u0000${foldForm(span.replacement)}`)
    if (own === undefined) return undefined
    const wanted = own.spellings
    if (opensSentence(translated, at, continues)) return sentenceStart(span.replacement, own.preferred, wanted[0]!, at)
    const before = translated.slice(Math.max(0, at - 12), at)
    const space = /[ \t\u00a0]+$/u.exec(before)
    if (space === null) return undefined
    const words = before.slice(0, space.index)
    for (const { spelling, slot } of written) {
      if (!words.toLowerCase().endsWith(spelling)) continue
      const start = words.length - spelling.length
      if (start > 0 && /[\p{L}\p{N}]/u.test(words.charAt(start - 1))) continue
      const found = words.slice(start)
      const agreed = wanted[slot]
      if (agreed === undefined || agreed === found.toLowerCase()) return undefined
      return { before: { start: at - before.length + start, text: `${casedAs(found, agreed)}${space[0]}` } }
    }
    // No article: after a preposition the name gets its own ("en <plaza de San Miguel>" → "en
    // la plaza…"), joined where the language joins it ("de <Donbás>" → "del Donbás").
    const preposition = /(?<![\p{L}\p{N}])(\p{L}+)$/u.exec(words)
    const slot = preposition === null ? undefined : joins.get(preposition[1]!.toLowerCase())
    if (preposition === null || slot === undefined) return undefined
    const asWritten = preposition[1]!
    // Inserted after it: in capitals after one in capitals ("EN EL Donbás"), else in lower case.
    if (slot === 0) return { before: { start: at, text: `${isAllCaps(asWritten) && asWritten.length > 1 ? wanted[0]!.toUpperCase() : wanted[0]}${space[0]}` } }
    return { before: { start: at - before.length + preposition.index, text: `${casedAs(asWritten, wanted[slot]!)}${space[0]}` } }
  }
}

/**
 * A name that takes no article (`forms.<lang>.article: false`: English "Snake Island", "St
 * Michael's Square") loses the one the engine wrote before it, carried over from the source's
 * ("tomó la <isla de las Serpientes>" → "took the <Snake Island>" → "took Snake Island"). The
 * article is the language's (`articles`, any spelling: one joined to a preposition leaves the
 * preposition, "del" → "de"; else `definiteArticles`, English "the"); the name takes the capital of
 * an article that opened the sentence ("The <isla…>" → "Isla…"). Undefined where no concept of
 * the language takes none: nothing is read. A name whose concept says nothing keeps what the
 * engine wrote ("the Donetsk People's Republic"). In a language with `nounPhraseEnds` (English),
 * only where the name ends its noun phrase ("took the <Snake Island>."): before a word that may
 * be a noun it modifies ("the <Snake Island> garrison") the article stands, `articleUnsure`.
 */
function articleDropped(glossary: GlossarySource, to: string): ((span: Span, translated: string, at: number, form: string, end: number | undefined) => Pick<NameForm, 'before' | 'form' | 'articleUnsure'> | undefined) | undefined {
  const bare = new Set<string>()
  for (const concept of glossary.concepts) {
    const own = concept.forms[to]
    if (own?.article === false && own.preferred !== undefined) bare.add(`${concept.id}\u0000${foldForm(own.preferred)}`)
  }
  if (bare.size === 0) return undefined
  const rules = glossary.languageRules?.[to]
  // Every spelling, longest first ("de la" before "la"), with what is left of it: the
  // preposition a spelling joins ("del": "de", as "de la" shows), or nothing.
  const all = Object.values(rules?.articles?.spellings ?? {})
  const prepositionAt = (slot: number): string | undefined => {
    for (const spellings of all) {
      const joined = spellings[slot]
      const alone = spellings[0]!
      if (joined !== undefined && joined.endsWith(` ${alone}`)) return joined.slice(0, -alone.length - 1)
    }
    return undefined
  }
  const written = [
    ...all.flatMap((spellings) => spellings.map((spelling, slot) => ({ spelling, rest: slot === 0 ? '' : prepositionAt(slot) }))),
    ...(rules?.definiteArticles ?? []).map((spelling) => ({ spelling: spelling.toLowerCase(), rest: '' as string | undefined })),
  ].sort((a, b) => b.spelling.length - a.spelling.length)
  const ends = phraseEnds(rules?.nounPhraseEnds)
  return (span, translated, at, form, end) => {
    if (span.concept === undefined || !bare.has(`${span.concept}\u0000${foldForm(span.replacement)}`)) return undefined
    const before = translated.slice(Math.max(0, at - 12), at)
    const space = /[ \t\u00a0]+$/u.exec(before)
    if (space === null) return undefined
    const words = before.slice(0, space.index)
    const lower = words.toLowerCase()
    for (const { spelling, rest } of written) {
      if (!lower.endsWith(spelling)) continue
      const start = words.length - spelling.length
      if (start > 0 && /[\p{L}\p{N}]/u.test(words.charAt(start - 1))) continue
      // A joined spelling whose preposition is not known: as the engine wrote it.
      if (rest === undefined) return undefined
      // The article may be a noun's the name modifies ("the <Snake Island> garrison"): it stands.
      if (ends !== undefined && !ends(translated, end)) return { form, articleUnsure: true }
      const found = words.slice(start)
      const from = at - before.length + start
      if (rest !== '') return { before: { start: from, text: `${casedAs(found, rest)}${space[0]}` }, form }
      // The article opened the sentence: the name takes its capital.
      return { before: { start: from, text: '' }, form: found !== found.toLowerCase() && !isAllCaps(found) ? capitalize(form) : form }
    }
    return undefined
  }
}

/**
 * Whether a name whose engine token ends at `end` in `translated` ends its noun phrase, by the
 * language's `nounPhraseEnds` (undefined: it has none, and any name does): before punctuation
 * (not a hyphen joined to it, "Snake Island-based"), a line's end or the text's, a possessive
 * ("'s"), or a listed word (in any case: "THE SNAKE ISLAND FALLS") or one with a listed ending
 * and not excepted ("refused"). Any other word may continue the phrase as its noun ("the
 * <Snake Island> garrison"), and an unknown `end` says nothing: false.
 */
function phraseEnds(source: NounPhraseEndsSource | undefined): ((translated: string, end: number | undefined) => boolean) | undefined {
  if (source === undefined) return undefined
  const words = new Set(source.words)
  const except = new Set(source.except ?? [])
  const endings = source.endings ?? []
  return (translated, end) => {
    if (end === undefined) return false
    let i = end
    while (i < translated.length && (translated[i] === ' ' || translated[i] === '\t' || translated[i] === '\u00a0')) i++
    if (i === translated.length) return true
    const next = translated.charAt(i)
    // A possessive right after the name: "the <Snake Island>'s defenders".
    if (i === end && (next === "'" || next === '’') && /^['’]s(?![\p{L}\p{N}])/u.test(translated.slice(i, i + 3))) return true
    if (!/[\p{L}\p{N}]/u.test(next)) return !(next === '-' && i === end)
    if (i === end) return false
    const word = /^\p{L}+(?![\p{N}_'’-])/u.exec(translated.slice(i, i + 40))?.[0].toLowerCase()
    if (word === undefined) return false
    if (words.has(word)) return true
    return !except.has(word) && endings.some((ending) => word.length > ending.length + 2 && word.endsWith(ending))
  }
}

/** What may stand between a sentence's start and its first word: spaces, opening quotes and brackets, Spanish's opening marks. */
const OPENING = /[\s"'“‘«(\[¡¿]*$/u

/**
 * Whether the name at `at` opens a sentence of prose: nothing but opening marks before it since
 * the start of the text (which must not continue a sentence) or a sentence's end; and a stop
 * after it on its line. A heading or a caption has no stop, and may go without its article
 * ("Rada Suprema, en sesión"): there the engine's text stands.
 */
function opensSentence(translated: string, at: number, continues: boolean): boolean {
  const before = translated.slice(Math.max(0, at - 24), at)
  const lead = before.slice(0, OPENING.exec(before)!.index)
  const started = lead === '' ? at - before.length === 0 && !continues : SENTENCE_END.test(lead)
  if (!started) return false
  const line = translated.indexOf('\n', at)
  return /[.!?…]/u.test(translated.slice(at, line === -1 ? translated.length : line))
}

/**
 * A name that takes an article opens a sentence with it ("La Rada Suprema aprobó…", "El
 * Donbás es…"): an engine that saw a placeholder where English wrote none ("Verkhovna Rada
 * passed…") wrote none either. The article takes the sentence's capital, and the name its own
 * case again ("La plaza de San Miguel", not "La Plaza…"); in capitals, both are.
 */
function sentenceStart(replacement: string, preferred: string, article: string, at: number): { before: { start: number; text: string }; form: string } {
  if (replacement.length > 1 && isAllCaps(replacement)) return { before: { start: at, text: `${article.toUpperCase()} ` }, form: replacement }
  const form = replacement === capitalize(preferred) ? preferred : replacement
  return { before: { start: at, text: `${capitalize(article)} ` }, form }
}

/**
 * How a protected name is inflected in a target language with cases. Where the words before
 * it decide one case form, the name takes it; where they do not (no governor, or one that
 * admits cases whose forms differ), the planned form stays, and the target's normalization sees
 * it as a form already right.
 */
function caseChooser(glossary: GlossarySource, to: string): (span: Span, translated: string, at: number) => NameForm {
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

/**
 * The article before a name, as the name's first letter wants it (languages/fr.yaml: the
 * Académie française's rule): a full article before a vowel is elided ("de <Odessa>" →
 * "d'Odessa", "le <Ukraine>" → "l'Ukraine"), an elided one before a consonant is written out
 * where its full form is one word ("d'<Bakhmout>" → "de Bakhmout"; not "l'", which is "le" or
 * "la"). Undefined: the article stands.
 */
function articleChooser(elision: ElisionSource): (translated: string, at: number, form: string) => NameForm['before'] {
  const vowels = new Set([...elision.vowels.toLowerCase()])
  const elided = new Set(elision.elided.map((a) => a.toLowerCase().replace('’', "'")))
  const full = new Set(elision.full.map((a) => a.toLowerCase()))
  /** The elided form of a full article ("de" → "d'"), if the language elides it. */
  const elide = (word: string) => {
    const form = `${word.slice(0, -1)}'`
    return elided.has(form.toLowerCase()) ? form : undefined
  }
  return (translated, at, form) => {
    const vowel = vowels.has(form.charAt(0).toLowerCase())
    const before = translated.slice(Math.max(0, at - 16), at)
    if (vowel) {
      // A full article, then spaces on the same line, right before the name.
      const m = /(?<![\p{L}\p{N}])(\p{L}+)[ \t\u00a0]+$/u.exec(before)
      if (m === null || !full.has(m[1]!.toLowerCase())) return undefined
      const short = elide(m[1]!)
      if (short === undefined) return undefined
      const apostrophe = translated.includes('’') ? '’' : "'"
      return { start: at - m[0].length, text: short.replace("'", apostrophe) }
    }
    const m = /(?<![\p{L}\p{N}])(\p{L}+)['’]$/u.exec(before)
    if (m === null || !elided.has(`${m[1]!.toLowerCase()}'`)) return undefined
    // Written out only where one full form elides to it.
    const written = [...full].filter((word) => elide(word)?.toLowerCase() === `${m[1]!.toLowerCase()}'`)
    if (written.length !== 1) return undefined
    return { start: at - m[0].length, text: `${casedAs(m[1]!, written[0]!)} ` }
  }
}

/** `word` (an article, in lower case) cased as the engine wrote `model`: in capitals, capitalized, or as it is. */
function casedAs(model: string, word: string): string {
  if (model.length > 1 && isAllCaps(model)) return word.toUpperCase()
  return model !== model.toLowerCase() ? capitalize(word) : word
}
