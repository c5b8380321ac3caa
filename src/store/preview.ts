import type { Change, Copydesk, NormalizeInput } from '../core/api.js'

export interface PreviewText {
  text: string
  format?: NormalizeInput['format']
  language?: string
}

export interface PreviewResult {
  /** Changes the draft makes that the live version does not. */
  added: Change[]
  /** Changes the live version makes that the draft does not. */
  removed: Change[]
}

const key = (c: Change): string => `${c.start}:${c.end}:${c.replacement}`

/** What activating `draft` would change on each text, against `live` (same glossary id). */
export function preview(live: Copydesk | undefined, draft: Copydesk, glossary: string, texts: readonly PreviewText[]): PreviewResult[] {
  return texts.map((input) => {
    const request = { ...input, glossary }
    const after = draft.normalize(request).changes
    const declared = input.language !== undefined && input.language !== 'auto'
    const liveApplies = live !== undefined && (!declared || live.supports(glossary, input.language!))
    const before = liveApplies ? live.normalize(request).changes : []
    const was = new Set(before.map(key))
    const now = new Set(after.map(key))
    return { added: after.filter((c) => !was.has(key(c))), removed: before.filter((c) => !now.has(key(c))) }
  })
}
