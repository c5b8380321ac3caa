/**
 * The one place where BCP 47 primary subtags (what the API speaks: "en", "es") meet ISO 639-3
 * codes (what Apertium names its pairs with: "eng", "spa"). Apertium's own list of codes:
 * https://wiki.apertium.org/wiki/List_of_language_pairs — a pair it has and this table lacks
 * is still usable by its ISO 639-3 code, which is a valid BCP 47 primary subtag too.
 */
const ISO_639_3: Readonly<Record<string, string>> = {
  af: 'afr', an: 'arg', ar: 'ara', ast: 'ast', be: 'bel', bg: 'bul', br: 'bre', ca: 'cat', cs: 'ces', cy: 'cym',
  da: 'dan', de: 'deu', el: 'ell', en: 'eng', eo: 'epo', es: 'spa', et: 'est', eu: 'eus', fi: 'fin', fr: 'fra',
  ga: 'gle', gl: 'glg', he: 'heb', hi: 'hin', hr: 'hrv', hu: 'hun', id: 'ind', is: 'isl', it: 'ita', kk: 'kaz',
  ky: 'kir', lt: 'lit', lv: 'lav', mk: 'mkd', ms: 'msa', mt: 'mlt', nb: 'nob', nl: 'nld', nn: 'nno', oc: 'oci',
  pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sc: 'srd', se: 'sme', sk: 'slk', sl: 'slv', sq: 'sqi', sr: 'srp',
  sv: 'swe', tr: 'tur', tt: 'tat', uk: 'ukr', ur: 'urd', uz: 'uzb', zh: 'zho',
}

const FROM_ISO_639_3: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ISO_639_3).map(([two, three]) => [three, two]))

/** "es" → "spa"; a code without a two-letter form ("ast") is its own ISO 639-3 code. */
export function toIso6393(language: string): string {
  const code = language.toLowerCase()
  return ISO_639_3[code] ?? code
}

/**
 * "spa" → "es"; "eng_US" (Apertium's variant suffix) → "en-US". Codes without a two-letter
 * form stay as they are ("ast").
 */
export function fromIso6393(code: string): string {
  const [base, variant] = code.split('_', 2) as [string, string | undefined]
  const primary = FROM_ISO_639_3[base.toLowerCase()] ?? base.toLowerCase()
  return variant === undefined ? primary : `${primary}-${variant}`
}
