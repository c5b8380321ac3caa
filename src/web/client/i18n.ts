import { createInstance, type Resource } from 'i18next'
import { de } from './locales/de.js'
import { en, type MessageKey, type Messages } from './locales/en.js'
import { es } from './locales/es.js'
import { fr } from './locales/fr.js'
import { uk } from './locales/uk.js'

/** The page's locales, each with its name in its own language (for the switcher). */
export const pageLocales: Record<string, { messages: Messages; name: string }> = {
  en: { messages: en, name: 'English' },
  es: { messages: es, name: 'Español' },
  de: { messages: de, name: 'Deutsch' },
  fr: { messages: fr, name: 'Français' },
  uk: { messages: uk, name: 'Українська' },
}

const resources: Resource = Object.fromEntries(Object.entries(pageLocales).map(([code, { messages }]) => [code, { translation: messages }]))

const i18n = createInstance()
void i18n.init({
  initAsync: false,
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: Object.keys(pageLocales),
  // Flat keys such as 'change.accept'; values go into DOM text, never HTML.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false, skipOnVariables: true },
  returnNull: false,
})

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

export function translator(locale: string): Translate {
  const t = i18n.getFixedT(locale)
  return (key, values) => t(key, values ?? {})
}

/** The first of the browser's languages the page speaks (`es-MX` → `es`), else English. */
export function browserLocale(languages: readonly string[]): string {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0]!
    if (primary in pageLocales) return primary
  }
  return 'en'
}
