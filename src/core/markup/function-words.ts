import { isWordUnit } from '../text/chars.js'
import { FNV_SEED, fnvStep } from '../text/hash.js'
import type { NameReader } from './types.js'

/**
 * The commonest function words of each language Copydesk detects: articles, prepositions,
 * conjunctions, pronouns and auxiliaries, which make up a third or more of any paragraph of
 * prose. Not a detector: only a cheap sign that a block of a document may be in another
 * language than the document, so that the real detector is asked about that block alone.
 * A word shared by several languages ("de", "la", "en") counts for each of them.
 */
export const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = lists({
  en: 'the of and to in is was that for on with as by at from his her it are were has have this said which be an will not their its'.split(' '),
  es: 'el la los las de del que y en un una por con para se su es al lo como más pero sus fue ha dijo este esta también entre'.split(' '),
  de: 'der die das und den dem des ist nicht ein eine einen mit sich auf für von im zu auch es sie wie bei nach hat wurde sind'.split(' '),
  fr: 'le la les des du de et est un une en que qui dans pour pas sur au aux avec il elle ce sont été ont par plus'.split(' '),
  it: 'il lo la gli le di del della che e è un una per con non sono nel nella da si al alla dei anche ha stato'.split(' '),
  pt: 'o a os as de do da dos das que e em um uma para com não no na por se foi ao mais é pelo pela'.split(' '),
  pl: 'i w z na się nie że do to jest o od za po jak ale czy przez jego już był roku oraz'.split(' '),
  uk: 'і в у на що з не та до це як за від але його також було був він вона про із які'.split(' '),
  ru: 'и в на что с не по к это как из за от но его также было был он она о для которые'.split(' '),
  nl: 'de het een en van in is dat op te zijn met voor niet aan er die ook als werd bij naar om'.split(' '),
})

function lists(words: Record<string, string[]>): Record<string, ReadonlySet<string>> {
  return Object.fromEntries(Object.entries(words).map(([code, list]) => [code, new Set(list)]))
}

const CODES = Object.keys(FUNCTION_WORDS)
/** Each function word with the languages it belongs to, as a bit mask over CODES. */
const MASKS = new Map<string, number>()
CODES.forEach((code, bit) => {
  for (const word of FUNCTION_WORDS[code]!) MASKS.set(word, (MASKS.get(word) ?? 0) | (1 << bit))
})
const LONGEST = Math.max(...[...MASKS.keys()].map((w) => w.length))

const isLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x400 && code <= 0x52f)

/**
 * Each unit as the scan reads it, over the units isLetter can be true for: 0 not a letter (nor
 * × ÷ ҂, which are no word's: isWordUnit); else the letter lower-cased, as `toLowerCase` does
 * it, or itself where that makes two units (İ, which no function word holds, so a word holding
 * it matches none, as its lower-cased copy matched none): foldUnit's folding, so that a word's
 * hash is also that of its first word to KnownNames (looksUnlike). With it a word is looked up
 * as it stands in the text, folded unit by unit, with no copy and one load a unit: this runs
 * for the first words of every block of a document.
 */
const FOLD = new Uint16Array(0x530)
for (let c = 0; c < FOLD.length; c++) {
  const lower = String.fromCharCode(c).toLowerCase()
  FOLD[c] = !isLetter(c) || !isWordUnit(c) ? 0 : lower.length === 1 ? lower.charCodeAt(0) : c
}

/**
 * The function words in an open-addressing table keyed by the hash of their units: a lookup is
 * integer work only (a Map keyed by the hash boxed every hash outside the small-integer range).
 * Slot k holds WORDS[ENTRY[k] - 1] (0: empty) and its full hash in HASHES[k].
 */
const WORDS: { word: string; mask: number }[] = []
const TABLE_BITS = 10
const TABLE_MASK = (1 << TABLE_BITS) - 1
const HASHES = new Int32Array(1 << TABLE_BITS)
const ENTRY = new Uint16Array(1 << TABLE_BITS)
for (const [word, mask] of MASKS) {
  let hash = FNV_SEED
  for (let k = 0; k < word.length; k++) hash = fnvStep(hash, word.charCodeAt(k))
  let slot = hash & TABLE_MASK
  while (ENTRY[slot] !== 0) slot = (slot + 1) & TABLE_MASK
  WORDS.push({ word, mask })
  HASHES[slot] = hash
  ENTRY[slot] = WORDS.length
}
if (WORDS.length * 2 > TABLE_MASK) throw new Error('function-words: the hash table is too small for the lists')

/** The mask of the function word text[start, end) spells, lower-cased (0: none); `hash` is of its lower-cased units. */
function maskAt(text: string, start: number, end: number, hash: number): number {
  next: for (let slot = hash & TABLE_MASK; ENTRY[slot] !== 0; slot = (slot + 1) & TABLE_MASK) {
    if (HASHES[slot] !== hash) continue
    const { word, mask } = WORDS[ENTRY[slot]! - 1]!
    if (word.length !== end - start) continue
    for (let k = 0; k < word.length; k++) if (FOLD[text.charCodeAt(start + k)] !== word.charCodeAt(k)) continue next
    return mask
  }
  return 0
}

/** The unit as the scans read it (FOLD; 0 for any unit past the table, and for NaN past the text's end). */
const foldAt = (code: number): number => (code < 0x530 ? FOLD[code]! : 0)

/** Set by readWord: the hash of the word it read, folded (FNV-1a, as KnownNames hashes a form's words). A second result, not an object per word. */
let wordHash = 0

/**
 * From `i`, a unit whose fold is `fold` (not 0), the end of the word that starts there (at most
 * `end`); its hash is left in `wordHash`. The one word loop of both scans below.
 */
function readWord(text: string, i: number, end: number, fold: number): number {
  let hash = FNV_SEED
  do {
    hash = fnvStep(hash, fold)
    if (++i === end) break
    fold = foldAt(text.charCodeAt(i))
  } while (fold !== 0)
  wordHash = hash
  return i
}

/** Languages written in Cyrillic among those above; the others are in Latin script. */
const CYRILLIC_LANGUAGES = new Set(['uk', 'ru'])
/** 1 at the bit of each of them. */
const CYRILLIC_BITS = Uint8Array.from(CODES, (code) => (CYRILLIC_LANGUAGES.has(code) ? 1 : 0))

/** Characters of a block looked at: enough words to tell, bounded on long paragraphs. */
export const SAMPLE = 400
/** Function words another language needs, and needs more of than `language`. */
const MIN_HITS = 2
/** Enough own function words, and no other language close: the block is settled. */
const SETTLED = 4

/**
 * Function-word counts per language, reused from call to call (a call per block of a document):
 * each call leaves it all zeros, clearing only the counts it touched.
 */
const scratch = new Int32Array(CODES.length)

/** The language of the last call and its bit (CODES.indexOf, -1 without a list): the calls for a document's blocks all ask about one language. */
let lastLanguage = ''
let lastBit = -1

/**
 * Whether `text` may be in another language than `language`: it has more function words of
 * another language (at least MIN_HITS), or most of its words are in the other script. Unknown
 * for a language without a list (undefined): the caller then asks the detector. One pass over
 * at most SAMPLE characters, one lookup per short word. `from` and `to` read text[from, to) as
 * if it were the text (a block inside a document's joined prose, without slicing it out).
 * `names`, when given, are not read, nor counted in the SAMPLE characters: the names a glossary
 * knows (KnownNames), which normalizing the block changes, and whose words ("de" of "plaza de
 * San Miguel") are none of the block's. They are looked for as the words are read, at a word
 * start a name may begin with only, so a block that settles on its first words reads no name
 * past them (worked out for the whole sample first, they made markup with "auto" 2.3-2.7x
 * plain text, round 36).
 */
export function looksUnlike(text: string, language: string, from = 0, to = text.length, names?: NameReader): boolean | undefined {
  if (language !== lastLanguage) {
    lastLanguage = language
    lastBit = CODES.indexOf(language)
  }
  const ownBit = lastBit
  if (ownBit === -1) return undefined
  const cyrillic = CYRILLIC_BITS[ownBit] === 1
  const hits = scratch
  /** The languages whose counts this call raised: cleared before it returns. */
  let touched = 0
  let words = 0
  let otherScript = 0
  let own = 0
  /** The most function words of any other language. */
  let rival = 0
  let end = Math.min(to, from + SAMPLE)
  let i = from
  while (i < end) {
    const code = text.charCodeAt(i)
    const fold = foldAt(code)
    // A name starts at a word start (whatever unit it begins with): it is not read, and the
    // sample reaches as far past it. Only a unit a name may begin with is looked at further.
    const mayName = names !== undefined && names.starts[code] === 1 && (i === from || !isWordUnit(text.charCodeAt(i - 1)))
    if (fold === 0) {
      if (mayName) {
        const nameEnd = names.endAt(text, i, to)
        if (nameEnd !== -1) {
          end = Math.min(to, end + (nameEnd - i))
          i = nameEnd
          continue
        }
      }
      i++
      continue
    }
    const start = i
    i = readWord(text, i, end, fold)
    // A word of letters the names read as one word too: walked for a name only if some name
    // begins with it (most words are none, and cost no walk).
    if (mayName && ((i < text.length && isWordUnit(text.charCodeAt(i))) || names.firstWord(wordHash))) {
      const nameEnd = names.endAt(text, start, to)
      if (nameEnd !== -1) {
        end = Math.min(to, end + (nameEnd - start))
        i = nameEnd
        continue
      }
    }
    words++
    if ((code >= 0x400) !== cyrillic) otherScript++
    if (i - start > LONGEST) continue
    const mask = maskAt(text, start, i, wordHash)
    // Most words are none: nothing to count, and nothing settled that was not before.
    if (mask === 0) continue
    touched |= mask
    // each language of the word: its lowest set bit, then the next
    for (let m = mask; m !== 0; m &= m - 1) {
      const bit = 31 - Math.clz32(m & -m)
      const count = ++hits[bit]!
      if (bit === ownBit) own = count
      else if (count > rival) rival = count
    }
    if (own >= SETTLED && rival * 2 < own) return clear(touched, false)
  }
  if (words >= MIN_HITS && otherScript * 2 > words) return clear(touched, true)
  return clear(touched, rival >= MIN_HITS && rival > own)
}

/** Zeroes the counts of the languages in `touched`, and returns `answer`. */
function clear(touched: number, answer: boolean): boolean {
  for (let m = touched; m !== 0; m &= m - 1) scratch[31 - Math.clz32(m & -m)] = 0
  return answer
}

/** Words without a capital a quotation needs before its function words are read as its language. */
const QUOTE_WORDS = 3
/**
 * Words without a capital of a span read at most: a long paragraph has told its language by
 * then. Counted without its names, as its language is read without them: normalizing the span
 * changes them, a finding skipped in the first run is a word of the second, and counted, they
 * would move where the reading stops.
 */
const LEAD_WORDS = 24

/**
 * The language whose function words clearly lead in text[from, to) against `language`'s: at
 * least MIN_HITS of them, more than twice `language`'s count, and more than any third
 * language's (a tie, as Spanish and Portuguese share "de", "que", "se", tells nothing). Undefined
 * when nothing leads so, when the span has fewer than QUOTE_WORDS words without a capital, or for a language without
 * a list. For a quotation or a paragraph inside copy (normalize/foreign-spans.ts): "We will
 * defend Kyiv and Kharkiv" in Spanish copy leads with English "will" and "and" against no
 * Spanish word. Reads at most LEAD_WORDS words without a capital, and stops where the span has settled in
 * `language` (SETTLED of its words, no other language at half as many): it opens in the copy's
 * language. `skip` (in order) lists ranges the words are not read in:
 * a paragraph's quotations, which may be in another language than the copy around them.
 */
export function functionWordLead(text: string, language: string, from = 0, to = text.length, skip: readonly { start: number; end: number }[] = []): string | undefined {
  const ownBit = CODES.indexOf(language)
  if (ownBit === -1) return undefined
  const hits = scratch
  let touched = 0
  /** Words without a capital. */
  let lower = 0
  /** The most function words of any other language. */
  let rival = 0
  const end = to
  let i = from
  let s = 0
  while (i < end && lower < LEAD_WORDS) {
    if (s < skip.length && i >= skip[s]!.start) {
      i = Math.max(i, skip[s++]!.end)
      continue
    }
    const code = text.charCodeAt(i)
    const fold = foldAt(code)
    if (fold === 0) {
      i++
      continue
    }
    const start = i
    // A word with a capital (a name, most of them) is no word of the span's language: names are
    // what normalizing the span changes, and its language must read the same after.
    if (fold === code) lower++
    i = readWord(text, i, end, fold)
    if (i - start > LONGEST) continue
    const mask = maskAt(text, start, i, wordHash)
    if (mask === 0) continue
    touched |= mask
    for (let m = mask; m !== 0; m &= m - 1) {
      const bit = 31 - Math.clz32(m & -m)
      const count = ++hits[bit]!
      if (bit !== ownBit && count > rival) rival = count
    }
    // Settled in the copy's language, as looksUnlike settles a block: most quotations and
    // paragraphs of copy are, within their first words.
    if (hits[ownBit]! >= SETTLED && rival * 2 < hits[ownBit]!) {
      clear(touched, false)
      return undefined
    }
  }
  let lead = -1
  let tied = false
  for (let bit = 0; bit < CODES.length; bit++) {
    if (bit === ownBit || hits[bit]! === 0) continue
    if (lead === -1 || hits[bit]! > hits[lead]!) {
      lead = bit
      tied = false
    } else if (hits[bit] === hits[lead]) tied = true
  }
  const leads = lower >= QUOTE_WORDS && lead !== -1 && !tied && hits[lead]! >= MIN_HITS && hits[lead]! > 2 * hits[ownBit]!
  const code = leads ? CODES[lead] : undefined
  clear(touched, false)
  return code
}

/** A blank line (spaces, tabs and carriage returns in it at most) or U+2029: where a paragraph of plain text ends (text/paragraphs.ts). */
const PARAGRAPH_BREAK = /\n[ \t\r]*\n|\u2029/g

/**
 * Whether `text`, read as `language`, is paragraphs of several other languages more than of it:
 * those of its paragraphs in which another language's function words clearly lead
 * (functionWordLead) hold more than half its characters, and lead in two other languages at
 * least. A text of short paragraphs in six languages in turn, names left out, read as French at
 * 0.99 (eld reads its first 450 characters): its English, Spanish, German and Italian paragraphs
 * say it is not. A text in two languages is read as one of them, and its paragraphs in the other
 * apart (normalize/foreign-spans.ts, markup's blocks), as before; an article with a paragraph
 * quoted in another language is the article's. One pass of functionWordLead per paragraph (at
 * most LEAD_WORDS words each); the caller gives it a bounded text.
 */
export function paragraphsLeadElsewhere(text: string, language: string): boolean {
  const { foreign, total, leads } = paragraphLeads(text, language)
  return leads.size > 1 && 2 * foreign > total
}

/**
 * A sentence's end (its stop, closing quotes or brackets, the space after it) or a paragraph's:
 * where someSentenceLeadsElsewhere cuts a short text.
 */
const SENTENCE_BREAK = /[.!?\u2026]["'\u2019\u201d\u00bb)\]]*\s+|\n[ \t\r]*\n|\u2029/g

/**
 * Whether one sentence or paragraph of `text` at least is clearly another language's than
 * `language`, by its function words: a text of two languages, which a reading of its names must
 * not decide (copydesk.ts, detectProse). For a short text (a sentence or a few).
 */
export function someSentenceLeadsElsewhere(text: string, language: string): boolean {
  return paragraphLeads(text, language, SENTENCE_BREAK).leads.size > 0
}

/**
 * The paragraphs of `text` (or its spans between `breaks`) in which another language's function
 * words clearly lead against `language`'s: their characters, all the paragraphs' characters, and
 * the languages that lead.
 */
function paragraphLeads(text: string, language: string, breaks = PARAGRAPH_BREAK): { foreign: number; total: number; leads: Set<string> } {
  const leads = new Set<string>()
  let foreign = 0
  let total = 0
  if (CODES.indexOf(language) === -1) return { foreign, total, leads }
  let start = 0
  breaks.lastIndex = 0
  for (;;) {
    const match = breaks.exec(text)
    const end = match === null ? text.length : match.index
    if (end > start) {
      total += end - start
      const lead = functionWordLead(text, language, start, end)
      if (lead !== undefined) {
        foreign += end - start
        leads.add(lead)
      }
    }
    if (match === null) break
    start = match.index + match[0].length
    // A blank line's last break may start the next blank line: read on from it.
    if (text.charCodeAt(start - 1) === 0x0a) breaks.lastIndex = start - 1
  }
  return { foreign, total, leads }
}
