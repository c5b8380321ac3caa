import type { Piece } from '../place-change.js'
import type { ProseBlock, Segment } from '../types.js'
import { segmentAt } from '../source-map.js'

type CharClass = 'space' | 'punctuation' | 'other'

/**
 * Whether an edit leaves the Markdown syntax around it as it was. Inline syntax depends on the
 * characters next to it: whether `*` opens emphasis depends on whether the character after
 * it is whitespace, punctuation or neither (https://spec.commonmark.org/0.31.2/#left-flanking-delimiter-run),
 * and a GFM literal URL runs on through letters but stops at `&`. So wherever an edit touches
 * markup, an atom, a block edge or a character reference (whose `&`/`\` is punctuation to the
 * parser), the character that ends up next to it must be of the same class as before.
 *   `Zelensky*y*` → delete the first `y`, not the emphasised one (which would leave `**`);
 *   `press@kiev.example&#x4B;iev` → never `…exampleKyiv`, which would lengthen the address.
 */
export function isSafeInMarkdown(block: ProseBlock, { a, b, replacement }: Piece): boolean {
  const { segments, text } = block
  const first = replacement.length > 0 ? classOf(replacement[0]) : classAt(segments, text, b)
  const last = replacement.length > 0 ? classOf(replacement[replacement.length - 1]) : classAt(segments, text, a - 1)
  // An insertion goes after prose character a - 1: only what follows it can be markup.
  if (a < b && touchesBefore(segments, text, a) && first !== classAt(segments, text, a)) return false
  if (touchesAfter(segments, text, b) && last !== classAt(segments, text, b - 1)) return false
  return true
}

/** Class of prose character `p` as the Markdown parser saw it in the source. */
function classAt(segments: Segment[], text: string, p: number): CharClass {
  if (p < 0 || p >= text.length) return 'space'
  const s = segments[segmentAt(segments, p)]!
  return s.kind === 'text' ? classOf(text[p]) : 'punctuation' // `&…;`, `\x`, or an atom's markup
}

/** At a block edge, a line start (`- `, `#` would start a block), markup, an atom or a reference. */
function touchesBefore(segments: Segment[], text: string, a: number): boolean {
  if (a === 0 || text[a - 1] === '\n' || text[a - 1] === '\r') return true
  const k = segmentAt(segments, a)
  const s = segments[k]!
  const prev = segments[k - 1]
  return s.kind !== 'text' || (a === s.at && (!prev || prev.kind !== 'text' || prev.end !== s.start))
}

/** Likewise; at a line end, trailing spaces or a backslash would make a hard break. */
function touchesAfter(segments: Segment[], text: string, b: number): boolean {
  if (b >= text.length || text[b] === '\n' || text[b] === '\r') return true
  const k = segmentAt(segments, b - 1)
  const s = segments[k]!
  const next = segments[k + 1]
  return s.kind !== 'text' || (b === s.at + s.text.length && (!next || next.kind !== 'text' || s.end !== next.start))
}

function classOf(c: string | undefined): CharClass {
  if (c === undefined) return 'space'
  // ASCII letters, digits and the space, which most edits start and end with, without a regex.
  const code = c.charCodeAt(0)
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return 'other'
  if (code === 0x20) return 'space'
  if (/\s/u.test(c)) return 'space'
  return /[\p{P}\p{S}]/u.test(c) ? 'punctuation' : 'other'
}
