import type { ConceptKind, GlossarySource } from '../source.js'
import { readRecords, writeRecords } from './csv.js'
import { ExchangeError, type ImportedConcept } from './types.js'
import { conceptTerms, type Term, type TermRole } from './terms.js'

/**
 * Copydesk's own CSV: one form a row, `concept,kind,language,role,form`. It carries every form
 * and role (exceptions and given names included), not notes, sources, context or examples
 * (every field it cannot carry: `exchangeFormats.csv.cannotCarry`, docs/glossary-exchange.md).
 */
const HEADER = ['concept', 'kind', 'language', 'role', 'form'] as const
const ROLES = new Set<TermRole>(['preferred', 'variant', 'surname', 'surname-variant', 'given-variant', 'exception'])
const KINDS = new Set<ConceptKind>(['place', 'person', 'landmark', 'organization', 'institution', 'region', 'term'])

export function exportTable(glossary: GlossarySource): string {
  const rows: string[][] = [[...HEADER]]
  for (const concept of glossary.concepts) {
    for (const t of conceptTerms(concept)) rows.push([t.concept, concept.kind, t.language, t.role, t.form])
  }
  return writeRecords(rows)
}

export function importTable(text: string): ImportedConcept[] {
  const [header, ...rows] = readRecords(text)
  if (!header || HEADER.some((name, i) => header[i]?.trim().toLowerCase() !== name)) {
    throw new ExchangeError('csv', 1, `the first row must be the header ${HEADER.join(',')}`)
  }
  const concepts = new Map<string, ImportedConcept>()
  rows.forEach((row, index) => {
    const line = index + 2
    const [concept = '', kind = '', language = '', role = '', form = ''] = row
    if (row.length !== HEADER.length) throw new ExchangeError('csv', line, `expected ${HEADER.length} fields, found ${row.length}`)
    if (!KINDS.has(kind as ConceptKind)) throw new ExchangeError('csv', line, `kind "${kind}" is not one of ${[...KINDS].join(', ')}`)
    if (!ROLES.has(role as TermRole)) throw new ExchangeError('csv', line, `role "${role}" is not one of ${[...ROLES].join(', ')}`)
    const entry = concepts.get(concept) ?? { id: concept, kind: kind as ConceptKind, terms: [] as Term[] }
    if (entry.kind !== kind) throw new ExchangeError('csv', line, `concept "${concept}" was given kind "${entry.kind}" on an earlier row`)
    entry.terms.push({ concept, language, role: role as TermRole, form })
    concepts.set(concept, entry)
  })
  return [...concepts.values()]
}


