/**
 * Spans that never change: URLs, e-mail addresses, @handles, #hashtags and bare domain
 * names. "kiev.ua" or "@KievPost" are identifiers, not prose; rewriting them breaks links.
 */

const TLDS = 'com|org|net|edu|gov|int|info|biz|io|news|tv|co|eu|ua|ru|by|pl|de|at|ch|es|fr|it|pt|nl|be|uk|us|ca|md|ge|lt|lv|ee|cz|sk|ro|hu'

const PATTERNS: readonly RegExp[] = [
  // scheme://… and www.… up to whitespace; trailing sentence punctuation is not part of it
  /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"“”]*[^\s<>"“”.,;:!?'’)\]]/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  /(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_]+/gu,
  /(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu,
  new RegExp(`(?<![\\p{L}\\p{N}@./-])(?:[\\p{L}\\p{N}-]+\\.)+(?:${TLDS})(?![\\p{L}\\p{N}-])(?:/[^\\s<>"“”]*[^\\s<>"“”.,;:!?'’)\\]])?`, 'giu'),
]

/** Sorted, merged [start, end) pairs, flattened: [s0, e0, s1, e1, …]. */
export function protectedSpans(text: string): number[] {
  const found: [number, number][] = []
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) found.push([match.index, match.index + match[0].length])
  }
  if (found.length === 0) return []
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: number[] = []
  for (const [start, end] of found) {
    const last = merged.length - 1
    if (last > 0 && start <= merged[last]!) merged[last] = Math.max(merged[last]!, end)
    else merged.push(start, end)
  }
  return merged
}
