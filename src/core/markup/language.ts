import { ATOM, type Detect, type DocumentBlock, type ProseBlock } from './types.js'

export interface BlockLanguages {
  /** One language per block, in block order. */
  codes: string[]
  /** The declared language, or the one with the most prose characters among detected blocks. */
  dominant: string
}

/**
 * With a declared language every block uses it. With 'auto' each block is detected on its own
 * prose; blocks too short to tell ('und') inherit the dominant language, and when no block can
 * be told at all, the fallback.
 */
export function assignLanguages(blocks: readonly ProseBlock[], language: string, detect: Detect, fallback: string): BlockLanguages {
  if (language !== 'auto') return { codes: blocks.map(() => language), dominant: language }
  const detected = blocks.map((b) => detect(b.text.replaceAll(ATOM, ' ')).code)
  const weight = new Map<string, number>()
  detected.forEach((code, i) => {
    if (code !== 'und') weight.set(code, (weight.get(code) ?? 0) + blocks[i]!.text.length)
  })
  let dominant = fallback
  let best = 0
  for (const [code, chars] of weight) {
    if (chars > best) {
      best = chars
      dominant = code
    }
  }
  return { codes: detected.map((code) => (code === 'und' ? dominant : code)), dominant }
}

/** Source ranges per language, in source order; neighbours of one language become one range. */
export function languageRanges(blocks: readonly ProseBlock[], codes: readonly string[]): DocumentBlock[] {
  const order = blocks.map((_, i) => i).sort((x, y) => blocks[x]!.start - blocks[y]!.start)
  const out: DocumentBlock[] = []
  for (const i of order) {
    const { start, end } = blocks[i]!
    const code = codes[i]!
    const last = out[out.length - 1]
    if (last && last.code === code) last.end = Math.max(last.end, end)
    else out.push({ start, end, code })
  }
  return out
}
