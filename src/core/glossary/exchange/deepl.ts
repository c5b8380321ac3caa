import type { GlossarySource } from '../source.js'
import type { LanguagePair } from './types.js'
import { pairEntries, requirePair } from './pairs.js'

/**
 * A DeepL glossary dictionary in TSV: one entry a line, source phrase, a tab, target phrase,
 * for one language pair. DeepL refuses entries with tabs, line breaks or edge spaces and
 * duplicate sources, so `pairEntries` lists each source once and forms never hold them (the
 * glossary build refuses padded forms). Upload it as `entries` with `entries_format: tsv`.
 * https://developers.deepl.com/docs/customize/managing-glossaries
 */
export function exportDeepl(glossary: GlossarySource, pair?: LanguagePair): string {
  const entries = pairEntries(glossary, requirePair('deepl', glossary, pair))
  return entries.map(([source, target]) => `${source}\t${target}\n`).join('')
}
