import { lastAtOrBefore } from '../text/last-at.js'
import type { ProseBlock, Segment } from './types.js'

/** Where a span of prose [a, b) lies in the source. */
export interface SourceSpan {
  /** Source offsets of the span's first and last characters' edges. */
  start: number
  end: number
  /** No markup, atom or cut reference inside: `source.slice(start, end)` is exactly the span. */
  exact: boolean
  /** The span includes at least one whole character reference or escape. */
  hasRef: boolean
}

/**
 * Maps prose [a, b) of a block (a < b) to the source with a binary search over the segments
 * (a sorted run list: no per-character tables).
 */
export function mapSpan(block: ProseBlock, a: number, b: number): SourceSpan {
  const { segments } = block
  const first = segmentAt(segments, a)
  const last = segmentAt(segments, b - 1)
  const s = segments[first]!
  const e = segments[last]!
  let exact = edge(s, a) !== undefined && edge(e, b) !== undefined
  let hasRef = false
  for (let k = first; k <= last; k++) {
    const seg = segments[k]!
    if (seg.kind === 'atom') exact = false
    if (seg.kind === 'ref') hasRef = true
    if (k < last && seg.end !== segments[k + 1]!.start) exact = false
  }
  return { start: edge(s, a) ?? s.start, end: edge(e, b) ?? e.end, exact, hasRef }
}

/**
 * Source offset of prose offset `p` on the edge of, or inside, segment `s`; undefined when `p`
 * cuts a reference or an atom in two.
 */
function edge(s: Segment, p: number): number | undefined {
  if (s.kind === 'text') return s.start + (p - s.at)
  if (p === s.at) return s.start
  if (p === s.at + s.text.length) return s.end
  return undefined
}

/** Index of the segment holding prose character `p`. */
export function segmentAt(segments: Segment[], p: number): number {
  return lastAtOrBefore(segments, p)
}
