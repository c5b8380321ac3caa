export interface JsonMediaTypeOptions {
  /**
   * Also accept `application/<anything>+json` (RFC 6839 structured syntax suffix), as CMSs
   * send: Contentful's `application/vnd.contentful.management.v1+json`. Default false: the API
   * takes `application/json` only.
   */
  suffix?: boolean
}

/**
 * Whether a Content-Type header names JSON, with no charset or a UTF-8 one (`utf-8` or its
 * label `utf8`, quoted or not, in any case). The one rule for the API and the webhooks.
 */
export function isJsonMediaType(contentType: string, options: JsonMediaTypeOptions = {}): boolean {
  const [type = '', ...params] = contentType.split(';')
  const essence = type.trim().toLowerCase()
  if (essence !== 'application/json' && !(options.suffix && /^application\/[a-z0-9.+-]+\+json$/.test(essence))) return false
  for (const param of params) {
    const equals = param.indexOf('=')
    const name = param.slice(0, equals).trim().toLowerCase()
    if (name !== 'charset') continue
    const value = param
      .slice(equals + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase()
    if (value !== 'utf-8' && value !== 'utf8') return false
  }
  return true
}
