import { isSpaceUnit, isWordUnit } from '../text/chars.js'
import { opensClause } from './adjacent.js'

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
  /**
   * Counts only when a form of the name's own concept follows the phrase right after it
   * ("Kharkov, now Kharkiv", not "Kharkov residents, now used to shelling"): see nameFollows.
   * Only for a phrase after the name (validated).
   */
  nameFollows: boolean
  /**
   * For a phrase that opens a bracket ("(formerly", "(also"): counts only where the bracket holds
   * a name, its first word capitalized ("(formerly Yuzovka)") or a form of the name's own concept
   * in it ("(also spelled Kharkiv in English)"), not a description ("Kiev (also the seat of the
   * Rada)"). Only for a phrase after the name that opens a bracket (validated).
   */
  nameInside: boolean
  /**
   * Verbs of saying (each a phrase, as lower-cased words: "a déclaré", "dijo") that, standing
   * right before the name and opening their clause, make the name their speaker, so that the
   * phrase after it says how he spoke, not how his name is written: "« Nous tiendrons », a
   * déclaré Zelenskiy en anglais" (see spokenBy). For a phrase before the name, its gap 0
   * (validated): the phrase's own verb, which with a subject of its own names the name ("los
   * ucranianos escriben Kyiv") and opening its clause is said by it ("«…», escriben Zelensky y
   * Macron", round 36). Absent: none.
   */
  notAfterSpeaker?: readonly (readonly string[])[]
  /**
   * For a phrase after the name: words (each a phrase, as lower-cased words: "in", "aus") that,
   * standing right before the name, make it a place the phrase says something of, not a name
   * spelled: "Der Brief wurde in Kiew geschrieben" (see phraseBefore). Absent: none.
   */
  notAfterWords?: readonly (readonly string[])[]
  /**
   * Words (each a phrase, as lower-cased words: "out", "the end") that, standing right after the
   * phrase in reading order, make it an idiom, not a word about the name: "He spelled out the
   * Kiev plan", "Kharkov spelled the end of the offensive", "a spelling bee in Kiev" (see
   * idiomAfter). Either side. Absent: none.
   */
  notBeforeWords?: readonly (readonly string[])[]
  /**
   * For a phrase before the name: words and marks (each a phrase, as tokens: "que", ", dass",
   * "en telegram") that, standing right after the name, make it the subject of the phrase's verb,
   * the writer, not the name written: "En Telegram escribe Zelensky que la guerra sigue", "Auf
   * Telegram schreibt Selenski, dass …", against "Reuters escribe Kyiv." (see phraseAfter, round
   * 37). Absent: none.
   */
  notFollowedBy?: readonly (readonly string[])[]
  /**
   * The phrase says how the name is spelled: where it marks a form of a name as discussed, the
   * other forms of that name in its sentence are discussed too (decide.ts, spellingOf).
   */
  spelling?: boolean
}

/** Whether a form of `concept` (any of its forms found in the text) begins at `at`. */
export type FormAt = (at: number, concept: string) => boolean

/** Quotation marks, as code units: asked of the units around every variant found, with no string made. */
const QUOTES = new Set([...'"\'“”„‟‚‘’«»‹›「」'].map((mark) => mark.charCodeAt(0)))
const POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u
/**
 * Marks that end the stretch a cue may reach over: . ! ? … ; A cue phrase may still hold one
 * ("Kyiv, a.k.a. Kiev", "Zhitomir; now Zhytomyr"): its token nearest the name may be the first
 * stop, and the phrase goes on past it; no phrase starts beyond it (see `stop` and `tail`).
 */
const isStop = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3b
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

/**
 * Tokens near a name, nearest first, in scratch arrays reused from call to call: this runs for
 * every variant found, and a 1 MiB text can hold 200,000 of them.
 */
interface Tokens {
  text: string[]
  word: boolean[]
  length: number
  /** The index of the first stop read (a token itself), or `length` and beyond when none. */
  stop: number
}

const scratchBefore: Tokens = { text: [], word: [], length: 0, stop: 0 }
const scratchAfter: Tokens = { text: [], word: [], length: 0, stop: 0 }

function push(tokens: Tokens, text: string, word: boolean): void {
  tokens.text[tokens.length] = text
  tokens.word[tokens.length] = word
  tokens.length++
}

/** Up to `reach` tokens after `from`, nearest first, stopping at the end of the sentence or paragraph. */
function tokensAfter(text: string, from: number, reach: number, tail: number): Tokens {
  const out = scratchAfter
  out.length = 0
  out.stop = reach
  let i = from
  let limit = reach
  while (i < text.length && out.length < limit) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const start = i
      while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
      push(out, text.slice(start, i).toLowerCase(), true)
      continue
    }
    if (code === 0x0a && text.charCodeAt(i + 1) === 0x0a) break
    if (isStop(code) && out.stop === reach) {
      // The first stop: a phrase holding it may go on for `tail` tokens more, then the stretch ends.
      out.stop = out.length
      limit = Math.min(reach, out.length + 1 + tail)
    }
    if (!isSpaceUnit(code)) push(out, foldMark(text[i]!), false)
    i++
  }
  return out
}

/** Up to `reach` tokens before `to`, nearest first, stopping at the start of the sentence or paragraph. */
function tokensBefore(text: string, to: number, reach: number, tail: number): Tokens {
  const out = scratchBefore
  out.length = 0
  out.stop = reach
  let i = to - 1
  let limit = reach
  while (i >= 0 && out.length < limit) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const end = i + 1
      while (i >= 0 && isWordUnit(text.charCodeAt(i))) i--
      push(out, text.slice(i + 1, end).toLowerCase(), true)
      continue
    }
    if (code === 0x0a && text.charCodeAt(i - 1) === 0x0a) break
    if (isStop(code) && out.stop === reach) {
      out.stop = out.length
      limit = Math.min(reach, out.length + 1 + tail)
    }
    if (!isSpaceUnit(code)) push(out, foldMark(text[i]!), false)
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
  /** Tokens a phrase may go on past a stop it starts at: its longest phrase's length less one. */
  readonly tail: number
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
  return { before, after, maxGap, reach: Math.min(REACH, 2 * (maxGap + maxLength) + 2), tail: Math.max(0, maxLength - 1) }
}

export const NO_CUES: CueIndex = indexCues([])

/** Opening marks allowed between a `nameFollows` phrase and the name it introduces: "(now 'Kharkiv')". */
const isOpening = (code: number) => QUOTES.has(code) || code === 0x28 || code === 0x5b

/**
 * Where the word right after the first `skip` tokens after `from` begins (tokens as tokensAfter
 * reads them), past spaces and opening quotation marks or brackets; -1 where the sentence ends
 * or another mark comes first. "Right after" is this: the next word, nothing but quotes and
 * brackets before it ("Zhitomir, now Zhytomyr", "Kharkov, today 'Kharkiv'"). Run only when a
 * `nameFollows` phrase was found, which is rare: the walk is not kept from tokensAfter's.
 */
function wordAfterTokens(text: string, from: number, skip: number): number {
  let i = from
  let tokens = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      if (tokens === skip) return i
      while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
      tokens++
      continue
    }
    if (code === 0x0a && text.charCodeAt(i + 1) === 0x0a) return -1
    if (!isSpaceUnit(code)) {
      if (tokens === skip && !isOpening(code)) return -1
      if (tokens < skip) tokens++
    }
    i++
  }
  return -1
}

/**
 * Whether a cue anchored in `tokens` (nearest first) holds within its gap; `reversed` for tokens
 * before the name. A `nameFollows` cue asks `formAt` (none given: it does not hold) whether a form
 * of `concept` begins right after its phrase; the tokens after the name were read from `from`.
 */
function holds(index: ReadonlyMap<string, readonly Cue[]>, maxGap: number, tokens: Tokens, reversed: boolean, quoted: boolean, text: string, from: number, formAt: FormAt | undefined, concept: string, nameStart: number, nameEnd: number, possessive: boolean): boolean {
  let words = 0
  // No phrase starts beyond the first stop: it ends the stretch (a phrase may start at it).
  for (let o = 0; o < tokens.length && o <= tokens.stop && words <= maxGap; o++) {
    const cues = index.get(tokens.text[o]!)
    if (cues !== undefined) {
      for (const cue of cues) {
        if (cue.gap < words || (cue.quoted && !quoted)) continue
        const m = cue.tokens.length
        if (o + m > tokens.length) continue
        let ok = true
        for (let k = 1; k < m && ok; k++) ok = tokens.text[o + k] === cue.tokens[reversed ? m - 1 - k : k]
        if (ok && cue.nameFollows) ok = !reversed && formAt !== undefined && followedBy(text, from, o + m, formAt, concept)
        if (ok && cue.nameInside) ok = !reversed && formAt !== undefined && nameInBracket(text, from, o + m, formAt, concept)
        if (ok && cue.notAfterSpeaker !== undefined) ok = !spokenBy(text, nameStart, cue.notAfterSpeaker)
        if (ok && cue.notAfterWords !== undefined) ok = reversed || phraseBefore(text, nameStart, cue.notAfterWords) < 0
        if (ok && cue.notBeforeWords !== undefined) ok = !idiomAfter(tokens, o, m, reversed, cue.notBeforeWords)
        if (ok && cue.notFollowedBy !== undefined) ok = !reversed || !phraseAfter(text, nameEnd, cue.notFollowedBy)
        if (ok && possessive) ok = !reversed && cue.spelling === true
        if (ok) return true
      }
    }
    if (tokens.word[o]) words++
  }
  return false
}

/**
 * Whether one of `phrases` (lower-cased words, Cue.notBeforeWords) follows the cue phrase found
 * at token `o` (its `m` tokens) in reading order, word for word: for a phrase after the name the
 * tokens after it; for one before it (`reversed`, tokens nearest the name first) the tokens
 * between it and the name, from `o - 1` down. A phrase that would run past the tokens read (into
 * the name, or past the sentence's end) does not follow it.
 */
function idiomAfter(tokens: Tokens, o: number, m: number, reversed: boolean, phrases: readonly (readonly string[])[]): boolean {
  for (const words of phrases) {
    let k = 0
    for (; k < words.length; k++) {
      const at = reversed ? o - 1 - k : o + m + k
      if (at < 0 || at >= tokens.length || (!reversed && at > tokens.stop) || tokens.text[at] !== words[k]) break
    }
    if (k === words.length) return true
  }
  return false
}

/**
 * Whether one of `phrases` (verbs of saying as lower-cased words, Cue.notAfterSpeaker) ends right
 * before the name at `start`, its words apart by whitespace on one line, and opens its clause
 * (adjacent.ts, opensClause: after a quotation mark, a comma, a dash or a sentence's start): "«
 * Nous tiendrons », a déclaré Zelenskiy", "Dijo Zelenskiy". Not where the verb has a subject of
 * its own, "On dit Kyiv en anglais", which names the name. Asked only where such a cue's phrase
 * was found after the name, which is rare.
 */
export function spokenBy(text: string, start: number, phrases: readonly (readonly string[])[]): boolean {
  return phraseBefore(text, start, phrases, true) >= 0
}

/**
 * Where one of `phrases` (lower-cased words) begins that ends right before `start`, its words
 * apart by whitespace on one line; -1 where none does. With `opening`, only one that opens its
 * clause (opensClause). Asked only where a cue's phrase was found after the name, which is rare.
 */
export function phraseBefore(text: string, start: number, phrases: readonly (readonly string[])[], opening = false): number {
  for (const words of phrases) {
    let at = start
    let k = words.length - 1
    for (; k >= 0; k--) {
      let i = at - 1
      while (i >= 0 && isSpaceUnit(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a) i--
      if (i === at - 1 || i < 0) break
      const end = i + 1
      while (i >= 0 && isWordUnit(text.charCodeAt(i))) i--
      if (i + 1 === end || text.slice(i + 1, end).toLowerCase() !== words[k]) break
      at = i + 1
    }
    if (k < 0 && (!opening || opensClause(text, at))) return at
  }
  return -1
}

/**
 * Whether one of `phrases` (tokens, Cue.notFollowedBy) begins right after the name ending at
 * `end`: its tokens in order, whole words in any case, apart by whitespace on one line (a mark
 * may stand against the word before it: "Selenski, dass", "Selenski: «…»"). Asked only where a
 * cue's phrase was found before the name, which is rare.
 */
export function phraseAfter(text: string, end: number, phrases: readonly (readonly string[])[]): boolean {
  for (const tokens of phrases) {
    let at = end
    let k = 0
    for (; k < tokens.length; k++) {
      let i = at
      while (i < text.length && isSpaceUnit(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a) i++
      if (i >= text.length) break
      const token = tokens[k]!
      if (isWordUnit(token.charCodeAt(0))) {
        const start = i
        while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
        if (i - start !== token.length || text.slice(start, i).toLowerCase() !== token) break
      } else {
        if (foldMark(text[i]!) !== token) break
        i++
      }
      at = i
    }
    if (k === tokens.length) return true
  }
  return false
}

function followedBy(text: string, from: number, skip: number, formAt: FormAt, concept: string): boolean {
  const at = wordAfterTokens(text, from, skip)
  return at >= 0 && formAt(at, concept)
}

/** How far into a bracket a `nameInside` phrase looks for the name (units): a gloss is short. */
const BRACKET_REACH = 120

/**
 * Whether the bracket a `nameInside` phrase opens (the first `skip` tokens after `from`) holds a
 * name: its next word begins with a capital letter, or a form of `concept` begins at a word of it
 * before it closes, the sentence or paragraph ends, or BRACKET_REACH units are read. Run only
 * where such a phrase was found.
 */
function nameInBracket(text: string, from: number, skip: number, formAt: FormAt, concept: string): boolean {
  const first = wordAfterTokens(text, from, skip)
  if (first >= 0) {
    const letter = String.fromCodePoint(text.codePointAt(first)!)
    if (letter !== letter.toLowerCase()) return true
  }
  // The phrase's end: where its last token ends, then every word to the closing mark.
  let i = from
  for (let tokens = 0; i < text.length && tokens < skip; ) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
      tokens++
    } else {
      if (!isSpaceUnit(code)) tokens++
      i++
    }
  }
  const end = Math.min(text.length, i + BRACKET_REACH)
  while (i < end) {
    const code = text.charCodeAt(i)
    if (code === 0x29 || code === 0x5d || isStop(code) || (code === 0x0a && text.charCodeAt(i + 1) === 0x0a)) return false
    if (isWordUnit(code)) {
      if (formAt(i, concept)) return true
      while (i < end && isWordUnit(text.charCodeAt(i))) i++
    } else i++
  }
  return false
}

function isQuoted(text: string, start: number, end: number): boolean {
  return start > 0 && QUOTES.has(text.charCodeAt(start - 1)) && end < text.length && QUOTES.has(text.charCodeAt(end))
}

/** Whether a cue may hold for the name at [start, end): a prefilter for `cued` (anchorTokens). */
export type AnchorsNear = (start: number, end: number) => boolean

/**
 * Whether a cue of the language marks the name at [start, end) as discussed as a name.
 * `anchors` (anchorTokens) lets a name with no cue's anchor nearby skip the token work.
 * `formAt` and `concept` (the name's) let a `nameFollows` or `nameInside` cue hold: without them it never does.
 */
export function cued(cues: CueIndex, text: string, start: number, end: number, anchors?: AnchorsNear, formAt?: FormAt, concept = ''): boolean {
  if (cues.reach === 0 || (cues.before.size === 0 && cues.after.size === 0)) return false
  const quoted = isQuoted(text, start, end)
  if (anchors !== undefined && !quoted && !anchors(start, end)) return false
  // A possessive is the place itself, not its name ("Moscow calls Kiev's offer a bluff"), but
  // for a word on spelling after it, which says whose spelling it is ("Kiev's spelling changed
  // in 2019": held in silence by a neighbour word until round 36).
  const possessive = POSSESSIVE.test(text.slice(end, end + 3))
  return (!possessive && cues.before.size > 0 && holds(cues.before, cues.maxGap, tokensBefore(text, start, cues.reach, cues.tail), true, quoted, text, start, formAt, concept, start, end, false))
    || (cues.after.size > 0 && holds(cues.after, cues.maxGap, tokensAfter(text, end, cues.reach, cues.tail), false, quoted, text, end, formAt, concept, start, end, possessive))
}

/**
 * The unquoted cues' anchor tokens as bits of their hashes, per side: `singles` for a cue of one
 * token, `pairs` for the anchor with the token next to it, away from the name ("known as": "as"
 * then "known" before the name; ", now": "," then "now" after it). A prefilter: a hash collision
 * only lets a name through to `holds`, which decides.
 */
interface AnchorBits {
  singles: Uint32Array
  pairs: Uint32Array
  /** The largest gap of this side's unquoted cues, in words. */
  maxGap: number
}

const HASH_BITS = 1 << 16
const FNV_SEED = 0x811c9dc5 | 0
const mix = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193)
const slot = (h: number) => (h ^ (h >>> 16)) & (HASH_BITS - 1)
const pairSlot = (anchor: number, next: number) => slot(Math.imul(anchor, 0x9e3779b1) ^ next)
const setBit = (bits: Uint32Array, n: number) => {
  bits[n >>> 5]! |= 1 << (n & 31)
}
const testBit = (bits: Uint32Array, n: number) => (bits[n >>> 5]! & (1 << (n & 31))) !== 0

/**
 * Each code unit as `toLowerCase` turns it within a word, lazily (0: not yet asked); -1 where
 * that is not one unit the same anywhere in a word: the dotted capital I ("i̇", two units) and
 * the capital sigma (final "ς" at a word's end, "σ" elsewhere). A word holding one is let
 * through. Asked only of word units, whose lower case is never U+0000 or U+FFFF: those two
 * values mark "not yet" and "not one unit" in 16 bits.
 */
const lowerTable = new Uint16Array(0x10000)
const NOT_ONE_UNIT = 0xffff
function lowerUnit(code: number): number {
  let lower = lowerTable[code]!
  if (lower === 0) {
    const s = String.fromCharCode(code).toLowerCase()
    lower = s.length !== 1 || code === 0x3a3 ? NOT_ONE_UNIT : s.charCodeAt(0)
    lowerTable[code] = lower
  }
  return lower === NOT_ONE_UNIT ? -1 : lower
}

/** The hash of a token as the walks read it: its units lowered, in reading order (`forward`) or from its end. */
function tokenHash(token: string, forward: boolean): number {
  let h = FNV_SEED
  for (let k = 0; k < token.length; k++) {
    const unit = token.charCodeAt(forward ? k : token.length - 1 - k)
    const lower = isWordUnit(unit) ? lowerUnit(unit) : unit
    h = mix(h, lower < 0 ? unit : lower)
  }
  return h
}

const anchorBits = new WeakMap<CueIndex, { before: AnchorBits; after: AnchorBits } | null>()

function anchorBitsOf(cues: CueIndex): { before: AnchorBits; after: AnchorBits } | null {
  let bits = anchorBits.get(cues)
  if (bits === undefined) {
    let any = false
    const side = (index: ReadonlyMap<string, readonly Cue[]>, before: boolean): AnchorBits => {
      const out: AnchorBits = { singles: new Uint32Array(HASH_BITS >>> 5), pairs: new Uint32Array(HASH_BITS >>> 5), maxGap: 0 }
      for (const list of index.values()) {
        for (const cue of list) {
          if (cue.quoted) continue
          any = true
          out.maxGap = Math.max(out.maxGap, cue.gap)
          const m = cue.tokens.length
          // Tokens are read from the name outwards: a cue before it from its last token, each word from its end.
          const anchor = tokenHash(cue.tokens[before ? m - 1 : 0]!, !before)
          if (m === 1) setBit(out.singles, slot(anchor))
          else setBit(out.pairs, pairSlot(anchor, tokenHash(cue.tokens[before ? m - 2 : 1]!, !before)))
        }
      }
      return out
    }
    const found = { before: side(cues.before, true), after: side(cues.after, false) }
    bits = any ? found : null
    anchorBits.set(cues, bits)
  }
  return bits
}

/**
 * Whether a cue may hold for the name at [start, end): the tokens `cued` reads on each side,
 * walked as tokensBefore and tokensAfter walk them but only as far as a cue's anchor can stand
 * (`holds` reads a cue from its anchor, which stands within the cue's gap, in words, from the
 * name: the largest gap of the side's unquoted cues bounds the walk), hashed in place: no string, no regex. A name with no anchor token in reach (almost
 * every name) costs two short walks. Tested by property against reading every token.
 */
export function anchorTokens(cues: CueIndex, text: string): AnchorsNear {
  const bits = cues.reach === 0 ? null : anchorBitsOf(cues)
  if (bits === null) return () => false
  const { reach } = cues
  const { before, after } = bits
  return (start, end) => mayHoldBefore(text, start, reach, before) || mayHoldAfter(text, end, reach, after)
}

// mayHoldBefore and mayHoldAfter are one walk written twice, backwards and forwards (a word's
// units hashed from the name outwards, as anchorBitsOf hashes the cues' tokens): they run for
// every variant found, so each stays a plain loop rather than one loop with a direction to test.
function mayHoldBefore(text: string, to: number, reach: number, bits: AnchorBits): boolean {
  const maxGap = bits.maxGap
  let i = to - 1
  let tokens = 0
  let words = 0
  // The hash of the last token when it may be a cue's anchor: the next one read may complete a pair.
  let anchor = 0
  let pending = false
  let stopped = false
  while (i >= 0 && tokens < reach) {
    const code = text.charCodeAt(i)
    let h = FNV_SEED
    const word = isWordUnit(code)
    if (word) {
      for (; i >= 0; i--) {
        const unit = text.charCodeAt(i)
        if (!isWordUnit(unit)) break
        const lower = lowerUnit(unit)
        if (lower < 0) return true
        h = mix(h, lower)
      }
    } else {
      if (code === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0a) break
      i--
      if (isSpaceUnit(code)) continue
      h = mix(h, foldMarkUnit(code))
    }
    tokens++
    if (pending && testBit(bits.pairs, pairSlot(anchor, h))) return true
    // Past the first stop only its pair with the token after it counts (no phrase starts beyond it).
    if (stopped) return false
    stopped = !word && isStop(code)
    pending = words <= maxGap
    if (pending) {
      if (testBit(bits.singles, slot(h))) return true
      anchor = h
    }
    if (word) words++
    if (!pending && words > maxGap) return false
  }
  return false
}

function mayHoldAfter(text: string, from: number, reach: number, bits: AnchorBits): boolean {
  const maxGap = bits.maxGap
  let i = from
  let tokens = 0
  let words = 0
  let anchor = 0
  let pending = false
  let stopped = false
  while (i < text.length && tokens < reach) {
    const code = text.charCodeAt(i)
    let h = FNV_SEED
    const word = isWordUnit(code)
    if (word) {
      for (; i < text.length; i++) {
        const unit = text.charCodeAt(i)
        if (!isWordUnit(unit)) break
        const lower = lowerUnit(unit)
        if (lower < 0) return true
        h = mix(h, lower)
      }
    } else {
      if (code === 0x0a && text.charCodeAt(i + 1) === 0x0a) break
      i++
      if (isSpaceUnit(code)) continue
      h = mix(h, foldMarkUnit(code))
    }
    tokens++
    if (pending && testBit(bits.pairs, pairSlot(anchor, h))) return true
    if (stopped) return false
    stopped = !word && isStop(code)
    pending = words <= maxGap
    if (pending) {
      if (testBit(bits.singles, slot(h))) return true
      anchor = h
    }
    if (word) words++
    if (!pending && words > maxGap) return false
  }
  return false
}

/** foldMark on a code unit. */
const foldMarkUnit = (code: number) => (code === 0x2019 || code === 0x02bc || code === 0x2018 ? 0x27 : code)
