import { defaultLocale, locales, type Locale } from './locales/index.js'

/** Bundled locales by lower-case tag. */
const available = new Map<string, Locale>(Object.keys(locales).map((locale) => [locale.toLowerCase(), locale as Locale]))

/** Bundled locales, the default first: the order a `*` range takes them in. */
const byPreference: readonly Locale[] = [defaultLocale, ...(Object.keys(locales) as Locale[]).filter((l) => l !== defaultLocale)]

const RANGE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/

/** At most this many ranges of an Accept-Language header are read. */
export const MAX_LANGUAGE_RANGES = 64

/**
 * The bundled locale for a language tag or range, by RFC 4647 lookup: case-insensitive, and
 * subtags are dropped from the end until one matches (`es-MX` → `es`, `DE-at` → `de`).
 * Undefined when none does (`pt-BR`), or for `*`.
 */
export function lookupLocale(tag: string): Locale | undefined {
  const subtags = tag.toLowerCase().split('-')
  while (subtags.length > 0) {
    const found = available.get(subtags.join('-'))
    if (found !== undefined) return found
    subtags.pop()
    // A singleton ("x" of a private use part, "u" of an extension) never ends a range.
    if (subtags.at(-1)?.length === 1) subtags.pop()
  }
  return undefined
}

interface LanguageRange {
  range: string
  q: number
}

/**
 * The ranges of an Accept-Language header (RFC 9110, 12.5.4): `range` lower case, `q` from 0
 * to 1 (1 when absent). A malformed range or q-value drops that range only.
 */
export function parseAcceptLanguage(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = []
  for (const part of header.split(',', MAX_LANGUAGE_RANGES)) {
    const [rawRange = '', ...params] = part.split(';')
    const range = rawRange.trim()
    if (range !== '*' && !RANGE.test(range)) continue
    let q = 1
    let valid = true
    for (const param of params) {
      const equals = param.indexOf('=')
      if (equals < 0 || param.slice(0, equals).trim().toLowerCase() !== 'q') continue
      const value = param.slice(equals + 1).trim()
      valid = QVALUE.test(value)
      q = Number(value)
      break
    }
    if (valid) ranges.push({ range: range.toLowerCase(), q })
  }
  return ranges
}

/**
 * The bundled locale that best fits an Accept-Language header, or undefined when it asks
 * for none of them. Ranges are taken by q-value, highest first, header order between equals;
 * `q=0` excludes what the range covers (`en;q=0` excludes en and en-GB); `*` stands for any
 * bundled locale not excluded, the default first; a region falls back to its language
 * (`es-MX` → es).
 */
export function negotiateLocale(acceptLanguage: string | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined
  const ranges = parseAcceptLanguage(acceptLanguage)
  const excluded = new Set<Locale>()
  for (const { range, q } of ranges) {
    if (q !== 0) continue
    for (const [tag, locale] of available) if (range === '*' || tag === range || tag.startsWith(`${range}-`)) excluded.add(locale)
  }
  const wanted = ranges.filter(({ q }) => q > 0).sort((a, b) => b.q - a.q) // stable: header order between equals
  for (const { range } of wanted) {
    const locale = range === '*' ? byPreference.find((l) => !excluded.has(l)) : lookupLocale(range)
    if (locale !== undefined && !excluded.has(locale)) return locale
  }
  return undefined
}

/** The bundled locale that best fits an Accept-Language header; the default one otherwise. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  return negotiateLocale(acceptLanguage) ?? defaultLocale
}
