import type { ConceptSource, GlossarySource } from '../source.js'
import { exportAmazon } from './amazon.js'
import { exportDeepl } from './deepl.js'
import { exportGoogle, googleHeld } from './google.js'
import { fieldsNotCarried, notCarried } from './fields.js'
import { pairHeld, pairSlot, requirePair } from './pairs.js'
import { exportTable, importTable } from './table.js'
import { exportTbx, importTbx } from './tbx.js'
import { conceptTerms, formsFromTerms, type TermRole } from './terms.js'
import { ROLE_FIELD } from './fields.js'
import type { ExchangeFormat, ImportedConcept } from './types.js'

export { ExchangeError, type ExchangeFormat, type ImportedConcept, type LanguagePair } from './types.js'
export { CsvSyntaxError } from './csv.js'
export { SOURCE_FIELDS, usedFields, type NotCarried } from './fields.js'

const ALL_ROLES: TermRole[] = ['preferred', 'surname', 'variant', 'surname-variant', 'given-variant', 'exception']

/**
 * The fields each format carries, exactly (`fields.ts` names them): what an import into a
 * glossary without the concept gets back. Everything else of the schema is `cannotCarry`, and
 * what a glossary uses of it is reported by `notCarried`.
 */
const TBX_FIELDS = ['id', 'note', 'sources', 'forms.<lang>.preferred', 'forms.<lang>.surname', 'forms.<lang>.variants', 'forms.<lang>.surnameVariants']
const CSV_FIELDS = ['id', 'kind', ...ALL_ROLES.map((r) => `forms.<lang>.${ROLE_FIELD[r]}`)]
/** DeepL and Amazon: form by form, as `pairHeld` says (a concept with no target form is left out). */
const PAIR_FIELDS = ['forms.<from>.preferred', 'forms.<from>.variants', 'forms.<from>.surname', 'forms.<from>.surnameVariants', 'forms.<to>.preferred', 'forms.<to>.surname']
const GOOGLE_FIELDS = ['forms.<lang>.preferred', 'forms.<lang>.surname']
const PAIR_SLOTS = ['<from>', '<to>', '<lang>']

const pairFormat = (id: 'deepl' | 'amazon', exportIt: ExchangeFormat['export']): ExchangeFormat & { carries: TermRole[] } => ({
  id, mediaType: id === 'deepl' ? 'text/tab-separated-values; charset=utf-8' : 'text/csv; charset=utf-8; header=present', extension: id === 'deepl' ? 'tsv' : 'csv', needsPair: true,
  carries: ['preferred', 'surname', 'variant', 'surname-variant'],
  cannotCarry: fieldsNotCarried(PAIR_FIELDS, PAIR_SLOTS),
  notCarried: (glossary, pair) => {
    const p = requirePair(id, glossary, pair)
    return notCarried(glossary, PAIR_FIELDS, pairSlot(p), pairHeld(glossary, p))
  },
  export: exportIt,
})

/** One line a format: adding one is a file and a line here. */
export const exchangeFormats: Readonly<Record<string, ExchangeFormat & { carries: TermRole[] }>> = {
  tbx: {
    id: 'tbx', mediaType: 'application/x-tbx+xml; charset=utf-8', extension: 'tbx', needsPair: false,
    carries: ['preferred', 'surname', 'variant', 'surname-variant'],
    cannotCarry: fieldsNotCarried(TBX_FIELDS),
    notCarried: (glossary) => notCarried(glossary, TBX_FIELDS),
    export: exportTbx, import: importTbx,
  },
  csv: {
    id: 'csv', mediaType: 'text/csv; charset=utf-8; header=present', extension: 'csv', needsPair: false,
    carries: ALL_ROLES,
    cannotCarry: fieldsNotCarried(CSV_FIELDS),
    notCarried: (glossary) => notCarried(glossary, CSV_FIELDS),
    export: exportTable, import: importTable,
  },
  deepl: pairFormat('deepl', exportDeepl),
  google: {
    id: 'google', mediaType: 'text/csv; charset=utf-8; header=present', extension: 'csv', needsPair: false,
    carries: ['preferred', 'surname'],
    cannotCarry: fieldsNotCarried(GOOGLE_FIELDS),
    notCarried: (glossary) => notCarried(glossary, GOOGLE_FIELDS, undefined, googleHeld(glossary)),
    export: exportGoogle,
  },
  amazon: pairFormat('amazon', exportAmazon),
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
