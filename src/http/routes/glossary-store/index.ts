import { Hono } from 'hono'
import { exchangeFormats, mergeImported, ExchangeError, type ImportedConcept } from '../../../core/glossary/exchange/index.js'
import { preview } from '../../../store/preview.js'
import { readGlossaryDocument } from '../../../store/draft.js'
import type { LiveGlossaries } from '../../../store/live.js'
import type { ApiKeys } from '../../access/index.js'
import type { AppEnv } from '../../env.js'
import { HttpError } from '../../http-error.js'
import { jsonResponse } from '../../json-response.js'
import { renderChange } from '../../render/change.js'
import { positionsIn } from '../../../core/text/positions.js'
import { parseFields, readRequest } from '../../request/index.js'
import { PreviewRequest, PreviewText } from '../../schemas/index.js'
import { adminOnly } from './admin.js'
import { readText } from './read-text.js'
import { storeDraft } from './store-draft.js'

export interface GlossaryStoreRoutesOptions {
  /** Undefined when no store is configured: every route here answers 403 `read_only`. */
  live: LiveGlossaries | undefined
  adminKeys: ApiKeys
  bodyLimit: number
}

const GLOSSARY_TYPES = ['application/json', 'application/yaml', 'application/x-yaml', 'text/yaml']
const IMPORT_TYPES: Record<string, string[]> = { tbx: ['application/x-tbx+xml', 'application/xml', 'text/xml'], csv: ['text/csv'] }

/**
 * Standards editors change the house style without a deploy (docs/glossary-store.md): put a
 * draft, preview it on real copy, activate it (or an older version: rollback), export it.
 * Mounted at `/v1/glossaries`; every route needs an admin key.
 */
export function glossaryStoreRoutes({ live: maybeLive, adminKeys, bodyLimit }: GlossaryStoreRoutesOptions): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  const admin = adminOnly(adminKeys, maybeLive)
  // `admin` has answered 403 before any handler here runs without a store.
  const store = () => maybeLive!

  routes.put('/:id', admin, async (c) => {
    const { type, text } = await readText(c, bodyLimit, GLOSSARY_TYPES)
    let document: unknown
    try {
      document = readGlossaryDocument(text, type !== 'application/json')
    } catch (error) {
      throw new HttpError(400, 'invalid_document', { reason: error instanceof Error ? error.message.slice(0, 500) : 'unreadable' })
    }
    return storeDraft(c, store(), c.req.param('id'), document)
  })

  routes.post('/:id/import', admin, async (c) => {
    const id = c.req.param('id')
    const format = c.req.query('format') ?? ''
    const reader = Object.hasOwn(IMPORT_TYPES, format) ? exchangeFormats[format]?.import : undefined
    if (!reader) throw new HttpError(400, 'invalid_field', { field: 'format', context: 'export_format', formats: Object.keys(IMPORT_TYPES) })
    const base = store().copydesk.glossary(id)
    if (!base) throw new HttpError(404, 'unknown_glossary', { glossary: id.slice(0, 128), available: store().copydesk.glossaries().map((g) => g.id) })
    const { text } = await readText(c, bodyLimit, IMPORT_TYPES[format]!)
    let imported: ImportedConcept[]
    try {
      imported = reader(text)
    } catch (error) {
      if (error instanceof ExchangeError || error instanceof Error) throw new HttpError(400, 'invalid_document', { reason: error.message.slice(0, 500) })
      throw error
    }
    const { version: _version, ...source } = base
    return storeDraft(c, store(), id, mergeImported(source, imported, format))
  })

  routes.get('/:id/versions', admin, async (c) => {
    const id = c.req.param('id')
    const [versions, audit] = await Promise.all([store().store.versions(id), store().store.audit(id)])
    if (versions.length === 0) throw unknownGlossary(id, store())
    return jsonResponse({ glossary: id, active: versions.find((v) => v.active)?.version ?? null, versions, audit })
  })

  routes.get('/:id/versions/:version', admin, async (c) => {
    const { id, version } = c.req.param()
    const source = await store().store.source(id, version)
    if (!source) throw new HttpError(404, 'unknown_version', { glossary: id.slice(0, 128), version: version.slice(0, 64) })
    return jsonResponse({ ...source, version })
  })

  routes.post('/:id/versions/:version/activate', admin, async (c) => {
    const { id, version } = c.req.param()
    const previous = store().copydesk.glossaries().find((g) => g.id === id)?.version ?? null
    if (!(await store().store.activate(id, version, c.get('keyId')))) {
      throw new HttpError(404, 'unknown_version', { glossary: id.slice(0, 128), version: version.slice(0, 64) })
    }
    // This process serves it from the next request on; others within GLOSSARY_REFRESH_MS.
    await store().refresh(true)
    return jsonResponse({ glossary: id, version, previous })
  })

  routes.post('/:id/preview', admin, async (c) => {
    const id = c.req.param('id')
    const { version, texts: items } = await readRequest(c, PreviewRequest, bodyLimit)
    const texts = previewTexts(items)
    const draft = await store().version(id, version)
    if (!draft) throw new HttpError(404, 'unknown_version', { glossary: id.slice(0, 128), version: version.slice(0, 64) })
    for (const [i, t] of texts.entries()) {
      if (t.language !== 'auto' && !draft.core.supports(id, t.language)) {
        throw new HttpError(422, 'unsupported_language', { language: t.language, glossary: id, supported: draft.source.languages, index: i })
      }
    }
    const liveCore = store().copydesk.glossary(id) ? store().copydesk : undefined
    const locale = c.get('locale')
    const results = preview(liveCore, draft.core, id, texts).map(({ added, removed }, i) => {
      const position = positionsIn(texts[i]!.text)
      return {
        added: added.map((change) => renderChange(change, position, locale)),
        removed: removed.map((change) => renderChange(change, position, locale)),
      }
    })
    const liveVersion = store().copydesk.glossaries().find((g) => g.id === id)?.version ?? null
    return jsonResponse({ glossary: id, live: liveVersion, draft: version, results, locale })
  })

  return routes
}

function unknownGlossary(id: string, live: LiveGlossaries): HttpError {
  return new HttpError(404, 'unknown_glossary', { glossary: id.slice(0, 128), available: live.copydesk.glossaries().map((g) => g.id) })
}

/** `texts`: 1 to 100 texts, each a string or `{text, format?, language?}`. */
function previewTexts(texts: readonly unknown[]): { text: string; format: 'text' | 'markdown' | 'html'; language: string }[] {
  // Errors name the field as the caller wrote it: texts[2].language.
  return texts.map((entry, i) => parseFields(PreviewText, typeof entry === 'string' ? { text: entry } : entry, ['texts', i]))
}
