import { applyChanges } from '../../core/normalize/apply-changes.js'
import { unifiedDiff } from '../../core/normalize/diff.js'
import { isRecord } from './api.js'

/**
 * The review of one check (or translation) in the browser: the changes the service found,
 * the editor's decision on each, and the text rebuilt from them by their offsets, with no
 * second request. Plain data and functions: the page renders it, the tests run it on Node.
 */

export type Decision = 'pending' | 'accepted' | 'rejected'

export interface Finding {
  /** 1-based number shown beside the redline and in the list. */
  number: number
  start: number
  end: number
  original: string
  replacement: string
  concept: string
  rule: string
  message: string
  note: string | undefined
  /** Held back by the service: off until the editor accepts it. */
  suggested: boolean
  /**
   * Nothing to accept: the service knows no form to write here and says so in the message (a
   * `form-unknown` change, whose replacement is its original: Polish "Dniepropietrowska policja",
   * the old name's genitive or its adjective). The editor changes the text by hand; accepting
   * it would change nothing, so it is never decided and offers no buttons.
   */
  byHand: boolean
  reason: string | undefined
  /**
   * The language whose house style the change followed, only where it is not the document's
   * (a quotation in another language, a Markdown/HTML block in another language).
   */
  language: string | undefined
}

export interface Review {
  /** The text the offsets refer to: the input, or the engine's output for a translation. */
  base: string
  findings: readonly Finding[]
  decisions: readonly Decision[]
}

/**
 * The findings of an answer's `changes`, read tolerantly: fields other versions of the service
 * add are ignored, and those it may lack have defaults. `status` is `applied` unless it says
 * `suggested` (a finding the text does not decide); the note is the change's own `note` or its
 * concept's in the answer's `concepts` map, whichever is there. A change that does not fit the
 * text, or overlaps the one before, is dropped rather than garble the result. A change's
 * `language` is kept where it is not `documentLanguage` (the answer's language, a
 * translation's target).
 */
export function findingsOf(changes: unknown, concepts: unknown, base: string, documentLanguage?: string): Finding[] {
  const document = documentLanguage === undefined ? undefined : primary(documentLanguage)
  const placed = (Array.isArray(changes) ? changes : [])
    .flatMap((change: unknown) => {
      if (!isRecord(change)) return []
      const { start, end, replacement } = change
      if (typeof start !== 'number' || typeof end !== 'number' || typeof replacement !== 'string') return []
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > base.length) return []
      return [{ change, start, end, replacement }]
    })
    .sort((a, b) => a.start - b.start)
  const findings: Finding[] = []
  let at = 0
  for (const { change, start, end, replacement } of placed) {
    if (start < at) continue
    at = end
    const concept = textOf(change.concept) ?? ''
    const language = textOf(change.language)
    const conceptEntry = isRecord(concepts) ? concepts[concept] : undefined
    findings.push({
      number: findings.length + 1,
      start,
      end,
      original: base.slice(start, end),
      replacement,
      concept,
      rule: textOf(change.rule) ?? '',
      message: textOf(change.message) ?? '',
      note: textOf(change.note) ?? (isRecord(conceptEntry) ? textOf(conceptEntry.note) : undefined),
      suggested: change.status === 'suggested',
      byHand: replacement === base.slice(start, end),
      reason: reasonText(change.reason),
      language: document !== undefined && language !== undefined && primary(language) !== document ? language : undefined,
    })
  }
  return findings
}

/** `es-ES` → `es`: a region or script is the same house style. */
function primary(tag: string): string {
  return tag.split('-')[0]!.toLowerCase()
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** A reason is a sentence or a code, or an object with a `message`: whichever the service sends. */
function reasonText(value: unknown): string | undefined {
  return isRecord(value) ? textOf(value.message) : textOf(value)
}

export function newReview(base: string, findings: readonly Finding[]): Review {
  return { base, findings, decisions: findings.map(() => 'pending') }
}

/** Whether a finding is in the result: accepted, or pending and not a suggestion (the service's proposal). */
export function isIncluded(finding: Finding, decision: Decision): boolean {
  return decision === 'accepted' || (decision === 'pending' && !finding.suggested)
}

export function decide(review: Review, index: number, decision: Decision): Review {
  if (index < 0 || index >= review.findings.length || review.findings[index]!.byHand) return review
  const decisions = review.decisions.slice()
  decisions[index] = decision
  return { ...review, decisions }
}

/** Accept or reject every finding of one kind (the changes, or the suggestions); one to change by hand stays pending. */
export function decideAll(review: Review, decision: Decision, suggested: boolean): Review {
  return { ...review, decisions: review.decisions.map((d, i) => (review.findings[i]!.suggested === suggested && !review.findings[i]!.byHand ? decision : d)) }
}

/** The same decisions, found again by place and text, on a fresh answer (e.g. in another locale). */
export function carryDecisions(from: Review, to: Review): Review {
  const key = (f: Finding) => `${f.start}:${f.end}:${f.replacement}`
  const known = new Map(from.findings.map((f, i) => [key(f), from.decisions[i]!]))
  return { ...to, decisions: to.findings.map((f) => known.get(key(f)) ?? 'pending') }
}

export function included(review: Review): Finding[] {
  return review.findings.filter((f, i) => isIncluded(f, review.decisions[i]!))
}

/** The result text: the base with the included findings applied by their offsets. */
export function resultText(review: Review): string {
  return applyChanges(review.base, included(review))
}

/** The unified diff from the base to the result, as the service writes it. */
export function resultDiff(review: Review, name: string): string {
  const edits = included(review).map(({ start, end, replacement }) => ({ start, end, replacement, status: 'applied' as const }))
  return unifiedDiff(review.base, resultText(review), edits, name)
}

export interface Counts {
  pending: number
  accepted: number
  rejected: number
}

export function counts(review: Review): Counts {
  const out: Counts = { pending: 0, accepted: 0, rejected: 0 }
  for (const d of review.decisions) out[d]++
  return out
}
