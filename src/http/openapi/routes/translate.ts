import { TranslateProviders, TranslateRequest, TranslateResponse } from '../../schemas/index.js'
import type { RouteDoc } from '../route-doc.js'
import { ErrorBody } from '../../schemas/index.js'

/**
 * The translation routes (docs/translate.md). What a translation answers depends on the engines
 * the service has (the contract suite runs without Apertium on Node and with a stand-in AI
 * binding in workerd), so the examples here are the ones every service answers alike;
 * test/http/translate*.test.ts drive the engines.
 */
export const translateDoc: RouteDoc = {
  method: 'post',
  path: '/v1/translate',
  operationId: 'translate',
  tag: 'API',
  summary: 'Translate a text, with the names in house style',
  description:
    'Machine-translates the text (Apertium, DeepL or Workers AI) and normalizes the result with the target language\'s house style: the translation, what the engine produced, the changes on top of it and the names protected. A provider failure is an error (422, 502, 503, 504), never a partial text.',
  body: TranslateRequest,
  responses: {
    200: { description: 'The translation and its changes.', schema: TranslateResponse },
    422: { description: 'The provider does not translate this pair (`unsupported_pair`), or the answer would exceed MAX_RESPONSE_BYTES (`response_too_large`).', schema: ErrorBody },
    502: { description: 'The provider answered with an error.', schema: ErrorBody },
    503: { description: 'No provider is configured, or it is not running (the message says how to start it).', schema: ErrorBody },
    504: { description: 'The provider did not answer in time (`TRANSLATE_TIMEOUT_MS`).', schema: ErrorBody },
  },
  access: 'api',
  examples: [
    {
      name: 'no-target',
      summary: 'The target language is required',
      body: { text: 'El alcalde de Kiev habló.' },
      status: 400,
      answer: { error: { code: 'invalid_field', retryable: false } },
    },
  ],
}

export const translateProvidersDoc: RouteDoc = {
  method: 'get',
  path: '/v1/translate/providers',
  operationId: 'translateProviders',
  tag: 'API',
  summary: 'The translation providers and their language pairs',
  responses: { 200: { description: 'Each configured provider, whether it answers now, and its pairs.', schema: TranslateProviders } },
  access: 'api',
  examples: [{ name: 'list', summary: 'The providers of this service', status: 200 }],
}
