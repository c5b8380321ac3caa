import { bearer, listen, type MockReply, type MockServer, type RecordedRequest } from './server.js'

/**
 * The slice of Strapi 5's REST API that write-back uses (https://docs.strapi.io/cms/api/rest):
 * `GET` and `PUT /api/{pluralApiId}/{documentId}?status=draft&locale={locale}`; PUT takes
 * `{"data": {…}}`, changes only the attributes given and sets a new `updatedAt`. Responses are
 * `{"data": {…}, "meta": {}}`; errors `{"data": null, "error": {status, name, message}}`
 * (401 `UnauthorizedError` for a wrong API token, 404 `NotFoundError`). Strapi has no version
 * check: a PUT always wins, which is why the client reads `updatedAt` first.
 */
export type StrapiDocument = Record<string, unknown> & { documentId: string; updatedAt: string }

export interface StrapiMock extends MockServer {
  documents: Map<string, StrapiDocument>
  writes: number
  seed(plural: string, document: StrapiDocument, locale?: string): void
  /** An editor saves: `updatedAt` moves on. */
  bump(plural: string, documentId: string, locale?: string): void
  afterGet?: () => void
}

export async function startStrapiMock(token: string): Promise<StrapiMock> {
  const documents = new Map<string, StrapiDocument>()
  let clock = Date.parse('2026-01-05T10:00:00.000Z')
  const tick = () => new Date((clock += 1000)).toISOString()
  const error = (status: number, name: string, message: string): MockReply => ({ status, json: { data: null, error: { status, name, message, details: {} } } })
  const handle = (request: RecordedRequest): MockReply => {
    if (bearer(request) !== token) return error(401, 'UnauthorizedError', 'Missing or invalid credentials')
    const url = new URL(request.url, 'http://mock')
    const match = /^\/api\/([^/]+)\/([^/]+)$/.exec(url.pathname)
    if (!match) return error(404, 'NotFoundError', 'Not Found')
    const key = `${match[1]}/${match[2]}/${url.searchParams.get('locale') ?? ''}/${url.searchParams.get('status') ?? 'published'}`
    const document = documents.get(key)
    if (!document) return error(404, 'NotFoundError', 'Not Found')
    if (request.method === 'GET') {
      const reply = { status: 200, json: { data: structuredClone(document), meta: {} } }
      mock.afterGet?.()
      return reply
    }
    if (request.method === 'PUT') {
      const { data } = JSON.parse(request.body) as { data?: Record<string, unknown> }
      if (!data) return error(400, 'ValidationError', 'Missing "data" payload in the request body')
      Object.assign(document, data, { updatedAt: tick() })
      mock.writes += 1
      return { status: 200, json: { data: structuredClone(document), meta: {} } }
    }
    return error(405, 'MethodNotAllowedError', 'Method Not Allowed')
  }
  const server = await listen(handle)
  const mock: StrapiMock = Object.assign(server, {
    documents,
    writes: 0,
    seed(plural: string, document: StrapiDocument, locale = '') {
      documents.set(`${plural}/${document.documentId}/${locale}/draft`, structuredClone(document))
    },
    bump(plural: string, documentId: string, locale = '') {
      documents.get(`${plural}/${documentId}/${locale}/draft`)!.updatedAt = tick()
    },
  })
  return mock
}
