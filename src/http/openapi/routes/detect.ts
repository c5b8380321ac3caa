import { DetectRequest, DetectResponse } from '../../schemas/index.js'
import type { RouteDoc } from '../route-doc.js'

export const detectDoc: RouteDoc = {
  method: 'post',
  path: '/v1/detect',
  operationId: 'detect',
  tag: 'API',
  summary: 'Detect the language of a text',
  description: 'The language Copydesk would normalize the text in, with the candidates considered; `und` when the text is too short or unclear.',
  body: DetectRequest,
  responses: { 200: { description: 'The language and the candidates.', schema: DetectResponse } },
  access: 'api',
  examples: [
    {
      name: 'spanish',
      summary: 'A Spanish sentence',
      body: { text: 'El presidente habló en Kiev sobre la guerra y la paz en Europa.' },
      status: 200,
      answer: { language: { code: 'es', source: 'detected' }, locale: 'en' },
    },
    { name: 'too-short', summary: 'Too short to tell', body: { text: 'Kiev' }, status: 200, answer: { language: { code: 'und', reason: 'too-short' } } },
  ],
}
