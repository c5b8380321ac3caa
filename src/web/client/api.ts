/**
 * The page's calls to the service: same origin, JSON, the API key (when the editor gave one) as
 * `Authorization: Bearer`, the page's locale as `Accept-Language` so that messages, notes and
 * errors come back in it. A failure is an ApiError carrying what the page needs to say it in
 * words: the status, the stable code, the service's own message and, for a 429, when to retry.
 */

export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    /** HTTP status, or 0 when the service could not be reached. */
    readonly status: number,
    readonly code: string,
    /** The service's message, in the page's locale (empty when there was no answer). */
    readonly detail: string,
    /** Seconds to wait, from Retry-After (429). */
    readonly retryAfter?: number,
  ) {
    super(`${status} ${code}`)
  }
}

/** The parsed JSON of a successful answer, for the caller to read field by field. */
export interface Api {
  get(path: string): Promise<unknown>
  post(path: string, body: unknown): Promise<unknown>
}

export function createApi(options: { key: () => string; locale: () => string }): Api {
  const send = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': options.locale() }
    const key = options.key()
    if (key !== '') headers.authorization = `Bearer ${key}`
    if (body !== undefined) headers['content-type'] = 'application/json'
    let response: Response
    try {
      response = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }), credentials: 'omit', cache: 'no-store' })
    } catch {
      throw new ApiError(0, 'network', '')
    }
    const json: unknown = await response.json().catch(() => undefined)
    if (response.ok && json !== undefined) return json
    const error = errorBody(json)
    const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10)
    throw new ApiError(response.status, error.code, error.message, Number.isFinite(retryAfter) ? retryAfter : undefined)
  }
  return { get: (path) => send('GET', path), post: (path, body) => send('POST', path, body) }
}

/** `{"error": {"code", "message"}}`, as every error of the service is written. */
function errorBody(json: unknown): { code: string; message: string } {
  const error = isRecord(json) ? json.error : undefined
  if (!isRecord(error)) return { code: 'unknown', message: '' }
  const code = typeof error.code === 'string' ? error.code : 'unknown'
  const message = typeof error.message === 'string' ? error.message : ''
  return { code, message }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
