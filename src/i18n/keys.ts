import type { Messages } from './locales/index.js'

/** Every message key, dotted: `error.invalid_json`, `change.preferred-form`, ... */
export type MessageKey = { [G in keyof Messages]: `${G & string}.${keyof Messages[G] & string}` }[keyof Messages]

/** Interpolation values; `context` selects the `<key>_<context>` variant when it exists. */
export type MessageParams = Readonly<Record<string, string | number | readonly string[] | undefined>>
