import type { Copydesk, GlossarySummary, LocalizedText } from '../core/api.js'
import { encodeJson } from './json-response.js'

export interface CatalogEntry {
  summary: GlossarySummary
  /** Concept id → the concept's note (one text, or one per locale), for the concepts that have one. */
  notes: ReadonlyMap<string, LocalizedText>
  /** Body of `GET /v1/glossaries/:id`, serialized once per version. */
  json: Uint8Array<ArrayBuffer>
}

/** What the HTTP layer needs to know about the glossaries being served, computed once per version. */
export interface GlossaryCatalog {
  readonly ids: readonly string[]
  get(id: string): CatalogEntry | undefined
  /** Body of `GET /v1/glossaries`, serialized once per set of versions. */
  readonly listJson: Uint8Array<ArrayBuffer>
}

/**
 * Follows the copydesk's glossaries as they change (a glossary store activates versions): an
 * entry is built the first time its version is asked for and kept while that version serves.
 * `copydesk.glossaries()` answers the same array until the set changes, so the usual request
 * costs one identity check.
 */
export function glossaryCatalog(copydesk: Copydesk): GlossaryCatalog {
  let seen: readonly GlossarySummary[] | undefined
  let current = new Map<string, CatalogEntry>()
  let listJson = encodeJson({ glossaries: [] })

  function sync(): Map<string, CatalogEntry> {
    const summaries = copydesk.glossaries()
    if (summaries === seen) return current
    const next = new Map<string, CatalogEntry>()
    for (const summary of summaries) {
      const kept = current.get(summary.id)
      if (kept?.summary.version === summary.version) {
        next.set(summary.id, kept)
        continue
      }
      const glossary = copydesk.glossary(summary.id)
      if (!glossary) continue
      const notes = new Map<string, LocalizedText>()
      for (const concept of glossary.concepts) if (concept.note !== undefined) notes.set(concept.id, concept.note)
      next.set(summary.id, { summary, notes, json: encodeJson(glossary) })
    }
    seen = summaries
    current = next
    listJson = encodeJson({ glossaries: summaries })
    return current
  }

  return {
    get ids() {
      return [...sync().keys()]
    },
    get: (id) => sync().get(id),
    get listJson() {
      sync()
      return listJson
    },
  }
}
