/**
 * The languages Copydesk detects and normalizes (ISO 639-1). Detection only ever answers
 * one of these, or `und`: a language we have no house style for is as good as unknown.
 */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'de', 'fr', 'it', 'pt', 'pl', 'uk', 'ru', 'nl'] as const

export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number]

export function isSupportedLanguage(code: string): code is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code)
}
