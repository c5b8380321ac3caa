import * as deepl from 'deepl-node'
import { TranslateError } from '../../errors.js'
import { xmlTags } from '../../protect.js'
import type { LanguagePair, ProviderFactory, TranslationProvider, TranslationRequest } from '../../provider.js'

const ID = 'deepl'

/**
 * DeepL through the official client, deepl-node (Node only: it is not in the Worker's
 * registry). Names are protected with XML tag handling (`tag_handling=xml`, `ignore_tags=x`,
 * https://developers.deepl.com/docs/xml-and-html-handling/xml), and a DeepL glossary made from
 * the Copydesk glossary for the direction (https://developers.deepl.com/docs/api-reference/glossaries)
 * catches the names outside the tags; a text with a name it does not decide (a suggestion) goes
 * without it. That glossary is created once per Copydesk glossary version and direction, and
 * found again by its name, which carries the version.
 */
export const deeplProvider: ProviderFactory = (settings) => {
  if (settings.deeplAuthKey === undefined) return undefined
  const translator = new deepl.Translator(settings.deeplAuthKey, {
    ...(settings.deeplServerUrl ? { serverUrl: settings.deeplServerUrl } : {}),
    // The pipeline has its own deadline (TRANSLATE_TIMEOUT_MS) and answers 503, retryable: no hidden retries.
    maxRetries: 0,
    // Nor an earlier one: deepl-node gives a request up after `minTimeout`
    // (https://github.com/DeepLcom/deepl-node#configuration; 5 s unless set in 1.28's Translator,
    // though the README says 10), which answered 503 for a text DeepL was still translating well
    // inside the 20 s the operator allows. A second past the deadline, so that the deadline's
    // answer (504 provider_timeout, which says what happened) always comes first.
    minTimeout: settings.timeoutMs + 1_000,
    sendPlatformInfo: false,
    appInfo: { appName: 'copydesk', appVersion: '0.1.0' },
  })
  /** Glossary ids by name, and the creations in flight, so concurrent requests create one. */
  const glossaries = new Map<string, Promise<string | undefined>>()
  let glossaryPairs: Promise<Set<string>> | undefined

  async function glossaryFor(request: TranslationRequest): Promise<string | undefined> {
    const names = request.names
    const entries = Object.fromEntries((names?.pairs ?? []).filter((p) => p.unconditional).map((p) => [p.source, p.target]))
    if (Object.keys(entries).length === 0) return undefined
    glossaryPairs ??= translator.getGlossaryLanguagePairs().then((pairs) => new Set(pairs.map((p) => `${p.sourceLang}|${p.targetLang}`.toLowerCase())))
    if (!(await glossaryPairs).has(`${request.from}|${request.to}`)) return undefined
    const name = `copydesk ${request.glossary.id} ${request.glossary.version} ${request.from}-${request.to}`
    let id = glossaries.get(name)
    if (id === undefined) {
      id = (async () => {
        const existing = (await translator.listGlossaries()).find((g) => g.name === name && g.ready)
        if (existing) return existing.glossaryId
        const created = await translator.createGlossary(name, request.from as deepl.SourceGlossaryLanguageCode, request.to as deepl.TargetGlossaryLanguageCode, new deepl.GlossaryEntries({ entries }))
        return created.glossaryId
      })()
      glossaries.set(name, id)
      // A failure is not remembered: the next request tries again.
      id.catch(() => glossaries.delete(name))
    }
    return id
  }

  const provider: TranslationProvider = {
    id: ID,
    engine: 'DeepL',
    protection: xmlTags,

    async pairs() {
      try {
        const [sources, targets] = await Promise.all([translator.getSourceLanguages(), translator.getTargetLanguages()])
        const to = [...new Set(targets.map((l) => l.code.toLowerCase().split('-')[0]!))]
        return sources.flatMap((s) => to.filter((t) => t !== s.code.toLowerCase()).map((t): LanguagePair => ({ from: s.code.toLowerCase(), to: t })))
      } catch (error) {
        throw translateError(error)
      }
    },

    async translate(request) {
      try {
        const glossary = await glossaryFor(request)
        const options = request.masked ? { tagHandling: 'xml' as const, ignoreTags: ['x'] } : {}
        const send = async (indices: readonly number[], withGlossary: boolean) => {
          if (indices.length === 0) return []
          const results = await translator.translateText(indices.map((i) => request.texts[i]!), request.from as deepl.SourceLanguageCode, targetCode(request.to), {
            ...options,
            ...(withGlossary && glossary ? { glossary } : {}),
          })
          // Put back by position below: a short answer would misplace or lose a text.
          if (results.length !== indices.length) throw new TranslateError('bad-answer', { provider: ID, detail: `${results.length} translations for ${indices.length} texts` })
          return results
        }
        // The glossary applies its entries wherever they stand: a text with a name it does not
        // decide ("Járkov (hoy Járkiv)" would come out "Kharkiv (now Kharkiv)") goes without it.
        const all = request.texts.map((_, i) => i)
        const free = glossary ? all.filter((i) => !request.undecided[i]) : all
        const held = glossary ? all.filter((i) => request.undecided[i]) : []
        const [withIt, without] = await Promise.all([send(free, true), send(held, false)])
        const texts = new Array<string>(request.texts.length)
        free.forEach((i, k) => (texts[i] = withIt[k]!.text))
        held.forEach((i, k) => (texts[i] = without[k]!.text))
        const used = !glossary || free.length === 0 ? '' : held.length === 0 ? ' with glossary' : ` with glossary, but not for ${held.length} of ${all.length} texts`
        return { texts, engine: `DeepL ${request.from}-${request.to}${used}` }
      } catch (error) {
        throw translateError(error)
      }
    },
  }
  return provider
}

/** DeepL wants a regional English and Portuguese as targets; house style here is British and European. */
function targetCode(to: string): deepl.TargetLanguageCode {
  if (to === 'en') return 'en-GB'
  if (to === 'pt') return 'pt-PT'
  return to as deepl.TargetLanguageCode
}

/** deepl-node's errors (https://github.com/DeepLcom/deepl-node#exceptions) as the pipeline's. */
function translateError(error: unknown): unknown {
  if (error instanceof TranslateError) return error
  const detail = error instanceof Error ? error.message : String(error)
  if (error instanceof deepl.AuthorizationError) return new TranslateError('unavailable', { provider: ID, reason: 'key', status: 403, detail })
  if (error instanceof deepl.QuotaExceededError) return new TranslateError('unavailable', { provider: ID, reason: 'quota', status: 456, detail })
  if (error instanceof deepl.TooManyRequestsError) return new TranslateError('unavailable', { provider: ID, reason: 'rate-limited', status: 429, detail })
  if (error instanceof deepl.ConnectionError) return new TranslateError('unavailable', { provider: ID, reason: 'unreachable', detail })
  if (error instanceof deepl.DeepLError) {
    // deepl-node reports other statuses in its message ("Unexpected status code: 503 ...").
    const status = /status code: (\d{3})/u.exec(detail)?.[1] ?? (detail.startsWith('Service unavailable') ? '503' : undefined)
    if (status !== undefined && Number(status) >= 500) return new TranslateError('unavailable', { provider: ID, reason: 'engine-error', status: Number(status), detail })
    return new TranslateError('bad-answer', { provider: ID, detail })
  }
  return error
}
