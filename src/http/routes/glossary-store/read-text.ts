import type { Context } from 'hono'
import type { AppEnv } from '../../env.js'
import { HttpError } from '../../http-error.js'
import { readBody } from '../../request/index.js'

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * A text body whose media type is one of `accepted` (a charset, if given, must be UTF-8),
 * decoded strictly: the type that matched and the text.
 */
export async function readText(c: Context<AppEnv>, limit: number, accepted: readonly string[]): Promise<{ type: string; text: string }> {
  const header = c.req.header('content-type') ?? ''
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase())
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/^"(.*)"$/, '$1')
  if (!accepted.includes(type) || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
    throw new HttpError(415, 'unsupported_media_type', { context: 'text', contentType: header.slice(0, 100) || '—', expected: accepted.join(', ') })
  }
  const bytes = await readBody(c.req.raw, limit)
  c.set('requestBytes', bytes.byteLength)
  try {
    return { type, text: decoder.decode(bytes) }
  } catch {
    throw new HttpError(400, 'invalid_document', { context: 'utf8' })
  }
}
