import { TranslateError } from '../../errors.js'
import { fromIso6393, toIso6393 } from '../../languages.js'
import { knownNames } from '../../protect.js'
import type { LanguagePair, ProviderFactory, TranslationProvider } from '../../provider.js'
import { providerFetch } from '../http.js'
import { afterContinuation, continuationOf, uncapitalizeAfterCopiedStart } from './sentence-case.js'
import { withoutGenerationMarks } from './marks.js'
import { closeDroppedWordSpace, closeSpaceBeforePunctuation } from './spacing.js'

const ID = 'apertium'

/**
 * Apertium, the open-source rule-based engine, through its HTTP server APy
 * (https://wiki.apertium.org/wiki/Apertium-apy): `GET /listPairs` lists the installed pairs in
 * ISO 639-3 codes, `POST /translate` (form fields `langpair=spa|eng`, `q`, `markUnknown=no`)
 * answers `{"responseData": {"translatedText"}, "responseStatus": 200}`. Names are protected
 * with names its dictionary has (protect.ts `knownNames`), which it copies through and places
 * as its own, else with placeholders, unknown words it copies through unchanged.
 */
export const apertium: ProviderFactory = (settings) => {
  if (settings.apertiumUrl === undefined) return undefined
  const base = settings.apertiumUrl.replace(/\/+$/u, '')
  const call = providerFetch(ID, settings.fetch, 'apertium-unreachable')

  const provider: TranslationProvider = {
    id: ID,
    engine: `Apertium (APy at ${base})`,
    protection: knownNames,

    async pairs(signal) {
      const body = await call(`${base}/listPairs`, { signal })
      // Any JSON may come back (null, a number): read with ?., refused below unless it is APy's.
      const data = (body as { responseData?: unknown } | null)?.responseData
      if (!Array.isArray(data)) throw new TranslateError('bad-answer', { provider: ID, detail: '/listPairs without responseData' })
      const pairs: LanguagePair[] = []
      const seen = new Set<string>()
      for (const item of data as ({ sourceLanguage?: unknown; targetLanguage?: unknown } | null)[]) {
        if (typeof item?.sourceLanguage !== 'string' || typeof item.targetLanguage !== 'string') continue
        // Variants ("eng_US") are other modes of the same direction; the plain pair is the one used.
        if (item.sourceLanguage.includes('_') || item.targetLanguage.includes('_')) continue
        const pair = { from: fromIso6393(item.sourceLanguage), to: fromIso6393(item.targetLanguage) }
        const key = `${pair.from}|${pair.to}`
        if (!seen.has(key)) {
          seen.add(key)
          pairs.push(pair)
        }
      }
      return pairs
    },

    async translate(request) {
      const langpair = `${toIso6393(request.from)}|${toIso6393(request.to)}`
      // APy runs one pipeline per pair; the units of one text go through it in order.
      const texts: string[] = []
      for (let i = 0; i < request.texts.length; i++) {
        const q = request.texts[i]!
        if (q.trim() === '') {
          texts.push(q)
          continue
        }
        const continuation = request.continues[i] === true ? continuationOf(q) : undefined
        const body = await call(`${base}/translate`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ langpair, q: continuation === undefined ? q : continuation.prefix + q, markUnknown: 'no' }).toString(),
          signal: request.signal,
        })
        const translated = (body as { responseData?: { translatedText?: unknown } | null } | null)?.responseData?.translatedText
        if (typeof translated !== 'string') throw new TranslateError('bad-answer', { provider: ID, detail: '/translate without translatedText' })
        const answer = withoutGenerationMarks(q, translated.trim())
        texts.push(closeDroppedWordSpace(q, closeSpaceBeforePunctuation(q, uncapitalizeAfterCopiedStart(q, continuation === undefined ? answer : afterContinuation(answer, continuation.standIn), request.to), request.to)))
      }
      return { texts, engine: `apertium ${langpair.replace('|', '-')}` }
    },
  }
  return provider
}
