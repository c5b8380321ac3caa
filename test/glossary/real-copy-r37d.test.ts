import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 37 (helper d): a verb of writing right before a name says how the name is written
 * ("Reuters schreibt Kyiv", "Reuters escribe Kyiv": a name discussed, never applied) or is said
 * by it, the writer ("Auf Telegram schreibt Selenski, dass …", "En Telegram escribe Zelensky que
 * …": the name changes). What follows the name tells them apart (the cues' `notFollowedBy`): a
 * complementizer, the platform, the letter he writes; where nothing does, a suggestion. Ordinary
 * sentences of news copy, with the words of the cue near a name that should change; the findings
 * are listed whole.
 */
const cases: RealCopyCase[] = [
  // German had no cue: the name written was changed.
  {
    why: 'German: the agency\'s spelling ("Reuters schreibt Kyiv.") was changed to "Kyjiw"',
    text: 'Die Nachrichtenagentur Reuters schreibt Kyiv.',
    language: 'de',
    expect: 'Die Nachrichtenagentur Reuters schreibt Kyiv.',
    findings: [['Kyiv', 'Kyjiw', 'suggested', 'name-discussed']],
  },
  {
    why: 'German: the spelling set against the other ("schreibt Kyiv statt Kiew"): the first form was applied',
    text: 'Reuters schreibt Kyiv statt Kiew.',
    language: 'de',
    expect: 'Reuters schreibt Kyiv statt Kiew.',
    findings: [['Kyiv', 'Kyjiw', 'suggested', 'name-discussed'], ['Kiew', 'Kyjiw', 'suggested', 'name-discussed']],
  },
  {
    why: 'German: the writer after the verb, "dass" opening what he writes, changes',
    text: 'Auf Telegram schreibt Selenski, dass der Krieg weitergeht.',
    language: 'de',
    expect: 'Auf Telegram schreibt Selenskyj, dass der Krieg weitergeht.',
    findings: [['Selenski', 'Selenskyj', 'applied']],
  },
  {
    why: 'German: the writer before the verb changes',
    text: 'Selenski schreibt, dass der Krieg weitergeht.',
    language: 'de',
    expect: 'Selenskyj schreibt, dass der Krieg weitergeht.',
    findings: [['Selenski', 'Selenskyj', 'applied']],
  },
  {
    why: 'German: the writer after an adverb opening the sentence, and on a platform, changes',
    text: 'Dazu schreibt Selenski auf Telegram, der Krieg gehe weiter. Am Abend schreibt Selenski auf X von neuen Angriffen.',
    language: 'de',
    expect: 'Dazu schreibt Selenskyj auf Telegram, der Krieg gehe weiter. Am Abend schreibt Selenskyj auf X von neuen Angriffen.',
    findings: [['Selenski', 'Selenskyj', 'applied'], ['Selenski', 'Selenskyj', 'applied']],
  },
  {
    why: 'German: the writer of a quotation, the verb after it, changes',
    text: '„Wir halten durch“, schreibt Selenski.',
    language: 'de',
    expect: '„Wir halten durch“, schreibt Selenskyj.',
    findings: [['Selenski', 'Selenskyj', 'applied']],
  },
  {
    why: 'German: the writer of a letter changes',
    text: 'Heute schreibt Selenski einen Brief an Scholz.',
    language: 'de',
    expect: 'Heute schreibt Selenskyj einen Brief an Scholz.',
    findings: [['Selenski', 'Selenskyj', 'applied']],
  },
  {
    why: 'German: the name the letters are written to ("schreiben Selenski Briefe") changes',
    text: 'Tausende Kinder schreiben Selenski Briefe.',
    language: 'de',
    expect: 'Tausende Kinder schreiben Selenskyj Briefe.',
    findings: [['Selenski', 'Selenskyj', 'applied']],
  },
  {
    why: 'German: "über" before the place, not the verb right before it, changes',
    text: 'Reuters schreibt über Kiew.',
    language: 'de',
    expect: 'Reuters schreibt über Kyjiw.',
    findings: [['Kiew', 'Kyjiw', 'applied']],
  },
  {
    why: 'German: a verb particle after the place ("schreibt Kiew ab", "schreibt Kiew vor"): the place, and it changes',
    text: 'Der Westen schreibt Kiew nicht ab. Moskau schreibt Kiew vor, was es zu tun hat.',
    language: 'de',
    expect: 'Der Westen schreibt Kyjiw nicht ab. Moskau schreibt Kyjiw vor, was es zu tun hat.',
    findings: [['Kiew', 'Kyjiw', 'applied'], ['Kiew', 'Kyjiw', 'applied']],
  },
  {
    why: 'German: the writer after the verb, then a comma: the comma may as well go on "…, die AP Kiew" (the text does not say), a suggestion',
    text: 'Auf X schreibt Selenski, die Lage sei ernst.',
    language: 'de',
    expect: 'Auf X schreibt Selenski, die Lage sei ernst.',
    findings: [['Selenski', 'Selenskyj', 'suggested', 'name-discussed']],
  },
  // Spanish, Italian, Portuguese, French had the cue: the writer was a name discussed.
  {
    why: 'Spanish: the writer after the verb, "que" opening what he writes, was a name discussed',
    text: 'En Telegram escribe Zelensky que la guerra sigue.',
    language: 'es',
    expect: 'En Telegram escribe Zelenski que la guerra sigue.',
    findings: [['Zelensky', 'Zelenski', 'applied']],
  },
  {
    why: 'Spanish: the writer after the infinitive, on a platform, was a name discussed',
    text: 'Volvió a escribir Zelensky en X sobre los ataques.',
    language: 'es',
    expect: 'Volvió a escribir Zelenski en X sobre los ataques.',
    findings: [['Zelensky', 'Zelenski', 'applied']],
  },
  {
    why: 'Spanish: the writer before the verb changes',
    text: 'Zelensky escribió en Telegram que la guerra sigue.',
    language: 'es',
    expect: 'Zelenski escribió en Telegram que la guerra sigue.',
    findings: [['Zelensky', 'Zelenski', 'applied']],
  },
  {
    why: 'Spanish: the name written stays discussed, "en" alone is no platform ("escribe Kyiv en lugar de Kiev")',
    text: 'Reuters escribe Kyiv en lugar de Kiev.',
    language: 'es',
    expect: 'Reuters escribe Kyiv en lugar de Kiev.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Spanish: the name written, then a comma, stays discussed',
    text: 'La agencia escribe Kyiv, con y griega.',
    language: 'es',
    expect: 'La agencia escribe Kyiv, con y griega.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Italian: the writer after the verb, "che" opening what he writes, was a name discussed',
    text: 'Su Telegram scrive Zelenskiy che la guerra continua.',
    language: 'it',
    expect: 'Su Telegram scrive Zelensky che la guerra continua.',
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'Italian: the name written stays discussed',
    text: 'La Reuters scrive Kyiv invece di Kiev.',
    language: 'it',
    expect: 'La Reuters scrive Kyiv invece di Kiev.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Portuguese: the writer after the verb, "que" opening what he writes, was a name discussed',
    text: 'No Telegram escreve Zelenskiy que a guerra continua.',
    language: 'pt',
    expect: 'No Telegram escreve Zelensky que a guerra continua.',
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'Portuguese: the name written stays discussed',
    text: 'A Reuters escreve Kyiv em vez de Kiev.',
    language: 'pt',
    expect: 'A Reuters escreve Kyiv em vez de Kiev.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'French: the writer after the verb, on a platform, was a name discussed',
    text: 'Ainsi écrit Zelenskiy sur Telegram que la guerre continue.',
    language: 'fr',
    expect: 'Ainsi écrit Zelensky sur Telegram que la guerre continue.',
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'French: the name written stays discussed',
    text: 'Reuters écrit Kyiv et non Kiev.',
    language: 'fr',
    expect: 'Reuters écrit Kyiv et non Kiev.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
]

describeRealCopy('real copy: a verb of writing before a name, the name written or the writer (round 37)', cases)
