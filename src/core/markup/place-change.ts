import { escapeReplacement } from './escape.js'
import { mapSpan } from './source-map.js'
import type { ProseBlock } from './types.js'

/** One edit: prose [a, b) of a block, source [start, end), and the escaped replacement. */
export interface Piece {
  a: number
  b: number
  start: number
  end: number
  replacement: string
}

/**
 * Whether a piece may be written into the block's source (Markdown: not where it would become
 * syntax). The format's rule is passed in, so this file knows no format.
 */
export type AcceptPiece = (block: ProseBlock, piece: Piece) => boolean

/**
 * Places a change the finder made to prose [a, b) of a block into the source, or returns
 * undefined when the markup does not allow it (the caller warns `split-by-markup`).
 * 1. The span is one run of literal source characters: replace it as is (almost always).
 * 2. Original and replacement have as many words: place each changed word on its own, so
 *    `<em>Volodímir</em> Zelenski` becomes two edits, and the spaces or `&nbsp;` between
 *    words stay as written.
 * 3. Otherwise place the span as one piece (below).
 */
export function placeChange(block: ProseBlock, a: number, b: number, replacement: string, accept: AcceptPiece): Piece[] | undefined {
  const span = mapSpan(block, a, b)
  if (span.exact && !span.hasRef) {
    const piece = toPiece(block, a, b, replacement, span, accept)
    if (piece) return [piece]
  }
  const original = block.text.slice(a, b)
  const from = [...original.matchAll(/\S+/g)]
  const to = replacement.match(/\S+/g) ?? []
  if (from.length === to.length && from.length > 1) {
    const pieces: Piece[] = []
    for (const [i, word] of from.entries()) {
      if (word[0] === to[i]) continue
      const piece = placeOne(block, a + word.index, word[0], to[i]!, accept)
      if (!piece) return undefined
      pieces.push(piece)
    }
    return pieces
  }
  const piece = placeOne(block, a, original, replacement, accept)
  return piece && [piece]
}

/**
 * One piece: the span as is if it maps exactly (over character references too: `&#x4B;iev` is
 * replaced whole), else only what differs — common prefix and suffix kept, aligned from either
 * end (`Zelensk<i>yy</i>` → `Zelensk<i>y</i>`).
 */
function placeOne(block: ProseBlock, a: number, original: string, replacement: string, accept: AcceptPiece): Piece | undefined {
  const whole = toPiece(block, a, a + original.length, replacement, mapSpan(block, a, a + original.length), accept)
  if (whole) return whole
  for (const prefixFirst of [true, false]) {
    const [prefix, suffix] = commonEnds(original, replacement, prefixFirst)
    const start = a + prefix
    const end = a + original.length - suffix
    const text = replacement.slice(prefix, replacement.length - suffix)
    const span = start < end ? mapSpan(block, start, end) : insertionPoint(block, start)
    const piece = span && toPiece(block, start, end, text, span, accept)
    if (piece) return piece
  }
  return undefined
}

function toPiece(
  block: ProseBlock, a: number, b: number, replacement: string, span: { start: number; end: number; exact: boolean }, accept: AcceptPiece,
): Piece | undefined {
  if (!span.exact) return undefined
  const piece = { a, b, start: span.start, end: span.end, replacement: escapeReplacement(replacement, block.escape) }
  return accept(block, piece) ? piece : undefined
}

/** Lengths of the common prefix and suffix, the first one taken greedily; whole code points. */
function commonEnds(original: string, replacement: string, prefixFirst: boolean): [number, number] {
  const max = Math.min(original.length, replacement.length)
  const count = (fromEnd: boolean, limit: number): number => {
    let n = 0
    while (n < limit && charAt(original, n, fromEnd) === charAt(replacement, n, fromEnd)) n++
    return n
  }
  let prefix = prefixFirst ? count(false, max) : 0
  let suffix = count(true, max - prefix)
  if (!prefixFirst) prefix = count(false, max - suffix)
  if (prefix > 0 && isHigh(original.charCodeAt(prefix - 1))) prefix--
  if (suffix > 0 && isHigh(original.charCodeAt(original.length - suffix - 1))) suffix--
  return [prefix, suffix]
}

function charAt(s: string, i: number, fromEnd: boolean): string | undefined {
  return fromEnd ? s[s.length - 1 - i] : s[i]
}

/** An insertion at prose `p` goes right after the character before it, in the same element. */
function insertionPoint(block: ProseBlock, p: number): { start: number; end: number; exact: boolean } | undefined {
  if (p === 0) return undefined
  const span = mapSpan(block, p - 1, p)
  return { start: span.end, end: span.end, exact: span.exact }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff
}
