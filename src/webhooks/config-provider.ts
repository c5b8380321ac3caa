import type { ConfigReader } from '../config/reader.js'
import type { ContentfulWriteBack, Mode, Provider, SanityWriteBack, StrapiWriteBack, WriteBackBase } from './config.js'
import type { StrapiAuth } from './verify/strapi.js'

/** Settings only some providers have, on top of the common ones. */
export const PROVIDER_KEYS: Record<Provider, readonly string[]> = {
  generic: [],
  contentful: ['writeBack'],
  sanity: ['localeField', 'writeBack'],
  strapi: ['auth', 'writeBack'],
}

const DEFAULT_TIMEOUT_MS = 8000
const SANITY_API_VERSION = 'v2025-02-19'
const IDENTIFIER = /^[A-Za-z0-9_-]+$/

type Specific = Record<string, unknown>

export function readProviderSettings(read: ConfigReader, where: string, provider: Provider, mode: Mode, value: Record<string, unknown>): Specific | undefined {
  const writeBack = value.writeBack
  if (mode === 'write-back' && writeBack === undefined && provider !== 'generic') {
    return read.error(where, 'writeBack', `is required when "mode" is "write-back" (the ${provider} API URL and token)`)
  }
  switch (provider) {
    case 'generic':
      if (mode === 'write-back') return read.error(where, 'mode', 'must be "report" for provider "generic" (there is no CMS API to write back to)')
      return {}
    case 'contentful':
      return { writeBack: writeBack === undefined ? undefined : contentful(read, where, writeBack) }
    case 'sanity':
      return {
        localeField: value.localeField === undefined ? undefined : read.string(where, 'localeField', value.localeField, /^[A-Za-z_][A-Za-z0-9_]*$/, 'an attribute name'),
        writeBack: writeBack === undefined ? undefined : sanity(read, where, writeBack),
      }
    case 'strapi':
      return { auth: strapiAuth(read, where, value.auth), writeBack: writeBack === undefined ? undefined : strapi(read, where, writeBack) }
  }
}

function base(read: ConfigReader, where: string, value: Record<string, unknown>, defaultUrl: string | undefined): WriteBackBase {
  return {
    token: read.secret(where, 'writeBack.token', value.token) ?? '',
    baseUrl: value.baseUrl === undefined && defaultUrl !== undefined ? defaultUrl : (read.url(where, 'writeBack.baseUrl', value.baseUrl) ?? ''),
    timeoutMs: value.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : (read.positiveInteger(where, 'writeBack.timeoutMs', value.timeoutMs, 60_000) ?? 0),
  }
}

/** Base URL https://api.contentful.com (EU data residency: https://api.eu.contentful.com). */
function contentful(read: ConfigReader, where: string, raw: unknown): ContentfulWriteBack | undefined {
  const value = read.object(where, 'writeBack', raw)
  if (!value) return undefined
  read.onlyKeys(where, 'writeBack.', value, ['token', 'baseUrl', 'timeoutMs'])
  return base(read, where, value, 'https://api.contentful.com')
}

/** Base URL https://<projectId>.api.sanity.io */
function sanity(read: ConfigReader, where: string, raw: unknown): SanityWriteBack | undefined {
  const value = read.object(where, 'writeBack', raw)
  if (!value) return undefined
  read.onlyKeys(where, 'writeBack.', value, ['token', 'baseUrl', 'timeoutMs', 'projectId', 'dataset', 'apiVersion'])
  const projectId = read.string(where, 'writeBack.projectId', value.projectId, IDENTIFIER, 'a Sanity project id') ?? ''
  return {
    ...base(read, where, value, `https://${projectId}.api.sanity.io`),
    projectId,
    dataset: read.string(where, 'writeBack.dataset', value.dataset, IDENTIFIER, 'a dataset name') ?? '',
    apiVersion: value.apiVersion === undefined ? SANITY_API_VERSION : (read.string(where, 'writeBack.apiVersion', value.apiVersion, /^v(1|X|\d{4}-\d{2}-\d{2})$/, 'an API version such as "v2025-02-19"') ?? ''),
  }
}

/** No default URL: Strapi is self-hosted (or on Strapi Cloud at a project URL). */
function strapi(read: ConfigReader, where: string, raw: unknown): StrapiWriteBack | undefined {
  const value = read.object(where, 'writeBack', raw)
  if (!value) return undefined
  read.onlyKeys(where, 'writeBack.', value, ['token', 'baseUrl', 'timeoutMs', 'collections'])
  const common = base(read, where, value, undefined)
  const collections: Record<string, string> = {}
  const map = read.object(where, 'writeBack.collections', value.collections)
  for (const [uid, plural] of Object.entries(map ?? {})) {
    const id = read.string(where, `writeBack.collections.${uid}`, plural, IDENTIFIER, 'the plural API id of the content type, such as "articles"')
    if (id !== undefined) collections[uid] = id
  }
  return { ...common, collections }
}

function strapiAuth(read: ConfigReader, where: string, raw: unknown): StrapiAuth {
  const auth: StrapiAuth = { header: 'authorization', prefix: 'Bearer ' }
  if (raw === undefined) return auth
  const value = read.object(where, 'auth', raw)
  if (!value) return auth
  read.onlyKeys(where, 'auth.', value, ['header', 'prefix'])
  if (value.header !== undefined) {
    auth.header = (read.string(where, 'auth.header', value.header, /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'an HTTP header name') ?? auth.header).toLowerCase()
  }
  if (value.prefix !== undefined) {
    if (typeof value.prefix === 'string') auth.prefix = value.prefix
    else read.error(where, 'auth.prefix', 'must be a string such as "Bearer " (or "" for the bare secret)')
  }
  return auth
}
