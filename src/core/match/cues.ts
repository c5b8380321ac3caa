import { isWordUnit } from '../text/chars.js'

/**
 * Cues that a name is discussed as a name ("formerly Kiev", "Artemiwsk heißt jetzt Bachmut",
 * "llamada Artemivsk"). They are data: each language's list lives in the glossary
 * (`glossaries/<id>/languages/<lang>.yaml`), compiled here into token sequences.
 */
export interface Cue {
  /** Whether the phrase stands before or after the name. */
  side: 'before' | 'after'
  /** Lower-cased words and single punctuation marks, in reading order. */
  tokens: readonly string[]
  /** Words allowed between the phrase and the name. */
  gap: number
  /** Counts only when the name is in quotation marks ("call Bakhmut 'Artemovsk'"). */
  quoted: boolean
}

const QUOTES = new Set(['"', "'", '“', '”', '„', '‟', '‚', '‘', '’', '«', '»', '‹', '›', '「', '」'])
const POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u
/** Marks that end the stretch a cue may reach over. */
const STOPS = new Set(['.', '!', '?', '…', ';'])
/** Tokens looked at on each side of a name. */
const REACH = 16

const foldMark = (ch: string) => (ch === '’' || ch === 'ʼ' || ch === '‘' ? "'" : ch)

/** A cue phrase as tokens: words lower-cased, every other non-space character on its own. */
export function cueTokens(phrase: string): string[] {
  const tokens: string[] = []
  let i = 0
  while (i < phrase.length) {
    const code = phrase.charCodeAt(i)
    if (isWordUnit(code)) {
      const start = i
      while (i < phrase.length && isWordUnit(phrase.charCodeAt(i))) i++
      tokens.push(phrase.slice(start, i).toLowerCase())
    } else {
      if (!/\s/u.test(phrase[i]!)) tokens.push(foldMark(phrase[i]!))
      i++
    }
  }
  return tokens
}

interface Token {
  text: string
  word: boolean
}

/** Up to REACH tokens after `from`, nearest first, stopping at the end of the sentence or paragraph. */
function tokensAfter(text: string, from: number, reach: number): Token[] {
  const out: Token[] = []
  let i = from
  while (i < text.length && out.length < reach) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const start = i
      while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
      out.push({ text: text.slice(start, i).toLowerCase(), word: true })
      continue
    }
    const ch = text[i]!
    if (STOPS.has(ch) || (ch === '\n' && text[i + 1] === '\n')) break
    if (!/\s/u.test(ch)) out.push({ text: foldMark(ch), word: false })
    i++
  }
  return out
}

/** Up to REACH tokens before `to`, nearest first, stopping at the start of the sentence or paragraph. */
function tokensBefore(text: string, to: number, reach: number): Token[] {
  const out: Token[] = []
  let i = to - 1
  while (i >= 0 && out.length < reach) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const end = i + 1
      while (i >= 0 && isWordUnit(text.charCodeAt(i))) i--
      out.push({ text: text.slice(i + 1, end).toLowerCase(), word: true })
      continue
    }
    const ch = text[i]!
    if (STOPS.has(ch) || (ch === '\n' && text[i - 1] === '\n')) break
    if (!/\s/u.test(ch)) out.push({ text: foldMark(ch), word: false })
    i--
  }
  return out
}

/** Cues indexed by the token nearest the name, so a hit costs a few map lookups, not one per cue. */
export interface CueIndex {
  readonly before: ReadonlyMap<string, readonly Cue[]>
  readonly after: ReadonlyMap<string, readonly Cue[]>
  /** The largest gap of any cue: no cue can start further away (in words). */
  readonly maxGap: number
  /** Tokens looked at on each side. */
  readonly reach: number
}

export function indexCues(cues: readonly Cue[]): CueIndex {
  const before = new Map<string, Cue[]>()
  const after = new Map<string, Cue[]>()
  let maxGap = 0
  let maxLength = 0
  for (const cue of cues) {
    if (cue.tokens.length === 0) continue
    const map = cue.side === 'before' ? before : after
    const anchor = cue.side === 'before' ? cue.tokens[cue.tokens.length - 1]! : cue.tokens[0]!
    const list = map.get(anchor)
    if (list) list.push(cue)
    else map.set(anchor, [cue])
    maxGap = Math.max(maxGap, cue.gap)
    maxLength = Math.max(maxLength, cue.tokens.length)
  }
  // Punctuation between words is a token too: leave room for some.
  return { before, after, maxGap, reach: Math.min(REACH, 2 * (maxGap + maxLength) + 2) }
}

export const NO_CUES: CueIndex = indexCues([])

/** Whether a cue anchored in `tokens` (nearest first) holds within its gap; `reversed` for tokens before the name. */
function holds(index: ReadonlyMap<string, readonly Cue[]>, maxGap: number, tokens: Token[], reversed: boolean, quoted: boolean): boolean {
  let words = 0
  for (let o = 0; o < tokens.length && words <= maxGap; o++) {
    for (const cue of index.get(tokens[o]!.text) ?? []) {
      if (cue.gap < words || (cue.quoted && !quoted)) continue
      const m = cue.tokens.length
      if (o + m > tokens.length) continue
      let ok = true
      for (let k = 1; k < m && ok; k++) ok = tokens[o + k]!.text === cue.tokens[reversed ? m - 1 - k : k]
      if (ok) return true
    }
    if (tokens[o]!.word) words++
  }
  return false
}

function isQuoted(text: string, start: number, end: number): boolean {
  return start > 0 && QUOTES.has(text[start - 1]!) && end < text.length && QUOTES.has(text[end]!)
}

/** Whether a cue of the language marks the name at [start, end) as discussed as a name. */
export function cued(cues: CueIndex, text: string, start: number, end: number): boolean {
  if (cues.reach === 0 || (cues.before.size === 0 && cues.after.size === 0)) return false
  // A possessive is the place itself, not its name ("Moscow calls Kiev's offer a bluff").
  if (POSSESSIVE.test(text.slice(end, end + 3))) return false
  const quoted = isQuoted(text, start, end)
  return (cues.before.size > 0 && holds(cues.before, cues.maxGap, tokensBefore(text, start, cues.reach), true, quoted))
    || (cues.after.size > 0 && holds(cues.after, cues.maxGap, tokensAfter(text, end, cues.reach), false, quoted))
}
