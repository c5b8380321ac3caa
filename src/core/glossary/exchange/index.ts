import type { ConceptSource, GlossarySource } from '../source.js'
import { exportAmazon } from './amazon.js'
import { exportDeepl } from './deepl.js'
import { exportGoogle } from './google.js'
import { exportTable, importTable } from './table.js'
import { exportTbx, importTbx } from './tbx.js'
import { conceptTerms, formsFromTerms, type TermRole } from './terms.js'
import type { ExchangeFormat, ImportedConcept } from './types.js'

export { ExchangeError, type ExchangeFormat, type ImportedConcept, type LanguagePair } from './types.js'
export { CsvSyntaxError } from './csv.js'

const ALL_ROLES: TermRole[] = ['preferred', 'surname', 'variant', 'surname-variant', 'given-variant', 'exception']
const NOT_CONTEXT = ['context conditions (requires, notFollowedBy, notPrecededBy)', 'protect (translation leaves the concept to the engine)', 'examples', 'omitted candidates']

/** One line a format: adding one is a file and a line here. */
export const exchangeFormats: Readonly<Record<string, ExchangeFormat & { carries: TermRole[] }>> = {
  tbx: {
    id: 'tbx', mediaType: 'application/x-tbx+xml; charset=utf-8', extension: 'tbx', needsPair: false,
    carries: ['preferred', 'surname', 'variant', 'surname-variant'],
    cannotCarry: ['exceptions', 'given-name variants', 'the concept kind (a concept with a short form reads back as a person)', ...NOT_CONTEXT],
    export: exportTbx, import: importTbx,
  },
  csv: {
    id: 'csv', mediaType: 'text/csv; charset=utf-8; header=present', extension: 'csv', needsPair: false,
    carries: ALL_ROLES,
    cannotCarry: ['notes', 'sources', ...NOT_CONTEXT],
    export: exportTable, import: importTable,
  },
  deepl: {
    id: 'deepl', mediaType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv', needsPair: true,
    carries: ['preferred', 'surname', 'variant', 'surname-variant'],
    cannotCarry: ['other language pairs', 'exceptions', 'given-name variants', 'notes', 'sources', ...NOT_CONTEXT],
    export: exportDeepl,
  },
  google: {
    id: 'google', mediaType: 'text/csv; charset=utf-8; header=present', extension: 'csv', needsPair: false,
    carries: ['preferred', 'surname'],
    cannotCarry: ['variants', 'exceptions', 'given-name variants', 'notes', 'sources', ...NOT_CONTEXT],
    export: exportGoogle,
  },
  amazon: {
    id: 'amazon', mediaType: 'text/csv; charset=utf-8; header=present', extension: 'csv', needsPair: true,
    carries: ['preferred', 'surname', 'variant', 'surname-variant'],
    cannotCarry: ['other language pairs', 'exceptions', 'given-name variants', 'notes', 'sources', ...NOT_CONTEXT],
    export: exportAmazon,
  },
}

/**
 * Merges imported concepts into a glossary (a new draft; `base` is not changed). An imported
 * concept is authoritative for the roles its format carries; everything the format cannot carry
 * (exceptions and context for TBX, notes for CSV…) is kept from the concept of the same id in
 * `base`. Concepts the file does not name stay as they are. The result is validated by the
 * caller, exactly as a glossary from files.
 */
export function mergeImported(base: GlossarySource, imported: readonly ImportedConcept[], format: keyof typeof exchangeFormats): GlossarySource {
  const carries = new Set(exchangeFormats[format]!.carries)
  const concepts = new Map(base.concepts.map((c) => [c.id, c]))
  for (const entry of imported) {
    const old = concepts.get(entry.id)
    const kept = old ? conceptTerms(old).filter((t) => !carries.has(t.role)) : []
    const concept: ConceptSource = {
      ...old,
      id: entry.id,
      kind: entry.kind ?? old?.kind ?? 'term',
      forms: formsFromTerms([...entry.terms, ...kept], old?.forms),
    }
    const note = entry.note ?? old?.note
    const sources = entry.sources ?? old?.sources
    if (note !== undefined) concept.note = note
    if (sources !== undefined) concept.sources = sources
    concepts.set(entry.id, concept)
  }
  return { ...base, concepts: [...concepts.values()] }
}
