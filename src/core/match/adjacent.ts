import { isSpaceUnit, isWordUnit } from '../text/chars.js'
import type { Context } from './entry.js'

/** How many initials and patronymics a chain passes over before it gives up ("A. V. Nikolaev"). */
const MAX_LINKS = 3

/**
 * A patronymic, passed over between a given name and the surname ("Andrei Vladimirovich
 * Nikolaev", "Andrej Wladimirowitsch Nikolaev", "Olha Volodymyrivna …"): a capitalised word
 * with one of these endings.
 */
const PATRONYMIC = /^\p{Lu}\p{L}+(?:vich|vitch|vych|witsch|vna|wna)$/u

/**
 * Whether `word` (with a dot after it when `dot`) is in `words`: listed in lower case, in any
 * case ("général", "Général"); listed with a capital, only with one ("Major", "MAJOR", not the
 * adjective in "a major Nikolaev shipyard").
 */
function listed(words: ReadonlySet<string>, word: string, dot: boolean): boolean {
  const lower = word.toLowerCase()
  const suffix = dot ? '.' : ''
  if (words.has(lower + suffix)) return true
  const first = word.charAt(0)
  return first !== first.toLowerCase() && words.has(first + lower.slice(1) + suffix)
}

/**
 * Whether the form at `start` stands right after one of `words` (as `listed` reads them; an
 * abbreviation with its dot, "Gen.", matches only with it, a word without one only without
 * it), so that it is a surname: "Oleg Nikolaev", "General Nikolaev", "Gen. Nikolaev", "Mr Lvov". Initials ("V.")
 * and patronymics between the word and the form are passed over: "Gen. Sergei Nikolaev",
 * "Andrei V. Nikolaev", "Andrei Vladimirovich Nikolaev"; and one of `adjectives` right before
 * the form, where the language puts an adjective after its noun: "il giornalista ucraino
 * Nikolaev" (round 40: the city was applied), while "il porto ucraino Nikolaev" stays the city.
 * Unlike `notPrecededBy`, nothing further back counts: "Vladimir Putin threatened Nikolaev" is the city.
 *
 * Asked only of a variant whose context has such words (a few forms: "Nikolaev", "Lvov"), so
 * the slice per word read is no cost on the hot path.
 */
export function afterPersonWord(words: ReadonlySet<string>, text: string, start: number, adjectives?: ReadonlySet<string>): boolean {
  let at = start
  // One adjective of `adjectives` may stand between the word and the name, right before the name.
  let adjective = adjectives !== undefined
  for (let links = 0; links <= MAX_LINKS; links++) {
    // Whitespace, at least one unit and no blank line, between the word and what follows it.
    const i = unitBeforeSpace(text, at)
    if (i < 0) return false
    const dot = text.charCodeAt(i) === 0x2e
    const end = dot ? i : i + 1
    let j = end - 1
    while (j >= 0 && isWordUnit(text.charCodeAt(j))) j--
    const wordStart = j + 1
    if (wordStart === end) return false
    const word = text.slice(wordStart, end)
    if (listed(words, word, dot)) return true
    // A title written with hyphens is one word, listed so, with a prefix or not: "le
    // porte-parole Nikolaïev", "o ex-porta-voz Nikolaiev".
    for (let from = joinedBefore(text, wordStart); from >= 0; from = joinedBefore(text, from)) {
      if (listed(words, text.slice(from, end).replace(/\u2010/g, '-'), dot)) return true
    }
    if (adjective && !dot && adjectives!.has(word.toLowerCase())) {
      adjective = false
      at = wordStart
      continue
    }
    adjective = false
    const initial = dot && end - wordStart === 1 && word !== word.toLowerCase()
    if (!initial && (dot || !PATRONYMIC.test(word))) return false
    at = wordStart
  }
  return false
}

/** The start of the word a hyphen joins to the word starting at `start` ("porte" before "parole"), or -1. */
function joinedBefore(text: string, start: number): number {
  if (start < 2 || !isHyphen(text.charCodeAt(start - 1)) || !isWordUnit(text.charCodeAt(start - 2))) return -1
  let from = start - 2
  while (from > 0 && isWordUnit(text.charCodeAt(from - 1))) from--
  return from
}

/** U+002D HYPHEN-MINUS and U+2010 HYPHEN. */
const isHyphen = (code: number) => code === 0x2d || code === 0x2010

/** speakerVerbBefore: no verb of the list right before the form. */
export const NO_VERB = 0
/** speakerVerbBefore: the verb opens its clause ("'…,' said Nikolaev"): the form is its speaker. */
export const OPENING_VERB = 1
/** speakerVerbBefore: the verb has a subject of its own ("Officials said Nikolaev was shelled"). */
export const INNER_VERB = 2
/**
 * speakerVerbAfter: as INNER_VERB, with an adverb between the name and the verb ("Russian officer
 * Nikolaev also said", but also "La Russia ha colpito Nikolaev poi ha detto": the name the
 * object of the verb before it, the adverb opening a second verb of that subject).
 */
export const INNER_ADVERB = 3

/**
 * What opens the clause of a verb of saying right after it: a comma, colon, semicolon, dash,
 * bracket or quotation mark ("'We will hold,' said", "Kharkiv, said", "— said"); a sentence end
 * or the text's start (checked apart).
 */
const CLAUSE_OPENERS = new Set([0x2c, 0x3a, 0x3b, 0x2013, 0x2014, 0x28, 0x22, 0x27, 0x201c, 0x201d, 0x2018, 0x2019, 0xab, 0xbb, 0x0a, 0x0d])

/**
 * Whether one of `verbs` (verbs of saying, lower case, matched in any case) stands right before
 * the form at `start`, past whitespace with no blank line, and how: OPENING_VERB where the verb
 * opens its clause, after a comma, a quotation mark, a dash or a sentence's start ("'We will
 * hold,' said Nikolaev", "The unit withdrew, said Nikolaev, an officer", "Said Nikolaev: …"):
 * the inverted attribution, whose name is the speaker; INNER_VERB where a word stands before the
 * verb in its clause, its subject ("Officials said Nikolaev was shelled", "Kyiv says Lvov was
 * hit"): the name may be the speaker's or the subject of what was said, and the text does not
 * say which; NO_VERB where no such verb stands there. A verb listed with its auxiliary, two
 * words ("a déclaré", "ha detto"), is read so too, its clause opening before the auxiliary ("« … »,
 * a déclaré Nikolaïev"). One word of `adverbs` (lower case) may stand between the verb and the
 * form ("« … », disse ainda Nikolaiev", "ha detto anche Nikolaev") or between the auxiliary and
 * the participle ("« … », a également déclaré Nikolaïev"); one only (round 36).
 *
 * Asked only of a variant whose context has such verbs (a few forms: "Nikolaev", "Lvov").
 */
export function speakerVerbBefore(verbs: ReadonlySet<string>, text: string, start: number, adverbs?: ReadonlySet<string>): number {
  let from = wordBefore(text, start)
  if (from < 0) return NO_VERB
  let word = text.slice(from, wordEnd(text, from)).toLowerCase()
  const adverbFirst = adverbs !== undefined && !verbs.has(word) && adverbs.has(word)
  if (adverbFirst) {
    // The verb, an adverb, the name: "« … », disse ainda Nikolaiev".
    from = wordBefore(text, from)
    if (from < 0) return NO_VERB
    word = text.slice(from, wordEnd(text, from)).toLowerCase()
  }
  if (verbs.has(word)) return opensClause(text, from) ? OPENING_VERB : INNER_VERB
  // A verb with its auxiliary ("« … », a déclaré Nikolaïev", "ha detto Nikolaev").
  let auxiliary = wordBefore(text, from)
  if (auxiliary < 0) return NO_VERB
  const first = text.slice(auxiliary, wordEnd(text, auxiliary)).toLowerCase()
  if (!verbs.has(`${first} ${word}`)) {
    // The auxiliary, an adverb, the participle: "« … », a également déclaré Nikolaïev".
    if (adverbFirst || adverbs === undefined || !adverbs.has(first)) return NO_VERB
    auxiliary = wordBefore(text, auxiliary)
    if (auxiliary < 0 || !verbs.has(`${text.slice(auxiliary, wordEnd(text, auxiliary)).toLowerCase()} ${word}`)) return NO_VERB
  }
  return opensClause(text, auxiliary) ? OPENING_VERB : INNER_VERB
}

/**
 * The last unit before the whitespace that ends right before `at` (at least one unit of it, no
 * blank line); -1 where there is none, or where the text starts there.
 */
function unitBeforeSpace(text: string, at: number): number {
  let i = at - 1
  let breaks = 0
  while (i >= 0 && isSpaceUnit(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 0x0a && ++breaks > 1) return -1
    i--
  }
  return i === at - 1 ? -1 : i
}

/**
 * The start of the word that ends right before `at`, past whitespace (at least one unit, no
 * blank line); -1 where none does.
 */
function wordBefore(text: string, at: number): number {
  let i = unitBeforeSpace(text, at)
  if (i < 0) return -1
  const end = i + 1
  while (i >= 0 && isWordUnit(text.charCodeAt(i))) i--
  return i + 1 === end ? -1 : i + 1
}

/**
 * The start of the word that begins right after `at`, past whitespace (at least one unit, no
 * blank line); -1 where none does.
 */
function wordAfter(text: string, at: number): number {
  let i = at
  let breaks = 0
  while (i < text.length && isSpaceUnit(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 0x0a && ++breaks > 1) return -1
    i++
  }
  if (i === at || i >= text.length || !isWordUnit(text.charCodeAt(i))) return -1
  return i
}

/** The end of the word that starts at `from`. */
function wordEnd(text: string, from: number): number {
  let i = from
  while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
  return i
}

/**
 * Whether one of `verbs` (verbs of saying, lower case, matched in any case) stands right after
 * the form at [start, end), past whitespace with no blank line, and how: OPENING_VERB where the
 * form opens its clause (the text's or a sentence's start, after a comma, a quotation mark, a
 * dash: "Nikolaev said his unit withdrew", "In March, Nikolaev said"): the verb's subject, the
 * speaker; INNER_VERB where a word of its clause stands before it ("Officials in Nikolaev said
 * the water was cut", "Russian officer Nikolaev said"): the name may be the speaker or a place
 * in the subject, and the text does not say which; NO_VERB where no such verb follows it. A
 * verb listed with its auxiliary, two words ("a déclaré", "ha detto"), is read so too:
 * "Nikolaïev a déclaré", while "Nikolaïev a été frappée" has no verb of the list. One word of
 * `adverbs` (lower case) may stand between the form and the verb ("Nikolaev also said",
 * "Nikolaev inoltre ha detto"), or a phrase of `times`, two words, there only ("Nikolaev on
 * Monday said"), or between the auxiliary and the participle ("Nikolaïev a
 * notamment déclaré", "Nikolaev has repeatedly said"); one only, and only a listed one: "the
 * Nikolaev daily said" is the city's paper (round 36). Where a word of its clause stands before
 * the name and the adverb before the verb, INNER_ADVERB: the name may be the object of a verb
 * before it whose subject the adverb's verb has too ("Russia shelled Nikolaev then said").
 *
 * Asked only of a variant whose context has such verbs (a few forms: "Nikolaev", "Lvov").
 */
export function speakerVerbAfter(verbs: ReadonlySet<string>, text: string, start: number, end: number, adverbs?: ReadonlySet<string>, times?: ReadonlySet<string>): number {
  let from = wordAfter(text, end)
  if (from < 0) return NO_VERB
  let to = wordEnd(text, from)
  let word = text.slice(from, to).toLowerCase()
  let adverbFirst = adverbs !== undefined && !verbs.has(word) && adverbs.has(word)
  if (times !== undefined && !adverbFirst && !verbs.has(word)) {
    // A time of two words, read as an adverb: "Nikolaev on Monday said", "Nikolaev last week told" (round 36).
    const next = wordAfter(text, to)
    if (next >= 0) {
      const nextEnd = wordEnd(text, next)
      if (times.has(`${word} ${text.slice(next, nextEnd).toLowerCase()}`)) {
        adverbFirst = true
        to = nextEnd
      }
    }
  }
  if (adverbFirst) {
    // The name, an adverb, the verb: "Nikolaev also said", "Nikolaev inoltre ha detto".
    from = wordAfter(text, to)
    if (from < 0) return NO_VERB
    to = wordEnd(text, from)
    word = text.slice(from, to).toLowerCase()
  }
  if (!verbs.has(word)) {
    // A verb with its auxiliary ("Nikolaïev a déclaré", "Nikolaev ha detto").
    let next = wordAfter(text, to)
    if (next < 0) return NO_VERB
    let second = text.slice(next, wordEnd(text, next)).toLowerCase()
    if (!verbs.has(`${word} ${second}`)) {
      // The auxiliary, an adverb, the participle: "Nikolaïev a notamment déclaré".
      if (adverbFirst || adverbs === undefined || !adverbs.has(second)) return NO_VERB
      next = wordAfter(text, wordEnd(text, next))
      if (next < 0) return NO_VERB
      second = text.slice(next, wordEnd(text, next)).toLowerCase()
      if (!verbs.has(`${word} ${second}`)) return NO_VERB
    }
  }
  return opensClause(text, start) ? OPENING_VERB : adverbFirst ? INNER_ADVERB : INNER_VERB
}

/** speakerBefore: no verb of the context's `speakerBefore` says what the form is. */
export const NOT_SPEAKER = 0
/** speakerBefore: the form is the speaker of the verb after it: a surname, kept. */
export const SPEAKER = 1
/** speakerBefore: the speaker or a place ("the mayor of Nikolaev said"): the text does not say. */
export const SPEAKER_OR_PLACE = 2

/**
 * What a verb of the context's `speakerBefore` right after the form at [start, end) says of it:
 * SPEAKER where the form opens its clause ("Nikolaev said his unit withdrew", "In March,
 * Nikolaev said") or where a word of its clause stands before it that is in neither list below
 * ("Russian officer Nikolaev said", "while Lvov said nothing"): its subject, as the exceptions
 * "Nikolaev said" read it before round 34; NOT_SPEAKER where no such verb follows, or the word
 * right before the form is one of `placeAfter` ("Officials in Nikolaev said the water was cut":
 * the object of a preposition of place is no subject, and the name is decided as any other);
 * SPEAKER_OR_PLACE where that word is one of `unsureAfter` ("The mayor of Nikolaev said", "the
 * wife of Nikolaev said": the text does not say which), unless it and the word before it are
 * one of `placeAfter` ("région de": "Le gouverneur de la région de Nikolaïev a déclaré", a place);
 * SPEAKER_OR_PLACE too where any other word stands there and an adverb between the form and the
 * verb (speakerVerbAfter, INNER_ADVERB: "Russia shelled Nikolaev then said" is the city), or
 * where a word of the context's `relatives` stands earlier in the name's clause with a word
 * between ("Russian forces that shelled Nikolaev said": the name the object of the relative
 * clause that "said" ends; round 36, kept in silence before). An age set off by commas right
 * after the form says a person whatever follows: SPEAKER ("Nikolaev, 54, said", round 36;
 * "Nikolaev, 54, was arrested", "Nikolaïev, 54 ans, a été arrêté", round 37: the city). After a
 * word of the context's `determiners`, a word of `unsureEndings` is a noun or an adjective, no
 * verb the name is the object of: "The retired Nikolaev said", "At the briefing Nikolaev said"
 * (round 37: suggestions), the name the subject where the article or a preposition before it
 * opens its clause; elsewhere the word before the article is read as the word before the name
 * ("Residents of the devastated Nikolaev said": SPEAKER_OR_PLACE). So any lower-case word before the
 * name that is none of the lists', a modifier with or without its article ("Residents of southern
 * Nikolaev said": SPEAKER_OR_PLACE, "Officials in southern Nikolaev said": NOT_SPEAKER; round 38,
 * SPEAKER before). An apposition set off by commas after a form that opens its clause
 * (appositionAfter: "Nikolaev, a Russian officer, said") says the speaker before a verb of the
 * list, SPEAKER, unless its head is a word of `placeAfter` ("Nikolaev, a port city in Ukraine,
 * said": SPEAKER_OR_PLACE); before anything else a place where its head is one ("Nikolaev, a port
 * city, was shelled": NOT_SPEAKER), undecided where it is not ("Nikolaev, a Russian officer, was
 * attacked": SPEAKER_OR_PLACE). Round 37: the city was applied. (Since round 40 English lists
 * "was arrested" as such a verb, a passive only a person undergoes: the speaker's reading.)
 *
 * Asked only of a variant whose context has such verbs (a few forms: "Nikolaev", "Lvov").
 */
export function speakerBefore(context: Context, text: string, start: number, end: number): number {
  // An age set off after the name says a person, whatever follows: "Nikolaev, 54, said" (round
  // 36), "Nikolaev, 54, was arrested", "Nikolaïev, 54 ans, a été arrêté" (round 37: the city).
  const age = ageAfter(text, end, context.ageWords)
  if (age >= 0) return countsAfter(text, start, end, age) ? SPEAKER_OR_PLACE : SPEAKER
  if (context.determiners !== undefined) {
    const close = appositionAfter(context.determiners, context.speakerBefore!, text, end)
    if (close >= 0 && opensClause(text, start)) {
      const place = context.placeAfter !== undefined && placeHead(context.placeAfter, text, end, close, context.prepositions)
      if (speakerVerbAfter(context.speakerBefore!, text, start, close, context.speakerAdverbs, context.speakerTimes) !== NO_VERB) return place ? SPEAKER_OR_PLACE : SPEAKER
      return place ? NOT_SPEAKER : SPEAKER_OR_PLACE
    }
  }
  const verb = speakerVerbAfter(context.speakerBefore!, text, start, end, context.speakerAdverbs, context.speakerTimes)
  if (verb === NO_VERB) return NOT_SPEAKER
  if (verb === OPENING_VERB) return SPEAKER
  let i = start - 1
  while (i >= 0 && isSpaceUnit(text.charCodeAt(i))) i--
  const to = i + 1
  while (i >= 0 && isWordUnit(text.charCodeAt(i))) i--
  let from = i + 1
  let word = text.slice(from, to).toLowerCase()
  if (context.placeAfter?.has(word)) return NOT_SPEAKER
  // A plural verb after a lower-case word of no list: the name alone is not its subject
  // ("Residenti lasciando Nikolaev hanno detto", "Residents of southern Nikolaev say"; round 38:
  // suggestions, as the singular is). After "and" or "of" (unsureAfter), read as the singular.
  if (context.pluralVerbs !== undefined && to > from && isLowerAt(text, from) && !context.unsureAfter?.has(word) && speakerVerbAfter(context.pluralVerbs, text, start, end, context.speakerAdverbs, context.speakerTimes) !== NO_VERB) return NOT_SPEAKER
  // Lower-case words right before the name, none of the lists': modifiers of the name (an
  // adjective, a noun), or, ending in one of `unsureEndings` with no article before it, a verb
  // whose object the name is ("Residents fleeing Nikolaev said": read below as it is). After an
  // article such a word is a modifier whatever it ends in (round 37: "The retired Nikolaev said"
  // was the city). Where the article opens its clause, or a preposition that opens it stands before
  // the modifiers, the name is the subject: "The retired Nikolaev said", "At the briefing Nikolaev
  // said", "At dawn Nikolaev said", "The retired general Nikolaev said". Elsewhere what stands
  // before them (and their article) says what the name is, as it would right before it:
  // "Officials in the devastated Nikolaev said", "Officials in southern Nikolaev said" (a place),
  // "Residents of the devastated Nikolaev said", "Residents of southern Nikolaev said" (undecided;
  // round 38: with no article the adjective hid the "of", and the name was read as "Russian
  // officer Nikolaev said", a speaker held in silence). With no article, only a word of the lists
  // or another modifier before a modifier is read so: "Russian officer Nikolaev said" is the
  // speaker. Two modifiers at most ("fleeing southern", "retired general").
  let modifier = hyphenStart(text, from)
  let modifierEnd = wordEnd(text, from)
  for (let modifiers = 0; modifiers < MAX_MODIFIERS && !context.unsureAfter?.has(word) && isLowerAt(text, modifier); modifiers++) {
    const unsure = context.unsureEndings !== undefined && endsUnsure(context.unsureEndings, text, modifier, text.slice(modifier, modifierEnd).toLowerCase())
    const article = context.determiners === undefined ? -1 : determinerBefore(context.determiners, text, modifier)
    if (unsure && article < 0) {
      // A verb whose object the name is, after another modifier ("Residents fleeing southern
      // Nikolaev said"): read as the word before the name.
      if (modifiers > 0) {
        from = modifier
        word = text.slice(modifier, modifierEnd).toLowerCase()
      }
      break
    }
    if (article >= 0 && opensClause(text, article)) return SPEAKER
    const before = wordBefore(text, article >= 0 ? article : modifier)
    if (before < 0) return SPEAKER
    const preposition = text.slice(before, wordEnd(text, before)).toLowerCase()
    const listed = context.placeAfter?.has(preposition) === true || context.unsureAfter?.has(preposition) === true
    if (article >= 0 || listed) {
      // A possessive's "s" opens nothing: "Ukraine's southern Nikolaev said" (its apostrophe
      // is also a quotation mark's).
      const possessive = before >= 2 && (text.charCodeAt(before - 1) === 0x27 || text.charCodeAt(before - 1) === 0x2019) && isWordUnit(text.charCodeAt(before - 2))
      // English "In the south Nikolaev said": a fronted phrase, its subject after it. German puts
      // the verb second: "Im südlichen Nikolaev sagte ein Sprecher", the phrase the place.
      if (listed && !possessive && opensClause(text, before)) return context.verbSecond === true && context.placeAfter?.has(preposition) === true ? NOT_SPEAKER : SPEAKER
      from = before
      word = preposition
      if (context.placeAfter?.has(word)) return NOT_SPEAKER
      break
    }
    // Another word in lower case before this one: a modifier too, or the verb whose object the name is.
    modifier = hyphenStart(text, before)
    modifierEnd = wordEnd(text, before)
  }
  // With an adverb before the verb, a word of the clause before the name leaves it undecided:
  // "Russian officer Nikolaev also said" or "Russia shelled Nikolaev then said" (round 36).
  if (!context.unsureAfter?.has(word) && !(context.unsureEndings !== undefined && endsUnsure(context.unsureEndings, text, from, word))) return verb === INNER_ADVERB || (context.relatives !== undefined && inRelativeClause(context.relatives, text, from)) ? SPEAKER_OR_PLACE : SPEAKER
  // A place word before the unsure one: "la région de Nikolaïev a déclaré", "la città di Nikolaev ha detto".
  const before = wordBefore(text, from)
  return before >= 0 && context.placeAfter?.has(`${text.slice(before, wordEnd(text, before)).toLowerCase()} ${word}`) ? NOT_SPEAKER : SPEAKER_OR_PLACE
}

/**
 * Whether the word right before the form at `start`, past whitespace with no blank line, is one
 * of `words` (lower case, matched in any case): `personObjectAfter` ("arrested Nikolaev").
 */
function afterWord(words: ReadonlySet<string>, text: string, start: number): boolean {
  const from = wordBefore(text, start)
  return from >= 0 && words.has(text.slice(from, wordEnd(text, from)).toLowerCase())
}

/**
 * Whether the word right after the form ending at `end`, past whitespace with no blank line, is
 * one of `words` (lower case, matched in any case): `sourceBefore` ("Nikolaev zufolge",
 * "Nikolaev nahestehende Kreise": the source of a statement) or `placeBefore` ("According to
 * Nikolaev governor Vitaliy Kim": the city). Round 36.
 *
 * Asked only of a variant whose context has such words (a few forms: "Nikolaev").
 */
export function beforeWord(words: ReadonlySet<string>, text: string, end: number): boolean {
  const from = wordAfter(text, end)
  return from >= 0 && words.has(text.slice(from, wordEnd(text, from)).toLowerCase())
}

/**
 * Whether `word` (lower case; at `from` in `text`), written in lower case there, ends in one of
 * `endings` with at least three letters before it: "fleeing", "shelled" before "Nikolaev said",
 * verbs whose object the name may be (round 36: kept in silence), not "king" nor "Ahmed".
 */
function endsUnsure(endings: ReadonlySet<string>, text: string, from: number, word: string): boolean {
  const first = text.charCodeAt(from)
  if (first >= 0x41 && first <= 0x5a) return false
  if (first > 0x7f && text.charAt(from) !== text.charAt(from).toLowerCase()) return false
  for (const ending of endings) if (word.length >= ending.length + 3 && word.endsWith(ending)) return true
  return false
}

/** How many words back from the name a relative word is looked for in its clause. */
const RELATIVE_REACH = 5

/**
 * Whether a word of `relatives` (relative pronouns, lower case: "that", "who", "qui", "che")
 * stands in the clause of the word at `at` (the one right before a name), at most RELATIVE_REACH
 * words before it: "forces that shelled Nikolaev said", "le drone qui a
 * frappé Nikolaïev a déclaré". Then a verb of saying right after the name may end that relative
 * clause, its subject the noun before the pronoun, the name the object of the clause's verb; or
 * the name is the clause's subject ("the unit that the Russian Nikolaev said had withdrawn"):
 * the text does not say which. A pronoun right before the name is no such clause ("Kyiv said
 * that Nikolaev said", asked of no word between). The clause ends at punctuation or a line break
 * (wordBefore).
 */
function inRelativeClause(relatives: ReadonlySet<string>, text: string, at: number): boolean {
  let from = at
  for (let n = 0; n < RELATIVE_REACH; n++) {
    from = wordBefore(text, from)
    if (from < 0) return false
    if (relatives.has(text.slice(from, wordEnd(text, from)).toLowerCase())) return true
  }
  return false
}

/**
 * Where an age set off by commas right after a name ends ("Nikolaev, 54, said": two digits
 * between a comma right after the name and one after them, one space on either side at most;
 * or with one of `words` after the digits, one space between, "Nikolaïev, 54 ans, a déclaré"),
 * the index right after its second comma; -1 where none is ("Nikolaev, 54 km from the front,").
 */
export function ageAfter(text: string, end: number, words?: ReadonlySet<string>): number {
  let i = end
  if (text.charCodeAt(i) !== 0x2c) return -1
  i++
  if (text.charCodeAt(i) === 0x20) i++
  const d1 = text.charCodeAt(i)
  const d2 = text.charCodeAt(i + 1)
  if (!(d1 >= 0x31 && d1 <= 0x39 && d2 >= 0x30 && d2 <= 0x39)) return -1
  i += 2
  if (text.charCodeAt(i) === 0x2c) return i + 1
  if (words === undefined || text.charCodeAt(i) !== 0x20 || !isWordUnit(text.charCodeAt(i + 1))) return -1
  const to = wordEnd(text, i + 1)
  return text.charCodeAt(to) === 0x2c && words.has(text.slice(i + 1, to).toLowerCase()) ? to + 1 : -1
}

/**
 * Whether the number set off after a name (ageAfter, ending at `age`) may be a count, not an age:
 * a capitalised word follows it, or another number set off by a comma stands in the name's
 * sentence. "Casualties: Kherson, 12, Nikolaev, 14, Odessa, 3." and "Dead by city: Nikolaev, 14,
 * and Kherson, 12." are lists of places, which the age rule kept in silence (round 37, in review);
 * "Nikolaev, 54, was arrested" is a person. Read at most SENTENCE_NUMBERS units each way.
 */
function countsAfter(text: string, start: number, end: number, age: number): boolean {
  let i = age
  while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++
  if (i < text.length && text.charAt(i) !== text.charAt(i).toLowerCase()) return true
  const numberAt = (comma: number) => {
    let k = comma + 1
    if (text.charCodeAt(k) === 0x20) k++
    const code = text.charCodeAt(k)
    return code >= 0x30 && code <= 0x39
  }
  for (let k = start - 1; k >= Math.max(0, start - SENTENCE_NUMBERS) && !sentenceBreak(text.charCodeAt(k)); k--) if (text.charCodeAt(k) === 0x2c && numberAt(k)) return true
  for (let k = age; k < Math.min(text.length, age + SENTENCE_NUMBERS) && !sentenceBreak(text.charCodeAt(k)); k++) if (text.charCodeAt(k) === 0x2c && numberAt(k)) return true
  return false
}

/** How far countsAfter reads for another number: a sentence, about. */
const SENTENCE_NUMBERS = 300

/** A sentence's end mark or a line break: where countsAfter stops (a decimal point ends nothing it looks for). */
const sentenceBreak = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a

/** How many modifiers before a name speakerBefore passes over ("the retired general Nikolaev", "fleeing southern Nikolaev"). */
const MAX_MODIFIERS = 2

/** How many words an apposition set off after a name holds at most ("a 54-year-old Russian army officer"). */
const APPOSITION_WORDS = 8

/**
 * Where an apposition set off by commas right after a name ends: a comma right after the name,
 * whitespace on its line, a word of `determiners` (lower case, written in lower case: "a", "the",
 * "un", "l" of "l'ancien") opening it, at most APPOSITION_WORDS words in all joined by spaces,
 * hyphens or apostrophes, none of them one of `verbs` ("Nikolaev, the governor said, was
 * shelled" is no apposition), and a comma: the index right after that comma; -1 where none is.
 * "Nikolaev, a Russian officer, said", "Nikolaïev, un officier russe, a déclaré"; not "Nikolaev,
 * Ukraine,", "Nikolaev, 54 km from the front,". Round 37.
 */
export function appositionAfter(determiners: ReadonlySet<string>, verbs: ReadonlySet<string>, text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x2c) return -1
  let from = wordAfter(text, end + 1)
  if (from < 0 || !isLowerAt(text, from)) return -1
  let to = wordEnd(text, from)
  if (!determiners.has(text.slice(from, to).toLowerCase())) return -1
  for (let words = 1; ; words++) {
    let i = to
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x2d || c === 0x27 || c === 0x2019; c = text.charCodeAt(++i));
    if (text.charCodeAt(i) === 0x2c) return i + 1
    if (words >= APPOSITION_WORDS || i >= text.length || !isWordUnit(text.charCodeAt(i))) return -1
    from = i
    to = wordEnd(text, from)
    if (verbs.has(text.slice(from, to).toLowerCase())) return -1
  }
}

/**
 * Where the word whose last part starts at `from` starts, past the parts a hyphen joins to it:
 * "war" of "war-torn", "south" of "south-eastern". (Not an apostrophe: "l'habitant" is an article
 * and a noun.)
 */
function hyphenStart(text: string, from: number): number {
  let i = from
  while (i >= 2) {
    if (text.charCodeAt(i - 1) !== 0x2d || !isWordUnit(text.charCodeAt(i - 2))) break
    i -= 2
    while (i > 0 && isWordUnit(text.charCodeAt(i - 1))) i--
  }
  return i
}

/** Whether the unit at `at` is a letter in lower case. */
function isLowerAt(text: string, at: number): boolean {
  const c = text.charAt(at)
  return c !== c.toUpperCase() && c === c.toLowerCase()
}

/** The first words of the two-word entries of a `placeAfter` ("ville" of "ville de"), per set. */
const placeFirsts = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>()

/**
 * Whether the head of the apposition in text[end, close) (appositionAfter: its comma after the
 * name to the one after it) is a word of `placeAfter`, or the first of one of its two-word entries
 * ("ville" of "ville de"): the word right after its determiner ("a city in Ukraine", "une ville
 * portuaire", "eine Hafenstadt") or the last word before the first of `prepositions` after that
 * word ("a port city in Ukraine", "a shipbuilding city on the Black Sea"), its last word where
 * none stands ("a port city"). Its other words say nothing: "a Russian officer in the city" is no
 * place, its "city" the object of "in" (round 38: read as the head, the city was applied);
 * without `prepositions`, the last word is read, and that apposition is the city's.
 */
function placeHead(placeAfter: ReadonlySet<string>, text: string, end: number, close: number, prepositions?: ReadonlySet<string>): boolean {
  let firsts = placeFirsts.get(placeAfter)
  if (firsts === undefined) {
    const set = new Set<string>()
    for (const entry of placeAfter) {
      const space = entry.indexOf(' ')
      if (space > 0) set.add(entry.slice(0, space))
    }
    placeFirsts.set(placeAfter, (firsts = set))
  }
  const isPlace = (from: number) => {
    const word = text.slice(from, wordEnd(text, from)).toLowerCase()
    return placeAfter.has(word) || firsts.has(word)
  }
  // The word after the determiner, past a hyphen or apostrophe ("l'ancienne ville").
  let i = wordEnd(text, wordAfter(text, end + 1))
  while (i < close && !isWordUnit(text.charCodeAt(i))) i++
  if (i < close - 1 && isPlace(i)) return true
  // The last word before the first preposition past that word, or before the closing comma. A
  // part a hyphen or an apostrophe joins to a word is no preposition ("stand-in").
  let head = -1
  for (let k = i; k < close; ) {
    if (!isWordUnit(text.charCodeAt(k))) {
      k++
      continue
    }
    const to = wordEnd(text, k)
    const joined = k > 0 && (text.charCodeAt(k - 1) === 0x2d || text.charCodeAt(k - 1) === 0x27 || text.charCodeAt(k - 1) === 0x2019)
    if (head >= 0 && !joined && prepositions?.has(text.slice(k, to).toLowerCase()) === true) break
    head = k
    k = to
  }
  return head >= 0 && isPlace(head)
}

/**
 * Where the word of `determiners` (lower case) that the word at `at` stands right after starts,
 * past whitespace with no blank line or an apostrophe ("l'habitant"): "the retired", "the
 * briefing"; -1 where none does.
 */
function determinerBefore(determiners: ReadonlySet<string>, text: string, at: number): number {
  const c = text.charCodeAt(at - 1)
  if (c === 0x27 || c === 0x2019) {
    let j = at - 1
    while (j > 0 && isWordUnit(text.charCodeAt(j - 1))) j--
    return j < at - 1 && determiners.has(text.slice(j, at - 1).toLowerCase()) ? j : -1
  }
  const from = wordBefore(text, at)
  return from >= 0 && determiners.has(text.slice(from, wordEnd(text, from)).toLowerCase()) ? from : -1
}

/**
 * Whether the text leaves a variant at [start, end) between a person (a speaker, a source) and
 * the place, where its context has the words to tell (a few forms: "Nikolaev", "Lvov"):
 * - a verb of its `speakerAfter` right before it with a subject of its own ("Officials said
 *   Nikolaev was shelled"; speakerVerbBefore, INNER_VERB);
 * - a verb of its `speakerBefore` right after it with a word of its `unsureAfter` before it ("The
 *   mayor of Nikolaev said"; speakerBefore, SPEAKER_OR_PLACE);
 * - a phrase of its `sourceAfter` right before it ("according to Nikolaev", "selon Nikolaïev";
 *   afterSourceWords), or a word of its `sourceBefore` right after it ("Nikolaev zufolge").
 * A word of its `placeBefore` right after it says the place, against a verb before it or a
 * source phrase ("Officials said Nikolaev port was shelled", "According to Nikolaev governor
 * Vitaliy Kim"). So does a verb of its `personObjectAfter` right before it, whose object is a
 * person and hardly ever a place ("Police arrested Nikolaev on Monday", round 40: the city was
 * applied), unless a word of `placeBefore` follows ("detained Nikolaev officials").
 * decide.ts suggests such a variant (`context-ambiguous`); passage.ts counts it as
 * no mention of its concept. One test for both, so they cannot disagree.
 */
export function speakerOrPlace(context: Context, text: string, start: number, end: number): boolean {
  if (titleBefore(context, text, start, end) === TITLED_PLACE) return true
  if (context.personObjectAfter !== undefined && afterWord(context.personObjectAfter, text, start) && !placeSaid(context, text, end)) return true
  if (context.speakerAfter !== undefined && speakerVerbBefore(context.speakerAfter, text, start, context.speakerAdverbs) === INNER_VERB && !placeSaid(context, text, end)) return true
  if (context.speakerBefore !== undefined && speakerBefore(context, text, start, end) === SPEAKER_OR_PLACE) return true
  if (context.sourceAfter !== undefined && afterSourceWords(context.sourceAfter, text, start, context.placeAfter) && !placeSaid(context, text, end)) return true
  return context.sourceBefore !== undefined && beforeWord(context.sourceBefore, text, end)
}

/** titleBefore: no word of the context's `surnameAfter` right before the form. */
export const NO_TITLE = 0
/** titleBefore: a title or given name right before the form, which is a surname: kept. */
export const TITLE = 1
/** titleBefore: a title before the form and a word of `placeBefore` after it: undecided. */
export const TITLED_PLACE = 2

/**
 * What a title or given name of the context's `surnameAfter` right before the form at [start,
 * end) says of it (afterPersonWord, through initials, patronymics and `surnameAdjectives`):
 * TITLE, a surname ("Deputy Nikolaev voted"); TITLED_PLACE where a word of its `placeBefore`
 * follows the form, since the title may be the place's official's ("Deputy Nikolaev governor
 * Ivan Ivanov said", the governor's deputy) and neither reading wins: the scan finds no surname
 * (matcher.ts) and decide.ts suggests it (speakerOrPlace). One reading for both, so they cannot
 * disagree. Round 40: "deputy" could not be listed, for that reading.
 */
export function titleBefore(context: Context, text: string, start: number, end: number): number {
  if (context.surnameAfter === undefined || !afterPersonWord(context.surnameAfter, text, start, context.surnameAdjectives)) return NO_TITLE
  return placeSaid(context, text, end) ? TITLED_PLACE : TITLE
}

/**
 * A word of the context's `placeBefore` right after the name ending at `end`. A function of the
 * module, not a closure made per call: speakerOrPlace runs for every hit of such a variant, and a
 * bundle that keeps names (wrangler's default, tsx) wraps each closure it makes in a call that
 * defines its name, 3-4 % of a 5 KB article's normalizeToJson in a profile (round 39).
 */
function placeSaid(context: Context, text: string, end: number): boolean {
  return context.placeBefore !== undefined && beforeWord(context.placeBefore, text, end)
}

/**
 * Whether one of `phrases` (lower case, words joined by one space or an apostrophe: "according
 * to", "d'après", "de acordo com") ends right before the form at `start`, past whitespace with no
 * blank line, and starts a word: the form is the source of a statement ("According to Nikolaev,
 * the talks failed", "selon Nikolaïev", "laut Nikolaev"), a person nearly always, a city's
 * authorities at times ("according to Kyiv"), and the text does not say which. A word between
 * them decides instead: "according to officials in Nikolaev" is a place, "according to Gen.
 * Nikolaev" a person (afterPersonWord); and a word of `places` (the context's `placeAfter`)
 * right before the phrase makes the name a place: "a village close to Nikolaev" (round 37: a
 * suggestion, read as "sources close to Nikolaev"). Words of the text match across any
 * whitespace with no blank line, in any case; an apostrophe matches either one (' or ’). Round 36.
 *
 * Asked only of a variant whose context has such phrases (a few forms: "Nikolaev"), so the
 * loop over them is no cost on the hot path.
 */
export function afterSourceWords(phrases: ReadonlySet<string>, text: string, start: number, places?: ReadonlySet<string>): boolean {
  const i = unitBeforeSpace(text, start)
  if (i < 0) return false
  for (const phrase of phrases) {
    const at = phraseStartBefore(text, i + 1, phrase)
    if (at < 0) continue
    // A noun of place before the phrase: "a village close to Nikolaev" (round 37: a suggestion).
    const before = places === undefined ? -1 : wordBefore(text, at)
    return before < 0 || !places!.has(text.slice(before, wordEnd(text, before)).toLowerCase())
  }
  return false
}

/**
 * Where `phrase` (lower case; words joined by one space, matching any whitespace with no blank
 * line; an apostrophe matching ' or ’) starts, if it ends right before `end` in `text`, in any
 * case, and starts a word there; -1 if it does not. The reading of a phrase right before a name:
 * a source's ("according to", afterSourceWords), a noun the name is in apposition to ("the city
 * of", passage.ts, confirmingPhraseBefore).
 */
export function phraseStartBefore(text: string, end: number, phrase: string): number {
  let t = end - 1
  for (let p = phrase.length - 1; p >= 0; p--) {
    const c = phrase.charCodeAt(p)
    if (t < 0) return -1
    const u = text.charCodeAt(t)
    if (c === 0x20) {
      if (!isSpaceUnit(u)) return -1
      let breaks = 0
      while (t >= 0 && isSpaceUnit(text.charCodeAt(t))) {
        if (text.charCodeAt(t) === 0x0a && ++breaks > 1) return -1
        t--
      }
      continue
    }
    if (c === 0x27 || c === 0x2019 ? u !== 0x27 && u !== 0x2019 : lowerUnit(u) !== c) return -1
    t--
  }
  return t < 0 || !isWordUnit(text.charCodeAt(t)) ? t + 1 : -1
}

/** A code unit in lower case (ASCII without a string; others, rare here, through one). */
function lowerUnit(u: number): number {
  if (u >= 0x41 && u <= 0x5a) return u + 0x20
  return u < 0x80 ? u : String.fromCharCode(u).toLowerCase().charCodeAt(0)
}

/**
 * Whether a clause opens right before the word at `at` (past spaces on its line): the text's or
 * a line's start, a sentence's end, or one of CLAUSE_OPENERS. Where a verb of saying opens its
 * clause its name is the speaker ("'We will hold,' said Nikolaev", speakerVerbBefore); where a
 * name does, what a comma sets off after it is the name's ("In March, Nikolaev, who…", decide.ts).
 */
export function opensClause(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && isSpaceUnit(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a) i--
  if (i < 0) return true
  const code = text.charCodeAt(i)
  return CLAUSE_OPENERS.has(code) || code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026
}
