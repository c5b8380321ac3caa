import { createInstance, type Resource } from 'i18next'
import { defaultLocale, locales } from './locales/index.js'

const resources: Resource = Object.fromEntries(
  Object.entries(locales).map(([locale, messages]) => [locale, { translation: messages }]),
)

/**
 * The process's one i18next instance: bundled resources, no backend, no file system,
 * initialized synchronously when this module is first imported.
 */
export const i18n = createInstance()

void i18n.init({
  initAsync: false,
  resources,
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: Object.keys(locales),
  // Messages go into JSON, never HTML; values (text from requests) are not re-interpolated.
  interpolation: { escapeValue: false, skipOnVariables: true },
  returnNull: false,
})
