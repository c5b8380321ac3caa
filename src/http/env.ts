import type { Locale } from '../i18n/index.js'

/** Per-request values shared by the middlewares and handlers. */
export interface AppEnv {
  Variables: {
    /** Locale of the messages in this response. */
    locale: Locale
    /** Bytes of request body actually read, when a handler read it. */
    requestBytes: number
    /** The unexpected error behind a 500, for the request log. */
    error: unknown
  }
}
