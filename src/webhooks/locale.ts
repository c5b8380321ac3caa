import type { IntegrationBase } from './settings.js'
import { message, type WebhookMessage } from './messages.js'
import type { SkippedField } from './types.js'

export type LanguageChoice = { ok: true; language: string } | { ok: false; reason: SkippedField['reason']; message: WebhookMessage }

/**
 * The language a value is normalized in. A locale listed in `locales` maps as configured
 * (`"en-US": "en"`, matched case-insensitively as BCP 47 tags are); an unlisted one falls back
 * to its primary subtag (`de-AT` → `de`) when the glossary covers that; otherwise the value is
 * skipped and the report says why. A value without a locale is detected (`auto`).
 */
export function languageFor(locale: string | null, integration: IntegrationBase, supports: (language: string, glossary: string | undefined) => boolean): LanguageChoice {
  if (locale === null) return { ok: true, language: 'auto' }
  const glossary = integration.glossary
  const mapped = integration.locales[locale] ?? Object.entries(integration.locales).find(([key]) => key.toLowerCase() === locale.toLowerCase())?.[1]
  if (mapped !== undefined) {
    if (supports(mapped, glossary)) return { ok: true, language: mapped }
    return { ok: false, reason: 'language-not-covered', message: message('skip-language-not-covered', { locale, language: mapped }) }
  }
  const primary = /^([A-Za-z]{2,3})(?:[-_]|$)/.exec(locale)?.[1]?.toLowerCase()
  if (primary !== undefined && supports(primary, glossary)) return { ok: true, language: primary }
  return {
    ok: false,
    reason: 'locale-not-mapped',
    message: primary === undefined ? message('skip-no-language', { locale }) : message('skip-locale-not-mapped', { locale, language: primary }),
  }
}
