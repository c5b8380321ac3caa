import type { DetectorName } from '../core/detect/index.js'
import type { ConfigReader } from './reader.js'

/** What the service itself needs: glossary, body limit, language fallback, where to listen, the detector. */
export interface ServiceConfig {
  /** DEFAULT_GLOSSARY: glossary used when a request names none. Default "news". */
  defaultGlossary: string
  /** BODY_LIMIT: largest accepted request body, in bytes. Default 1048576 (1 MiB). */
  bodyLimit: number
  /** FALLBACK_LANGUAGE: overrides every glossary's fallback language; unset keeps theirs. */
  fallbackLanguage: string | undefined
  /** HOST: interface the Node server listens on. Default "127.0.0.1". */
  host: string
  /** PORT: TCP port of the Node server; 0 picks a free one. Default 8787. */
  port: number
  /** DETECTOR: language detector, "eld" (default, more accurate on short texts) or "franc". */
  detector: DetectorName
}

export const serviceVariables = ['DEFAULT_GLOSSARY', 'BODY_LIMIT', 'FALLBACK_LANGUAGE', 'DETECTOR', 'HOST', 'PORT'] as const

export function readService(read: ConfigReader, defaults: ServiceConfig): ServiceConfig {
  return {
    defaultGlossary: read.matching('DEFAULT_GLOSSARY', /^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a glossary id (letters, digits, ".", "_" or "-")') ?? defaults.defaultGlossary,
    bodyLimit: read.integer('BODY_LIMIT', 1, Number.MAX_SAFE_INTEGER, 'a positive integer (bytes)') ?? defaults.bodyLimit,
    fallbackLanguage: read.matching('FALLBACK_LANGUAGE', /^[A-Za-z]{2,3}$/, 'a language code of 2 or 3 letters such as "en"')?.toLowerCase(),
    detector: read.oneOfVariable('DETECTOR', ['eld', 'franc'] as const) ?? defaults.detector,
    host: read.matching('HOST', /^[^\s/]+$/, 'a host name or IP address such as "127.0.0.1"') ?? defaults.host,
    port: read.integer('PORT', 0, 65_535, 'an integer from 0 to 65535') ?? defaults.port,
  }
}
