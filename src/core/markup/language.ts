import { decideLanguage, type Detection, type LanguageDecision } from '../detect/decide.js'
import { ATOM, type Detect, type DocumentBlock, type ProseBlock } from './types.js'

export interface BlockLanguages {
  /** One language per block, in block order. */
  codes: string[]
  /** The document's: the declared language, or the one with the most prose characters among detected blocks, or the fallback. */
  dominant: string
  /** How `dominant` was decided. */
  language: LanguageDecision
}

/**
 * The language of every block, by the one rule (decideLanguage) at two levels. The document:
 * declared; else detected as the language with the most prose characters among the blocks
 * (its confidence weighted by them); else the fallback, with the reason of the last block that
 * could not be told. A block: declared; else its own detection; else ('und', too short to
 * tell) the document's language.
 */
export function assignLanguages(blocks: readonly ProseBlock[], language: string, detect: Detect, fallback: string): BlockLanguages {
  const detections = language === 'auto' ? blocks.map((b) => detect(b.text.replaceAll(ATOM, ' '))) : []
  const document = decideLanguage(language, () => dominantOf(blocks, detections), fallback)
  const codes = blocks.map((_, i) => decideLanguage(language, () => detections[i]!, document.code).code)
  return { codes, dominant: document.code, language: document }
}

/** The detected language with the most prose characters; `und` (with the last block's reason) when none was detected. */
function dominantOf(blocks: readonly ProseBlock[], detections: readonly Detection[]): Detection {
  const weight = new Map<string, { chars: number; confidence: number }>()
  let undetermined: Detection = { code: 'und', confidence: 0 }
  detections.forEach((detection, i) => {
    if (detection.code === 'und') {
      undetermined = detection.reason === undefined ? { code: 'und', confidence: 0 } : { code: 'und', confidence: 0, reason: detection.reason }
      return
    }
    const chars = blocks[i]!.text.length
    const seen = weight.get(detection.code) ?? { chars: 0, confidence: 0 }
    // Weighted by prose length, so the figure means the same as for one text.
    seen.confidence = (seen.confidence * seen.chars + detection.confidence * chars) / (seen.chars + chars)
    seen.chars += chars
    weight.set(detection.code, seen)
  })
  let best: Detection = undetermined
  let most = 0
  for (const [code, { chars, confidence }] of weight) {
    if (chars > most) {
      most = chars
      best = { code, confidence }
    }
  }
  return best
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
