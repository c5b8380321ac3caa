import type { ConceptKind } from '../core/glossary/source.js'
import { protectedSpans } from '../core/match/protected-spans.js'
import { Pieces } from '../core/text/pieces.js'
import type { Change } from '../core/normalize/change.js'
import type { NameMatcher } from './names.js'

/**
 * A span of the source text the engine must not translate, and what comes out in its place:
 * a name in the target language's house style (`concept` set), or an identifier (URL, e-mail
 * address, @handle) kept verbatim, since engines re-case and split them.
 */
export interface ProtectedSpan {
  /** UTF-16 offsets into the source text. */
  start: number
  end: number
  original: string
  /** What the translation must contain instead: the name's form in the target language, or the original. */
  replacement: string
  /** The name's concept; none for an identifier. */
  concept?: string
}

/** What protecting one unit of text takes: its spans, and whether it leaves a name undecided. */
export interface ProtectionPlan {
  /** The spans to protect, in order, non-overlapping. */
  spans: ProtectedSpan[]
  /**
   * The text holds a name it does not decide (a suggestion: "Járkov (hoy Járkiv)", a name
   * discussed as a name), left unprotected. An engine glossary, which applies its entries
   * wherever they stand, must not be used on this text: it would force the name anyway.
   */
  undecided: boolean
}

/**
 * The spans to protect in `text`. Plain function, no runtime API. Only names the source text
 * decides are written in the target's form: a suggested one (the text does not say which
 * Odessa, or a cue says the name is discussed as a name) is left to the engine and to the
 * target language's normalization, which reports it again; forcing it would apply in
 * translation the guess normalization refuses to make ("the Permian Basin city of Odessa" is
 * not Odesa).
 */
export function planProtection(text: string, names: NameMatcher | undefined): ProtectionPlan {
  return planProtections([text], names)[0]!
}

/**
 * The plans of the units of one text (planProtection each). A name the target language writes
 * as the source does is protected too (the engine may translate it: "añadió Saldo" → "added
 * Balance"), but a person's surname alone so written only where the text names the person in
 * full, in any unit: on its own a capitalized "Saldo" may be the noun at a sentence start
 * ("Saldo negativo."), and the engine's translation stands, as it did before; nor where a noun's
 * complement follows it ("Saldo de muertos: 12.", NameMatcher.nounAfter), in any text.
 */
export function planProtections(texts: readonly string[], names: NameMatcher | undefined): ProtectionPlan[] {
  const found = texts.map((text) => names?.find(text) ?? NO_CHANGES)
  // The people named in full somewhere in the text, asked only when a same-form surname is found.
  let inFull: Set<string> | undefined
  const namedInFull = (concept: string) => {
    if (inFull === undefined) {
      inFull = new Set()
      for (const changes of found) for (const change of changes) if (change.status === 'applied' && !names!.sameSurname(change)) inFull.add(change.concept)
    }
    return inFull.has(concept)
  }
  // And not where the words after it make it the noun ("Saldo de muertos: 12.").
  return texts.map((text, i) => plan(text, found[i]!, (change) => !names!.sameSurname(change) || (namedInFull(change.concept) && !names!.nounAfter(text, change.end))))
}

const NO_CHANGES: readonly Change[] = []

function plan(text: string, found: readonly Change[], protects: (change: Change) => boolean): ProtectionPlan {
  const spans: ProtectedSpan[] = []
  let undecided = false
  // A change is its own span (it has every field of one), not copied: a megabyte of one name
  // is 200,000 changes, and their copies weighed some 10 MB more in a Worker.
  for (const change of found) {
    if (change.status !== 'applied') undecided = true
    else if (protects(change)) spans.push(change)
  }
  const named = spans.length
  const identifiers = protectedSpans(text)
  const verbatim = (start: number, end: number) => spans.push({ start, end, original: text.slice(start, end), replacement: text.slice(start, end) })
  for (let i = 0; i < identifiers.length; i += 2) verbatim(identifiers[i]!, identifiers[i + 1]!)
  // Links the normalizer has no reason to know (any top-level domain, with a path: "t.me/V_Zelenskiy_official"):
  // engines lower-case and split them, so they cross verbatim too. A link may overlap a name or
  // an identifier (each list in text order), never another link (matches are disjoint): the
  // lists are walked along with the links, not searched for each (a megabyte of links took 30 s).
  const identifiersEnd = spans.length
  let name = 0
  let identifier = named
  for (const m of text.matchAll(LINK)) {
    const start = m.index
    const end = start + m[0].replace(/[.,;:!?'’)\]]+$/u, '').length
    while (name < named && spans[name]!.end <= start) name++
    while (identifier < identifiersEnd && spans[identifier]!.end <= start) identifier++
    const overlaps = (k: number, last: number) => k < last && spans[k]!.start < end
    if (!overlaps(name, named) && !overlaps(identifier, identifiersEnd)) verbatim(start, end)
  }
  // The names come in text order; only verbatim spans need sorting in.
  return { spans: spans.length > named ? spans.sort((a, b) => a.start - b.start) : spans, undecided }
}

const LINK = /(?<![\p{L}\p{N}_@.\/-])(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/[^\s"'<>«»“”]*/gu

/**
 * How names are shielded from one kind of engine: `mask` writes the text the engine gets and
 * returns how to put the forms back into its answer. `restore` answers undefined when the
 * engine broke a protection (moved it into a word, re-cased it into something else,
 * duplicated or dropped it): the caller then translates without protection. An answer with
 * any trace of the masking left is broken too.
 */
export interface Protection {
  readonly kind: 'placeholders' | 'known-names' | 'xml-tags'
  /** `kindOf` gives a span's concept kind (place, person…), for a protection that masks by kind. */
  mask(text: string, spans: readonly ProtectedSpan[], kindOf?: (concept: string) => ConceptKind | undefined): Masked
}

export interface Masked {
  text: string
  /**
   * The answer with each span's form put back: `formAt` chooses it where the span stands (its
   * offset in `translated`); by default the span's replacement.
   */
  restore(translated: string, formAt?: FormAt): string | undefined
}

/**
 * What a span becomes at `at` in the engine's answer `translated` (its token ends at `end`): its
 * form, and, where the form calls for another article, the text that replaces
 * translated[before.start, at).
 */
export type FormAt = (span: ProtectedSpan, translated: string, at: number, end: number) => { form: string; before?: { start: number; text: string } }

const planned: FormAt = (span) => ({ form: span.replacement })

/**
 * Adds to `out` the engine's text from `at` up to the span at `index`, then the span's form,
 * rewriting the article before it where `formAt` says so; `text` reads engine text as ours.
 */
function restoreAt(out: Pieces, translated: string, at: number, index: number, end: number, span: ProtectedSpan, formAt: FormAt, text: (engine: string) => string): void {
  const { form, before } = formAt(span, translated, index, end)
  if (before !== undefined && before.start >= at) {
    out.add(text(translated.slice(at, before.start)))
    out.add(before.text)
  } else out.add(text(translated.slice(at, index)))
  out.add(form)
}
const asWritten = (engine: string) => engine

/**
 * The answer with each token (a match of `token`, global) replaced by its span's form, in one
 * pass (String.replace with a function would first collect every match): `indexOf` names the
 * span a token stands for (out of range: none), every span must be named exactly once, and
 * `clean`, if given, must accept the engine's text between tokens and after the last; else
 * undefined.
 */
function restoreTokens(
  translated: string,
  token: RegExp,
  spans: readonly ProtectedSpan[],
  formAt: FormAt,
  text: (engine: string) => string,
  indexOf: (match: RegExpMatchArray) => number,
  clean?: (engine: string) => boolean,
): string | undefined {
  const seen = new Uint8Array(spans.length)
  const out = new Pieces()
  let at = 0
  for (const m of translated.matchAll(token)) {
    const index = indexOf(m)
    if (!(index >= 0 && index < spans.length) || seen[index]! > 0) return undefined
    if (clean !== undefined && !clean(translated.slice(at, m.index))) return undefined
    seen[index] = 1
    restoreAt(out, translated, at, m.index!, m.index! + m[0].length, spans[index]!, formAt, text)
    at = m.index! + m[0].length
  }
  const tail = translated.slice(at)
  if (seen.includes(0) || (clean !== undefined && !clean(tail))) return undefined
  out.add(text(tail))
  return out.toString()
}

/**
 * For engines that take plain text (Apertium, m2m100): each span becomes a made-up word
 * ("Xq3x") that no dictionary knows, so a rule-based engine copies it through as an unknown
 * word. The letters are chosen so that they do not occur in the text.
 */
export const placeholders: Protection = {
  kind: 'placeholders',
  mask: (text, spans) => maskWithWords(text, spans, () => undefined),
}

/**
 * For Apertium: a place or a person becomes a name the engine's dictionary has and copies
 * unchanged (Madrid, Obama), so that its transfer rules put the name where the target
 * language wants it, as they do for its own names; what no list holds (institutions,
 * identifiers, a unit with more names of a kind than the list) is a placeholder as above.
 * APy's eng-spa, placeholder against known name: "Xq1x's parliament" → "Xq1x  el parlamento",
 * "Madrid's parliament" → "el parlamento de Madrid"; "in the Xq1x region" → "en el Xq1x
 * región", "in the Madrid region" → "en la región de Madrid"; "Xq1x residents" → "Xq1x Los
 * residentes", "Madrid residents" → "Residentes de Madrid". A person gets a person's name:
 * "President Madrid said" came back "Madrid de presidente dijo", "President Obama said"
 * "Presidente Obama dijo". A name that occurs in the text is not used.
 */
export const knownNames: Protection = {
  kind: 'known-names',
  mask(text, spans, kindOf) {
    // Neither in the text nor in a form written back: any trace of one in the answer is debris.
    const lower = `${text}\n${spans.map((span) => span.replacement).join('\n')}`.toLowerCase()
    const free = (names: readonly string[]) => names.filter((name) => !lower.includes(name.toLowerCase()))
    // One list for places and regions: both are toponyms to the engine.
    const places = free(KNOWN_PLACES)
    const pools: Partial<Record<ConceptKind, string[]>> = { place: places, region: places, person: free(KNOWN_PERSONS) }
    return maskWithWords(text, spans, (span) => {
      const kind = span.concept === undefined ? undefined : kindOf?.(span.concept)
      return kind === undefined ? undefined : pools[kind]?.shift()
    })
  },
}

/**
 * Toponyms and anthroponyms APy's eng-spa and spa-eng copy unchanged and place as names
 * ("El alcalde de Chicago", "la mujer de Blair"); checked one by one on both directions with
 * a possessive, "the … region" and "President …". Left out: those it translates (Paris →
 * París, Dublin, Berlin, Rome), and those it does not know (Helsinki, Quito, Biden, Macron).
 */
const KNOWN_PLACES = ['Madrid', 'Chicago', 'Boston', 'Denver', 'Dallas', 'Toronto', 'Houston', 'Oslo', 'Caracas']
const KNOWN_PERSONS = ['Obama', 'Clinton', 'Merkel', 'Blair', 'Sarkozy', 'Chirac', 'Kennedy', 'Lincoln']

/**
 * Masks each span with the word `wordFor` gives it, else with a placeholder ("Xq3x": letters
 * that do not occur in the text), and restores them: every word and placeholder exactly once,
 * as a word of its own, or the answer is broken.
 */
function maskWithWords(text: string, spans: readonly ProtectedSpan[], wordFor: (span: ProtectedSpan) => string | undefined): Masked {
  const prefix = PREFIXES.find((p) => !new RegExp(`${p}\\s*\\d`, 'iu').test(text)) ?? PREFIXES[0]!
  const masked = new Pieces()
  // The span of each word, by the word in lower case; which spans are words.
  const byWord = new Map<string, number>()
  const asWord = new Uint8Array(spans.length)
  let last = 0
  spans.forEach((span, i) => {
    masked.add(text.slice(last, span.start))
    const word = wordFor(span)
    if (word === undefined) masked.add(`${prefix}${i + 1}x`)
    else {
      masked.add(word)
      byWord.set(word.toLowerCase(), i)
      asWord[i] = 1
    }
    last = span.end
  })
  masked.add(text.slice(last))
  // The words are letters only (KNOWN_PLACES, KNOWN_PERSONS): nothing to escape.
  const used = [...byWord.keys()]
  const token = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${prefix}(\\d+)x${used.length === 0 ? '' : `|(${used.join('|')})`})(?![\\p{L}\\p{N}_])`, 'giu')
  // A placeholder's letters and a digit, or a word anywhere (glued into another: "Madrides").
  const debris = new RegExp([`${prefix}\\s*\\d`, ...used].join('|'), 'iu')
  return {
    text: masked.toString(),
    restore(translated, formAt = planned) {
      const out = restoreTokens(translated, token, spans, formAt, asWritten, (m) => {
        // A placeholder's number must name a span masked by a placeholder.
        if (m[1] === undefined) return byWord.get(m[2]!.toLowerCase())!
        const index = Number(m[1]) - 1
        return asWord[index] === 1 ? -1 : index
      })
      // Debris: a token glued into a word, split, or with its digits changed; a word left over.
      return out === undefined || debris.test(out) ? undefined : out
    },
  }
}

const PREFIXES = ['Xq', 'Qz', 'Zx', 'Jq', 'Vq', 'Qj']

/**
 * For engines with XML tag handling (DeepL `tag_handling=xml`, `ignore_tags=x`): the text is
 * escaped as XML and each span is an `<x i="n">` element holding the target form, which the
 * engine leaves untranslated and may move to where the grammar of the target language wants it.
 */
export const xmlTags: Protection = {
  kind: 'xml-tags',
  mask(text, spans) {
    const masked = new Pieces()
    let last = 0
    spans.forEach((span, i) => {
      masked.add(escapeXml(text.slice(last, span.start)))
      masked.add(`<x i="${i + 1}">${escapeXml(span.replacement)}</x>`)
      last = span.end
    })
    masked.add(escapeXml(text.slice(last)))
    return {
      text: masked.toString(),
      // No other markup between the elements: that means the engine broke one apart.
      restore: (translated, formAt = planned) =>
        restoreTokens(translated, /<x i="(\d+)">[^<]*<\/x>/gu, spans, formAt, unescapeXml, (m) => Number(m[1]) - 1, (between) => !/[<>]/u.test(between)),

    }
  },
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>]/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/gu, (whole, name: string) => {
    if (!name.startsWith('#')) return ENTITIES[name] ?? whole
    const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    // A reference to what is not an XML character (https://www.w3.org/TR/xml/#NT-Char: beyond
    // U+10FFFF, a surrogate, most controls) is not XML: kept as the engine wrote it, where
    // String.fromCodePoint threw (a 500) or made a lone surrogate.
    return isXmlChar(code) ? String.fromCodePoint(code) : whole
  })
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
}
