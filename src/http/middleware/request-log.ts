import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.js'

export type Log = (line: string) => void

/**
 * One JSON line per request: method, path, status, duration, request and response sizes in
 * bytes, the request id, the id of the API key (never the key), the webhook integration, the
 * counts of the work done (changes, warnings, fields), and the error behind a 500. Never the
 * query string, a header, the body or the text.
 */
export function requestLog(log: Log): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    try {
      await next()
    } finally {
      const error = c.get('error')
      const keyId = c.get('keyId')
      const integration = c.get('integration')
      const line: Record<string, unknown> = {
        method: c.req.method,
        path: c.req.path.slice(0, 256),
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        requestBytes: c.get('requestBytes') ?? headerBytes(c.req.header('content-length')),
        responseBytes: headerBytes(c.res.headers.get('content-length') ?? undefined),
        requestId: c.get('requestId'),
        ...(keyId === undefined ? {} : { keyId }),
        ...(integration === undefined ? {} : { integration }),
        ...c.get('counts'),
      }
      if (error !== undefined) line.error = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error)
      try {
        log(JSON.stringify(line))
      } catch {
        // A failing log sink must not fail the request.
      }
    }
  }
}

function headerBytes(value: string | undefined): number {
  const bytes = Number(value ?? 0)
  return Number.isSafeInteger(bytes) && bytes >= 0 ? bytes : 0
}
