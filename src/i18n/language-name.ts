import type { Locale } from './locales/index.js'

const displays = new Map<string, Intl.DisplayNames | null>()
/** Names already asked for, by locale and code: `DisplayNames.of` costs microseconds a call. */
const cache = new Map<string, string>()
/** Codes come from requests (a declared language tag): the cache stays bounded regardless. */
const MAX_CACHED = 4096

/** The name of language `code` in `locale` ("English" for "en" in English); the code if unknown. */
export function languageName(locale: Locale, code: string): string {
  const key = `${locale}\u0000${code}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  let display = displays.get(locale)
  if (display === undefined) {
    try {
      display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' })
    } catch {
      display = null
    }
    displays.set(locale, display)
  }
  let name = code
  try {
    name = display?.of(code) ?? code
  } catch {
    // A code DisplayNames refuses: shown as it is.
  }
  if (cache.size < MAX_CACHED) cache.set(key, name)
  return name
}
