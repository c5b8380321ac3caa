import { defaultLocale, locales, type Locale } from './locales/index.js'

const available = new Set<string>(Object.keys(locales))

/** The bundled locale that best fits an Accept-Language header; the default one otherwise. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return defaultLocale
  let best: Locale = defaultLocale
  let bestQ = 0
  for (const part of acceptLanguage.split(',', 32)) {
    const [range = '', ...params] = part.split(';')
    const primary = range.trim().split('-')[0]?.toLowerCase() ?? ''
    const q = qValue(params)
    if (q > bestQ && available.has(primary)) {
      best = primary as Locale
      bestQ = q
    }
  }
  return best
}

function qValue(params: string[]): number {
  for (const param of params) {
    const [name, value] = param.split('=')
    if (name?.trim().toLowerCase() === 'q') {
      const q = Number(value?.trim())
      return Number.isFinite(q) ? q : 0
    }
  }
  return 1
}
