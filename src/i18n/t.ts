import type { TFunction } from 'i18next'
import { i18n } from './instance.js'
import { locales, type Locale } from './locales/index.js'
import type { MessageKey, MessageParams } from './keys.js'

const fixed = new Map<string, TFunction>(Object.keys(locales).map((locale) => [locale, i18n.getFixedT(locale)]))

/** Renders message `key` in `locale` with `params`. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const translate = (fixed.get(locale) ?? i18n.t) as (key: string, options: object) => string
  return translate(key, params)
}
