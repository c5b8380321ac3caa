import * as v from 'valibot'
import { ErrorBody, GlossaryDocument, GlossaryId, PreviewRequest, StoreAnswer, VersionId } from '../../schemas/index.js'
import type { ResponseDoc, RouteDoc } from '../route-doc.js'

/**
 * The glossary-management routes (docs/glossary-store.md) and the export. They need an admin key
 * and a store; the service as shipped to the tests has neither, so their examples show the
 * refusal, and test/http/glossary-store.test.ts drives them on a store.
 */
const refused: Readonly<Record<number, ResponseDoc>> = {
  403: { description: 'No glossary store is configured (`read_only`), or the key is not an admin key (`forbidden`).', schema: ErrorBody },
  404: { description: 'No such glossary (`unknown_glossary`) or version (`unknown_version`).', schema: ErrorBody },
}

const readOnly = { status: 403, answer: { error: { code: 'read_only', retryable: false } } } as const

const store = (doc: Omit<RouteDoc, 'tag' | 'access'>): RouteDoc => ({ ...doc, tag: 'Glossaries', access: 'api' })

export const putGlossaryDoc = store({
  method: 'put',
  path: '/v1/glossaries/:id',
  operationId: 'putGlossary',
  summary: 'Store a draft of a glossary',
  description: 'An admin key. The whole glossary as JSON or YAML (`application/yaml`), checked as the build checks it (422 `invalid_glossary` lists every issue); stored as a draft, not yet live.',
  params: { id: GlossaryId },
  body: GlossaryDocument,
  responses: { 201: { description: 'The stored draft and its version.', schema: StoreAnswer }, ...refused },
  examples: [{ name: 'no-store', summary: 'Without a glossary store', params: { id: 'news' }, body: { id: 'news' }, ...readOnly }],
})

export const importGlossaryDoc = store({
  method: 'post',
  path: '/v1/glossaries/:id/import',
  operationId: 'importGlossary',
  summary: 'Import terms into a draft (TBX or CSV)',
  description: 'An admin key. `?format=tbx|csv`; the terms are merged into the live glossary as a new draft (docs/glossary-exchange.md).',
  params: { id: GlossaryId },
  query: { format: v.pipe(v.picklist(['tbx', 'csv']), v.description('The file\'s format.')) },
  responses: { 201: { description: 'The stored draft and its version.', schema: StoreAnswer }, ...refused },
  examples: [{ name: 'no-store', summary: 'Without a glossary store', params: { id: 'news' }, query: { format: 'csv' }, ...readOnly }],
})

export const glossaryVersionsDoc = store({
  method: 'get',
  path: '/v1/glossaries/:id/versions',
  operationId: 'glossaryVersions',
  summary: 'List the stored versions and who did what',
  params: { id: GlossaryId },
  responses: { 200: { description: 'The versions (the active one marked) and the audit trail.', schema: StoreAnswer }, ...refused },
  examples: [{ name: 'no-store', summary: 'Without a glossary store', params: { id: 'news' }, ...readOnly }],
})

export const glossaryVersionDoc = store({
  method: 'get',
  path: '/v1/glossaries/:id/versions/:version',
  operationId: 'glossaryVersion',
  summary: 'Read a stored version',
  params: { id: GlossaryId, version: VersionId },
  responses: { 200: { description: 'The version\'s source.', schema: GlossaryDocument }, ...refused },
  examples: [{ name: 'no-store', summary: 'Without a glossary store', params: { id: 'news', version: '0123456789abcd' }, ...readOnly }],
})

export const activateGlossaryDoc = store({
  method: 'post',
  path: '/v1/glossaries/:id/versions/:version/activate',
  operationId: 'activateGlossary',
  summary: 'Put a version live (or an older one back)',
  params: { id: GlossaryId, version: VersionId },
  responses: { 200: { description: 'The version now live and the one before it.', schema: StoreAnswer }, ...refused },
  examples: [{ name: 'no-store', summary: 'Without a glossary store', params: { id: 'news', version: '0123456789abcd' }, ...readOnly }],
})

export const previewGlossaryDoc = store({
  method: 'post',
  path: '/v1/glossaries/:id/preview',
  operationId: 'previewGlossary',
  summary: 'What a draft would change on sample copy',
  description: 'An admin key. For each text, the changes the draft adds and removes compared with the live version.',
  params: { id: GlossaryId },
  body: PreviewRequest,
  responses: { 200: { description: 'Per text: the changes added and removed.', schema: StoreAnswer }, ...refused },
  examples: [{ name: 'no-store', summary: 'Without a glossary store', params: { id: 'news' }, body: { version: '0123456789abcd', texts: ['Kiev'] }, ...readOnly }],
})

export const exportGlossaryDoc: RouteDoc = {
  method: 'get',
  path: '/v1/glossaries/:id/export',
  operationId: 'exportGlossary',
  tag: 'Glossaries',
  summary: 'Download a glossary for terminology tools and MT engines',
  description:
    '`?format=tbx|csv|deepl|google|amazon`; DeepL and Amazon take one language pair (`from`, `to`). What each format cannot carry is in docs/glossary-exchange.md; what this export loses of the glossary, field by field, is in the `Copydesk-Not-Carried` header.',
  params: { id: GlossaryId },
  query: {
    format: v.pipe(v.picklist(['tbx', 'csv', 'deepl', 'google', 'amazon']), v.description('The file format.')),
    from: v.optional(v.pipe(v.string(), v.description('deepl, amazon: the source language.'))),
    to: v.optional(v.pipe(v.string(), v.description('deepl, amazon: the target language.'))),
  },
  responses: {
    200: { description: 'The file, as a download (TBX-Basic here; CSV or TSV for the others).', contentType: 'application/x-tbx+xml' },
    400: { description: 'An unknown format, or a pair the glossary does not have (`invalid_field`).', schema: ErrorBody },
    404: { description: 'No such glossary (`unknown_glossary`).', schema: ErrorBody },
  },
  access: 'api',
  examples: [
    { name: 'tbx', summary: 'The built-in glossary as TBX', params: { id: 'news' }, query: { format: 'tbx' }, status: 200 },
    { name: 'bad-format', summary: 'An unknown format', params: { id: 'news' }, query: { format: 'xlsx' }, status: 400, answer: { error: { code: 'invalid_field' } } },
  ],
}
