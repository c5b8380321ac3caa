import { Glossary, GlossaryId, GlossaryList } from '../../schemas/index.js'
import { ErrorBody } from '../../schemas/index.js'
import type { RouteDoc } from '../route-doc.js'

export const listGlossariesDoc: RouteDoc = {
  method: 'get',
  path: '/v1/glossaries',
  operationId: 'listGlossaries',
  tag: 'Glossaries',
  summary: 'List the glossaries',
  responses: { 200: { description: 'Every glossary loaded, with its languages and version.', schema: GlossaryList } },
  access: 'api',
  examples: [
    {
      name: 'list',
      summary: 'The built-in glossary and its profiles',
      status: 200,
      answer: { glossaries: [{ id: 'ap', extends: 'news' }, { id: 'bbc', extends: 'news' }, { id: 'news' }, { id: 'reuters', extends: 'news' }] },
    },
  ],
}

export const getGlossaryDoc: RouteDoc = {
  method: 'get',
  path: '/v1/glossaries/:id',
  operationId: 'getGlossary',
  tag: 'Glossaries',
  summary: 'Read a glossary',
  description: 'The full source of a glossary: every concept with its forms, notes and examples (docs/glossary.md).',
  params: { id: GlossaryId },
  responses: {
    200: { description: 'The glossary.', schema: Glossary },
    404: { description: 'No glossary has this id (`unknown_glossary`).', schema: ErrorBody },
  },
  access: 'api',
  examples: [
    { name: 'news', summary: 'The built-in glossary', params: { id: 'news' }, status: 200, answer: { id: 'news' } },
    { name: 'unknown', summary: 'An unknown id', params: { id: 'sports' }, status: 404, answer: { error: { code: 'unknown_glossary' } } },
  ],
}
