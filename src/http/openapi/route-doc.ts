import type { GenericSchema } from 'valibot'

/**
 * One route of the app as the OpenAPI document (/openapi.json) and the reference page (/docs)
 * describe it. Adding a route to the app is adding its RouteDoc to `routeDocs` (./index.ts):
 * test/http/openapi.test.ts fails for a route of the app that is not there, and sends every
 * example, checking the status and the answer.
 */
export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  /** In Hono's syntax, as the app registers it: `/v1/glossaries/:id`. */
  path: string
  operationId: string
  /** The section of the reference: API, Glossaries, Webhooks, Service. */
  tag: string
  summary: string
  /** Markdown (CommonMark), shown under the summary. */
  description?: string
  /** The path parameters, by name. */
  params?: Readonly<Record<string, GenericSchema>>
  /** The query parameters, by name (optional ones are `v.optional`). */
  query?: Readonly<Record<string, GenericSchema>>
  /** The JSON body (a valibot schema of src/http/schemas). */
  body?: GenericSchema
  /** The successful answers by status; the errors of the route are added from `access` and `body`. */
  responses: Readonly<Record<number, ResponseDoc>>
  /**
   * Under `/v1/`: counted against the rate limit (RateLimit headers, 429) and, when API keys are
   * configured, refused without one (401). `webhook`: counted, signed instead of keyed.
   */
  access: 'open' | 'api' | 'webhook'
  /** Requests that work as shown: the test sends each and checks `status` and `answer`. */
  examples: readonly RouteExample[]
}

export interface ResponseDoc {
  description: string
  schema?: GenericSchema
  /** Default application/json. */
  contentType?: string
}

export interface RouteExample {
  /** A key: letters, digits, "-". */
  name: string
  summary: string
  params?: Readonly<Record<string, string>>
  query?: Readonly<Record<string, string>>
  body?: unknown
  status: number
  /** What the answer contains (a subset of it; every field shown is in the answer as shown). */
  answer?: unknown
}
