import type { en, WithoutPlural } from './locales/en.js'

type English = typeof en

/**
 * Every message key, dotted, as `t` takes it: `error.invalid_json`, `change.preferred-form`,
 * `error.payload_too_large` (plural forms are chosen by i18next from the `count` param).
 */
export type MessageKey = { [G in keyof English]: `${G & string}.${WithoutPlural<keyof English[G] & string>}` }[keyof English]

/**
 * Interpolation values. `context` selects the `<key>_<context>` variant when it exists; `count`
 * selects the plural form of the locale.
 */
export type MessageParams = Readonly<Record<string, string | number | readonly string[] | undefined>>
