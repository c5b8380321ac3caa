import { defaultLocale, type Locale } from './locales/index.js'
import { lookupLocale } from './negotiate.js'

/** A text written by people outside the code (a glossary note): one string, or one per language. */
export type LocalizedText = string | Readonly<Record<string, string>>

/**
 * The text for `locale`: a plain string as it is; from a map, the entry for the locale
 * (keys compared like Accept-Language ranges: `de`, `DE`, `de-AT`), else the default
 * locale's, else the first one. Undefined for undefined or an empty map.
 */
export function localizedText(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (text === undefined || typeof text === 'string') return text
  const entries = Object.entries(text)
  return (
    entries.find(([tag]) => lookupLocale(tag) === locale)?.[1] ??
    entries.find(([tag]) => lookupLocale(tag) === defaultLocale)?.[1] ??
    entries[0]?.[1]
  )
}
