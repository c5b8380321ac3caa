/**
 * The glossary as standards editors write it (one YAML file per concept under
 * `glossaries/<id>/concepts/`, plus `glossaries/<id>/glossary.yaml`). The build step
 * turns those files into this plain data; `compileGlossary` validates it.
 */

import type { ReasonCode } from '../normalize/change.js'

/** A BCP 47 primary language subtag, lower case: "en", "es", "de". */
export type LanguageCode = string

export interface GlossarySource {
  id: string
  name: string
  description?: string
  /** Language used when detection cannot decide (`und`). */
  fallbackLanguage: LanguageCode
  /** Languages whose text this glossary normalizes. Forms in other languages only feed leakage. */
  languages: LanguageCode[]
  concepts: ConceptSource[]
  /**
   * Per language, what the glossary knows of the language beyond its names
   * (`glossaries/<id>/languages/<lang>.yaml`): the cues of a name discussed as a name, and the
   * inflection classes that derive forms ("Kiews" from "Kiew").
   */
  languageRules?: Record<LanguageCode, LanguageRulesSource>
  /** Set on a profile: the id of the glossary it overlays (see extend.ts). */
  extends?: string
  /**
   * Set on a profile by `resolveGlossaries`: per language, the concepts whose forms the profile
   * replaced. The base's examples of other concepts run in the profile without those changes.
   */
  overrides?: Record<LanguageCode, string[]>
}

export interface LanguageRulesSource {
  /** Phrases that show a name is discussed as a name: such a name is at most suggested. */
  cues?: CueSource[]
  /** Inflection classes by id; a concept's forms get them by kind, or as the concept says. */
  inflections?: Record<string, InflectionSource>
  /**
   * Elided articles (French, Italian, Catalan: "d'Odessa", "l'Artemivsk"): when a change turns a
   * vowel-initial name into a consonant-initial one or back, the article before it must change
   * too ("d'Artemivsk" → "de Bakhmout"), which is grammar, not a name: only suggested.
   */
  elision?: ElisionSource
  /**
   * Grammatical case (Polish): the words before a name that decide which case form it takes
   * ("w Kijowie", "do Kijowa"). Concepts list their case forms under `forms.<lang>.cases`.
   */
  cases?: CasesSource
  /**
   * Definite articles that agree with a name (Spanish "la Rada Suprema", "el Donbás"): how each
   * is spelled alone and where it joins a preposition ("del", "al"). A concept gives the article
   * its preferred form takes (`forms.<lang>.article`); a translation's article before the name
   * is made to agree with it.
   */
  articles?: ArticlesSource
  /**
   * The definite article of a language whose articles do not agree with the name (English
   * "the"): a concept whose form takes none (`forms.<lang>.article: false`, "Snake Island") loses
   * one an engine wrote before it in translation ("took the <Snake Island>" → "took Snake Island").
   * A language with `articles` drops their spellings.
   */
  definiteArticles?: string[]
  /**
   * Where a name ends its noun phrase, for a language whose nouns stand before a noun as its
   * modifiers (English "the Snake Island garrison": the article is the garrison's). A name that
   * takes no article loses the one an engine wrote before it only where it ends the phrase: before
   * punctuation, a line's end or the text's, a possessive ("'s"), or a word listed here (`words`:
   * prepositions, conjunctions, verbs; any case) or ending so (`endings`: English "ed", a past
   * tense, unless the word is in `except`). Before any other word (a noun may continue the
   * phrase: "the St Michael's Square protests") the article stands and translation reports it
   * (`name-article-unsure`). Absent: the article is dropped whatever follows.
   */
  nounPhraseEnds?: NounPhraseEndsSource
  /**
   * Prepositions that join a noun to its complement (Spanish "de", "del": "saldo de muertos"). In
   * translation, a person's surname written like a common word of the language and alike in both
   * ("Saldo") is protected only in a text that names the person in full; where one of these and a
   * word in lower case follow it ("Saldo de muertos: 12."), it is the noun, and left to the engine;
   * not where that word opens an adverbial phrase (`notBefore`: "Saldo de nuevo pidió calma").
   */
  nounComplements?: { prepositions: string[]; notBefore?: string[] }
  /**
   * Coordinating conjunctions that join the names of a list ("and", "or"; Spanish "y", "e",
   * "o", "u"): a list the name is an item of is one step of a context's `window`, so that
   * "the regions of Sumy, Kharkiv, Donetsk and Dnipropetrovsk" reach their head word. A comma
   * always joins them. Absent: the `cases` coordinators, if any.
   */
  coordinators?: string[]
  /**
   * Words that mention a concept without naming it, by concept id, for a context's `requires`:
   * English "Ukrainian", Spanish "ucraniano", German "ukrainische". A text with one of them is
   * about that concept as much as one that names it ("Russian drones struck Odessa, the
   * Ukrainian air force said"). Single words; matched whole, in any case. They change nothing.
   */
  mentions?: Record<string, string[]>
  /** Where the rules came from; set by the loader, used in error messages. */
  file?: string
}

/** A group of cue phrases that share a side, a gap and whether the name must be quoted. */
export interface CueSource {
  /** Phrases that stand before the name ("formerly", "known as", "llamada"). */
  before?: string[]
  /** Phrases that stand after the name ("(now", "heißt jetzt", "genannt"). */
  after?: string[]
  /** Words allowed between the phrase and the name; default 0. */
  gap?: number
  /** Only when the name is in quotation marks ("call Bakhmut 'Artemovsk'"). */
  quoted?: boolean
  /**
   * Only where a form of the name's own concept comes right after the phrase (its next word,
   * past quotation marks or brackets): "Kharkov, now Kharkiv", not "Kharkov residents, now used
   * to shelling". For phrases after the name.
   */
  nameFollows?: boolean
  /**
   * Only where the bracket the phrase opens holds a name: its first word capitalized, or a form of
   * the name's own concept in it ("Stalino (formerly Yuzovka)", "Kharkov (also spelled Kharkiv in
   * English)"), not a description ("Kiev (also the seat of the Rada)"). For phrases after the name
   * that open a bracket.
   */
  nameInside?: boolean
  /**
   * Verbs of saying, one or a few words each ("a déclaré", "dijo"), that right before the name and
   * opening their clause (after a quotation mark, a comma, a dash or a sentence's start) make the
   * name their speaker: the group does not count there, as its phrase after the name says how he
   * spoke ("« Nous tiendrons », a déclaré Zelenskiy en anglais"), not how his name is written
   * ("Zelenskiy, en anglais, s'écrit aussi Zelensky"). For phrases after the name, or before it
   * with gap 0, where the verb is the phrase's own ("escriben": "los ucranianos escriben Kyiv"
   * names the name, "«…», escriben Zelensky y Macron" is their op-ed).
   */
  notAfterSpeaker?: string[]
  /**
   * Words, one or a few each ("in", "aus dem"), that right before the name make the group not
   * count: the name is a place the phrase after it says something of ("Der Brief wurde in Kiew
   * geschrieben"), not a name spelled ("Selenskyj wird auch Zelensky geschrieben"). For phrases
   * after the name.
   */
  notAfterWords?: string[]
  /**
   * Words, one or a few each ("out", "the end"), that right after the phrase make it an idiom,
   * not a word about the name, so that the group does not count there: "He spelled out the Kiev
   * plan", "Kharkov spelled the end of the offensive", "a spelling bee in Kiev". Either side.
   */
  notBeforeWords?: string[]
  /**
   * Words, one or a few each, the first of them may be a comma or a colon ("que", ", dass",
   * "en Telegram", ":"), that right after the name make the group not count: the name is the
   * subject of the phrase's verb, the writer ("En Telegram escribe Zelensky que la guerra sigue",
   * "Auf Telegram schreibt Selenski, dass …"), not the name written ("Reuters escribe Kyiv.").
   * For phrases before the name.
   */
  notFollowedBy?: string[]
  /**
   * The phrase says how the name is spelled or written ("spelled", "se escribe también",
   * "geschrieben"): where it marks one form of a name as discussed, every other form of that name
   * in its sentence is discussed too ("Zelenskiy is also spelled Zelensky", "se escribe
   * Zelenskiy, Zelensky o Zelenskyy"). Not for phrases that give the name in another language or
   * an old name ("em versão russa, seria Vladimir Zelensky"): there the sentence's other forms
   * are its own use of the name, and change.
   */
  spelling?: boolean
  /** Why the group is there (reviewed like code). */
  why?: string
}

export interface NounPhraseEndsSource {
  words: string[]
  endings?: string[]
  except?: string[]
}

export interface ArticlesSource {
  /**
   * Each article by name, with its spellings in the same order for every article: alone, then
   * after each preposition it joins ("el: [el, del, al]", "la: [la, de la, a la]").
   */
  spellings: Record<string, string[]>
  /**
   * Prepositions after which a name that takes an article gets it where an engine wrote none
   * ("en <plaza de San Miguel>" → "en la plaza de San Miguel"); one that a spelling joins ("de
   * la", "del") takes that spelling ("de <Donbás>" → "del Donbás").
   */
  prepositions?: string[]
  why?: string
}

export interface ElisionSource {
  /** Articles written elided before a vowel, apostrophe included ("d'", "l'", "qu'"). */
  elided: string[]
  /** Their full forms, written before a consonant ("de", "le", "la", "que"). */
  full: string[]
  /** Letters that count as vowels at the start of a name (mute h included where it elides). */
  vowels: string
  why?: string
}

/**
 * The cases of a language and the words that govern them. A leak of a concept that lists case
 * forms is replaced by the form of the case the word before it decides; where no governor
 * decides one form (no governor, or one that admits several cases with different forms),
 * the nominative is only suggested (reason inflection-unsure).
 */
export interface CasesSource {
  /** Case names in paradigm order; the first is the dictionary form (the `preferred` form). */
  names: string[]
  governors: GovernorSource[]
  /**
   * Conjunctions that join a name to the name before them ("w Kyiv i Kharkiv"): a leak after one
   * is suggested in the case of the governed name before it, not in the nominative.
   */
  coordinators?: string[]
  /**
   * Cases that a concept without case forms may write as its nominative: a leak of such a
   * concept keeps its nominative replacement where a governor admits one of these for its kind
   * (the accusative of a masculine inanimate name, "nacierają na Siwersk"), and is only
   * suggested where the governor admits none (reason inflection-unsure).
   */
  sameAsNominative?: SameAsNominativeSource[]
  why?: string
}

/** Cases written like the nominative, for concepts of these kinds (default every kind). */
export interface SameAsNominativeSource {
  cases: string[]
  kinds?: ConceptKind[]
  why?: string
}

/** Words right before a name that admit only these cases ("w" → locative; "z" → genitive or instrumental). */
export interface GovernorSource {
  /** Phrases of one to three words, matched in any case ("w", "we", "uderzenie w"). The longest wins. */
  words: string[]
  cases: string[]
  /** Concept kinds the governor speaks for; default every kind. */
  kinds?: ConceptKind[]
  why?: string
}

/**
 * One case form of a concept: the form (for a person, the full name: "Wołodymyra Zełenskiego",
 * whose last words are the surname's form), or the form with leaks already in this case
 * ("Zelenskiego", "Zelensky'ego"), which become it whatever precedes them; or `governedVariants`,
 * forms in this case that are also another word (Polish "Dniepropietrowska", the genitive and
 * the feminine adjective), which become it only where the words before them admit this case,
 * and elsewhere are reported with no replacement (reason form-unknown).
 */
export type CaseFormSource = string | { form: string; variants?: string[]; governedVariants?: string[] }

/**
 * An inflection class: forms derived by a suffix on the last word ("Kiew" → "Kiews"), with the
 * replacement inflected the same way ("Kyjiws").
 */
export interface InflectionSource {
  suffix: string
  /** Concept kinds the class applies to unless a concept says otherwise. */
  kinds: ConceptKind[]
  /** Whether the inflected replacements are house style (applied), or only suggested. */
  confident: boolean
  /** Endings after which the class does not apply (no genitive -s after "s", "ß", "x", "z"). */
  notAfter?: string[]
  why?: string
}

/**
 * A text for people: one string for every language, or a map from language codes (the
 * language of the reader, not of the normalized text) to strings.
 */
export type LocalizedText = string | Readonly<Record<LanguageCode, string>>

export type ConceptKind = 'place' | 'person' | 'landmark' | 'organization' | 'institution' | 'region' | 'term'

export interface ConceptSource {
  id: string
  kind: ConceptKind
  /**
   * Why the house style is what it is (a style-guide rule, a link); shown with each change.
   * One text for every reader, or one per language of the messages (`{en: "…", de: "…"}`).
   */
  note?: LocalizedText
  sources?: string[]
  /** Per language: the preferred form, the variants that become it, the exceptions that stay. */
  forms: Record<LanguageCode, FormsSource>
  /** Conditions for every variant of the concept, derived leaks included (a variant's own wins). */
  context?: ContextSource
  /**
   * Whether translation protects the concept's forms from the engine (default true). `false`
   * leaves them to the engine, which translates and places them in its sentence: a common
   * phrase used as a modifier ("Black Sea port") comes out better translated ("el puerto del
   * mar Negro") than frozen in English word order ("el mar Negro puerto"). The translation is
   * normalized all the same.
   */
  protect?: boolean
  /** Candidate variants deliberately left out, with the reason (reviewed like code). */
  omitted?: OmittedSource[]
  /** Examples the test suite runs: per language, texts that must change and texts that must not. */
  examples?: Record<LanguageCode, ExamplesSource>
  /** Where the concept came from; set by the loader, used in error messages. */
  file?: string
}

export interface FormsSource {
  /** The house-style form. For a person, the full name ("Volodymyr Zelensky"). */
  preferred?: string
  /** Person only: the surname used alone ("Zelensky"); `preferred` must end with it. */
  surname?: string
  /** Forms that become `preferred` (for a person: full names). */
  variants?: VariantSource[]
  /** Person only: surnames that become `surname`, alone or after any given-name form. */
  surnameVariants?: VariantSource[]
  /** Person only: given names accepted before a surname form. Never changed alone. */
  givenVariants?: string[]
  /** Phrases that contain a variant but must stay as written (matched in any case). */
  exceptions?: string[]
  /**
   * Inflection classes of the language for this concept, overriding the classes' defaults:
   * `true` (applied), `suggest` (only suggested), `unknown` (found, and reported with no
   * replacement: reason form-unknown; German "Dnipropetrowsker", the region's adjective or the
   * city's, where no adjective of the new name is house style) or `false` (not generated).
   */
  inflect?: Record<string, boolean | 'suggest' | 'unknown'>
  /**
   * Case forms by case name (every case of the language's `cases` but the first, which is
   * `preferred`): "locative: Kijowie". Leaks are replaced by the case the context decides.
   */
  cases?: Record<string, CaseFormSource>
  /**
   * The definite article `preferred` takes, as the language's `articles` name it ("la" for
   * "Rada Suprema"): an engine that wrote another before the name ("el <Rada Suprema>") is
   * corrected in translation. `false`: it takes none (English "Snake Island"), and an article
   * the engine wrote before the name ("took the <Snake Island>") is dropped in translation.
   */
  article?: string | false
}

export type VariantSource = string | { form: string; context?: ContextSource; note?: string }

/** Conditions under which a variant changes. All given conditions must hold. */
export interface ContextSource {
  /** The text must also mention one of these concepts (any form, any language). */
  requires?: string[]
  /** Stay when one of these words follows within `window` words in the same sentence. */
  notFollowedBy?: string[]
  /** Stay when one of these words precedes within `window` words in the same sentence. */
  notPrecededBy?: string[]
  /**
   * Given names and titles that make the form a surname when they stand right before it
   * ("Oleg Nikolaev", "Gen. Nikolaev", and through initials and patronymics, "Gen. Sergei V.
   * Nikolaev"): it stays, and is no mention of its concept. Nothing further back counts, unlike
   * `notPrecededBy`: "Vladimir Putin threatened Nikolaev" is the city. An abbreviation is
   * written with its dot ("Gen.") to match only with it.
   */
  surnameAfter?: string[]
  /**
   * Adjectives that may stand between a word of `surnameAfter` and the form where the language
   * puts them after the noun: Italian "il giornalista ucraino Nikolaev", French "l'ambassadeur
   * ukrainien Nikolaïev" (the role noun's, so the person's). Without such a word before them
   * they say nothing: "il porto ucraino Nikolaev" is the city.
   */
  surnameAdjectives?: string[]
  /**
   * Verbs whose object is a person and hardly ever a place ("arrested", "fired", "appointed"):
   * right before the form they leave it undecided, a `context-ambiguous` suggestion and no
   * mention ("Police arrested Nikolaev on Monday" was the city). Not with a word of
   * `placeBefore` right after the form ("Police detained Nikolaev officials": the city).
   */
  personObjectAfter?: string[]
  /**
   * Verbs of saying that, right before the form, make it a speaker where the verb opens its
   * clause ("'We will hold,' said Nikolaev", "…, said Nikolaev, a Russian officer"): it stays,
   * and is no mention of its concept. Where the verb has a subject of its own ("Officials said
   * Nikolaev was shelled") the form may be the speaker or what was spoken of: the change is only
   * suggested (`context-ambiguous`). A verb may be listed with its auxiliary, two words ("a
   * déclaré", "ha detto": "« … », a déclaré Nikolaïev").
   */
  speakerAfter?: string[]
  /**
   * Verbs of saying that, right after the form, make it their subject, the speaker ("Nikolaev
   * said his unit withdrew", "In March, Nikolaev said", "while Lvov said nothing"): it stays,
   * and is no mention of its concept; but see `placeAfter` and `unsureAfter`. As exceptions
   * ("Nikolaev said") they held "Officials in Nikolaev said the water was cut" in silence. A
   * verb may be listed with its auxiliary, two words ("Nikolaïev a déclaré", "Nikolaev ha detto"),
   * and so may the passive of a verb only a person undergoes, read the same way ("Nikolaev was
   * arrested", round 40; "Officials in Nikolaev were arrested" is the place).
   */
  speakerBefore?: string[]
  /**
   * With `speakerBefore` or `speakerAfter`: adverbs that may stand, one, between the form and
   * its verb of saying ("Nikolaev also said", "« … », disse ainda Nikolaiev") or between the
   * verb's auxiliary and participle ("Nikolaïev a notamment déclaré", "Nikolaev has repeatedly
   * said"). A closed list: any word there, or any English "-ly" word, would make a speaker of the
   * city in "the Nikolaev daily said" (its paper).
   */
  speakerAdverbs?: string[]
  /**
   * With `speakerBefore`: times of two words that may stand, as an adverb, between the form and
   * its verb of saying ("Nikolaev on Monday said", "Nikolaev last week told": round 36, the city
   * was applied). A closed list; read there only.
   */
  speakerTimes?: string[]
  /**
   * Phrases right before the form that make it the source of a statement ("according to
   * Nikolaev", "selon Nikolaïev", "laut Nikolaev", "d'après Nikolaïev"): a person nearly always,
   * a city's authorities at times ("according to Kyiv"); the change is only suggested
   * (`context-ambiguous`) and the form is no mention of its concept. One to three words, joined
   * by a space or an apostrophe.
   */
  sourceAfter?: string[]
  /**
   * Words right after the form that make it the source of a statement, as `sourceAfter` does
   * before it: German "Nikolaev zufolge" ("according to Nikolaev"), "Nikolaev nahestehende
   * Kreise" ("sources close to Nikolaev"). Single words.
   */
  sourceBefore?: string[]
  /**
   * Words right after the form that say it is the place: "According to Nikolaev governor Vitaliy
   * Kim", "Officials said Nikolaev port was shelled". Neither `sourceAfter` nor a verb of
   * `speakerAfter` with a subject of its own before the form then leaves it undecided. Single words.
   */
  placeBefore?: string[]
  /**
   * With `speakerBefore`: relative pronouns ("that", "who", "qui", "che", "que"). Where one stands
   * earlier in the name's clause, with a word between, a verb of `speakerBefore` after the name
   * may end the relative clause whose object the name is ("Russian forces that shelled Nikolaev
   * said": kept in silence before round 36), or the name may be its subject ("the unit that
   * the Russian Nikolaev said had withdrawn"): a suggestion (`context-ambiguous`).
   */
  relatives?: string[]
  /**
   * With `speakerBefore`: endings of a word in lower case right before the form, three letters
   * or more before the ending, that leave the verb undecided as `unsureAfter` does: English
   * "-ing", "-ed", the verbs a city is the object of ("Residents fleeing Nikolaev said": kept in
   * silence before round 36); also "At the briefing Nikolaev said", a suggestion.
   */
  unsureEndings?: string[]
  /**
   * With `speakerBefore`: words that open a noun phrase, the language's articles ("the", "a",
   * "un", "l" of "l'"). After one, a word of `unsureEndings` is a noun or an adjective, not a
   * verb whose object the name is: "The retired Nikolaev said", "At the briefing Nikolaev said"
   * are the speaker (suggestions before round 37). One opening what a comma sets off right after
   * a form that opens its clause is an apposition: before a verb of `speakerBefore` the form is
   * the speaker ("Nikolaev, a Russian officer, said": the city before round 37), unless a word of
   * `placeAfter` (or the first of two) stands in it ("Nikolaev, a port city in Ukraine, said": a
   * suggestion); before anything else the city where such a word does ("Nikolaev, a port city,
   * was shelled"), a suggestion where none does ("Nikolaev, a Russian officer, was arrested").
   */
  determiners?: string[]
  /**
   * With `speakerBefore`: words of an age after its number ("ans", "anni", "anos"). Two digits
   * set off by commas right after the form, with one of these words or none, say a person
   * whatever verb follows ("Nikolaev, 54, was arrested", "Nikolaïev, 54 ans, a été arrêté": the
   * city before round 37); "Nikolaev, 54 km from the front," is no age.
   */
  ageWords?: string[]
  /**
   * With `determiners`: words that open a phrase after the head noun of an apposition, the
   * language's prepositions ("in", "of", "de", "von"). The head is the word after the determiner
   * or the last word before the first of these (the apposition's last word where none stands):
   * "Nikolaev, a Russian officer in the city, was arrested" is headed by "officer", not "city"
   * (round 38: the city was applied), "Nikolaev, a shipbuilding city on the Black Sea, was
   * shelled" by "city".
   */
  prepositions?: string[]
  /**
   * With `speakerBefore` and `placeAfter`: the language puts the verb second, so a phrase of
   * `placeAfter` that opens the clause and holds the name (its modifiers between) is the place,
   * and the verb's subject comes after it: "Im südlichen Nikolaev sagte ein Sprecher" (German;
   * round 38: read as English "In the south Nikolaev said", the speaker, held in silence).
   */
  verbSecond?: boolean
  /**
   * Those of `speakerBefore` whose subject is plural ("say", "hanno detto", "ont déclaré",
   * "sagten"): right after the form, with a lower-case word before it that is none of
   * `unsureAfter` (no "and", no "of"), the name is no subject, so the place, decided as any other:
   * "Residenti lasciando Nikolaev hanno detto", "Residents of southern Nikolaev say" (round 38: a
   * suggestion, read as the singular is). After a conjunction it is one of the speakers, read as
   * the singular ("Petrov e Nikolaev hanno detto").
   */
  pluralVerbs?: string[]
  /**
   * With `speakerBefore`: words right before the form that make it a place, not the subject of
   * the verb after it ("Officials in Nikolaev said the water was cut": prepositions of place);
   * it is then decided as any other name. Two words, the second one of `unsureAfter`, make a
   * place of what that word alone leaves undecided ("région de": "Le gouverneur de la région de
   * Nikolaïev a déclaré").
   */
  placeAfter?: string[]
  /**
   * With `speakerBefore`: words right before the form after which the verb leaves it undecided
   * ("The mayor of Nikolaev said", "the wife of Nikolaev said"): a suggestion (`context-ambiguous`).
   * Before any other word the form is the speaker ("Russian officer Nikolaev said", "while Lvov
   * said nothing"), as where it opens its clause.
   */
  unsureAfter?: string[]
  /** Words looked at on each side; default 3. */
  window?: number
  /**
   * Words that, anywhere in the paragraph (or the whole text), leave the meaning undecided:
   * the change is then only suggested (`context-ambiguous`), e.g. a region word in the next
   * sentence, or Texas in a story that also says Ukraine. `links` (paragraph scope only): the
   * lower-case words that may stand between the name and a doubt word that heads its phrase as
   * a neighbour ("the regions of Sumy and Dnipropetrovsk", "regions such as Dnipropetrovsk");
   * another lower-case word between them ("In the region Russia struck Dnipropetrovsk") says
   * the doubt word heads another phrase: it holds nothing, and the name is in doubt (a
   * suggestion), as where a comma stands between. Absent: only a comma sets such a word off
   * (a doubt whose words hold the name from anywhere in the sentence: "Guderian's panzers
   * turned south for the Battle of Kiev"). `single` (with links only): the doubt's words that
   * name one place ("region", not "regions"); a list of names between such a word and the name
   * ("the region of Kharkiv and Dnipropetrovsk": two places under one region word, a region and
   * a city?) leaves the name in doubt rather than held (round 36). `needsLink` (with links
   * only): the doubt's words, of `notPrecededBy` too, that head the name before it only through
   * one of the links, as English "region" ("the region of Dnipropetrovsk"; "the Dnipropetrovsk
   * region" after it): right before the name with no link between ("In the region
   * Dnipropetrovsk was hit", "Strikes hit the region Dnipropetrovsk") such a word leaves it in
   * doubt rather than held (round 37). Not listed where the language names the place so
   * (German "das Gebiet Dnipropetrowsk").
   */
  doubt?: { words: string[]; scope?: 'paragraph' | 'text'; links?: string[]; single?: string[]; needsLink?: string[] }
  /**
   * Words (one to three: a country, a region) that decide one mention for the change against a
   * `doubt`: set off right after the name by a comma or an opening bracket, and ending its
   * clause ("Odessa, Ukraine,", "Odessa (Ukraine)", "Odessa, en Ucrania."; not "Odessa, Ukraine
   * said", "Odessa, Ukraine's port"); or right before it, the noun it stands in apposition to,
   * with or without a comma ("The regional capital, Dnipropetrovsk,"; not "the regional capital
   * of Dnipropetrovsk"). The mention is then decided as if no doubt word stood in
   * the text; the text's other mentions are not.
   */
  confirmedBy?: string[]
}

export interface OmittedSource {
  form: string
  language: LanguageCode
  why: string
}

export interface ExamplesSource {
  change?: { text: string; expect: string }[]
  keep?: string[]
  /** Texts that must not change but must report a suggestion for the concept, with this reason. */
  suggest?: { text: string; reason: ReasonCode }[]
}
