import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 35: a sentence on how a name is spelled names several forms of it, and a cue reads the
 * words next to one. Every form the sentence discusses is a suggestion (name-discussed), the
 * name before the spelling verb and every name of a list after it; the verbs of writing in
 * ordinary copy ("written in Kiev", "ha scritto anche Zelensky") leave the names applied.
 */
const cases: RealCopyCase[] = [
  {
    why: 'the cue of the first name held it and the second was applied ("…se escribe también Zelenski", round 34\'s note)',
    text: 'Zelenskiy, en inglés, se escribe también Zelensky.',
    language: 'es',
    expect: 'Zelenskiy, en inglés, se escribe también Zelensky.',
    findings: [['Zelenskiy', 'Zelenski', 'suggested', 'name-discussed'], ['Zelensky', 'Zelenski', 'suggested', 'name-discussed']],
  },
  {
    why: 'an explainer on the surname (https://www.elsiglodetorreon.com.mx/noticia/2025/como-se-escribe-correctamente-el-apellido-del-presidente-ucraniano.html: "el apellido del presidente se escribe Зеленський"): "se escribe" reached the first of the list only',
    text: 'En ucraniano, el apellido del presidente se escribe Зеленський, y en inglés se escribe Zelenskyy, Zelenskiy o Zelensky.',
    language: 'es',
    expect: 'En ucraniano, el apellido del presidente se escribe Зеленський, y en inglés se escribe Zelenskyy, Zelenskiy o Zelensky.',
    findings: [['Zelenskyy', 'Zelenski', 'suggested', 'name-discussed'], ['Zelenskiy', 'Zelenski', 'suggested', 'name-discussed'], ['Zelensky', 'Zelenski', 'suggested', 'name-discussed']],
  },
  {
    why: 'the name first, then the spelling verb and two more forms: all three were applied ("Zelenski, también escrito Zelenski o Zelenski")',
    text: 'Zelensky, también escrito Zelenskiy o Zelenskyy, es el presidente de Ucrania.',
    language: 'es',
    expect: 'Zelensky, también escrito Zelenskiy o Zelenskyy, es el presidente de Ucrania.',
    findings: [['Zelensky', 'Zelenski', 'suggested', 'name-discussed'], ['Zelenskiy', 'Zelenski', 'suggested', 'name-discussed'], ['Zelenskyy', 'Zelenski', 'suggested', 'name-discussed']],
  },
  {
    why: '"spelled" reaches the right form after it; the variant before it was applied ("Zelensky is also spelled Zelensky in English")',
    text: 'Zelenskiy is also spelled Zelensky in English.',
    language: 'en',
    expect: 'Zelenskiy is also spelled Zelensky in English.',
    findings: [['Zelenskiy', 'Zelensky', 'suggested', 'name-discussed']],
  },
  {
    why: 'a column on the spelling (https://www.chicagonow.com/retired-in-chicago/2019/10/how-to-spell-the-ukrainian-presidents-name/: "Although Zelenskiy has been used on social media, the name is spelled Zelenskyy on the president’s passport") had its first form applied',
    text: 'Although Zelenskiy has been used on social media, the name is spelled Zelenskyy on the president’s passport.',
    language: 'en',
    expect: 'Although Zelenskiy has been used on social media, the name is spelled Zelenskyy on the president’s passport.',
    findings: [['Zelenskiy', 'Zelensky', 'suggested', 'name-discussed'], ['Zelenskyy', 'Zelensky', 'suggested', 'name-discussed']],
  },
  {
    why: '"Kiev is spelled Kyiv" was held in silence by the neighbour word "spelled": now reported',
    text: 'Kiev is spelled Kyiv in Ukrainian.',
    language: 'en',
    expect: 'Kiev is spelled Kyiv in Ukrainian.',
    findings: [['Kiev', 'Kyiv', 'suggested', 'name-discussed']],
  },
  {
    why: 'a spelling in the next sentence does not reach the name, nor a verb of writing in ordinary copy',
    text: 'Zelenskiy wrote the letter in Kiev on Monday. His surname is also spelled Zelensky. The letter was written in Kiev.',
    language: 'en',
    expect: 'Zelensky wrote the letter in Kyiv on Monday. His surname is also spelled Zelensky. The letter was written in Kyiv.',
    findings: [['Zelenskiy', 'Zelensky', 'applied'], ['Kiev', 'Kyiv', 'applied'], ['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: 'German, the right form first: "geschrieben" holds the name before it, and the variant before that was applied ("Selenskyj wird auch Selenskyj geschrieben")',
    text: 'Zelensky wird auch Selenskyj geschrieben.',
    language: 'de',
    expect: 'Zelensky wird auch Selenskyj geschrieben.',
    findings: [['Zelensky', 'Selenskyj', 'suggested', 'name-discussed']],
  },
  {
    why: 'and a list before "geschrieben": only its last name was held',
    text: 'Der Name des Präsidenten wird auch Zelenskyy oder Zelensky geschrieben.',
    language: 'de',
    expect: 'Der Name des Präsidenten wird auch Zelenskyy oder Zelensky geschrieben.',
    findings: [['Zelenskyy', 'Selenskyj', 'suggested', 'name-discussed'], ['Zelensky', 'Selenskyj', 'suggested', 'name-discussed']],
  },
  {
    why: 'German, a verb of writing after a preposition and the name: the place it was written, not a spelling ("Der Brief wurde in Kiew geschrieben" was a name discussed)',
    text: 'Der Brief wurde in Kiew geschrieben. Das Interview wurde in Kiew transkribiert. Kiew wird auf Englisch Kyiv geschrieben.',
    language: 'de',
    expect: 'Der Brief wurde in Kyjiw geschrieben. Das Interview wurde in Kyjiw transkribiert. Kiew wird auf Englisch Kyiv geschrieben.',
    findings: [['Kiew', 'Kyjiw', 'applied'], ['Kiew', 'Kyjiw', 'applied'], ['Kiew', 'Kyjiw', 'suggested', 'name-discussed'], ['Kyiv', 'Kyjiw', 'suggested', 'name-discussed']],
  },
  {
    why: 'French: "s\'écrit" holds the right form after it; the variant before it was applied',
    text: "Zelenskiy s'écrit aussi Zelensky en anglais.",
    language: 'fr',
    expect: "Zelenskiy s'écrit aussi Zelensky en anglais.",
    findings: [['Zelenskiy', 'Zelensky', 'suggested', 'name-discussed']],
  },
  {
    why: 'French, two forms after "s\'écrit aussi": the second was applied',
    text: "Kyiv s'écrit aussi Kiev ou Kyïv.",
    language: 'fr',
    expect: "Kyiv s'écrit aussi Kiev ou Kyïv.",
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed'], ['Kyïv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Italian "scritto anche" was no cue: the Ukrainian form after it was a self-gloss at best, and a list after it was applied whole',
    text: 'Zelenskiy, scritto anche Zelenskyy o Zelenski, è il presidente.',
    language: 'it',
    expect: 'Zelenskiy, scritto anche Zelenskyy o Zelenski, è il presidente.',
    findings: [['Zelenskiy', 'Zelensky', 'suggested', 'name-discussed'], ['Zelenskyy', 'Zelensky', 'suggested', 'name-discussed'], ['Zelenski', 'Zelensky', 'suggested', 'name-discussed']],
  },
  {
    why: 'Italian, the writer after a quotation: not a spelling',
    text: '«Resisteremo», ha scritto anche Zelenskiy su Telegram. La lettera è stata scritta a Kyiv.',
    language: 'it',
    expect: '«Resisteremo», ha scritto anche Zelensky su Telegram. La lettera è stata scritta a Kiev.',
    findings: [['Zelenskiy', 'Zelensky', 'applied'], ['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Portuguese "grafado" was no cue: all three were applied',
    text: 'Zelenskiy, também grafado Zelenskyy ou Zelenski, é o presidente.',
    language: 'pt',
    expect: 'Zelenskiy, também grafado Zelenskyy ou Zelenski, é o presidente.',
    findings: [['Zelenskiy', 'Zelensky', 'suggested', 'name-discussed'], ['Zelenskyy', 'Zelensky', 'suggested', 'name-discussed'], ['Zelenski', 'Zelensky', 'suggested', 'name-discussed']],
  },
  {
    why: 'Portuguese, the name then "também se escreve" and the name',
    text: 'Zelenskiy também se escreve Zelensky. A carta foi escrita em Kyiv.',
    language: 'pt',
    expect: 'Zelenskiy também se escreve Zelensky. A carta foi escrita em Kiev.',
    findings: [['Zelenskiy', 'Zelensky', 'suggested', 'name-discussed'], ['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Polish "pisany też" was no cue: the list after it was only inflection-unsure',
    text: 'Zelensky, pisany też Zelenskyy lub Zełenskyj, jest prezydentem.',
    language: 'pl',
    expect: 'Zelensky, pisany też Zelenskyy lub Zełenskyj, jest prezydentem.',
    findings: [['Zelensky', 'Zełenski', 'suggested', 'name-discussed'], ['Zelenskyy', 'Zełenski', 'suggested', 'name-discussed'], ['Zełenskyj', 'Zełenski', 'suggested', 'name-discussed']],
  },
  {
    why: 'Polish, "pisze się" in ordinary copy before a place',
    text: 'Tak pisze się historię w Kyiv.',
    language: 'pl',
    expect: 'Tak pisze się historię w Kijowie.',
    findings: [['Kyiv', 'Kijowie', 'applied']],
  },
]

describeRealCopy('real copy: every form a sentence on spelling discusses', cases)
