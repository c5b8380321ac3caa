import type { RouteDoc } from './route-doc.js'
import { detectDoc } from './routes/detect.js'
import { getGlossaryDoc, listGlossariesDoc } from './routes/glossaries.js'
import {
  activateGlossaryDoc,
  exportGlossaryDoc,
  glossaryVersionDoc,
  glossaryVersionsDoc,
  importGlossaryDoc,
  previewGlossaryDoc,
  putGlossaryDoc,
} from './routes/glossary-store.js'
import { normalizeBatchDoc, normalizeDoc } from './routes/normalize.js'
import { editorPageDoc, healthDoc, indexDoc, openApiDoc, referenceDoc, referenceStyleDoc } from './routes/service.js'
import { translateDoc, translateProvidersDoc } from './routes/translate.js'
import { webhookDoc } from './routes/webhook.js'

/**
 * Every route of the app, in the order of the reference. To add a route: describe it in a
 * RouteDoc (./routes/, with examples that work) and list it here. test/http/openapi.test.ts
 * fails for a route of the app missing from this list, and sends every example.
 */
export const routeDocs: readonly RouteDoc[] = [
  normalizeDoc,
  normalizeBatchDoc,
  detectDoc,
  translateDoc,
  translateProvidersDoc,
  listGlossariesDoc,
  getGlossaryDoc,
  exportGlossaryDoc,
  putGlossaryDoc,
  importGlossaryDoc,
  previewGlossaryDoc,
  glossaryVersionsDoc,
  glossaryVersionDoc,
  activateGlossaryDoc,
  webhookDoc,
  editorPageDoc,
  indexDoc,
  healthDoc,
  openApiDoc,
  referenceDoc,
  referenceStyleDoc,
]

export { openApiDocument, openApiPath, jsonSchema, type DocumentInfo } from './document.js'
export { renderReference, referenceStyle } from './page.js'
export type { RouteDoc, RouteExample, ResponseDoc } from './route-doc.js'
