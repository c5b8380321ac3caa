import type { ConfigReader } from '../../config/reader.js'

/** What every CMS API client needs (`writeBack` in an integration); each provider adds its own. */
export interface WriteBackBase {
  /** CMA token / API token, sent as `Authorization: Bearer`. */
  token: string
  /** API base URL; the provider's public API by default, a local server in tests. */
  baseUrl: string
  /** Per request to the CMS. Default 8000. */
  timeoutMs: number
}

const DEFAULT_TIMEOUT_MS = 8000

/** Reads `writeBack` as an object of `known` keys; undefined after a problem. */
export function writeBackObject(read: ConfigReader, where: string, raw: unknown, known: readonly string[]): Record<string, unknown> | undefined {
  const value = read.object(where, 'writeBack', raw)
  if (!value) return undefined
  read.onlyKeys(where, 'writeBack.', value, ['token', 'baseUrl', 'timeoutMs', ...known])
  return value
}

/** `token`, `baseUrl` (`defaultUrl` when absent, if the CMS has one) and `timeoutMs`. */
export function readWriteBackBase(read: ConfigReader, where: string, value: Record<string, unknown>, defaultUrl: string | undefined): WriteBackBase {
  return {
    token: read.secret(where, 'writeBack.token', value.token) ?? '',
    baseUrl: value.baseUrl === undefined && defaultUrl !== undefined ? defaultUrl : (read.url(where, 'writeBack.baseUrl', value.baseUrl) ?? ''),
    timeoutMs: value.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : (read.positiveInteger(where, 'writeBack.timeoutMs', value.timeoutMs, 60_000) ?? 0),
  }
}

/** Writing back needs the settings; parseIntegrations guarantees them in write-back mode. */
export function required<T>(writeBack: T | undefined, cms: string): T {
  if (writeBack === undefined) throw new Error(`${cms} write-back called without write-back settings`)
  return writeBack
}
