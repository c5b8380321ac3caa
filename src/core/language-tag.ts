const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/

/**
 * The primary language subtag of a BCP 47 tag, lower case ("es-MX" → "es"), or undefined
 * when the tag is not well formed. Only the shape is checked: whether a language is
 * supported is the glossary's business.
 */
export function primaryLanguage(tag: string): string | undefined {
  if (!TAG.test(tag)) return undefined
  return tag.split('-')[0]!.toLowerCase()
}
