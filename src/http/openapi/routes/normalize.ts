import { BatchRequest, BatchResponse, NormalizeRequest, NormalizeResponse } from '../../schemas/index.js'
import type { RouteDoc } from '../route-doc.js'

export const normalizeDoc: RouteDoc = {
  method: 'post',
  path: '/v1/normalize',
  operationId: 'normalize',
  tag: 'API',
  summary: 'Apply the house style to a text',
  description:
    'Detects the language (or takes the one given), applies the glossary\'s house style for it and answers the normalized text, every change with its place (UTF-16 offsets, 1-based line and column) and rule, the note of each concept once, a unified diff and the warnings. Markdown and HTML: only the prose changes. `include` asks for fewer parts.',
  body: NormalizeRequest,
  responses: { 200: { description: 'The normalized text and its changes.', schema: NormalizeResponse } },
  access: 'api',
  examples: [
    {
      name: 'plain-text',
      summary: 'Plain text, language detected',
      body: { text: 'President Volodimir Zelenskyy spoke in Kiev on Monday.' },
      status: 200,
      answer: {
        text: 'President Volodymyr Zelensky spoke in Kyiv on Monday.',
        changes: [
          { start: 10, end: 29, line: 1, column: 11, original: 'Volodimir Zelenskyy', replacement: 'Volodymyr Zelensky', concept: 'volodymyr_zelensky', language: 'en' },
          { start: 39, end: 43, line: 1, column: 40, original: 'Kiev', replacement: 'Kyiv', concept: 'kyiv', rule: 'preferred-form', language: 'en' },
        ],
        locale: 'en',
      },
    },
    {
      name: 'markdown-changes-only',
      summary: 'Markdown, only the changes',
      body: { text: '# Kiev\n\nThe mayor of [Kiev](https://kiev.example/) spoke.', format: 'markdown', language: 'en', include: ['changes'] },
      status: 200,
      answer: {
        changes: [
          { start: 2, end: 6, line: 1, column: 3, original: 'Kiev', replacement: 'Kyiv' },
          { start: 22, end: 26, line: 3, column: 15, original: 'Kiev', replacement: 'Kyiv' },
        ],
      },
    },
    {
      name: 'quotation-in-another-language',
      summary: 'An English quotation in Spanish copy: its change follows English house style',
      body: { text: 'El alcalde de Kyiv dijo: "We will defend Kyiv and Kharkov".', language: 'es', include: ['text', 'changes'] },
      status: 200,
      answer: {
        text: 'El alcalde de Kiev dijo: "We will defend Kyiv and Kharkiv".',
        changes: [
          { start: 14, end: 18, original: 'Kyiv', replacement: 'Kiev', concept: 'kyiv', language: 'es' },
          { start: 50, end: 57, original: 'Kharkov', replacement: 'Kharkiv', concept: 'kharkiv', language: 'en' },
        ],
      },
    },
    {
      name: 'unchanged',
      summary: 'Nothing to change: empty diff',
      body: { text: 'Kyiv is the capital.', language: 'en', include: ['changes', 'diff'] },
      status: 200,
      answer: { changes: [], diff: '' },
    },
    {
      name: 'bad-field',
      summary: 'An invalid field is named, in the locale asked for',
      body: { text: 'Kiev', language: 'english', locale: 'es' },
      status: 400,
      answer: { error: { code: 'invalid_field', retryable: false } },
    },
  ],
}

export const normalizeBatchDoc: RouteDoc = {
  method: 'post',
  path: '/v1/normalize/batch',
  operationId: 'normalizeBatch',
  tag: 'API',
  summary: 'Normalize several documents in one request',
  description:
    'Up to 100 documents, each with its own options (the fields of `POST /v1/normalize` but `locale`, which is the batch\'s), answered in order: each result is the answer of `POST /v1/normalize` for that document, or `{"error"}` for it alone. Each document counts against the rate limit: documents beyond the budget get the error `rate_limited`.',
  body: BatchRequest,
  responses: { 200: { description: 'One result per document, in order.', schema: BatchResponse } },
  access: 'api',
  examples: [
    {
      name: 'two-documents',
      summary: 'Two documents, one with an error',
      body: { documents: [{ text: 'Kiev is the capital.', language: 'en', include: ['text'] }, { text: 'Kiev', glossary: 'sports' }] },
      status: 200,
      answer: { results: [{ text: 'Kyiv is the capital.' }, { error: { code: 'unknown_glossary', retryable: false } }], locale: 'en' },
    },
  ],
}
