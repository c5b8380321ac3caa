import type { Handler } from 'hono'
import type { AppEnv } from '../env.js'
import { encodeJson, jsonBytesResponse } from '../json-response.js'
import { openApiDocument, referenceStyle, renderReference, routeDocs, type DocumentInfo } from '../openapi/index.js'

/**
 * `GET /openapi.json`, `GET /docs`, `GET /docs/reference.css` and `GET /v1`: the reference,
 * made from the route docs on first use (not at start, which Workers keep short) and kept.
 */
export function referenceRoutes(info: DocumentInfo) {
  let made: { json: Uint8Array<ArrayBuffer>; html: string } | undefined
  const reference = () => {
    if (!made) {
      const document = openApiDocument(routeDocs, info)
      made = { json: encodeJson(document), html: renderReference(document) }
    }
    return made
  }
  const openApi: Handler<AppEnv> = () => jsonBytesResponse(reference().json)
  const page: Handler<AppEnv> = (c) => {
    // The page loads one same-origin style sheet and runs nothing.
    c.set('contentSecurityPolicy', "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
    return c.html(reference().html)
  }
  const style: Handler<AppEnv> = (c) => {
    c.header('cache-control', 'public, max-age=3600')
    return c.body(referenceStyle, 200, { 'content-type': 'text/css; charset=utf-8' })
  }
  const index = encodeJson({ name: 'Copydesk', version: info.version, docs: '/docs', openapi: '/openapi.json', health: '/healthz' })
  const links: Handler<AppEnv> = () => jsonBytesResponse(index)
  return { openApi, page, style, links }
}
