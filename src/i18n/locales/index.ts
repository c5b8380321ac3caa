import { en, type Messages } from './en.js'

/** Every bundled locale. To add one: write `./<code>.ts` exporting a `Messages`, list it here. */
export const locales = { en } as const satisfies Record<string, Messages>

export type Locale = keyof typeof locales

export const defaultLocale: Locale = 'en'

export type { Messages }
