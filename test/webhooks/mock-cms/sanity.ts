import { bearer, listen, type MockReply, type MockServer, type RecordedRequest } from './server.js'

/**
 * The slice of Sanity's Mutation API that write-back uses
 * (https://www.sanity.io/docs/http-reference/mutation):
 * `POST /{apiVersion}/data/mutate/{dataset}` with `{"mutations": [{"patch": {"id", "ifRevisionID", "set"}}]}`.
 * A patch whose `ifRevisionID` is not the document's `_rev` fails the whole transaction with 409
 * and changes nothing; otherwise the `set` paths are applied and the document gets a new `_rev`
 * (the transaction id). Paths: `title`, `title.en`, `title['en-US']`, `summary[_key=="en"].value`.
 * A wrong bearer token: 401; an unknown document: 404.
 */
export type SanityDocument = Record<string, unknown> & { _id: string; _rev: string }

export interface SanityMock extends MockServer {
  documents: Map<string, SanityDocument>
  writes: number
  seed(document: SanityDocument): void
  /** An editor saves: the revision changes. */
  bump(id: string): void
}

let counter = 0
const newRevision = () => `rev${(++counter).toString(36).padStart(6, '0')}`

export async function startSanityMock(token: string, dataset: string): Promise<SanityMock> {
  const documents = new Map<string, SanityDocument>()
  const error = (status: number, type: string, description: string): MockReply => ({ status, json: { error: { type, description } } })
  const handle = (request: RecordedRequest): MockReply => {
    if (bearer(request) !== token) return error(401, 'authError', 'Unauthorized - Session not found')
    const match = /^\/(v[^/]+)\/data\/mutate\/([^/?]+)(\?.*)?$/.exec(request.url)
    if (request.method !== 'POST' || !match || match[2] !== dataset) return error(404, 'notFound', 'Not found')
    const { mutations } = JSON.parse(request.body) as { mutations: { patch?: { id: string; ifRevisionID?: string; set?: Record<string, unknown> } }[] }
    // Validate the whole transaction before applying anything.
    for (const { patch } of mutations) {
      if (!patch) return error(400, 'mutationError', 'only patch is mocked')
      const document = documents.get(patch.id)
      if (!document) return error(404, 'mutationError', `Document "${patch.id}" not found`)
      if (patch.ifRevisionID !== undefined && patch.ifRevisionID !== document._rev) {
        return error(409, 'mutationError', `The mutation(s) failed: Document "${patch.id}" has unexpected revision ID ("${patch.ifRevisionID}"), expected "${document._rev}"`)
      }
    }
    const transactionId = newRevision()
    for (const { patch } of mutations) {
      const document = documents.get(patch!.id)!
      for (const [path, value] of Object.entries(patch!.set ?? {})) setPath(document, path, value)
      document._rev = transactionId
    }
    mock.writes += 1
    return { status: 200, json: { transactionId, results: mutations.map(({ patch }) => ({ id: patch!.id, operation: 'update' })) } }
  }
  const server = await listen(handle)
  const mock: SanityMock = Object.assign(server, {
    documents,
    writes: 0,
    seed(document: SanityDocument) {
      documents.set(document._id, structuredClone(document))
    },
    bump(id: string) {
      documents.get(id)!._rev = newRevision()
    },
  })
  return mock
}

function setPath(document: Record<string, unknown>, path: string, value: unknown): void {
  let match = /^([A-Za-z_]\w*)$/.exec(path)
  if (match) {
    document[match[1]!] = value
    return
  }
  match = /^([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*)|\['((?:[^'\\]|\\.)*)'\])$/.exec(path)
  if (match) {
    const key = match[2] ?? match[3]!.replace(/\\(.)/g, '$1')
    ;(document[match[1]!] as Record<string, unknown>)[key] = value
    return
  }
  match = /^([A-Za-z_]\w*)\[_key=="((?:[^"\\]|\\.)*)"\]\.value$/.exec(path)
  if (match) {
    const key = JSON.parse(`"${match[2]}"`) as string
    const item = (document[match[1]!] as { _key: string; value: unknown }[]).find((i) => i._key === key)!
    item.value = value
    return
  }
  throw new Error(`mock cannot set path ${path}`)
}
