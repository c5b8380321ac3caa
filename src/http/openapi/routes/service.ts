import { Health } from '../../schemas/index.js'
import type { RouteDoc } from '../route-doc.js'

export const healthDoc: RouteDoc = {
  method: 'get',
  path: '/healthz',
  operationId: 'health',
  tag: 'Service',
  summary: 'Health check',
  description: 'Open (no key, not counted): for load balancers and uptime checks.',
  responses: { 200: { description: 'The service is up, with the glossaries it serves.', schema: Health } },
  access: 'open',
  examples: [{ name: 'up', summary: 'Up', status: 200, answer: { status: 'ok' } }],
}

export const indexDoc: RouteDoc = {
  method: 'get',
  path: '/v1',
  operationId: 'index',
  tag: 'Service',
  summary: 'Where the documentation is',
  description: 'Links to the reference (`/docs`) and the OpenAPI document. Open: no key, not counted.',
  responses: { 200: { description: 'Links.' } },
  access: 'open',
  examples: [{ name: 'links', summary: 'The links', status: 200, answer: { docs: '/docs', openapi: '/openapi.json' } }],
}

export const openApiDoc: RouteDoc = {
  method: 'get',
  path: '/openapi.json',
  operationId: 'openapi',
  tag: 'Service',
  summary: 'This API as an OpenAPI 3.1 document',
  responses: { 200: { description: 'The OpenAPI document.' } },
  access: 'open',
  examples: [{ name: 'document', summary: 'The document', status: 200, answer: { openapi: '3.1.0' } }],
}

export const referenceDoc: RouteDoc = {
  method: 'get',
  path: '/docs',
  operationId: 'reference',
  tag: 'Service',
  summary: 'This reference as a web page',
  responses: { 200: { description: 'HTML.', contentType: 'text/html' } },
  access: 'open',
  examples: [{ name: 'page', summary: 'The page', status: 200 }],
}

export const referenceStyleDoc: RouteDoc = {
  method: 'get',
  path: '/docs/reference.css',
  operationId: 'referenceStyle',
  tag: 'Service',
  summary: 'The style sheet of the reference page',
  responses: { 200: { description: 'CSS.', contentType: 'text/css' } },
  access: 'open',
  examples: [{ name: 'css', summary: 'The style sheet', status: 200 }],
}

export const editorPageDoc: RouteDoc = {
  method: 'get',
  path: '/',
  operationId: 'editorPage',
  tag: 'Service',
  summary: "The editor's page: check a story in the browser, accept or reject each change",
  description: 'One HTML document with its script and style inlined, allowed by their hashes in its own Content-Security-Policy; it calls this service\'s API from the same origin. See docs/editor.md.',
  responses: { 200: { description: 'HTML.', contentType: 'text/html' } },
  access: 'open',
  examples: [{ name: 'page', summary: 'The page', status: 200 }],
}
