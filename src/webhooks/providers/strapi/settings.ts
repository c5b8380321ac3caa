import type { ConfigReader } from '../../../config/reader.js'
import { readWriteBackBase, writeBackObject, type WriteBackBase } from '../../write-back/settings.js'
import type { StrapiAuth } from './verify.js'

/** https://docs.strapi.io/cms/api/rest */
export interface StrapiWriteBack extends WriteBackBase {
  /** Content-type uid (as in the delivery's `uid`) → plural API id of its REST endpoint. */
  collections: Readonly<Record<string, string>>
}

export interface StrapiSettings {
  auth: StrapiAuth
  writeBack: StrapiWriteBack | undefined
}

export const strapiSettingKeys = ['auth', 'writeBack'] as const

const IDENTIFIER = /^[A-Za-z0-9_-]+$/

export function readStrapiSettings(read: ConfigReader, where: string, value: Record<string, unknown>): StrapiSettings {
  return { auth: auth(read, where, value.auth), writeBack: value.writeBack === undefined ? undefined : writeBack(read, where, value.writeBack) }
}

/** No default URL: Strapi is self-hosted (or on Strapi Cloud at a project URL). */
function writeBack(read: ConfigReader, where: string, raw: unknown): StrapiWriteBack | undefined {
  const value = writeBackObject(read, where, raw, ['collections'])
  if (!value) return undefined
  const common = readWriteBackBase(read, where, value, undefined)
  const collections: Record<string, string> = {}
  const map = read.object(where, 'writeBack.collections', value.collections)
  for (const [uid, plural] of Object.entries(map ?? {})) {
    const id = read.string(where, `writeBack.collections.${uid}`, plural, IDENTIFIER, 'the plural API id of the content type, such as "articles"')
    if (id !== undefined) collections[uid] = id
  }
  return { ...common, collections }
}

function auth(read: ConfigReader, where: string, raw: unknown): StrapiAuth {
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
