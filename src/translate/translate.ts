import type { Change, Copydesk, LanguageGuess, NormalizeOffThread, TextFormat, Warning } from '../core/api.js'
import { decideLanguage } from '../core/detect/decide.js'
import { primaryLanguage } from '../core/language-tag.js'
import { TranslateError } from './errors.js'
import { createNameMatcher, type NameMatcher } from './names.js'
import { planProtections, type FormAt, type Masked, type ProtectedSpan } from './protect.js'
import type { LanguagePair, TranslationProvider, TranslationResponse } from './provider.js'
import { joinUnits, splitUnits, type Unit } from './units.js'

export interface TranslateInput {
  text: string
  /** BCP 47 tag of the target language. */
  to: string
  /** "auto" (default) or a BCP 47 tag. */
  from?: string
  format?: TextFormat
  glossary?: string
  /** Provider id; default the translator's default provider. */
  provider?: string
  /**
   * At most this many protected names listed in the result (the first ones); beyond it a
   * `protected-truncated` warning gives the full count. Default: all. The HTTP route passes
   * MAX_CHANGES, so that a megabyte of names does not hold 200,000 entries in memory.
   */
  maxProtected?: number
}

/** A name protected before translation: where it was in the source, and the form it was given. */
export interface ProtectedName {
  concept: string
  start: number
  end: number
  original: string
  form: string
}

/** Something the caller should know about a translation that is not a change. */
export type TranslateWarning =
  | Warning
  /** The engine broke a protection in [start, end) of the source: that part was translated unprotected, then normalized. */
  | { code: 'protection-broken'; provider: string; start: number; end: number }
  /** A protected name whose target form is not in the result (the engine dropped it in an unprotected retry). */
  | { code: 'name-missing'; concept: string; original: string; form: string; start: number; end: number }
  /**
   * A protected name written in its dictionary form (nominative) where the words the engine put
   * before it call for another case that the glossary's forms do not decide (Polish "z Kijów":
   * genitive or instrumental; "z Andrij Jermak", no case forms): inflect it.
   */
  | { code: 'name-case-unsure'; concept: string; original: string; form: string; start: number; end: number }
  /**
   * The engine wrote an article before a protected name that takes none (English "Snake
   * Island"), and the words after it do not say whether the article is the name's or a noun's
   * the name modifies ("the Snake Island garrison" is right, "the Snake Island defenders" may
   * not be): the article stands; check it.
   */
  | { code: 'name-article-unsure'; concept: string; original: string; form: string; start: number; end: number }
  /** Only the first `listed` of the `total` protected names are in `protected` (`maxProtected`: the HTTP answer's cap, MAX_CHANGES). */
  | { code: 'protected-truncated'; total: number; listed: number }

export interface TranslateResult {
  /** The translation with the target language's house style applied. */
  text: string
  source: LanguageGuess
  target: string
  provider: { id: string; engine: string }
  glossary: { id: string; version: string }
  /** What the engine produced, protected names restored: `changes` and `diff` are relative to it. */
  machineTranslation: string
  changes: Change[]
  diff: string
  protected: ProtectedName[]
  warnings: TranslateWarning[]
}

export interface ProviderStatus {
  id: string
  engine: string
  default: boolean
  reachable: boolean
  pairs: LanguagePair[]
  /** Why it is not reachable, when it is not. */
  error?: string
}

export interface TranslatorOptions {
  copydesk: Copydesk
  providers: readonly TranslationProvider[]
  /** TRANSLATE_PROVIDER; default the first provider. */
  defaultProvider?: string | undefined
  /** TRANSLATE_TIMEOUT_MS: how long one request waits for the engine in all. Default 20 000. */
  timeoutMs?: number
  /** How long a provider's list of pairs is reused, in ms. Default 30 000. */
  pairsTtlMs?: number
  /** Clock for the pairs cache (tests). */
  now?: () => number
  /** Normalizes the translation (Node: a large one on the worker-thread pool). Default: `copydesk.normalize`, on the calling thread. */
  normalize?: NormalizeOffThread
}

export interface Translator {
  translate(input: TranslateInput): Promise<TranslateResult>
  providers(): Promise<ProviderStatus[]>
  readonly ids: readonly string[]
  readonly defaultProvider: string | undefined
}

export const DEFAULT_TRANSLATE_TIMEOUT_MS = 20_000

/**
 * Translation with names in house style: find the names the source language's glossary
 * recognizes, protect them (the provider's way), translate, restore them in the target
 * language's form, check that every protection survived (else translate that unit again
 * without protection and warn), then run the target language's normalization over the result,
 * which also catches what protection could not (calques, the engine's own variants).
 */
export function createTranslator(options: TranslatorOptions): Translator {
  const { copydesk } = options
  const byId = new Map(options.providers.map((p) => [p.id, p]))
  const defaultProvider = options.defaultProvider ?? options.providers[0]?.id
  const timeoutMs = options.timeoutMs ?? DEFAULT_TRANSLATE_TIMEOUT_MS
  const pairsTtl = options.pairsTtlMs ?? 30_000
  const now = options.now ?? Date.now
  const normalize: NormalizeOffThread = options.normalize ?? (async (input) => copydesk.normalize(input))
  const pairsCache = new Map<string, { at: number; pairs: LanguagePair[] }>()
  const nameMatchers = new Map<string, NameMatcher>()

  function provider(id: string | undefined): TranslationProvider {
    const found = id === undefined ? undefined : byId.get(id)
    if (found === undefined) {
      throw new TranslateError('not-configured', {
        provider: id ?? 'none',
        available: [...byId.keys()],
      })
    }
    return found
  }

  async function pairsOf(p: TranslationProvider, signal: AbortSignal): Promise<LanguagePair[]> {
    const cached = pairsCache.get(p.id)
    if (cached && now() - cached.at < pairsTtl) return cached.pairs
    const pairs = await p.pairs(signal)
    pairsCache.set(p.id, { at: now(), pairs })
    return pairs
  }

  function namesFor(glossary: string, from: string, to: string): { names: NameMatcher | undefined; version: string } {
    const source = copydesk.glossary(glossary)
    if (source === undefined) throw new Error(`unknown glossary "${glossary}"`)
    if (!source.languages.includes(from)) return { names: undefined, version: source.version }
    const key = `${glossary}\u0000${source.version}\u0000${from}\u0000${to}`
    let names = nameMatchers.get(key)
    if (names === undefined) {
      names = createNameMatcher(source, from, to)
      nameMatchers.set(key, names)
    }
    return { names, version: source.version }
  }

  /**
   * The source language by the service's one rule (declared, else detected, else the glossary's
   * fallback). The units' prose is joined only to be detected: a megabyte of it is not copied
   * when the language is declared.
   */
  function sourceLanguage(units: readonly Unit[], from: string | undefined, glossary: string): LanguageGuess {
    const declared = from === undefined || from === 'auto' ? undefined : primaryLanguage(from)
    if (declared === undefined && from !== undefined && from !== 'auto') throw new Error(`"${from}" is not a BCP 47 language tag`)
    const fallback = copydesk.glossaries().find((g) => g.id === glossary)?.fallbackLanguage ?? 'en'
    return decideLanguage(declared, () => {
      const { language } = copydesk.detect(units.map((u) => u.text).join('\n'))
      return { code: language.code, confidence: language.confidence, ...(language.reason ? { reason: language.reason } : {}) }
    }, fallback)
  }

  async function translate(input: TranslateInput): Promise<TranslateResult> {
    const format = input.format ?? 'text'
    const glossary = input.glossary ?? copydesk.defaultGlossary
    const p = provider(input.provider ?? defaultProvider)
    const to = primaryLanguage(input.to)
    if (to === undefined) throw new Error(`"${input.to}" is not a BCP 47 language tag`)
    const units = splitUnits(input.text, format)
    const source = sourceLanguage(units, input.from, glossary)
    const from = source.code

    return withTimeout(p.id, timeoutMs, async (signal) => {
      const pairs = await pairsOf(p, signal)
      if (!pairs.some((pair) => pair.from === from && pair.to === to)) {
        throw new TranslateError('unsupported-pair', { provider: p.id, from, to, pairs })
      }
      const { names, version } = namesFor(glossary, from, to)
      const plans = planProtections(units.map((unit) => unit.text), names)
      const masked: Masked[] = units.map((unit, i) => p.protection.mask(unit.text, plans[i]!.spans, names?.kindOf))
      const request = { from, to, names, glossary: { id: glossary, version }, signal }
      // Nothing to translate (empty, whitespace, or markup without prose): the engine is not
      // asked. DeepL refuses an empty list of texts, and a call would spend a request of the quota.
      const first: TranslationResponse = masked.length === 0 ? { texts: [] } : await call(p, { ...request, texts: masked.map((m) => m.text), undecided: plans.map((plan) => plan.undecided), continues: units.map((u) => u.continues), masked: true })
      // The form each name was given where it stands (a Polish case form after "w"), for
      // `protected`, and the names whose case the words around them leave wrong, for a warning.
      const written = new Map<ProtectedSpan, string>()
      const caseUnsure = new Set<ProtectedSpan>()
      const articleUnsure = new Set<ProtectedSpan>()
      const formAt = (continues: boolean): FormAt | undefined => names && ((span, translated, at, end) => {
        const chosen = names.formAt(span, translated, at, continues, end)
        if (chosen.form !== span.replacement) written.set(span, chosen.form)
        if (chosen.caseUnsure) caseUnsure.add(span)
        if (chosen.articleUnsure === true) articleUnsure.add(span)
        return chosen
      })
      const translations = masked.map((m, i) => m.restore(first.texts[i]!, formAt(units[i]!.continues)))
      const warnings: TranslateWarning[] = []
      const broken = translations.flatMap((t, i) => (t === undefined ? [i] : []))
      if (broken.length > 0) {
        const retry = await call(p, { ...request, texts: broken.map((i) => units[i]!.text), undecided: broken.map((i) => plans[i]!.undecided), continues: broken.map((i) => units[i]!.continues), masked: false })
        broken.forEach((unitIndex, k) => {
          translations[unitIndex] = retry.texts[k]!
          warnings.push({ code: 'protection-broken', provider: p.id, start: units[unitIndex]!.start, end: units[unitIndex]!.end })
        })
      }
      const machineTranslation = joinUnits(input.text, units, translations as string[])
      const normalized = copydesk.supports(glossary, to)
        ? await normalize({ text: machineTranslation, format, language: to, glossary })
        : undefined
      if (normalized === undefined) warnings.push({ code: 'language-not-covered', language: to, glossary })
      else for (const w of normalized.warnings) warnings.push(w)
      const text = normalized?.text ?? machineTranslation
      const protectedNames: ProtectedName[] = []
      const maxProtected = input.maxProtected ?? Number.POSITIVE_INFINITY
      let protectedTotal = 0
      // Asked once per unit and once per form, not per name: a name reads the whole result when
      // its form is missing, and a retried megabyte can hold 12,000 names of one form.
      const retried = new Set(broken)
      const found = new Map<string, boolean>()
      const present = (span: ProtectedSpan) => {
        let answer = found.get(span.replacement)
        if (answer === undefined) found.set(span.replacement, (answer = containsForm(text, span)))
        return answer
      }
      units.forEach((unit, i) => {
        for (const span of plans[i]!.spans) {
          if (span.concept === undefined) continue
          protectedTotal += 1
          const listed = protectedNames.length < maxProtected
          const missing = retried.has(i) && !present(span)
          if (!listed && !missing) continue
          const name = { concept: span.concept, start: unit.sourceOffset(span.start), end: unit.sourceOffset(span.end), original: span.original, form: written.get(span) ?? span.replacement }
          if (listed) protectedNames.push(name)
          if (missing) warnings.push({ code: 'name-missing', ...name })
          // Only for a listed name (`protected`, at most maxProtected; protected-truncated says
          // when there are more): one warning a name, a megabyte of "z Kyiv" made 43,000 of them
          // (a 13.6 MB answer). A retried unit's names were not restored by us: the engine wrote them.
          else if (listed && !retried.has(i)) {
            if (caseUnsure.has(span)) warnings.push({ code: 'name-case-unsure', ...name })
            if (articleUnsure.has(span)) warnings.push({ code: 'name-article-unsure', ...name })
          }
        }
      })
      if (protectedTotal > protectedNames.length) warnings.push({ code: 'protected-truncated', total: protectedTotal, listed: protectedNames.length })
      return {
        text,
        source,
        target: to,
        provider: { id: p.id, engine: first.engine ?? p.engine },
        glossary: { id: glossary, version },
        machineTranslation,
        changes: normalized?.changes ?? [],
        diff: normalized?.diff ?? '',
        protected: protectedNames,
        warnings,
      }
    })
  }

  async function providers(): Promise<ProviderStatus[]> {
    return Promise.all(
      options.providers.map(async (p): Promise<ProviderStatus> => {
        const base = { id: p.id, engine: p.engine, default: p.id === defaultProvider }
        try {
          // Asked afresh: this route is where an operator checks that the engine is up.
          const pairs = await withTimeout(p.id, Math.min(timeoutMs, 5_000), (signal) => p.pairs(signal))
          pairsCache.set(p.id, { at: now(), pairs })
          return { ...base, reachable: true, pairs }
        } catch (error) {
          return { ...base, reachable: false, pairs: [], error: error instanceof Error ? error.message : String(error) }
        }
      }),
    )
  }

  return { translate, providers, ids: [...byId.keys()], defaultProvider }
}

async function call(p: TranslationProvider, request: Parameters<TranslationProvider['translate']>[0]): Promise<TranslationResponse> {
  const response = await p.translate(request)
  if (response.texts.length !== request.texts.length || response.texts.some((t, i) => typeof t !== 'string' || (t.trim() === '' && request.texts[i]!.trim() !== ''))) {
    throw new TranslateError('bad-answer', { provider: p.id, detail: `${response.texts.length} translations for ${request.texts.length} texts, or an empty one` })
  }
  return response
}

/** Whether the target form of a protected span is in the text (as written or in capitals). */
function containsForm(text: string, span: ProtectedSpan): boolean {
  return text.includes(span.replacement) || text.includes(span.replacement.toUpperCase())
}

/**
 * Runs `work` with a signal that aborts after `ms`; a timeout is a TranslateError('timeout')
 * whether or not the provider honours the signal (deepl-node does not take one).
 */
export async function withTimeout<T>(provider: string, ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(new TranslateError('timeout', { provider, timeoutMs: ms }))
    }, ms)
  })
  try {
    return await Promise.race([work(controller.signal), timeout])
  } finally {
    clearTimeout(timer)
  }
}
