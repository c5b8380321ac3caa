import { toBlock } from './block-builder.js'
import { segmentAt } from './source-map.js'
import { ATOM, type ProseBlock, type Segment } from './types.js'

/** [start, end) in a block's prose. */
export type Range = readonly [number, number]

/**
 * URLs and e-mail addresses written as text ("see https://kiev.example/kiev"): their words are
 * not prose, and changing them would break them. Trailing sentence punctuation stays prose.
 */
// Bounded repetitions (a scheme of at most 32 characters, an e-mail's local part of at most 64
// and labels of at most 63, as RFC 3986/5321/1035 allow) keep a failed match from rescanning a
// long run of word characters from every start: "kiev.ua.kiev.ua…" was quadratic.
const URL = new RegExp(String.raw`\b(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.)[^\s<>"'${ATOM}]*[^\s<>"'${ATOM}.,;:!?)\]}]`, 'giu')
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+/gu

// Every URL match contains one of these, so a block without either skips URL's scan (which
// tries its scheme at every word start: a third of HTML extraction on prose with no link).
const URL_MARK = /:\/\/|www\./i

/**
 * The URLs and e-mail addresses of a block's prose. A URL ends at an atom (an inline element
 * or image between its characters is not part of it), found by position, not by its
 * character: the same character written in the copy (U+00A6, "¦") is prose, and a URL
 * running through it must be protected whole, or the words after it would be changed inside
 * the link.
 */
export function findUrls(block: ProseBlock): Range[] {
  const text = atomsOnly(block)
  if (!text.includes('.')) return []
  const ranges: Range[] = []
  if (URL_MARK.test(text)) for (const m of text.matchAll(URL)) ranges.push([m.index, m.index + m[0].length])
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) ranges.push([m.index, m.index + m[0].length])
  return ranges
}

/** The block's text with each ATOM written in the copy replaced by a space-less other unit, so that only atoms read as ATOM (same length). */
function atomsOnly(block: ProseBlock): string {
  const { text, segments } = block
  if (!text.includes(ATOM)) return text
  let atoms = 0
  for (const s of segments) if (s.kind === 'atom') atoms++
  let written = 0
  for (let i = text.indexOf(ATOM); i !== -1; i = text.indexOf(ATOM, i + 1)) written++
  if (written === atoms) return text
  // Rare: rebuild from the segments, writing an ATOM only for atoms.
  let out = ''
  for (const s of segments) out += s.kind === 'atom' ? s.text : s.text.replaceAll(ATOM, LITERAL_ATOM)
  return out
}

/** What the literal character stands as for findUrls: a symbol neither `\s`, a quote, a bracket nor an ATOM. */
const LITERAL_ATOM = '~'

/**
 * Turns the given prose ranges into atoms, so the finder and the detector never see them.
 * A range that starts or ends inside a character reference grows to cover it whole.
 */
export function protect(block: ProseBlock, ranges: Range[]): ProseBlock | undefined {
  if (ranges.length === 0) return block
  const covered = mergeRanges(ranges.map((r) => snap(block.segments, r)))
  const out: Segment[] = []
  let at = 0
  let r = 0
  const emit = (kind: Segment['kind'], start: number, end: number, text: string): void => {
    const last = out[out.length - 1]
    if (kind === 'atom' && last?.kind === 'atom') last.end = end
    else {
      out.push({ kind, start, end, text, at })
      at += text.length
    }
  }
  for (const s of block.segments) {
    const segEnd = s.at + s.text.length
    let p = s.at
    while (p < segEnd) {
      const range = covered[r]
      if (!range || range[0] >= segEnd) {
        emit(s.kind, source(s, p), s.end, s.text.slice(p - s.at))
        break
      }
      if (range[0] > p) emit(s.kind, source(s, p), source(s, range[0]), s.text.slice(p - s.at, range[0] - s.at))
      const from = Math.max(p, range[0])
      p = Math.min(range[1], segEnd)
      emit('atom', source(s, from), source(s, p), ATOM)
      if (range[1] <= segEnd) r++
    }
  }
  return toBlock(out, block.escape)
}

/** Source offset of prose offset `p`, which lies in `s` or on one of its edges. */
function source(s: Segment, p: number): number {
  if (s.kind === 'text') return s.start + (p - s.at)
  return p === s.at ? s.start : s.end
}

/** Widens a range to whole segments where it would cut a reference or an atom. */
function snap(segments: Segment[], [a, b]: Range): Range {
  const first = segments[segmentAt(segments, a)]
  if (first && first.kind !== 'text' && first.at < a && a < first.at + first.text.length) a = first.at
  const last = segments[segmentAt(segments, b)]
  if (last && last.kind !== 'text' && last.at < b && b < last.at + last.text.length) b = last.at + last.text.length
  return [a, b]
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.filter(([a, b]) => a < b).sort((x, y) => x[0] - y[0])
  const out: [number, number][] = []
  for (const [a, b] of sorted) {
    const last = out[out.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}
