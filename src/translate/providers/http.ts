import { TranslateError, type UnavailableReason } from '../errors.js'

/**
 * A JSON call to an engine's HTTP API, its failures as TranslateErrors: no connection, a
 * refused key, a rate limit or a 5xx → unavailable (503); another error status or a body that
 * is not JSON → bad answer (502).
 * An abort is left to the pipeline, which knows whether it was its timeout.
 */
export function providerFetch(provider: string, fetchImpl: typeof fetch, unreachable: UnavailableReason = 'unreachable') {
  return async (url: string, init: RequestInit): Promise<unknown> => {
    let response: Response
    try {
      response = await fetchImpl(url, init)
    } catch (error) {
      if (init.signal?.aborted) throw error
      throw new TranslateError('unavailable', { provider, reason: unreachable, url: new URL(url).origin, detail: String(error) })
    }
    const text = await response.text()
    if (!response.ok) {
      const { status } = response
      const details = { provider, status, detail: text.slice(0, 200) }
      if (status === 401 || status === 403) throw new TranslateError('unavailable', { ...details, reason: 'key' })
      if (status === 429) throw new TranslateError('unavailable', { ...details, reason: 'rate-limited' })
      if (status >= 500) throw new TranslateError('unavailable', { ...details, reason: 'engine-error' })
      throw new TranslateError('bad-answer', details)
    }
    try {
      return JSON.parse(text) as unknown
    } catch {
      throw new TranslateError('bad-answer', { provider, detail: 'the answer is not JSON' })
    }
  }
}
