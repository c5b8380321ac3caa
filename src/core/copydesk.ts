import type { ApplyMode, Change, Copydesk, CopydeskOptions, DetectResult, GlossarySummary, LanguageGuess, LanguageMismatch, NormalizeInput, NormalizeResult, Warning } from './api.js'
import { decideLanguage, defaultDetector, detectLanguage, type LanguageDetection } from './detect/index.js'
import { CAPITALISED } from './detect/prepare.js'
import { compileGlossary } from './glossary/compile.js'
import { openPrecompiled } from './glossary/precompiled.js'
import { resolveGlossaries } from './glossary/extend.js'
import type { GlossarySource } from './glossary/source.js'
import type { CompiledGlossary } from './glossary/compiled.js'
import { primaryLanguage } from './language-tag.js'
import { applyChanges } from './normalize/apply-changes.js'
import { heldFor } from './normalize/change.js'
import { functionWordLead, paragraphsLeadElsewhere, someSentenceLeadsElsewhere } from './markup/function-words.js'
import { foreignSpans, withForeignSpans, type ConfirmSpan, type ForeignSpan } from './normalize/foreign-spans.js'
import { normalizeDocument } from './markup/index.js'
import { unifiedDiff } from './normalize/diff.js'
import type { Passage } from './match/passage.js'
import type { Matcher } from './match/matcher.js'
import { KnownNames, nameTable } from './match/known-names.js'

/**
 * Detection confidence above which a declared language that differs is doubted. Short or
 * mixed texts stay well below it (a headline, a quote in another language), whole sentences in
 * one language reach 0.8 to 0.97 with eld.
 */
const MISMATCH_CONFIDENCE = 0.7

/**
 * Confidence the words without a capital of a text need for their language to be the text's
 * with "auto" (detectProse); under it, the whole text is read, names and all. Measured against
 * reading the whole text (right/wrong/undetermined): on the labelled dataset
 * (shared/datasets/langid-news-dev.json, 310 texts) 306/0/4 for both; on the glossaries' 2,460
 * examples 2445/1/14 against 2421/2/37; on the 360 sentences of mt-names-dev 180/0/0 for both.
 * With no threshold, 307/0/3 on the dataset but 2445/9/6 on the examples: short sentences whose
 * few words read as another language ("Russia annexed Crimea in 2014." as Dutch by "annexed in").
 * Lower, fewer texts fall back to being read with their names (scratch fuzz of bilingual texts:
 * 32 of 40,000 not idempotent at 0, 52 at 0.4, 93 with the function-word check of detectProse,
 * 524 reading the whole text). Every reading leaves out the names the glossary knows since round
 * 35 (detectProse): 306/0/4 on the dataset, 2506/1/5 on the 2,512 examples of then, 180/0/0.
 */
const WORDS_CONFIDENCE = 0.4

/**
 * Length, without its known names, up to which a text whose words do not decide its language may
 * be read with them (detectProse): a headline or a sentence. Longer, such a text is of languages
 * mixed, and read with its names it took one language in a first run and another in the second
 * (bilingual fuzz, scratch/idem-markup.ts).
 */
const NAMES_DECIDE_UNITS = 200

/** The patch from the input to the result, unless the caller said it does not need one. */
function diffOf(input: NormalizeInput, text: string, changes: Change[]): string {
  return input.diff === false ? '' : unifiedDiff(input.text, text, changes)
}

/**
 * Compiles each glossary after the one it extends, so a profile reuses its base's matcher for
 * every language it leaves as it was. Prevalidated (bundled) glossaries build the default
 * glossary's matchers now, at start, and a profile's own on its first request.
 */
function compileAll(sources: GlossarySource[], prevalidated: boolean, defaultGlossary: string, precompiled: CopydeskOptions['precompiled']): Map<string, CompiledGlossary> {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const compiled = new Map<string, CompiledGlossary>()
  const artifact = precompiled && openPrecompiled(precompiled.artifact)
  const compile = (source: GlossarySource): CompiledGlossary => {
    const done = compiled.get(source.id)
    if (done) return done
    const baseSource = source.extends === undefined ? undefined : byId.get(source.extends)
    const base = baseSource && compile(baseSource)
    const lazy = prevalidated && source.id !== defaultGlossary
    // The build's tries when they are this source's; otherwise compiled, and the caller told why.
    const loaded = artifact?.load(source, { lazy, base })
    if (loaded !== undefined && !loaded.ok) precompiled?.onStale?.(source.id, loaded.reason)
    const glossary = loaded?.ok ? loaded.glossary : compileGlossary(source, { lazy, base })
    compiled.set(source.id, glossary)
    return glossary
  }
  for (const source of sources) compile(source)
  // Keep the order the glossaries were given in (GET /v1/glossaries lists them so).
  return new Map(sources.map((s) => [s.id, compiled.get(s.id)!]))
}

/**
 * Builds the service core: compiles every glossary once (validation errors throw here, at
 * start, never on a request) and returns plain functions over plain data.
 */
export function createCopydesk(options: CopydeskOptions): Copydesk {
  const detector = options.detector ?? defaultDetector
  const defaultGlossary = options.defaultGlossary ?? 'news'
  const compiled = compileAll(resolveGlossaries(options.glossaries), options.prevalidated === true, defaultGlossary, options.precompiled)
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
    ...(g.source.extends === undefined ? {} : { extends: g.source.extends }),
  }))

  function glossaryOrThrow(id: string | undefined): CompiledGlossary {
    const glossary = compiled.get(id ?? defaultGlossary)
    if (glossary === undefined) throw new Error(`unknown glossary "${id}"`)
    return glossary
  }

  function detect(text: string): DetectResult {
    const { code, confidence, candidates, reason } = detectLanguage(text, { detector })
    const language: LanguageGuess = { code, confidence, source: 'detected' }
    if (reason !== undefined) language.reason = reason
    return { language, candidates }
  }

  /** A declared language the glossary covers, as its primary subtag; undefined for "auto". */
  function declaredLanguage(requested: string | undefined, glossary: CompiledGlossary): string | undefined {
    if (requested === undefined || requested === 'auto') return undefined
    const code = primaryLanguage(requested)
    if (code === undefined || !glossary.languages.includes(code)) {
      throw new Error(`glossary "${glossary.id}" does not normalize "${requested}" (${glossary.languages.join(', ')})`)
    }
    return code
  }

  function fallbackOf(glossary: CompiledGlossary): string {
    return fallbackOverride ?? glossary.fallbackLanguage
  }

  function normalize(input: NormalizeInput): NormalizeResult {
    const glossary = glossaryOrThrow(input.glossary)
    if (input.format !== undefined && input.format !== 'text') return normalizeMarkup(input, input.format, glossary)
    const language = decideLanguage(declaredLanguage(input.language, glossary), () => detectProse(input.text, glossary), fallbackOf(glossary))
    const matcher = glossary.matcherFor(language.code)
    const warnings: Warning[] = []
    if (matcher === undefined) warnings.push({ code: 'language-not-covered', language: language.code, glossary: glossary.id })
    const found = matcher?.normalize(input.text, { apply: input.apply })
    let changes = found?.changes ?? []
    let text = found?.text ?? input.text
    const spans = foreignSpans(input.text, language.code, true, changes, detectedAs(input.text, changes))
    if (spans.length > 0) {
      changes = inForeignSpans(glossary, input.text, input.text, changes, spans, input.apply, new Map())
      text = applyChanges(input.text, changes)
    }
    const mismatch = language.source === 'declared' && changes.length > 0 ? languageMismatch(input.text, language.code) : undefined
    if (mismatch !== undefined) {
      warnings.push(mismatch)
      changes = changes.map((change) => heldFor(change, 'language-mismatch', input.apply ?? 'confident'))
      text = applyChanges(input.text, changes)
    }
    return { text, language, glossary: { id: glossary.id, version: glossary.version }, changes, diff: diffOf(input, text, changes), warnings }
  }

  /**
   * `found` (the copy's findings in `text`) with each span in another language (a quotation, a
   * paragraph: foreign-spans.ts) found by that language's house style instead, or held
   * (`other-language`) where the glossary has none. Its rules know `prose`, the passage `text`
   * belongs to (the whole document), surveyed once per language into `passages`.
   */
  function inForeignSpans(glossary: CompiledGlossary, text: string, prose: string, found: Change[], spans: ForeignSpan[], apply: ApplyMode | undefined, passages: Map<string, Passage>): Change[] {
    return withForeignSpans(found, spans, (code, start, end) => {
      const matcher = glossary.matcherFor(code)
      if (matcher === undefined) return undefined
      const own = matcher.find(text.slice(start, end), { apply, passage: spanPassage(passages, matcher, prose) })
      return own.map((change) => ({ ...change, start: change.start + start, end: change.end + start }))
    }, (change) => heldFor(change, 'other-language', apply ?? 'confident'))
  }

  /**
   * Whether the detector reads text[start, end) as `code`, the findings of the copy's style in it
   * (`changes`, in order) and its capitalised words blanked out: the confirmation a span the function words propose needs
   * (foreign-spans.ts). Its words decide, not its names, which are what normalizing it changes:
   * read with them, a span could be English before its names are normalized and German after,
   * and a second run would undo the first.
   */
  function detectedAs(text: string, changes: readonly Change[]): ConfirmSpan {
    return (start, end, code) => {
      let words = ''
      let at = start
      for (const change of changes) {
        if (change.end <= start || change.start >= end) continue
        words += text.slice(at, change.start) + ' '
        at = change.end
      }
      words += text.slice(at, end)
      // Nor its capitalised words, names the glossary may not know but normalization may have
      // written ("Michaelsplatz" left as it was, "St Michael's Square" written in its place).
      return detectLanguage(words.replace(CAPITALISED, ' '), { detector }).code === code
    }
  }

  /**
   * The language of a text with "auto", read by its words without a capital, and by all of it
   * only when they do not tell: with less than WORDS_CONFIDENCE (a headline of names, a dateline
   * and a few words), or when another language's function words lead in them (functionWordLead):
   * a text of six languages in turn, whose words alone eld read as French with confidence 1,
   * is still undetermined, as read whole. Its names are what normalizing it changes: read with
   * them, a text of English and Spanish sentences could be English before its names are
   * normalized and Spanish after ("Charkiw" written "Kharkiv"), and a second run would undo the
   * first. So every reading is of the text with the names the glossary knows blanked
   * (KnownNames, in any language and case it takes them): the whole text is read with the names
   * it does not know only ("Region nahe Artemovsk." read whole was undetermined, and "Region
   * nahe Bakhmut." German), and a house form's words without a capital are none of the text's
   * ("plaza de San Miguel", "plac Michajłowski"). All three read only what normalizing leaves as
   * it was, so either run takes the same branch to the same language.
   *
   * When that reading does not decide, the text's names may: it is read with them, and the
   * language found is taken only if the text with that language's house forms written in (its
   * matcher, applying all) reads the same, so that its normalized copy is read so too ("Bucha
   * está al noroeste de Kiev." blanked is undetermined, and English by fallback wrote "Kyiv",
   * which Spanish style keeps; read with "Kiev", and with the Spanish forms, it is Spanish).
   * Otherwise it stays undetermined, as does a text of known names alone ("Mykhailivska Square."
   * read with its name is undetermined, and its copy "St Michael's Square." English) and a longer
   * one (NAMES_DECIDE_UNITS), whose words not deciding means languages mixed, which its names
   * would only tip. Its confidence is that of the text as written in that style, which a
   * normalized copy is too. Only on this branch: a matcher run and two more readings.
   */
  function detectProse(text: string, glossary: CompiledGlossary): LanguageDetection {
    const read = knownNamesOf(glossary).blank(text)
    const blanked = readProse(read)
    // Paragraphs or function words of other languages: mixed, which its names would only tip.
    if (blanked === undefined) return mixed()
    if (blanked.code !== 'und' || read.length > NAMES_DECIDE_UNITS) return blanked
    if (blanked.reason === 'no-letters') return namesAlone(text)
    const named = readProse(text)
    if (named === undefined || named.code === 'und') return blanked
    // A sentence or paragraph in another language: two languages, which the names would only
    // tip. Read without them (Polish and Spanish paragraphs were undetermined, and their copy,
    // with the Polish "Lisiczańsk" the first run wrote, Polish by its names, so its Spanish was
    // changed; French sentences and an Italian one likewise, with "Ukraine" written for "Ucraina").
    if (someSentenceLeadsElsewhere(read, named.code)) return blanked
    const matcher = glossary.matcherFor(named.code)
    if (matcher === undefined) return blanked
    const written = matcher.normalize(text, { apply: 'all' }).text
    if (written === text) return named
    const again = readProse(written)
    return again !== undefined && again.code === named.code ? again : blanked
  }

  /**
   * A text's language by its words without a capital, or by all of it when they do not tell; and
   * either only if its paragraphs are not more of several other languages (paragraphsLeadElsewhere). The
   * whole is not held to the function words of the whole as the words are: "Nikolaev sagte am
   * Montag in Kyjiw, er habe nichts gewusst." has Dutch "in" and "er", and no German one. Short paragraphs in
   * six languages in turn (test/runtime/workerd-memory) were read as French at 0.99 once their
   * known names were blanked, where read with them eld could not tell: taken so, the document was
   * French, whose style keeps "Kiev", and its English paragraph was never read on its own (a
   * paragraph is read where it holds a finding). Undetermined, the glossary's fallback reads each
   * paragraph that holds one of its findings apart (foreign-spans.ts); in markup, each block is
   * detected on its own (markup/language.ts). Undefined then: the text is of languages mixed,
   * and detectProse does not let its names tip it either (they tipped the Polish house form
   * "Plac Michajłowski" written into a French and Polish document to Polish in the second run).
   */
  function readProse(read: string): LanguageDetection | undefined {
    const words = detectLanguage(read, { detector, names: false })
    if (words.code !== 'und' && words.confidence >= WORDS_CONFIDENCE && functionWordLead(read, words.code) === undefined && !paragraphsLeadElsewhere(read, words.code)) return words
    const whole = detectLanguage(read, { detector })
    if (whole.code === 'und' || !paragraphsLeadElsewhere(read, whole.code)) return whole
    return undefined
  }

  /** What readProse's undefined (languages mixed) answers: undetermined, no language confident. */
  function mixed(): LanguageDetection {
    return { code: 'und', confidence: 0, candidates: [], reason: 'not-confident' }
  }

  /**
   * A text of known names alone (nothing left once they are blanked): undetermined, since its
   * names are what normalizing changes ("Mykhailivska Square." read whole is undetermined, its
   * copy "St Michael's Square." English), with the reason the text as sent gives, not the blanked
   * one: "Kiev" is too short to tell, "Bakhmut Donetsk Luhansk" not told with confidence. No
   * confidence nor candidates, which would differ from a run to the next ("Kiev", "Kyiv").
   */
  function namesAlone(text: string): LanguageDetection {
    const named = detectLanguage(text, { detector })
    const reason = named.code === 'und' && named.reason !== undefined ? named.reason : 'not-confident'
    return { code: 'und', confidence: 0, candidates: [], reason }
  }

  /**
   * Every form of a glossary in any language, made on its first text with "auto": read back
   * from the build's artifact for a bundled glossary, else off its tries. Keyed by the
   * compiled glossary, not its id: a glossary stored again under its id (the glossary store) is
   * another object, and its names are read anew.
   */
  const knownNames = new WeakMap<CompiledGlossary, KnownNames>()
  function knownNamesOf(glossary: CompiledGlossary): KnownNames {
    let names = knownNames.get(glossary)
    if (names === undefined) {
      const table = glossary.names?.() ?? nameTable(glossary.languages.flatMap((code) => glossary.matcherFor(code)?.trie ?? []))
      knownNames.set(glossary, (names = new KnownNames(table)))
    }
    return names
  }

  /** The declared language against a confident detection, or undefined when they agree (or detection cannot tell). */
  function languageMismatch(text: string, declared: string): LanguageMismatch | undefined {
    const { code, confidence } = detectLanguage(text, { detector })
    if (code === 'und' || code === declared || confidence < MISMATCH_CONFIDENCE) return undefined
    return { code: 'language-mismatch', language: declared, detected: code, confidence }
  }

  /** Markdown and HTML: only the prose changes; with "auto", each block is detected on its own. */
  function normalizeMarkup(input: NormalizeInput, format: 'markdown' | 'html', glossary: CompiledGlossary): NormalizeResult {
    const declared = declaredLanguage(input.language, glossary)
    const notCovered = new Set<string>()
    const passages = new Map<string, Passage>()
    const doc = normalizeDocument(input.text, format, {
      language: declared ?? 'auto',
      fallback: fallbackOf(glossary),
      find(text, code, prose) {
        const matcher = glossary.matcherFor(code)
        if (matcher === undefined) notCovered.add(code)
        if (matcher === undefined) return []
        // The whole document is the passage a rule may look at, surveyed once per language;
        // when every block is in this language, it is the text itself and find surveys it.
        const found = text === prose ? matcher.find(text, { apply: input.apply }) : matcher.find(text, { apply: input.apply, passage: surveyed(passages, matcher, prose) })
        const spans = foreignSpans(text, code, false, found, detectedAs(text, found))
        return spans.length === 0 ? found : inForeignSpans(glossary, text, prose, found, spans, input.apply, passages)
      },
      // Each block read as plain text is (detectProse): by its words, without the known names.
      detect: (text) => detectProse(text, glossary),
      // Made on the first document read with "auto" (a declared one reads none).
      names: declared === undefined ? knownNamesOf(glossary) : undefined,
    })
    const language: NormalizeResult['language'] = doc.language.source === 'declared' ? doc.language : { ...doc.language, blocks: doc.blocks }
    const warnings: Warning[] = [...notCovered].map((code) => ({ code: 'language-not-covered', language: code, glossary: glossary.id }))
    // Not push(...): a document can carry more warnings than a call may take arguments.
    for (const warning of doc.warnings) warnings.push(warning)
    return {
      text: doc.text, language, glossary: { id: glossary.id, version: glossary.version },
      changes: doc.changes, diff: diffOf(input, doc.text, doc.changes), warnings,
    }
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

/** The survey of `prose` by `matcher`, made once per language of a request. */
/**
 * The passage a span in another language is read against (foreign-spans.ts): its `requires`
 * count every mention of the text (`mentioned`), not only the confirmed ones. The copy's own
 * style turns its variants into forms that the span's language may read as right forms needing
 * nothing: French copy's "Lvov" becomes "Lviv", which is English too. Counted only once
 * confirmed, an English quotation's "Artemivsk" in French copy naming Lvov would be left by a
 * first run and changed by a second.
 */
function spanPassage(passages: Map<string, Passage>, matcher: Matcher, prose: string): Passage {
  const passage = surveyed(passages, matcher, prose)
  return passage.confirmed === passage.mentioned ? passage : { ...passage, confirmed: passage.mentioned }
}

function surveyed(passages: Map<string, Passage>, matcher: Matcher, prose: string): Passage {
  let passage = passages.get(matcher.language)
  if (passage === undefined) passages.set(matcher.language, (passage = matcher.survey(prose)))
  return passage
}
