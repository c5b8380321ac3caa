import { TranslateError } from '../../errors.js'
import { placeholders } from '../../protect.js'
import type { LanguagePair, ProviderFactory, TranslationProvider } from '../../provider.js'

const ID = 'workers-ai'
export const M2M100 = '@cf/meta/m2m100-1.2b'

/**
 * Languages of m2m100 (ISO 639-1, as the model names them; https://huggingface.co/facebook/m2m100_1.2B)
 * offered here: those of European and world news desks. The model has 100; more can be added
 * to this list without other changes.
 */
const LANGUAGES = ['ar', 'bg', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'he', 'hr', 'hu', 'it', 'ja', 'ko', 'lt', 'lv', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sv', 'tr', 'uk', 'zh']

const PAIRS: readonly LanguagePair[] = LANGUAGES.flatMap((from) => LANGUAGES.filter((to) => to !== from).map((to) => ({ from, to })))

/**
 * Cloudflare Workers AI through the `AI` binding ([ai] in wrangler.toml): the model
 * `@cf/meta/m2m100-1.2b` takes `{text, source_lang, target_lang}` and answers
 * `{translated_text}` (https://developers.cloudflare.com/workers-ai/models/m2m100-1.2b/).
 * Configured only where the binding exists. A neural model may rewrite a placeholder; the
 * pipeline then retranslates that unit unprotected and normalizes it, with a warning.
 */
export const workersAi: ProviderFactory = (settings) => {
  const ai = settings.ai
  if (ai === undefined) return undefined
  const provider: TranslationProvider = {
    id: ID,
    engine: `Workers AI ${M2M100}`,
    protection: placeholders,
    async pairs() {
      return [...PAIRS]
    },
    async translate(request) {
      const texts: string[] = []
      for (const text of request.texts) {
        if (request.signal.aborted) throw request.signal.reason
        let answer: unknown
        try {
          answer = await ai.run(M2M100, { text, source_lang: request.from, target_lang: request.to })
        } catch (error) {
          throw new TranslateError('unavailable', { provider: ID, reason: 'engine-error', detail: error instanceof Error ? error.message : String(error) })
        }
        const translated = (answer as { translated_text?: unknown } | null)?.translated_text
        if (typeof translated !== 'string') throw new TranslateError('bad-answer', { provider: ID, detail: 'no translated_text in the answer' })
        texts.push(translated)
      }
      return { texts, engine: `${M2M100} ${request.from}-${request.to}` }
    },
  }
  return provider
}
