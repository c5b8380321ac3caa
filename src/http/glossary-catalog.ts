import type { Copydesk, GlossarySummary, LocalizedText } from '../core/api.js'
import type { Locale } from '../i18n/index.js'
import { encodeJson } from './json-response.js'
import { BoundedBuckets } from './render/cache.js'
import { renderConcept } from './render/normalize-result.js'

export interface CatalogEntry {
  summary: GlossarySummary
  /** Concept id → the concept's note (one text, or one per locale), for the concepts that have one. */
  notes: ReadonlyMap<string, LocalizedText>
  /** Body of `GET /v1/glossaries/:id`, serialized once per version. */
  json: Uint8Array<ArrayBuffer>
  /**
   * The UTF-8 bytes of `JSON.stringify` of an answer's `concepts` with these ids, in this order,
   * in parts: each concept's member is serialized once per locale (its note is the glossary's),
   * where JSON.stringify escaped and encoded every note of every answer again.
   */
  conceptsJson(ids: readonly string[], locale: Locale): Uint8Array[]
}

/** Concept members kept per glossary version, over all locales; emptied when full. */
const MAX_CONCEPT_MEMBERS = 10_000

const encoder = new TextEncoder()
const OPEN = encoder.encode('{')
const COMMA = encoder.encode(',')
const CLOSE = encoder.encode('}')
const EMPTY = encoder.encode('{}')

/** `conceptsJson` over `notes`, with its own memo of at most `maxMembers` members (`"id":{"note":"…"}`). */
export function conceptsSerializer(notes: ReadonlyMap<string, LocalizedText>, maxMembers = MAX_CONCEPT_MEMBERS): CatalogEntry['conceptsJson'] {
  const members = new BoundedBuckets<Locale, Map<string, Uint8Array>>(() => new Map(), maxMembers)
  return (ids, locale) => {
    if (ids.length === 0) return [EMPTY]
    let known = members.get(locale)
    const parts: Uint8Array[] = [OPEN]
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!
      let member = known?.get(id)
      if (member === undefined) {
        member = encoder.encode(`${JSON.stringify(id)}:${JSON.stringify(renderConcept(notes, id, locale))}`)
        known = members.forNew(locale)
        known.set(id, member)
      }
      if (i > 0) parts.push(COMMA)
      parts.push(member)
    }
    parts.push(CLOSE)
    return parts
  }
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
      next.set(summary.id, { summary, notes, json: encodeJson(glossary), conceptsJson: conceptsSerializer(notes) })
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
