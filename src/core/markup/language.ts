import { decideLanguage, decidedCode, type Detection, type LanguageDecision } from '../detect/decide.js'
import { looksUnlike } from './function-words.js'
import { ATOM, BLOCK_SEPARATOR, type Detect, type DocumentBlock, type JoinedProse, type NameReader, type ProseBlock } from './types.js'

/** The detector reads a few hundred characters at most: the document's first blocks are plenty. */
const DOCUMENT_SAMPLE = 4000

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
 *
 * Detection is the costly part of markup (a detector call per paragraph made an article with
 * 'auto' cost 14 to 90 times the same prose declared), so the document's prose is detected
 * once, and a block is detected on its own only when it looks different: more function words
 * of another language, or another script (looksUnlike). The other blocks carry the document's
 * detection. When the document cannot be told, or its language has no function-word list,
 * every block is detected. `prose`, the blocks joined (joinBlocks), is where the blocks are
 * read from when given: one flat string the finder reads next, where each block's text may be
 * a slice of the source or a string of pieces. `names`, when given, are what the function words
 * are read without (the names a glossary knows: normalizing a block changes them, and a house
 * form's words, "de" of "plaza de San Miguel", made a block look Spanish in the second run only).
 */
export function assignLanguages(blocks: readonly ProseBlock[], language: string, detect: Detect, fallback: string, prose?: JoinedProse, names?: NameReader): BlockLanguages {
  const joined = language === 'auto' ? prose ?? joinBlocks(blocks) : undefined
  const detections = joined !== undefined ? detectBlocks(blocks, detect, joined, names) : []
  const document = decideLanguage(language, () => dominantOf(blocks, detections, joined, names), fallback)
  // The same rule per block (declared, else the block's detection, else the document's),
  // without a decision object and a closure for each.
  const codes = blocks.map((_, i) => decidedCode(language, detections[i], document.code))
  return { codes, dominant: document.code, language: document }
}

function detectBlocks(blocks: readonly ProseBlock[], detect: Detect, prose: JoinedProse, names: NameReader | undefined): Detection[] {
  if (blocks.length === 0) return []
  const whole = detect(documentSample(blocks))
  const own = whole.code === 'und' ? undefined : { code: whole.code, confidence: whole.confidence }
  // looksUnlike reads letters only: an atom needs no replacing for it, only for the detector.
  return blocks.map(({ text }, i) => {
    const start = prose.starts[i]!
    return own !== undefined && looksUnlike(prose.text, own.code, start, start + text.length, names) === false ? own : detect(readable(text))
  })
}

/** The blocks' prose joined by BLOCK_SEPARATOR, and where each block starts in it. */
export function joinBlocks(blocks: readonly ProseBlock[]): JoinedProse {
  const starts: number[] = []
  let at = 0
  for (const { text } of blocks) {
    starts.push(at)
    at += text.length + BLOCK_SEPARATOR.length
  }
  return { text: blocks.map((block) => block.text).join(BLOCK_SEPARATOR), starts }
}

/** The first DOCUMENT_SAMPLE characters of the prose, blocks joined by blank lines, atoms as spaces. */
function documentSample(blocks: readonly ProseBlock[]): string {
  const parts: string[] = []
  let length = 0
  for (const { text } of blocks) {
    if (length >= DOCUMENT_SAMPLE) break
    parts.push(text.length > DOCUMENT_SAMPLE ? text.slice(0, DOCUMENT_SAMPLE) : text)
    length += text.length + 2
  }
  return readable(parts.join('\n\n').slice(0, DOCUMENT_SAMPLE))
}

/** Prose as the detector should read it: an atom (an image, inline code…) is a word break. */
const readable = (text: string): string => (text.includes(ATOM) ? text.replaceAll(ATOM, ' ') : text)

/**
 * The detected language with the most prose characters; `und` (with the last block's reason) when
 * none was detected. Where blocks were read in two languages or more, a block's characters are
 * counted without its known names (`names`): normalizing them changes their length ("Dnipropetrovsk"
 * written "Dnipro"), and the second run could find the other language ahead.
 */
function dominantOf(blocks: readonly ProseBlock[], detections: readonly Detection[], prose?: JoinedProse, names?: NameReader): Detection {
  let mixed = false
  let first: string | undefined
  for (const { code } of detections) {
    if (code === 'und') continue
    if (first === undefined) first = code
    else if (code !== first) mixed = true
  }
  const charsOf = (i: number): number => {
    const length = blocks[i]!.text.length
    if (!mixed || names === undefined || prose === undefined) return length
    const start = prose.starts[i]!
    return length - names.namedUnits(prose.text, start, start + length)
  }
  const weight = new Map<string, { chars: number; confidence: number }>()
  let undetermined: Detection = { code: 'und', confidence: 0 }
  detections.forEach((detection, i) => {
    if (detection.code === 'und') {
      undetermined = detection.reason === undefined ? { code: 'und', confidence: 0 } : { code: 'und', confidence: 0, reason: detection.reason }
      return
    }
    const chars = charsOf(i)
    // A block of known names only: nothing of its language to weigh.
    if (chars === 0) return
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
  const order = blocks.map((_, i) => i)
  // The extractors give blocks in source order (front matter first): sorted only when not.
  for (let k = 1; k < blocks.length; k++) {
    if (blocks[k - 1]!.start > blocks[k]!.start) {
      order.sort((x, y) => blocks[x]!.start - blocks[y]!.start)
      break
    }
  }
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
