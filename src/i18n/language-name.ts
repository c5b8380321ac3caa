import type { Locale } from './locales/index.js'

const names = new Map<string, Intl.DisplayNames | null>()

/** The name of language `code` in `locale` ("English" for "en" in English); the code if unknown. */
export function languageName(locale: Locale, code: string): string {
  let display = names.get(locale)
  if (display === undefined) {
    try {
      display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' })
    } catch {
      display = null
    }
    names.set(locale, display)
  }
  try {
    return display?.of(code) ?? code
  } catch {
    return code
  }
}
