/**
 * How the HTTP tests make requests, independent of the runtime under test: `call` is built
 * from `app.request` on Node (./call.ts) and can be built from a worker's fetch the same way.
 */
export type Call = (method: string, path: string, body?: unknown, headers?: Headers) => Promise<Response>

/**
 * A call to the locked-down target (./locked-env.ts) from the client at `client` (an IP
 * address): the socket's peer address on Node, `CF-Connecting-IP` on Workers.
 */
export type LockedCall = (method: string, path: string, body?: unknown, headers?: Headers, client?: string) => Promise<Response>

/** Request headers; a header set to `undefined` is left out, even the default Content-Type. */
export type Headers = Readonly<Record<string, string | undefined>>

const encoder = new TextEncoder()

/**
 * A string is sent as its UTF-8 bytes, bytes and streams as they are, anything else as JSON.
 * Content-Type defaults to application/json when there is a body.
 */
export function requestInit(method: string, body?: unknown, headers: Headers = {}): RequestInit {
  const init: RequestInit & { duplex?: 'half' } = { method }
  const sent: Record<string, string> = {}
  const named = new Set(Object.keys(headers).map((name) => name.toLowerCase()))
  if (body !== undefined) {
    if (typeof body === 'string') init.body = encoder.encode(body)
    else if (body instanceof Uint8Array) init.body = body
    else if (body instanceof ReadableStream) {
      init.body = body
      init.duplex = 'half'
    } else init.body = encoder.encode(JSON.stringify(body))
    if (!named.has('content-type')) sent['content-type'] = 'application/json'
  }
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) sent[name] = value
  init.headers = sent
  return init
}

/** A body streamed in chunks, so no Content-Length can be known in advance. */
export function streamOf(...chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk)
      controller.close()
    },
  })
}

export interface ErrorBody {
  error: { code: string; message: string; retryable: boolean }
}

/** The response body as JSON, typed loosely for assertions. */
export async function json(res: Response): Promise<any> {
  return res.json()
}
