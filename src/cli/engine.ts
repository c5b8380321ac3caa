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
import { documentNormalizer } from '../http/routes/normalize.js'
import { NormalizeOptions } from '../http/schemas/index.js'
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

export interface Engine {
  normalize(document: Document): Promise<Outcome>
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const Options = v.object(NormalizeOptions)

/**
 * The core in this process, with the glossaries of the package's glossaries/ folder (read and
 * checked as the build does, so a fresh clone needs no build step), answering exactly as the
 * HTTP API does: the same validation, the same rendering.
 */
export function localEngine(localeTag: string): Engine {
  const copydesk = createCopydesk({ glossaries: loadGlossaries(join(root, 'glossaries'), root) })
  const catalog = glossaryCatalog(copydesk)
  const normalize = documentNormalizer({ copydesk, catalog, defaultGlossary: copydesk.defaultGlossary, bodyLimit: Number.POSITIVE_INFINITY })
  const locale: Locale = lookupLocale(canonicalLanguageTag(localeTag) ?? 'en') ?? 'en'
  return {
    async normalize(document) {
      try {
        const input = parseFields(Options, { ...document, include: ['text', 'changes', 'concepts', 'warnings'] })
        return { answer: normalize(input, locale).answer }
      } catch (error) {
        if (!(error instanceof HttpError)) throw error
        return { error: { code: error.code, message: t(locale, `error.${error.code}`, error.params) } }
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
  }
}
