import type { Context } from 'hono'
import type { AppEnv } from '../env.js'
import { HttpError } from '../http-error.js'
import { isJsonMediaType } from './media-type.js'
import { readBody } from './read-body.js'

// Strict UTF-8; a leading byte order mark is dropped.
const decoder = new TextDecoder('utf-8', { fatal: true })

/** The request's JSON body: checks the media type, the size limit, UTF-8 and JSON syntax. */
export async function readJson(c: Context<AppEnv>, limit: number): Promise<unknown> {
  const contentType = c.req.header('content-type')
  if (contentType === undefined) {
    throw new HttpError(415, 'unsupported_media_type', { context: 'missing' })
  }
  if (!isJsonMediaType(contentType)) {
    throw new HttpError(415, 'unsupported_media_type', { contentType: contentType.slice(0, 100) })
  }
  const bytes = await readBody(c.req.raw, limit)
  c.set('requestBytes', bytes.byteLength)
  await c.get('chargeBody')?.(bytes.byteLength)
  try {
    return JSON.parse(decoder.decode(bytes))
  } catch {
    throw new HttpError(400, 'invalid_json')
  }
}
