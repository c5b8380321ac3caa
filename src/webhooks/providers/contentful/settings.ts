import type { ConfigReader } from '../../../config/reader.js'
import { readWriteBackBase, writeBackObject, type WriteBackBase } from '../../write-back/settings.js'

/** https://www.contentful.com/developers/docs/references/content-management-api/ */
export type ContentfulWriteBack = WriteBackBase

export interface ContentfulSettings {
  writeBack: ContentfulWriteBack | undefined
}

export const contentfulSettingKeys = ['writeBack'] as const

export function readContentfulSettings(read: ConfigReader, where: string, value: Record<string, unknown>): ContentfulSettings {
  return { writeBack: value.writeBack === undefined ? undefined : writeBack(read, where, value.writeBack) }
}

/** Base URL https://api.contentful.com (EU data residency: https://api.eu.contentful.com). */
function writeBack(read: ConfigReader, where: string, raw: unknown): ContentfulWriteBack | undefined {
  const value = writeBackObject(read, where, raw, [])
  return value && readWriteBackBase(read, where, value, 'https://api.contentful.com')
}
