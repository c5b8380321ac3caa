import { errorResult } from '../errors.js'
import { message } from '../messages.js'
import type { DeliveryResult } from '../types.js'

export interface CmsResponse {
  status: number
  json: unknown
  headers: Headers
}

/** The CMS's name, for messages ("Contentful answered 503 to PUT"). */
export type CmsName = string

/**
 * One request to a CMS API with a timeout. A network failure or timeout is a value (a 503
 * answer, retryable), never a throw.
 */
export async function cmsRequest(fetchImpl: typeof fetch, cms: CmsName, url: string, init: RequestInit, timeoutMs: number): Promise<CmsResponse | DeliveryResult> {
  let response: Response
  try {
    response = await fetchImpl(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
    return errorResult(503, 'cms_unavailable', timedOut ? message('cms-timeout', { cms, count: timeoutMs }) : message('cms-network', { cms }))
  }
  let json: unknown
  try {
    const text = await response.text()
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, json, headers: response.headers }
}

export function isCmsResponse(value: CmsResponse | DeliveryResult): value is CmsResponse {
  return 'json' in value
}

/**
 * A CMS answer other than success or a version conflict, as Copydesk's own answer:
 * - 401/403: our token is wrong or lacks rights → 502 `cms_unauthorized` (retryable: the
 *   operator fixes the token, the CMS's next retry then succeeds);
 * - 404: the entry is gone → 404 `entry_not_found`;
 * - 429: the CMS rate-limits us → 429 `rate_limited`, with its `Retry-After`;
 * - 5xx or an unreadable answer → 502 `cms_unavailable`;
 * - any other 4xx: the CMS refused the normalized value (a validation rule) → 422 `cms_rejected`.
 */
export function cmsFailure(cms: CmsName, response: CmsResponse, method: string, detail?: string): DeliveryResult {
  // The status and the CMS's own error id (`VersionMismatch`…), never its message or body.
  const said = { cms, method, answer: detail ? `${response.status} ${detail}` : String(response.status) }
  if (response.status === 401 || response.status === 403) return errorResult(502, 'cms_unauthorized', message('cms-unauthorized', said))
  if (response.status === 404) return errorResult(404, 'entry_not_found', message('cms-not-found', said))
  if (response.status === 429) {
    const retryAfter = response.headers.get('retry-after')
    const headers = retryAfter && /^\d{1,6}$/.test(retryAfter.trim()) ? { 'retry-after': retryAfter.trim() } : undefined
    return errorResult(429, 'rate_limited', message('cms-rate-limited', said), headers ? { headers } : {})
  }
  if (response.status >= 400 && response.status < 500) return errorResult(422, 'cms_rejected', message('cms-rejected', said))
  return errorResult(502, 'cms_unavailable', message('cms-failed', said))
}

/** A short error identifier from a CMS error body, for messages (never the whole body). */
export function errorId(json: unknown, ...path: string[]): string | undefined {
  let node = json
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return typeof node === 'string' && /^[A-Za-z0-9 ._:-]{1,80}$/.test(node) ? node : undefined
}
