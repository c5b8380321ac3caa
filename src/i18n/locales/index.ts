import { de } from './de.js'
import { en, type Messages } from './en.js'
import { es } from './es.js'
import { fr } from './fr.js'
import { uk } from './uk.js'

/**
 * Every bundled locale. To add one: write `./<code>.ts` exporting a `Messages` (a BCP 47
 * primary language subtag, lower case), list it here; the tests then check its keys.
 */
export const locales = { en, es, de, fr, uk } as const satisfies Record<string, Messages>

export type Locale = keyof typeof locales

export const defaultLocale: Locale = 'en'

export type { Messages }
export type { PluralCategory } from './en.js'
