/**
 * Apertium writes a space before the closing punctuation of some sentences it parses whole:
 * APy's eng-spa answers "The city is our fortress." with "La ciudad es nuestra fortaleza .",
 * and "Kyiv is our fortress," (its subject a name it knows) with "… fortaleza ,". No language
 * it writes here puts a space there (French does before ; : ! ?, and is left alone), so a space
 * before . , ; : ! or ? that ends a word's punctuation is taken out, unless the source itself
 * writes one before such a mark (" ..." as a pause, a command's " ."), which the engine may
 * have copied.
 */
export function closeSpaceBeforePunctuation(source: string, translated: string, to: string): string {
  if (to === 'fr' || SPACED.test(source)) return translated
  return translated.replace(BEFORE_MARK, '')
}

const SPACED = /[ \t\u00a0][.,;:!?]/u
/** Spaces before a mark that ends the text, a line or a word's punctuation (a quote, a bracket, then a space). */
const BEFORE_MARK = /(?<=\S)[ \t]+(?=[.,;:!?]+(?:["'”’»)\]]*(?:\s|$)))/gu

/**
 * Apertium leaves both spaces around a word it drops: "Zelenski se reunió con Biden" comes back
 * "Zelensky gathered  with Biden" (the reflexive "se"), "…," he said" "…,"  dijo" (the subject
 * pronoun). Between two words, a run of spaces becomes one, unless the source itself writes such
 * a run somewhere (two spaces after a stop, text aligned by hand), which the engine copies.
 */
export function closeDroppedWordSpace(source: string, translated: string): string {
  if (DOUBLED.test(source)) return translated
  return translated.replace(DOUBLED_ALL, ' ')
}

const DOUBLED = /\S {2,}\S/u
const DOUBLED_ALL = /(?<=\S) {2,}(?=\S)/gu
