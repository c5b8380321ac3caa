import type { Copydesk, GlossarySummary, LocalizedText } from '../core/api.js'
import { encodeJson } from './json-response.js'

export interface CatalogEntry {
  summary: GlossarySummary
  /** Concept id → the concept's note (one text, or one per locale), for the concepts that have one. */
  notes: ReadonlyMap<string, LocalizedText>
  /** Body of `GET /v1/glossaries/:id`, serialized once. */
  json: Uint8Array<ArrayBuffer>
}

/** What the HTTP layer needs to know about the loaded glossaries, computed once per app. */
export interface GlossaryCatalog {
  ids: readonly string[]
  get(id: string): CatalogEntry | undefined
  /** Body of `GET /v1/glossaries`, serialized once. */
  listJson: Uint8Array<ArrayBuffer>
}

export function glossaryCatalog(copydesk: Copydesk): GlossaryCatalog {
  const summaries = copydesk.glossaries()
  const entries = new Map<string, CatalogEntry>()
  for (const summary of summaries) {
    const glossary = copydesk.glossary(summary.id)
    if (!glossary) continue
    const notes = new Map<string, LocalizedText>()
    for (const concept of glossary.concepts) if (concept.note !== undefined) notes.set(concept.id, concept.note)
    entries.set(summary.id, { summary, notes, json: encodeJson(glossary) })
  }
  return {
    ids: [...entries.keys()],
    get: (id) => entries.get(id),
    listJson: encodeJson({ glossaries: summaries }),
  }
}
