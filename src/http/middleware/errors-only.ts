import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.js'

/** A value thrown that is not an Error (a string, an object...). */
export class NonErrorThrown extends Error {
  override readonly name = 'NonErrorThrown'

  constructor(readonly value: unknown) {
    super(safeString(value))
  }
}

/**
 * Hono hands only `Error`s to `app.onError`; anything else thrown would escape the app.
 * This wraps such values in an Error so that they too become a JSON 500.
 */
export function errorsOnly(): MiddlewareHandler<AppEnv> {
  return async (_c, next) => {
    try {
      await next()
    } catch (thrown) {
      throw thrown instanceof Error ? thrown : new NonErrorThrown(thrown)
    }
  }
}

function safeString(value: unknown): string {
  try {
    return String(value)
  } catch {
    return Object.prototype.toString.call(value)
  }
}
