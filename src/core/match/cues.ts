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
function tokensAfter(text: string, from: number): Token[] {
  const out: Token[] = []
  let i = from
  while (i < text.length && out.length < REACH) {
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
function tokensBefore(text: string, to: number): Token[] {
  const out: Token[] = []
  let i = to - 1
  while (i >= 0 && out.length < REACH) {
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

/** Whether `tokens` (nearest first) hold the cue within its gap; `reversed` for tokens before the name. */
function holds(cue: Cue, tokens: Token[], reversed: boolean): boolean {
  const m = cue.tokens.length
  let words = 0
  for (let o = 0; o + m <= tokens.length && words <= cue.gap; o++) {
    let ok = true
    for (let k = 0; k < m && ok; k++) ok = tokens[o + k]!.text === cue.tokens[reversed ? m - 1 - k : k]
    if (ok) return true
    if (tokens[o]!.word) words++
  }
  return false
}

function isQuoted(text: string, start: number, end: number): boolean {
  return start > 0 && QUOTES.has(text[start - 1]!) && end < text.length && QUOTES.has(text[end]!)
}

/** Whether a cue of the language marks the name at [start, end) as discussed as a name. */
export function cued(cues: readonly Cue[], text: string, start: number, end: number): boolean {
  if (cues.length === 0) return false
  const quoted = isQuoted(text, start, end)
  let before: Token[] | undefined
  let after: Token[] | undefined
  for (const cue of cues) {
    if (cue.quoted && !quoted) continue
    if (cue.side === 'before' ? holds(cue, (before ??= tokensBefore(text, start)), true) : holds(cue, (after ??= tokensAfter(text, end)), false)) return true
  }
  return false
}
