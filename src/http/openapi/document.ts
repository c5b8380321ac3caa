import { toJsonSchema } from '@valibot/to-json-schema'
import type { GenericSchema } from 'valibot'
import { ErrorBody } from '../schemas/index.js'
import type { RouteDoc } from './route-doc.js'

export interface DocumentInfo {
  version: string
  /** The configured limits, stated in the document. */
  bodyLimit: number
  maxBatchDocuments: number
}

type Json = Record<string, unknown>

/** `/v1/glossaries/:id` → `/v1/glossaries/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}')
}

/** A valibot schema as JSON Schema 2020-12, the dialect of OpenAPI 3.1; request schemas as they are sent (before transforms). */
export function jsonSchema(schema: GenericSchema, mode: 'input' | 'output'): Json {
  const { $schema: _, ...rest } = toJsonSchema(schema, { target: 'draft-2020-12', typeMode: mode, errorMode: 'ignore' }) as Json
  return rest
}

const errorRef = { $ref: '#/components/schemas/Error' }

const rateLimitHeaders = {
  'RateLimit-Policy': {
    description: 'The quota (draft-ietf-httpapi-ratelimit-headers): `"default";q=<requests>;w=<seconds>`. Sent when a rate limit is configured.',
    schema: { type: 'string' },
  },
  RateLimit: {
    description:
      'What is left of it: `"default";r=<remaining>;t=<seconds until it is full again>`. On Workers the binding reports no remaining count: sent with the 429 only (r=0).',
    schema: { type: 'string' },
  },
}

/**
 * The errors every route of a kind can answer, besides its own: what the access layer, the body
 * reader and the router refuse. Status → when.
 */
function commonErrors(route: RouteDoc, info: DocumentInfo): Record<number, string> {
  const errors: Record<number, string> = {}
  if (route.body !== undefined && route.access !== 'webhook') {
    errors[400] = 'The body is not JSON (`invalid_json`), not an object (`invalid_request`), or a field is invalid (`invalid_field`, naming it).'
    errors[415] = 'Content-Type is not application/json (`unsupported_media_type`).'
  }
  if (route.body !== undefined) errors[413] = `The body is over ${info.bodyLimit} bytes (\`payload_too_large\`).`
  if (route.path === '/v1/normalize') {
    errors[404] = 'No glossary has this id (`unknown_glossary`).'
    errors[422] =
      'The glossary does not normalize the language given (`unsupported_language`); the text needs more changes than MAX_CHANGES with `"onTooManyChanges": "reject"` (`too_many_changes`); the answer would exceed MAX_RESPONSE_BYTES (`response_too_large`).'
  }
  if (route.access === 'api') errors[401] = 'API keys are configured and none valid was sent (`unauthorized`).'
  if (route.access !== 'open') errors[429] = 'Over the rate limit (`rate_limited`): a request costs 1, plus 1 per further started 64 KiB of body; Retry-After says when to try again.'
  errors[500] = 'An unexpected error (`internal_error`); retryable.'
  return errors
}

/** The OpenAPI 3.1 document of the routes, with their examples. */
export function openApiDocument(routes: readonly RouteDoc[], info: DocumentInfo): Json {
  const paths: Record<string, Record<string, Json>> = {}
  for (const route of routes) {
    const path = openApiPath(route.path)
    paths[path] ??= {}
    paths[path][route.method] = operation(route, info)
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Copydesk',
      version: info.version,
      summary: 'House-style normalization for newsrooms: names in the right form, every change with its place and reason.',
      description:
        'Messages (`message`, `explanation`, errors) are in the locale of the `locale` field, else of Accept-Language (en, es, de, fr, uk); Content-Language says which. Offsets are UTF-16 code units into the text sent. See docs/api.md for the changes between API versions.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'API', description: 'Normalize and detect.' },
      { name: 'Glossaries', description: 'The house-style glossaries.' },
      { name: 'Webhooks', description: 'CMS deliveries (docs/webhooks.md).' },
      { name: 'Service', description: 'Health and documentation.' },
    ],
    paths,
    components: {
      schemas: { Error: jsonSchema(ErrorBody, 'output') },
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key, when the service has API_KEYS configured (docs/configuration.md).' } },
    },
  }
}

function operation(route: RouteDoc, info: DocumentInfo): Json {
  const op: Json = { operationId: route.operationId, tags: [route.tag], summary: route.summary }
  if (route.description !== undefined) op.description = route.description
  if (route.access === 'api') op.security = [{}, { apiKey: [] }]
  if (route.params) {
    op.parameters = Object.entries(route.params).map(([name, schema]) => {
      const example = route.examples.find((e) => e.params?.[name] !== undefined)?.params?.[name]
      return { name, in: 'path', required: true, schema: jsonSchema(schema, 'input'), ...(example !== undefined && { example }) }
    })
  }
  if (route.query) {
    const query = Object.entries(route.query).map(([name, schema]) => {
      const example = route.examples.find((e) => e.query?.[name] !== undefined)?.query?.[name]
      const required = !(schema.type === 'optional' || schema.type === 'exact_optional')
      return { name, in: 'query', required, schema: jsonSchema(schema, 'input'), ...(example !== undefined && { example }) }
    })
    op.parameters = [...((op.parameters as Json[] | undefined) ?? []), ...query]
  }
  if (route.body !== undefined) {
    const examples = Object.fromEntries(route.examples.filter((e) => e.body !== undefined).map((e) => [e.name, { summary: e.summary, value: e.body }]))
    op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input'), examples } } }
  }
  const responses: Record<string, Json> = {}
  const headers = route.access === 'open' ? undefined : rateLimitHeaders
  for (const [status, response] of Object.entries(route.responses)) {
    const examples = Object.fromEntries(
      route.examples.filter((e) => String(e.status) === status && e.answer !== undefined).map((e) => [e.name, { summary: e.summary, value: e.answer }]),
    )
    const schema = response.schema === undefined ? {} : { schema: jsonSchema(response.schema, 'output') }
    const content = { [response.contentType ?? 'application/json']: { ...schema, ...(Object.keys(examples).length > 0 && { examples }) } }
    responses[status] = { description: response.description, content, ...(headers && { headers }) }
  }
  for (const [status, description] of Object.entries(commonErrors(route, info))) {
    if (responses[status]) continue
    const examples = Object.fromEntries(
      route.examples.filter((e) => String(e.status) === status && e.answer !== undefined).map((e) => [e.name, { summary: e.summary, value: e.answer }]),
    )
    const content = { 'application/json': { schema: errorRef, ...(Object.keys(examples).length > 0 && { examples }) } }
    responses[status] = { description, content, ...(headers && { headers }) }
  }
  op.responses = responses
  return op
}
