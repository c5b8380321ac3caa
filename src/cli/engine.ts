import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hc } from 'hono/client'
import * as v from 'valibot'
import { loadGlossaries } from '../../scripts/load-glossaries.js'
import { createCopydesk } from '../core/copydesk.js'
import type { CopydeskApi } from '../http/client.js'
import { glossaryCatalog } from '../http/glossary-catalog.js'
import { HttpError } from '../http/http-error.js'
import { canonicalLanguageTag, parseFields } from '../http/request/index.js'
import type { RenderedNormalizeResult } from '../http/render/index.js'
import { renderTranslateResult } from '../http/render/translate-result.js'
import { DEFAULT_APERTIUM_URL } from '../translate/config.js'
import { TranslateError } from '../translate/errors.js'
import { nodeRegistry } from '../translate/providers/node.js'
import { translatorFromEnv } from '../translate/registry.js'
import { documentNormalizer } from '../http/routes/normalize.js'
import { NormalizeOptions, TranslateResponse } from '../http/schemas/index.js'
import { lookupLocale, t, type Locale } from '../i18n/index.js'
import type { Format } from './options.js'

export interface Document {
  text: string
  format: Format
  language: string
  glossary: string | undefined
}

/** The answer of POST /v1/normalize for one document, or its error (code and message). */
export type Outcome = { answer: RenderedNormalizeResult } | { error: { code: string; message: string } }

/** What `copydesk translate` asks: a document and the languages. */
export interface Translation {
  text: string
  format: Format
  to: string
  from: string
  provider: string | undefined
  glossary: string | undefined
}

/** The translation (what the engine produced, the changes on top of it), or its error. */
export type TranslateOutcome = { answer: TranslatedAnswer } | { error: { code: string; message: string } }

/** The translate answer as its schema describes it (src/http/schemas/translate.ts). */
export type TranslatedAnswer = v.InferOutput<typeof TranslateResponse>

export interface Engine {
  normalize(document: Document): Promise<Outcome>
  translate(translation: Translation): Promise<TranslateOutcome>
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const Options = v.object(NormalizeOptions)
const decoder = new TextDecoder()

/**
 * The core in this process, with the glossaries of the package's glossaries/ folder (read and
 * checked as the build does, so a fresh clone needs no build step), answering exactly as the
 * HTTP API does: the same validation, the same rendering.
 */
export function localEngine(localeTag: string, env: Readonly<Record<string, string | undefined>> = {}): Engine {
  const copydesk = createCopydesk({ glossaries: loadGlossaries(join(root, 'glossaries'), root) })
  const catalog = glossaryCatalog(copydesk)
  // No server to protect here: every change is listed, an answer of any size is given.
  const normalize = documentNormalizer({
    copydesk,
    catalog,
    defaultGlossary: copydesk.defaultGlossary,
    bodyLimit: Number.POSITIVE_INFINITY,
    maxChanges: Number.POSITIVE_INFINITY,
    maxResponseBytes: Number.POSITIVE_INFINITY,
  })
  const locale: Locale = lookupLocale(canonicalLanguageTag(localeTag) ?? 'en') ?? 'en'
  return {
    async normalize(document) {
      try {
        const input = parseFields(Options, { ...document, include: ['text', 'changes', 'concepts', 'warnings'] })
        const bytes = await normalize(input, locale, () => {})
        return { answer: JSON.parse(decoder.decode(bytes)) as RenderedNormalizeResult }
      } catch (error) {
        if (!(error instanceof HttpError)) throw error
        return { error: { code: error.code, message: t(locale, `error.${error.code}`, error.params) } }
      }
    },
    async translate({ text, format, to, from, provider, glossary }) {
      // The providers the environment configures (APERTIUM_URL, DEEPL_AUTH_KEY...), as `npm start` has them.
      const { translator } = translatorFromEnv(env, copydesk, { registry: nodeRegistry, apertiumUrl: DEFAULT_APERTIUM_URL })
      const id = glossary ?? copydesk.defaultGlossary
      const entry = catalog.get(id)
      if (!entry) return { error: { code: 'unknown_glossary', message: t(locale, 'error.unknown_glossary', { glossary: id, available: catalog.ids }) } }
      try {
        const result = await translator.translate({ text, to, from, format, glossary: id, ...(provider !== undefined && { provider }) })
        const answer: TranslatedAnswer = renderTranslateResult(result, entry.notes, locale)
        return { answer }
      } catch (error) {
        if (error instanceof TranslateError) return { error: { code: error.failure, message: error.message } }
        throw error
      }
    },
  }
}

/** A Copydesk server, through the typed client (src/http/client.ts). */
export function remoteEngine(url: string, key: string | undefined, locale: string): Engine {
  const api = hc<CopydeskApi>(url, { headers: key ? { authorization: `Bearer ${key}` } : {} })
  return {
    async normalize(document) {
      const json = { ...document, locale, include: ['text' as const, 'changes' as const, 'concepts' as const, 'warnings' as const] }
      let res
      try {
        res = await api.v1.normalize.$post({ json })
      } catch (error) {
        return { error: { code: 'unreachable', message: `${url}: ${error instanceof Error ? error.message : String(error)}` } }
      }
      const body = await res.json().catch(() => undefined)
      if (res.ok && body && !('error' in body)) return { answer: body as RenderedNormalizeResult }
      if (body && 'error' in body) return { error: { code: body.error.code, message: body.error.message } }
      return { error: { code: 'bad_answer', message: `${url} answered ${res.status} without a Copydesk answer` } }
    },
    async translate({ text, format, to, from, provider, glossary }) {
      const json = { text, format, to, from, locale, ...(provider !== undefined && { provider }), ...(glossary !== undefined && { glossary }) }
      let res
      try {
        res = await api.v1.translate.$post({ json })
      } catch (error) {
        return { error: { code: 'unreachable', message: `${url}: ${error instanceof Error ? error.message : String(error)}` } }
      }
      const body = await res.json().catch(() => undefined)
      if (res.ok && body && 'machineTranslation' in body) return { answer: body }
      const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error
      if (typeof error?.code === 'string' && typeof error.message === 'string') return { error: { code: error.code, message: error.message } }
      return { error: { code: 'bad_answer', message: `${url} answered ${res.status} without a Copydesk answer` } }
    },
  }
}
