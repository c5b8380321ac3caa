import type { GlossarySource } from '../source.js'
import { writeRecords } from './csv.js'
import { formLanguages } from './pairs.js'
import type { Term } from './terms.js'

/**
 * Google Cloud Translation equivalent term set glossary, CSV: a header row of language codes,
 * then one row a set of terms that mean the same in each language (a blank cell where a
 * language has none). Only preferred forms are equivalents; a person's surname alone is a set
 * of its own. Variants cannot be carried: in a term set they would be translations, not
 * forms to avoid.
 * https://cloud.google.com/translate/docs/advanced/glossary#equivalent-term-sets-glossary
 */
export function exportGoogle(glossary: GlossarySource): string {
  return writeRecords(googleRows(glossary))
}

/** The header, then the term sets: a set with a term in one language only is no equivalence, and left out. */
function googleRows(glossary: GlossarySource): string[][] {
  const languages = formLanguages(glossary)
  const rows: string[][] = [languages]
  for (const concept of glossary.concepts) {
    rows.push(languages.map((l) => concept.forms[l]?.preferred ?? ''))
    if (concept.kind === 'person') rows.push(languages.map((l) => concept.forms[l]?.surname ?? ''))
  }
  return rows.filter((row, i) => i === 0 || row.filter(Boolean).length >= 2)
}

/** Whether the export holds a form: a preferred form or surname in a term set that was written. */
export function googleHeld(glossary: GlossarySource): (term: Term) => boolean {
  const [languages = [], ...rows] = googleRows(glossary)
  const held = new Set(rows.flatMap((row) => row.map((form, i) => `${languages[i]}\u0000${form}`)))
  return ({ language, role, form }) => (role === 'preferred' || role === 'surname') && held.has(`${language}\u0000${form}`)
}
