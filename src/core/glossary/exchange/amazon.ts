import type { GlossarySource } from '../source.js'
import type { LanguagePair } from './types.js'
import { writeRecords } from './csv.js'
import { pairEntries, requirePair } from './pairs.js'

/**
 * Amazon Translate custom terminology, CSV: a header row of language codes, the source
 * language first, then one row a term. Uni-directional (import it with directionality UNI):
 * every source form, variants included, maps to the target's preferred form.
 * https://docs.aws.amazon.com/translate/latest/dg/creating-custom-terminology.html
 */
export function exportAmazon(glossary: GlossarySource, pair?: LanguagePair): string {
  const { from, to } = requirePair('amazon', glossary, pair)
  return writeRecords([[from, to], ...pairEntries(glossary, { from, to })])
}
