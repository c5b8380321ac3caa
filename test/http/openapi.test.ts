import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { openApiPath, routeDocs, type RouteDoc, type RouteExample } from '../../src/http/openapi/index.js'
import { ErrorBody } from '../../src/http/schemas/index.js'
import { call, json, lockedCall } from './support/call.js'

/** The path of an example: the route's with the example's parameters in it. */
function pathOf(route: RouteDoc, example: RouteExample): string {
  const path = route.path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => encodeURIComponent(example.params?.[name] ?? ''))
  return example.query ? `${path}?${new URLSearchParams(example.query as Record<string, string>)}` : path
}

const examples = routeDocs.flatMap((route) => route.examples.map((example) => [`${route.method.toUpperCase()} ${route.path} ${example.name}`, route, example] as const))

describe('the OpenAPI document', () => {
  it('is served at /openapi.json as OpenAPI 3.1', async () => {
    const res = await call('GET', '/openapi.json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const document = await json(res)
    expect(document.openapi).toBe('3.1.0')
    expect(document.info.version).toMatch(/^\d+\.\d+\.\d+/)
    for (const route of routeDocs) expect(document.paths[openApiPath(route.path)]?.[route.method], route.path).toBeDefined()
  })

  it('documents the request fields and their defaults', async () => {
    const document = await json(await call('GET', '/openapi.json'))
    const schema = document.paths['/v1/normalize'].post.requestBody.content['application/json'].schema
    expect(schema.required).toEqual(['text'])
    expect(schema.properties.format).toMatchObject({ enum: ['text', 'markdown', 'html'], default: 'text' })
    expect(schema.properties.language).toMatchObject({ type: 'string', default: 'auto' })
    expect(schema.properties.glossary).toMatchObject({ type: 'string', minLength: 1, maxLength: 128 })
    expect(document.paths['/v1/glossaries/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true })
  })

  it('documents the language of each change, wherever changes are answered', async () => {
    const document = await json(await call('GET', '/openapi.json'))
    const answer = (path: string) => document.paths[path].post.responses['200'].content['application/json'].schema
    for (const change of [answer('/v1/normalize').properties.changes.items, answer('/v1/translate').properties.changes.items]) {
      expect(change.required).toContain('language')
      expect(change.properties.language).toMatchObject({ type: 'string', description: expect.stringContaining('house style') })
    }
  })

  it.each(examples)('has the example %s', async (_, route, example) => {
    const document = await json(await call('GET', '/openapi.json'))
    const op = document.paths[openApiPath(route.path)][route.method]
    if (example.body !== undefined) expect(op.requestBody.content['application/json'].examples[example.name].value).toEqual(example.body)
    if (example.answer !== undefined) {
      const content = Object.values(op.responses[example.status].content)[0] as { examples: Record<string, { value: unknown }> }
      expect(content.examples[example.name]!.value).toEqual(example.answer)
    }
  })
})

describe('the examples of the document', () => {
  it.each(examples)('%s is answered as documented', async (_, route, example) => {
    const res = await call(route.method.toUpperCase(), pathOf(route, example), example.body)
    expect(res.status).toBe(example.status)
    const documented = route.responses[example.status]
    const type = documented?.contentType ?? 'application/json'
    expect(res.headers.get('content-type')).toContain(type)
    if (type !== 'application/json') return
    const body = await json(res)
    if (example.answer !== undefined) expect(body).toMatchObject(example.answer as object)
    // The answer has the documented shape: the route's schema, or the error's.
    const schema = documented?.schema ?? (example.status >= 400 ? ErrorBody : undefined)
    if (schema) expect(v.safeParse(schema, body).issues).toBeUndefined()
  })
})

describe('the reference page', () => {
  it('lists every route, with a strict Content-Security-Policy and its own style sheet', async () => {
    const res = await call('GET', '/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).not.toMatch(/unsafe-inline|script-src|https?:/)
    const html = await res.text()
    // Nothing loaded from elsewhere, nothing inline to run or style.
    expect(html).not.toMatch(/<script|<style|style=|(?:src|href)="(?:https?:)?\/\//)
    for (const route of routeDocs) expect(html, route.path).toContain(`<code>${openApiPath(route.path)}</code>`)
    expect(html).toContain('<link rel="stylesheet" href="/docs/reference.css">')
    const css = await call('GET', '/docs/reference.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(await css.text()).toContain('.method')
  })

  it('is pointed to by GET /v1, which needs no key', async () => {
    const res = await call('GET', '/v1')
    expect(res.status).toBe(200)
    expect(await json(res)).toMatchObject({ docs: '/docs', openapi: '/openapi.json' })
    const locked = await lockedCall('GET', '/v1', undefined, {}, '203.0.113.95')
    expect(locked.status).toBe(200)
    expect(locked.headers.get('ratelimit-policy')).toBeNull()
  })
})
