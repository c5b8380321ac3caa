/**
 * The settings every integration has, whatever its CMS (parsed by src/config/integrations.ts;
 * each provider adds its own, src/webhooks/providers/<cms>/settings.ts).
 */

export type Mode = 'report' | 'write-back'
/** `rich-text`: Contentful Rich Text, Sanity Portable Text, Strapi blocks (JSON documents). */
export type FieldFormat = 'text' | 'markdown' | 'html' | 'rich-text'

export interface FieldSpec {
  /** The field's id in the CMS (Contentful field id, Sanity attribute, Strapi attribute). */
  name: string
  format: FieldFormat
  /**
   * Contentful only (an entry holds every locale of a field): on save, the `from` locale's value
   * is machine-translated (POST /v1/translate's pipeline) into the `to` locale, normalized.
   */
  translate?: FieldTranslation
}

/** CMS locales, e.g. `{"from": "es-ES", "to": "en-US"}`. */
export interface FieldTranslation {
  from: string
  to: string
}

export interface IntegrationBase {
  name: string
  /** Several during a rotation: a delivery signed with any of them is accepted. */
  secrets: string[]
  fields: FieldSpec[]
  /** CMS locale → language (`"en-US": "en"`). Unmapped locales fall back to their primary subtag. */
  locales: Readonly<Record<string, string>>
  /** Locale of values that carry none (a plain Sanity string, a generic payload without `locale`). */
  defaultLocale: string | undefined
  /** Glossary id; the service's default glossary when absent. */
  glossary: string | undefined
  mode: Mode
}
