import type { Hono } from 'hono'
import type { GenericSchema, InferInput, InferOutput } from 'valibot'
import type {
  BatchRequest,
  BatchResponse,
  DetectRequest,
  DetectResponse,
  ErrorBody,
  GlossaryList,
  Health,
  NormalizeRequest,
  NormalizeResponse,
  TranslateRequest,
  TranslateResponse,
} from './schemas/index.js'

/** One route for `hono/client`: the JSON it takes, the answers it gives. */
type Json<In extends GenericSchema, Out extends GenericSchema> =
  | { input: { json: InferInput<In> }; output: InferOutput<Out>; outputFormat: 'json'; status: 200 }
  | { input: { json: InferInput<In> }; output: InferOutput<typeof ErrorBody>; outputFormat: 'json'; status: 400 | 401 | 404 | 413 | 415 | 422 | 429 | 500 | 502 | 503 | 504 }

type Get<Out extends GenericSchema> =
  | { input: {}; output: InferOutput<Out>; outputFormat: 'json'; status: 200 }
  | { input: {}; output: InferOutput<typeof ErrorBody>; outputFormat: 'json'; status: 401 | 429 | 500 }

/**
 * The HTTP API's types for `hono/client`, built from the same schemas that validate requests
 * (src/http/schemas), so a typed client cannot drift from the server:
 *
 *     const api = hc<CopydeskApi>(url, { headers: { authorization: `Bearer ${key}` } })
 *     const res = await api.v1.normalize.$post({ json: { text: 'Kiev' } })
 *
 * The app itself registers plain handlers (src/http/app.ts); its routes are checked against
 * the OpenAPI document by test/http/openapi.test.ts, and this type against the app by
 * src/http/client.test.ts.
 */
export type CopydeskApi = Hono<
  {},
  {
    '/v1/normalize': { $post: Json<typeof NormalizeRequest, typeof NormalizeResponse> }
    '/v1/normalize/batch': { $post: Json<typeof BatchRequest, typeof BatchResponse> }
    '/v1/detect': { $post: Json<typeof DetectRequest, typeof DetectResponse> }
    '/v1/translate': { $post: Json<typeof TranslateRequest, typeof TranslateResponse> }
    '/v1/glossaries': { $get: Get<typeof GlossaryList> }
    '/healthz': { $get: Get<typeof Health> }
  },
  '/'
>
