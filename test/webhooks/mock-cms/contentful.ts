import { bearer, listen, type MockReply, type MockServer, type RecordedRequest } from './server.js'

/**
 * The slice of Contentful's Content Management API that write-back uses
 * (https://www.contentful.com/developers/docs/references/content-management-api/):
 * - `GET /spaces/{space}/environments/{env}/entries/{id}` → the entry;
 * - `PUT` the same with `X-Contentful-Version`: when it is not the entry's current version
 *   (or missing), 409 with an Error of id `VersionMismatch` and nothing changes; otherwise the
 *   fields and metadata are replaced (Contentful does not merge) and the version goes up by one;
 * - a wrong or missing bearer CMA token: 401 `AccessTokenInvalid`; an unknown entry: 404 `NotFound`.
 */
export interface ContentfulEntry {
  sys: { type: 'Entry'; id: string; version: number; space: unknown; environment: unknown; [key: string]: unknown }
  fields: Record<string, Record<string, unknown>>
  metadata?: unknown
}

export interface ContentfulMock extends MockServer {
  entries: Map<string, ContentfulEntry>
  /** Successful PUTs. */
  writes: number
  seed(entry: ContentfulEntry, spaceId: string, environmentId: string): void
  /** An editor saves: the version goes up. */
  bump(spaceId: string, environmentId: string, id: string): void
  /** Called after each GET is answered, e.g. to slip an edit in before the PUT. */
  afterGet?: () => void
}

const ENTRY = /^\/spaces\/([^/]+)\/environments\/([^/]+)\/entries\/([^/?]+)$/

export async function startContentfulMock(token: string): Promise<ContentfulMock> {
  const entries = new Map<string, ContentfulEntry>()
  const error = (status: number, id: string, message: string): MockReply => ({ status, json: { sys: { type: 'Error', id }, message, requestId: 'mock' } })
  const handle = (request: RecordedRequest): MockReply => {
    if (bearer(request) !== token) return error(401, 'AccessTokenInvalid', 'The access token you sent could not be found or is invalid.')
    const match = ENTRY.exec(request.url)
    if (!match) return error(404, 'NotFound', 'The resource could not be found.')
    const key = match.slice(1, 4).map(decodeURIComponent).join('/')
    const entry = entries.get(key)
    if (!entry) return error(404, 'NotFound', 'The resource could not be found.')
    if (request.method === 'GET') {
      const reply = { status: 200, json: structuredClone(entry) }
      mock.afterGet?.()
      return reply
    }
    if (request.method === 'PUT') {
      const version = request.headers['x-contentful-version']
      if (version !== String(entry.sys.version)) return error(409, 'VersionMismatch', 'Version mismatch error. The version you specified was incorrect. This may be due to someone else editing the content.')
      const body = JSON.parse(request.body) as { fields: ContentfulEntry['fields']; metadata?: unknown }
      entry.fields = body.fields
      if (body.metadata === undefined) delete entry.metadata
      else entry.metadata = body.metadata
      entry.sys.version += 1
      mock.writes += 1
      return { status: 200, json: structuredClone(entry) }
    }
    return error(405, 'MethodNotAllowed', 'Method not allowed')
  }
  const server = await listen(handle)
  const mock: ContentfulMock = Object.assign(server, {
    entries,
    writes: 0,
    seed(entry: ContentfulEntry, spaceId: string, environmentId: string) {
      entries.set(`${spaceId}/${environmentId}/${entry.sys.id}`, structuredClone(entry))
    },
    bump(spaceId: string, environmentId: string, id: string) {
      entries.get(`${spaceId}/${environmentId}/${id}`)!.sys.version += 1
    },
  })
  return mock
}
