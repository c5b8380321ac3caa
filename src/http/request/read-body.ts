import { concatBytes } from '../bytes.js'
import { HttpError } from '../http-error.js'

/**
 * Reads a request body of at most `limit` bytes. A declared Content-Length over the limit is
 * refused before reading; the bytes are counted while reading too, so a missing or lying
 * Content-Length cannot get more than `limit` bytes in.
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length')?.trim()
  const length = declared && /^\d+$/.test(declared) ? Number(declared) : undefined
  if (length !== undefined && length > limit) throw tooLarge(limit)
  if (length !== undefined) {
    // Declared within the limit: HTTP framing delivers no more than that, so read it in one
    // piece, which @hono/node-server serves from the socket without a web stream (as long as
    // nothing reads `request.body` first: that builds the whole web Request). A Request
    // built in code can still lie: its real size is checked too.
    let body: ArrayBuffer
    try {
      body = await request.arrayBuffer()
    } catch {
      throw new HttpError(400, 'invalid_json')
    }
    if (body.byteLength > limit) throw tooLarge(limit)
    return new Uint8Array(body)
  }
  if (!request.body) return new Uint8Array(0)

  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>
    try {
      chunk = await reader.read()
    } catch {
      // The client went away or sent a broken body: whatever arrived is not a JSON document.
      throw new HttpError(400, 'invalid_json')
    }
    if (chunk.done) break
    size += chunk.value.byteLength
    if (size > limit) {
      reader.cancel().catch(() => {})
      throw tooLarge(limit)
    }
    chunks.push(chunk.value)
  }
  if (chunks.length === 1) return chunks[0]!
  return concatBytes(chunks, size)
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'payload_too_large', { count: limit })
}
