import { providers } from '../webhooks/providers/index.js'
import type { Integration } from '../webhooks/providers/types.js'
import type { FieldFormat, FieldSpec, FieldTranslation } from '../webhooks/settings.js'
import { ConfigReader, type ConfigSource } from './reader.js'

/**
 * Webhook integrations: one per CMS (or per CMS space) that sends deliveries to
 * `POST /v1/webhooks/:integration`. The operator ships them as a JSON document with the
 * deployment (`{"integrations": [...]}`); secrets and tokens stay in environment variables or
 * Worker secrets and are referenced as `{"env": "NAME"}`. Parsed once at start: a mistake
 * stops the service with a message naming the integration and the setting. The common settings
 * are read here, each provider's own by its folder (src/webhooks/providers/<cms>/settings.ts).
 */

export class IntegrationConfigError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'))
    this.name = 'IntegrationConfigError'
  }
}

const PROVIDERS = Object.keys(providers)
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
  const registered = provider === undefined ? undefined : providers[provider]
  // With an unknown provider, any provider's settings are let through: one error is enough.
  const providerKeys = registered ? registered.settingKeys : new Set(Object.values(providers).flatMap((p) => p.settingKeys))
  read.onlyKeys(where, '', value, [...COMMON_KEYS, ...providerKeys])
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
  base.fields.forEach((field, i) => {
    if (field.translate && provider && provider !== 'contentful') read.error(where, `fields[${i}].translate`, 'is supported for Contentful only (its entries hold every locale of a field)')
  })
  const configured = provider && registered && base.mode && writeBackAllowed(read, where, provider, registered.canWriteBack, base.mode, value) ? registered.configure(read, where, value) : undefined
  if (read.problems.length > errorsBefore || !provider || !base.mode || !configured || name === undefined) return undefined
  return { ...base, provider, mode: base.mode, ...configured.settings, connector: configured.connector }
}

/** Write-back mode needs a provider that can write back, and its `writeBack` settings. */
function writeBackAllowed(read: ConfigReader, where: string, provider: string, canWriteBack: boolean, mode: string, value: Record<string, unknown>): boolean {
  if (mode !== 'write-back') return true
  if (!canWriteBack) read.error(where, 'mode', `must be "report" for provider "${provider}" (there is no CMS API to write back to)`)
  else if (value.writeBack === undefined) read.error(where, 'writeBack', `is required when "mode" is "write-back" (the ${provider} API URL and token)`)
  else return true
  return false
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
    read.onlyKeys(where, `fields[${i}].`, field, ['name', 'format', 'translate'])
    const name = read.string(where, `fields[${i}].name`, field.name, /^[A-Za-z_$][A-Za-z0-9_$-]*$/, 'a field id (letters, digits, "_", "$" or "-")')
    const format = read.oneOf(where, `fields[${i}].format`, field.format, FORMATS)
    const translate = field.translate === undefined ? undefined : readTranslation(read, where, `fields[${i}].translate`, field.translate, format)
    if (name !== undefined && fields.some((f) => f.name === name)) read.error(where, `fields[${i}].name`, `repeats field "${name}"`)
    else if (name !== undefined && format) fields.push(translate ? { name, format, translate } : { name, format })
  })
  return fields
}

function readTranslation(read: ConfigReader, where: string, key: string, value: unknown, format: FieldFormat | undefined): FieldTranslation | undefined {
  const spec = read.object(where, key, value)
  if (!spec) return undefined
  read.onlyKeys(where, `${key}.`, spec, ['from', 'to'])
  const from = read.string(where, `${key}.from`, spec.from, LOCALE, 'a locale such as "es-ES"')
  const to = read.string(where, `${key}.to`, spec.to, LOCALE, 'a locale such as "en-US"')
  if (format === 'rich-text') read.error(where, key, 'is for text, markdown and html fields (a rich-text document is not translated)')
  if (from !== undefined && to !== undefined && from.toLowerCase() === to.toLowerCase()) read.error(where, key, `translates "${from}" into itself`)
  return from !== undefined && to !== undefined ? { from, to } : undefined
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
