import type { ConfigReader } from '../../../config/reader.js'
import { readWriteBackBase, writeBackObject, type WriteBackBase } from '../../write-back/settings.js'

/** https://www.sanity.io/docs/http-reference/mutation */
export interface SanityWriteBack extends WriteBackBase {
  projectId: string
  dataset: string
  /** Dated API version, e.g. `v2025-02-19`. */
  apiVersion: string
}

export interface SanitySettings {
  /** Document attribute holding the document's locale (document-level localization). */
  localeField: string | undefined
  writeBack: SanityWriteBack | undefined
}

export const sanitySettingKeys = ['localeField', 'writeBack'] as const

const SANITY_API_VERSION = 'v2025-02-19'
const IDENTIFIER = /^[A-Za-z0-9_-]+$/

export function readSanitySettings(read: ConfigReader, where: string, value: Record<string, unknown>): SanitySettings {
  return {
    localeField: value.localeField === undefined ? undefined : read.string(where, 'localeField', value.localeField, /^[A-Za-z_][A-Za-z0-9_]*$/, 'an attribute name'),
    writeBack: value.writeBack === undefined ? undefined : writeBack(read, where, value.writeBack),
  }
}

/** Base URL https://<projectId>.api.sanity.io */
function writeBack(read: ConfigReader, where: string, raw: unknown): SanityWriteBack | undefined {
  const value = writeBackObject(read, where, raw, ['projectId', 'dataset', 'apiVersion'])
  if (!value) return undefined
  const projectId = read.string(where, 'writeBack.projectId', value.projectId, IDENTIFIER, 'a Sanity project id') ?? ''
  return {
    ...readWriteBackBase(read, where, value, `https://${projectId}.api.sanity.io`),
    projectId,
    dataset: read.string(where, 'writeBack.dataset', value.dataset, IDENTIFIER, 'a dataset name') ?? '',
    apiVersion: value.apiVersion === undefined ? SANITY_API_VERSION : (read.string(where, 'writeBack.apiVersion', value.apiVersion, /^v(1|X|\d{4}-\d{2}-\d{2})$/, 'an API version such as "v2025-02-19"') ?? ''),
  }
}
