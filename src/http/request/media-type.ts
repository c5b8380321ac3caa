/** Whether a Content-Type header is application/json, with no charset or charset=utf-8. */
export function isJsonMediaType(contentType: string): boolean {
  const [type = '', ...params] = contentType.split(';')
  if (type.trim().toLowerCase() !== 'application/json') return false
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
