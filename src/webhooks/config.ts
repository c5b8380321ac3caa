import { ConfigReader, type ConfigSource } from '../config/reader.js'
import { readProviderSettings, PROVIDER_KEYS } from './config-provider.js'
import type { StrapiAuth } from './verify/strapi.js'

/**
 * Webhook integrations: one per CMS (or per CMS space) that sends deliveries to
 * `POST /v1/webhooks/:integration`. The operator ships them as a JSON document with the
 * deployment (`{"integrations": [...]}`); secrets and tokens stay in environment variables or
 * Worker secrets and are referenced as `{"env": "NAME"}`. Parsed once at start: a mistake
 * stops the service with a message naming the integration and the setting.
 */

export type Provider = 'generic' | 'contentful' | 'sanity' | 'strapi'
export type Mode = 'report' | 'write-back'
/** `rich-text`: Contentful Rich Text, Sanity Portable Text, Strapi blocks (JSON documents). */
export type FieldFormat = 'text' | 'markdown' | 'html' | 'rich-text'

export interface FieldSpec {
  /** The field's id in the CMS (Contentful field id, Sanity attribute, Strapi attribute). */
  name: string
  format: FieldFormat
}

export interface WriteBackBase {
  /** CMA token / API token, sent as `Authorization: Bearer`. */
  token: string
  /** API base URL; the provider's public API by default, a local server in tests. */
  baseUrl: string
  /** Per request to the CMS. Default 8000. */
  timeoutMs: number
}

/** https://www.contentful.com/developers/docs/references/content-management-api/ */
export type ContentfulWriteBack = WriteBackBase

/** https://www.sanity.io/docs/http-reference/mutation */
export interface SanityWriteBack extends WriteBackBase {
  projectId: string
  dataset: string
  /** Dated API version, e.g. `v2025-02-19`. */
  apiVersion: string
}

/** https://docs.strapi.io/cms/api/rest */
export interface StrapiWriteBack extends WriteBackBase {
  /** Content-type uid (as in the delivery's `uid`) → plural API id of its REST endpoint. */
  collections: Readonly<Record<string, string>>
}

interface IntegrationBase {
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

export type Integration =
  | (IntegrationBase & { provider: 'generic' })
  | (IntegrationBase & { provider: 'contentful'; writeBack: ContentfulWriteBack | undefined })
  | (IntegrationBase & {
      provider: 'sanity'
      /** Document attribute holding the document's locale (document-level localization). */
      localeField: string | undefined
      writeBack: SanityWriteBack | undefined
    })
  | (IntegrationBase & { provider: 'strapi'; auth: StrapiAuth; writeBack: StrapiWriteBack | undefined })

/** The problems of the integrations config, one a line. */
export class IntegrationConfigError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'))
    this.name = 'IntegrationConfigError'
  }
}

const PROVIDERS = ['generic', 'contentful', 'sanity', 'strapi'] as const
const MODES = ['report', 'write-back'] as const
const FORMATS = ['text', 'markdown', 'html', 'rich-text'] as const
const COMMON_KEYS = ['name', 'provider', 'secrets', 'fields', 'locales', 'defaultLocale', 'glossary', 'mode'] as const
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const GLOSSARY = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
const LANGUAGE = /^[A-Za-z]{2,3}$/
const LOCALE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,34}$/

/**
 * Parses and validates `{"integrations": [...]}`. `env` resolves `{"env": "NAME"}` secrets
 * (`process.env` on Node, the Worker's `env` bindings). Throws an `IntegrationConfigError`
 * listing every problem, one line each, e.g.
 * `integrations[1] "wp-main": "mode" must be "report" or "write-back", got "push"`.
 */
export function parseIntegrations(json: unknown, env: ConfigSource = {}): Integration[] {
  const read = new ConfigReader(env)
  const root = json as { integrations?: unknown } | null
  if (typeof root !== 'object' || root === null || Array.isArray(root) || !Array.isArray(root.integrations)) {
    throw new IntegrationConfigError(['webhook integrations config: must be an object {"integrations": [...]}'])
  }
  for (const key of Object.keys(root)) {
    if (key !== 'integrations') read.problem(`webhook integrations config: "${key}" is not a setting (known: integrations)`)
  }
  const integrations: Integration[] = []
  const seen = new Set<string>()
  root.integrations.forEach((raw: unknown, index: number) => {
    const integration = readIntegration(read, raw, index)
    if (!integration) return
    if (seen.has(integration.name)) {
      read.problem(`integrations[${index}] "${integration.name}": "name" is already used by another integration`)
      return
    }
    seen.add(integration.name)
    integrations.push(integration)
  })
  read.throwIfAny(IntegrationConfigError)
  return integrations
}

function readIntegration(read: ConfigReader, raw: unknown, index: number): Integration | undefined {
  const at = `integrations[${index}]`
  const value = read.object(at, 'integration', raw)
  if (!value) return undefined
  const name = read.string(at, 'name', value.name, NAME, 'letters, digits, ".", "_" or "-" (at most 64), starting with a letter or digit')
  const where = name === undefined ? at : `${at} "${name}"`
  const provider = read.oneOf(where, 'provider', value.provider, PROVIDERS)
  // With an unknown provider, any provider's settings are let through: one error is enough.
  read.onlyKeys(where, '', value, [...COMMON_KEYS, ...(provider ? PROVIDER_KEYS[provider] : new Set(Object.values(PROVIDER_KEYS).flat()))])
  const errorsBefore = read.problems.length

  const base = {
    name: name ?? '',
    secrets: readSecrets(read, where, value.secrets),
    fields: readFields(read, where, value.fields),
    locales: readLocales(read, where, value.locales),
    defaultLocale: value.defaultLocale === undefined ? undefined : read.string(where, 'defaultLocale', value.defaultLocale, LOCALE, 'a locale such as "en-US"'),
    glossary: value.glossary === undefined ? undefined : read.string(where, 'glossary', value.glossary, GLOSSARY, 'a glossary id'),
    mode: value.mode === undefined ? ('report' as const) : read.oneOf(where, 'mode', value.mode, MODES),
  }
  const specific = provider && base.mode ? readProviderSettings(read, where, provider, base.mode, value) : undefined
  if (read.problems.length > errorsBefore || !provider || !base.mode || !specific || name === undefined) return undefined
  return { ...base, provider, mode: base.mode, ...specific } as Integration
}

function readSecrets(read: ConfigReader, where: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    read.error(where, 'secrets', 'must be a non-empty array of secrets (strings or {"env": "NAME"}); several during a rotation')
    return []
  }
  return value.flatMap((item, i) => read.secret(where, `secrets[${i}]`, item) ?? [])
}

function readFields(read: ConfigReader, where: string, value: unknown): FieldSpec[] {
  if (!Array.isArray(value) || value.length === 0) {
    read.error(where, 'fields', 'must be a non-empty array of {"name", "format"}')
    return []
  }
  const fields: FieldSpec[] = []
  value.forEach((item, i) => {
    const field = read.object(where, `fields[${i}]`, item)
    if (!field) return
    read.onlyKeys(where, `fields[${i}].`, field, ['name', 'format'])
    const name = read.string(where, `fields[${i}].name`, field.name, /^[A-Za-z_$][A-Za-z0-9_$-]*$/, 'a field id (letters, digits, "_", "$" or "-")')
    const format = read.oneOf(where, `fields[${i}].format`, field.format, FORMATS)
    if (name !== undefined && fields.some((f) => f.name === name)) read.error(where, `fields[${i}].name`, `repeats field "${name}"`)
    else if (name !== undefined && format) fields.push({ name, format })
  })
  return fields
}

function readLocales(read: ConfigReader, where: string, value: unknown): Record<string, string> {
  if (value === undefined) return {}
  const locales = read.object(where, 'locales', value)
  if (!locales) return {}
  const out: Record<string, string> = {}
  for (const [locale, language] of Object.entries(locales)) {
    if (!LOCALE.test(locale)) read.error(where, `locales.${locale}`, 'is not a locale such as "en-US"')
    const code = read.string(where, `locales.${locale}`, language, LANGUAGE, 'a language code of 2 or 3 letters such as "en"')
    if (code !== undefined) out[locale] = code.toLowerCase()
  }
  return out
}
