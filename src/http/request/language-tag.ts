/**
 * The canonical form of a BCP 47 language tag ("EN-gb" → "en-GB"), or undefined when `tag`
 * is not one, or when its primary language subtag is not 2 or 3 letters (ISO 639): "english",
 * "e n", "x-private" and "i-klingon" are refused.
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  if (tag.length > 64 || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}
