import { isSpaceUnit, isWordUnit } from '../text/chars.js'
import { lowerBound, someIn } from '../text/sorted.js'
import { anyCase, caseless, SPACE_CLASS, unitsLowering, wordUnitClass } from './words.js'

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
/** Marks that end the stretch a cue may reach over: . ! ? … ; */
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
}

const scratchBefore: Tokens = { text: [], word: [], length: 0 }
const scratchAfter: Tokens = { text: [], word: [], length: 0 }

function push(tokens: Tokens, text: string, word: boolean): void {
  tokens.text[tokens.length] = text
  tokens.word[tokens.length] = word
  tokens.length++
}

/** Up to `reach` tokens after `from`, nearest first, stopping at the end of the sentence or paragraph. */
function tokensAfter(text: string, from: number, reach: number): Tokens {
  const out = scratchAfter
  out.length = 0
  let i = from
  while (i < text.length && out.length < reach) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const start = i
      while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
      push(out, text.slice(start, i).toLowerCase(), true)
      continue
    }
    if (isStop(code) || (code === 0x0a && text.charCodeAt(i + 1) === 0x0a)) break
    if (!isSpaceUnit(code)) push(out, foldMark(text[i]!), false)
    i++
  }
  return out
}

/** Up to `reach` tokens before `to`, nearest first, stopping at the start of the sentence or paragraph. */
function tokensBefore(text: string, to: number, reach: number): Tokens {
  const out = scratchBefore
  out.length = 0
  let i = to - 1
  while (i >= 0 && out.length < reach) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const end = i + 1
      while (i >= 0 && isWordUnit(text.charCodeAt(i))) i--
      push(out, text.slice(i + 1, end).toLowerCase(), true)
      continue
    }
    if (isStop(code) || (code === 0x0a && text.charCodeAt(i - 1) === 0x0a)) break
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
function holds(index: ReadonlyMap<string, readonly Cue[]>, maxGap: number, tokens: Tokens, reversed: boolean, quoted: boolean): boolean {
  let words = 0
  for (let o = 0; o < tokens.length && words <= maxGap; o++) {
    const cues = index.get(tokens.text[o]!)
    if (cues !== undefined) {
      for (const cue of cues) {
        if (cue.gap < words || (cue.quoted && !quoted)) continue
        const m = cue.tokens.length
        if (o + m > tokens.length) continue
        let ok = true
        for (let k = 1; k < m && ok; k++) ok = tokens.text[o + k] === cue.tokens[reversed ? m - 1 - k : k]
        if (ok) return true
      }
    }
    if (tokens.word[o]) words++
  }
  return false
}

function isQuoted(text: string, start: number, end: number): boolean {
  return start > 0 && QUOTES.has(text[start - 1]!) && end < text.length && QUOTES.has(text[end]!)
}

/** Characters around a name in which a cue's anchor must stand (a generous bound on `reach` tokens). */
const ANCHOR_SPAN = 240

/**
 * Where the text may hold a cue, in order: the first and last units of each cue phrase found
 * whole ("also known as", not every "as"), in one native pass, so that a name with no cue
 * nearby (almost every name) costs a binary search, not two tokenizations. Cues that count only
 * for a quoted name are left out: `cued` reads the tokens of every quoted name (they are few).
 */
export function anchorsIn(cues: CueIndex, text: string): number[] {
  const out: number[] = []
  if (cues.before.size === 0 && cues.after.size === 0) return out
  const anchors = anchorPattern(cues)
  if (anchors !== null) {
    const { pattern } = anchors
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      // A phrase starting with a word starts a word (a lookbehind first would run at every unit).
      if (m.index === 0 || !isWordUnit(text.charCodeAt(m.index - 1)) || !isWordUnit(m[0].charCodeAt(0))) out.push(m.index, m.index + m[0].length - 1)
      // Inside a word: a phrase may still start further on, within what this match read.
      else pattern.lastIndex = m.index + 1
    }
    return out
  }
  const has = (token: string) => cues.before.has(token) || cues.after.has(token)
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const start = i
      while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
      if (has(text.slice(start, i).toLowerCase())) out.push(start)
      continue
    }
    if (!isSpaceUnit(code) && has(foldMark(text[i]!))) out.push(i)
    i++
  }
  return out
}

interface AnchorPattern {
  pattern: RegExp
  /** The longest phrase (its tokens spelled with single spaces): added to ANCHOR_SPAN, as the phrase's ends stand for its anchor. */
  slack: number
}

const anchorPatterns = new WeakMap<CueIndex, AnchorPattern | null>()

/** The code units a mark token stands for in the text (foldMark's inverse). */
const markUnits = (unit: number): number[] | undefined =>
  unit === 0x27 ? [0x27, 0x2019, 0x02bc, 0x2018] : unit >= 0xd800 && unit <= 0xdfff ? undefined : [unit]

/**
 * One regex for the phrases of the cues that need no quoted name, in any casing that
 * lower-cases to them, with any whitespace between their tokens. A prefilter: it finds every
 * phrase `holds` could read, and some more (see wordUnitClass). Null when a token cannot be
 * spelled as unit classes (see words.ts): then every token some cue is anchored on counts.
 */
function anchorPattern(cues: CueIndex): AnchorPattern | null {
  let anchors = anchorPatterns.get(cues)
  if (anchors === undefined) {
    anchors = buildAnchorPattern(cues)
    anchorPatterns.set(cues, anchors)
  }
  return anchors
}

/** Cue phrases as a trie over their units (-1: the whitespace between tokens). */
interface PhraseNode {
  next: Map<number, PhraseNode>
  /** A phrase ends here: '' after a mark, a word-end check after a word. */
  end: string | undefined
}

function buildAnchorPattern(cues: CueIndex): AnchorPattern | null {
  const isWord = (token: string) => isWordUnit(token.charCodeAt(0))
  const W = wordUnitClass()
  const root: PhraseNode = { next: new Map(), end: undefined }
  let slack = 0
  for (const list of [...cues.before.values(), ...cues.after.values()]) {
    for (const cue of list) {
      if (cue.quoted) continue
      let node = root
      const step = (unit: number) => {
        let child = node.next.get(unit)
        if (child === undefined) node.next.set(unit, (child = { next: new Map(), end: undefined }))
        node = child
      }
      cue.tokens.forEach((token, k) => {
        if (k > 0) step(-1)
        for (let i = 0; i < token.length; i++) step(token.charCodeAt(i))
      })
      node.end = isWord(cue.tokens[cue.tokens.length - 1]!) ? `(?!${W})` : ''
      slack = Math.max(slack, cue.tokens.join(' ').length)
    }
  }
  // One alternative per next unit, not one per phrase: the engine tests each unit of prose
  // against the first units only. Any whitespace between tokens (even none: that only finds more).
  const spell = (node: PhraseNode): string | undefined => {
    const options: string[] = []
    for (const [unit, child] of node.next) {
      const head = unit === -1 ? `${SPACE_CLASS}*` : isWordUnit(unit) ? anyCase(String.fromCharCode(unit)) : anyCase(String.fromCharCode(unit), markUnits)
      const rest = spell(child)
      if (head === undefined || rest === undefined) return undefined
      options.push(head + rest)
    }
    // A longer phrase first: "known as" is found whole where "known" alone would also do.
    if (node.end !== undefined) options.push(node.end)
    return options.length === 0 ? '' : options.length === 1 ? options[0]! : `(?:${options.join('|')})`
  }
  if (root.next.size === 0) return { pattern: /(?!)/g, slack }
  // At the root, the ASCII letters and digits a phrase may start with come after `\b`
  // (ASCII-only without the `u` flag), so the engine refuses the inside of every ASCII word at
  // once; the other units (the Kelvin sign, "(", an apostrophe) without it. `collect` checks
  // the word start exactly.
  const ascii: string[] = []
  const other: string[] = []
  for (const [unit, child] of root.next) {
    const rest = spell(child)
    const units = unit === -1 ? undefined : isWordUnit(unit) ? unitsLowering(unit) : markUnits(unit)
    if (rest === undefined || units === undefined) return null
    const asciiUnits = units.filter((u) => u < 0x80 && isWordUnit(u))
    const otherUnits = units.filter((u) => u >= 0x80 || !isWordUnit(u))
    if (asciiUnits.length > 0) ascii.push(caseless(asciiUnits) + rest)
    if (otherUnits.length > 0) other.push(caseless(otherUnits) + rest)
  }
  const source = [...(ascii.length > 0 ? [`\\b(?:${ascii.join('|')})`] : []), ...other].join('|')
  return { pattern: new RegExp(source, 'gi'), slack }
}

/** Whether a cue phrase may stand near the name at [start, end): from anchorsNearIn, or anchorSearch. */
export type AnchorsNear = (start: number, end: number) => boolean

/** The anchors of the whole text, found at once: the reference anchorSearch is tested against. */
export function anchorsNearIn(cues: CueIndex, text: string): AnchorsNear {
  const anchors = anchorsIn(cues, text)
  const slack = anchorPattern(cues)?.slack ?? 0
  return (start, end) => anchorNear(anchors, start - slack, end + slack)
}

/**
 * Beyond this many units between the searched part of the text and a name, the stretch before
 * the name's reach is skipped (its start found by walking back its tokens) rather than
 * searched: prose between names far apart costs nothing, names close together no walk.
 */
const WALK_PAST = 256

/**
 * The phrases within reach of each name asked about, found lazily: a cue holds only if its
 * phrase lies whole within the tokens `cued` reads on one side of the name (up to `reach`
 * tokens, not past the end of the sentence), so the regex runs on that stretch only, and the
 * names come in text order (decide asks for each variant in turn), so each unit is searched at
 * most once and prose far from any variant is never searched. A name asked about before the
 * last one (never, from decide) gets the whole text's anchors.
 *
 * Where a name's reach starts (`from`, a walk back over its tokens) is needed only when an
 * anchor was found before the name: `from` never decreases from one name to the next, so an
 * anchor before the last `from` walked cannot be in reach. On name-dense copy with no cue
 * nearby, that is most names.
 *
 * Each stretch is searched on a slice of the text (V8 slices without copying), so the engine
 * stops at its end instead of running on to the next phrase; the slice reaches `slack`
 * non-space units further, so a phrase starting in the stretch is read whole (only whitespace
 * runs make a phrase longer than its spelling with single spaces) and the next stretch can
 * start where this one ended. `walkPast` is WALK_PAST but in tests.
 */
export function anchorSearch(cues: CueIndex, text: string, walkPast = WALK_PAST): AnchorsNear {
  const pattern = cues.before.size === 0 && cues.after.size === 0 ? undefined : anchorPattern(cues)
  if (pattern === null) return anchorsNearIn(cues, text)
  if (pattern === undefined) return () => false
  const { slack } = pattern
  const reach = cues.reach
  const found: number[] = []
  // Searched: [0, frontier), but for stretches skipped before names' reach.
  let frontier = 0
  // The last `from` walked: a lower bound of every later name's.
  let fromFloor = 0
  let lastStart = -1
  let whole: AnchorsNear | undefined
  return (start, end) => {
    if (whole !== undefined) return whole(start, end)
    if (start < lastStart) return (whole = anchorsNearIn(cues, text))(start, end)
    lastStart = start
    const to = reachAfter(text, end, reach)
    if (to > frontier) {
      let from = frontier
      if (start - frontier > walkPast) from = fromFloor = Math.max(fromFloor, reachBefore(text, start, reach))
      frontier = collect(pattern.pattern, text, Math.max(from, frontier), to, forwardOverUnits(text, to, slack), found, frontier)
    }
    // An anchor in [start, to); else the last one before the name, if `from` reaches it.
    const k = lowerBound(found, start)
    if (k < found.length && found[k]! < to) return true
    if (k === 0 || found[k - 1]! < fromFloor) return false
    fromFloor = reachBefore(text, start, reach)
    return found[k - 1]! >= fromFloor
  }
}

/** Where the tokens tokensBefore reads before `to` begin: the same walk, without the strings. */
function reachBefore(text: string, to: number, reach: number): number {
  let i = to - 1
  let tokens = 0
  while (i >= 0 && tokens < reach) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      while (i >= 0 && isWordUnit(text.charCodeAt(i))) i--
      tokens++
      continue
    }
    if (isStop(code) || (code === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0a)) break
    if (!isSpaceUnit(code)) tokens++
    i--
  }
  return i + 1
}

/** Where the tokens tokensAfter reads from `from` end: the same walk, without the strings. */
function reachAfter(text: string, from: number, reach: number): number {
  let i = from
  let tokens = 0
  while (i < text.length && tokens < reach) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
      tokens++
      continue
    }
    if (isStop(code) || (code === 0x0a && i + 1 < text.length && text.charCodeAt(i + 1) === 0x0a)) break
    if (!isSpaceUnit(code)) tokens++
    i++
  }
  return i
}

/** `to` moved on over `count` non-space units (whitespace runs are free), not past the end. */
function forwardOverUnits(text: string, to: number, count: number): number {
  let i = to
  while (i < text.length && count > 0) if (!isSpaceUnit(text.charCodeAt(i++))) count--
  while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++
  return i
}

/**
 * Appends to `out` the anchors of the phrases starting in [from, to), searching `text` up to
 * `limit`; returns where the next search may start (past the last phrase found, at least `to`).
 */
function collect(pattern: RegExp, text: string, from: number, to: number, limit: number, out: number[], frontier: number): number {
  const subject = text.slice(from, limit)
  let next = to
  pattern.lastIndex = 0
  for (let m = pattern.exec(subject); m !== null && from + m.index < to; m = pattern.exec(subject)) {
    const at = from + m.index
    if (at === 0 || !isWordUnit(text.charCodeAt(at - 1)) || !isWordUnit(m[0].charCodeAt(0))) {
      // Below the frontier: found by the last search already.
      if (at >= frontier) out.push(at, at + m[0].length - 1)
      next = Math.max(next, at + m[0].length)
    } else pattern.lastIndex = m.index + 1
  }
  return next
}

function anchorNear(anchors: readonly number[], start: number, end: number): boolean {
  return someIn(anchors, start - ANCHOR_SPAN, end + ANCHOR_SPAN)
}

/**
 * Whether a cue of the language marks the name at [start, end) as discussed as a name.
 * `anchors` (anchorSearch) lets a name with no cue word nearby skip the token work.
 */
export function cued(cues: CueIndex, text: string, start: number, end: number, anchors?: AnchorsNear): boolean {
  if (cues.reach === 0 || (cues.before.size === 0 && cues.after.size === 0)) return false
  const quoted = isQuoted(text, start, end)
  if (anchors !== undefined && !quoted && !anchors(start, end)) return false
  // A possessive is the place itself, not its name ("Moscow calls Kiev's offer a bluff").
  if (POSSESSIVE.test(text.slice(end, end + 3))) return false
  return (cues.before.size > 0 && holds(cues.before, cues.maxGap, tokensBefore(text, start, cues.reach), true, quoted))
    || (cues.after.size > 0 && holds(cues.after, cues.maxGap, tokensAfter(text, end, cues.reach), false, quoted))
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
 * Each code unit as `toLowerCase` turns it within a word, lazily; -1 where that is not one
 * unit the same anywhere in a word: the dotted capital I ("i̇", two units) and the capital sigma
 * (final "ς" at a word's end, "σ" elsewhere). A word holding one is let through.
 */
const lowerTable = new Int32Array(0x10000)
function lowerUnit(code: number): number {
  let lower = lowerTable[code]!
  if (lower === 0) {
    const s = String.fromCharCode(code).toLowerCase()
    lower = s.length !== 1 || code === 0x3a3 ? -1 : s.charCodeAt(0) + 1
    lowerTable[code] = lower
  }
  return lower < 0 ? -1 : lower - 1
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

function mayHoldBefore(text: string, to: number, reach: number, bits: AnchorBits): boolean {
  const maxGap = bits.maxGap
  let i = to - 1
  let tokens = 0
  let words = 0
  // The hash of the last token when it may be a cue's anchor: the next one read may complete a pair.
  let anchor = 0
  let pending = false
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
      if (isStop(code) || (code === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0a)) break
      i--
      if (isSpaceUnit(code)) continue
      h = mix(h, foldMarkUnit(code))
    }
    tokens++
    if (pending && testBit(bits.pairs, pairSlot(anchor, h))) return true
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
      if (isStop(code) || (code === 0x0a && text.charCodeAt(i + 1) === 0x0a)) break
      i++
      if (isSpaceUnit(code)) continue
      h = mix(h, foldMarkUnit(code))
    }
    tokens++
    if (pending && testBit(bits.pairs, pairSlot(anchor, h))) return true
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
