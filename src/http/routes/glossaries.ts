import type { Handler } from 'hono'
import type { AppEnv } from '../env.js'
import type { GlossaryCatalog } from '../glossary-catalog.js'
import { HttpError } from '../http-error.js'
import { jsonBytesResponse } from '../json-response.js'

/** `GET /v1/glossaries` → `{"glossaries": GlossarySummary[]}`. */
export function listGlossariesRoute(catalog: GlossaryCatalog): Handler<AppEnv> {
  return () => jsonBytesResponse(catalog.listJson)
}

/** `GET /v1/glossaries/:id` → the glossary's full source and version. */
export function getGlossaryRoute(catalog: GlossaryCatalog): Handler<AppEnv, '/:id'> {
  return (c) => {
    const glossary = c.req.param('id')
    const entry = catalog.get(glossary)
    if (!entry) throw new HttpError(404, 'unknown_glossary', { glossary: glossary.slice(0, 128), available: catalog.ids })
    return jsonBytesResponse(entry.json)
  }
}
