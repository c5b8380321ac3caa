import { isSpaceUnit, SPACE } from '../text/chars.js'

const RUNS = /\s+/gu

/**
 * Carries the input's whitespace into the replacement, so "Volodímir\nZelenski" becomes
 * "Volodymyr\nZelensky". With a different number of gaps, the input's gaps fill the
 * replacement's last gaps (a line break stays near the end), the others get one space.
 */
export function keepWhitespace(original: string, replacement: string): string {
  // Most names are one word, or words apart by single spaces: nothing to carry, no regex.
  let plain = true
  for (let i = 0; i < original.length && plain; i++) {
    const code = original.charCodeAt(i)
    plain = code === SPACE ? i === 0 || original.charCodeAt(i - 1) !== SPACE : !isSpaceUnit(code)
  }
  if (plain) return replacement
  const gaps = original.match(RUNS)
  if (gaps === null || gaps.every((gap) => gap === ' ')) return replacement
  const words = replacement.split(RUNS)
  const slots = words.length - 1
  const offset = slots - gaps.length
  let out = words[0]!
  for (let i = 1; i < words.length; i++) {
    const gap = i - 1 - offset
    out += (gap >= 0 ? gaps[gap]! : ' ') + words[i]!
  }
  return out
}
