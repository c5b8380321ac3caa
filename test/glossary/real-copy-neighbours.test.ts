import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 32: given names and titles that say a name is a surname ("Oleg Nikolaev", "Gen. Sergei
 * Nikolaev", "Prince Lvov"). As `notPrecededBy` words they held the city up to three words on
 * (five for German Lwow), in silence, in the commonest sentences of wire copy on the war
 * ("Vladimir Putin threatened Nikolaev"); a title's dot ended the look-back ("Gen. Nikolaev"
 * became "Gen. Mykolaiv"); and a surname they held still counted as a mention of the city, so
 * that it made copy about Ukraine of a text that is not. They are `surnameAfter` words now:
 * right before the name only, through initials and patronymics, and the surname is no mention.
 * Wire-style sentences on the names and patterns the concepts' notes cite.
 */
const cases: RealCopyCase[] = [
  {
    why: 'the given name of the subject ("Vladimir", three words before the object) held the city in silence: "Vladimir Putin threatened Nikolaev, Ukraine said" gave no finding; the Russian pilot named right before it stays',
    text: 'Russian pilot Andrei Nikolaev was shot down over eastern Ukraine. Vladimir Putin threatened Nikolaev, Ukraine said.',
    language: 'en',
    expect: 'Russian pilot Andrei Nikolaev was shot down over eastern Ukraine. Vladimir Putin threatened Mykolaiv, Ukraine said.',
    findings: [['Nikolaev', 'Mykolaiv', 'applied']],
  },
  {
    why: 'and in German ("Wladimir Putin drohte Nikolaev"); the officer with his rank and given name stays',
    text: 'Der russische General Sergej Nikolaev kämpfte in der Ukraine. Wladimir Putin drohte Nikolaev, sagte ein Sprecher in Kyjiw.',
    language: 'de',
    expect: 'Der russische General Sergej Nikolaev kämpfte in der Ukraine. Wladimir Putin drohte Mykolajiw, sagte ein Sprecher in Kyjiw.',
    findings: [['Nikolaev', 'Mykolajiw', 'applied']],
  },
  {
    why: 'a title\'s dot ended the look-back, as a sentence\'s does: "Gen. Nikolaev", "Mr. Nikolaev" and "Andrei V. Nikolaev" became "Mykolaiv" in copy about Kyiv',
    text: 'Gen. Nikolaev led the assault on Kharkiv. Mr. Nikolaev visited Kyiv. Andrei V. Nikolaev fought in Ukraine.',
    language: 'en',
    expect: 'Gen. Nikolaev led the assault on Kharkiv. Mr. Nikolaev visited Kyiv. Andrei V. Nikolaev fought in Ukraine.',
    findings: [],
  },
  {
    why: 'and in German ("Frau Dr. Nikolaev")',
    text: 'Frau Dr. Nikolaev lebt seit 2015 in Kyjiw.',
    language: 'de',
    expect: 'Frau Dr. Nikolaev lebt seit 2015 in Kyjiw.',
    findings: [],
  },
  {
    why: 'a surname its given name held still counted as a mention of Mykolaiv, so "Oleg Nikolaev moved to Odessa" made copy about Ukraine and Odessa (Texas as well) was applied; it is only a suggestion without the surname',
    text: 'Oleg Nikolaev moved to Odessa in 1990.',
    language: 'en',
    expect: 'Oleg Nikolaev moved to Odessa in 1990.',
    findings: [['Odessa', 'Odesa', 'suggested', 'context-missing']],
  },
  {
    why: 'so too with rank, given name and the dot ("Gen. Sergei Nikolaev"), and a Lvov its given name held',
    text: 'Gen. Sergei Nikolaev was born in Odessa. Alexei Lvov studied there.',
    language: 'en',
    expect: 'Gen. Sergei Nikolaev was born in Odessa. Alexei Lvov studied there.',
    findings: [['Odessa', 'Odesa', 'suggested', 'context-missing']],
  },
  {
    why: 'so too a surname its neighbours hold in silence ("Nikolaev, who…"): it made copy about Ukraine of the text, and Lvov was applied',
    text: 'Nikolaev, who was born in 1970, moved to Lvov.',
    language: 'en',
    expect: 'Nikolaev, who was born in 1970, moved to Lvov.',
    findings: [['Lvov', 'Lviv', 'suggested', 'context-missing']],
  },
  {
    why: 'and "Nikolaev, a former officer", with Odessa',
    text: 'Nikolaev, a former officer, later settled in Odessa.',
    language: 'en',
    expect: 'Nikolaev, a former officer, later settled in Odessa.',
    findings: [['Odessa', 'Odesa', 'suggested', 'context-missing']],
  },
  {
    why: 'Lvov: "Mr" three words before it and a Russian official\'s given name held the city in silence',
    text: 'Mr Zelensky visited Lvov on Friday. Nikolai Patrushev warned Lvov, Kyiv said. Prince Lvov led the Provisional Government.',
    language: 'en',
    expect: 'Mr Zelensky visited Lviv on Friday. Nikolai Patrushev warned Lviv, Kyiv said. Prince Lvov led the Provisional Government.',
    findings: [['Lvov', 'Lviv', 'applied'], ['Lvov', 'Lviv', 'applied']],
  },
  {
    why: 'Spanish: "príncipe" three words before Lvov held it ("El príncipe Harry visitó Lvov"); "príncipe Gueorgui Lvov" stays',
    text: 'El príncipe Harry visitó Lvov, dijo Kiev. El príncipe Gueorgui Lvov encabezó el gobierno provisional.',
    language: 'es',
    expect: 'El príncipe Harry visitó Leópolis, dijo Kiev. El príncipe Gueorgui Lvov encabezó el gobierno provisional.',
    findings: [['Lvov', 'Leópolis', 'applied']],
  },
  {
    why: 'German Lwow: "Fürst" five words before it held the Polish spelling in silence; "Fürst Georgi Jewgenjewitsch Lwow" (through the patronymic) stays',
    text: 'Der Fürst von Monaco besuchte Lwow. Fürst Georgi Jewgenjewitsch Lwow leitete 1917 die Regierung.',
    language: 'de',
    expect: 'Der Fürst von Monaco besuchte Lwiw. Fürst Georgi Jewgenjewitsch Lwow leitete 1917 die Regierung.',
    findings: [['Lwow', 'Lwiw', 'applied']],
  },
  {
    why: 'a title read in any case held the city after the adjective in silence ("the general Nikolaev area", "a major Nikolaev shipyard"); a word listed with a capital holds only a word written with one',
    text: 'Russian forces shelled the general Nikolaev area, Ukraine said. Drones hit a major Nikolaev shipyard.',
    language: 'en',
    expect: 'Russian forces shelled the general Mykolaiv area, Ukraine said. Drones hit a major Mykolaiv shipyard.',
    findings: [['Nikolaev', 'Mykolaiv', 'applied'], ['Nikolaev', 'Mykolaiv', 'applied']],
  },
  {
    why: 'Italian, French and Portuguese Nikolaev had no context at all: the skater "Ivan Nikolaev" became "Ivan Mykolaiv"; a given name or title right before it says surname now, and the city a few words on still changes',
    // Round 35: the city needs copy about Ukraine, as in English ("secondo Kiev"; without it,
    // real-copy-r35b.test.ts).
    text: "Il pattinatore Ivan Nikolaev ha vinto l'argento. Vladimir Putin ha minacciato Nikolaev, secondo Kiev.",
    language: 'it',
    expect: "Il pattinatore Ivan Nikolaev ha vinto l'argento. Vladimir Putin ha minacciato Mykolaiv, secondo Kiev.",
    findings: [['Nikolaev', 'Mykolaiv', 'applied']],
  },
  {
    why: 'French ("Le général russe Oleg Nikolaïev")',
    text: 'Le général russe Oleg Nikolaïev a été capturé. Vladimir Poutine a menacé Nikolaïev, selon Kiev.',
    language: 'fr',
    expect: 'Le général russe Oleg Nikolaïev a été capturé. Vladimir Poutine a menacé Mykolaïv, selon Kiev.',
    findings: [['Nikolaïev', 'Mykolaïv', 'applied']],
  },
  {
    why: 'Portuguese ("O general russo Oleg Nikolaiev")',
    text: 'O general russo Oleg Nikolaiev foi capturado. Vladimir Putin ameaçou Nikolaiev, segundo Kiev.',
    language: 'pt',
    expect: 'O general russo Oleg Nikolaiev foi capturado. Vladimir Putin ameaçou Mykolaiv, segundo Kiev.',
    findings: [['Nikolaiev', 'Mykolaiv', 'applied']],
  },
  {
    why: 'and Lvov, which had no context in these languages: "le prince Gueorgui Lvov" became "Lviv"',
    text: 'Le prince Gueorgui Lvov dirigea le gouvernement provisoire. Des drones ont frappé Lvov.',
    language: 'fr',
    expect: 'Le prince Gueorgui Lvov dirigea le gouvernement provisoire. Des drones ont frappé Lviv.',
    findings: [['Lvov', 'Lviv', 'applied']],
  },
  {
    why: 'Italian ("il principe Georgij Lvov")',
    text: 'Il principe Georgij Lvov guidò il governo provvisorio. Droni russi hanno colpito Lvov.',
    language: 'it',
    expect: 'Il principe Georgij Lvov guidò il governo provvisorio. Droni russi hanno colpito Leopoli.',
    findings: [['Lvov', 'Leopoli', 'applied']],
  },
  {
    why: 'Portuguese ("o príncipe Gueorgui Lvov")',
    text: 'O príncipe Gueorgui Lvov chefiou o governo provisório. Drones atingiram Lvov.',
    language: 'pt',
    expect: 'O príncipe Gueorgui Lvov chefiou o governo provisório. Drones atingiram Lviv.',
    findings: [['Lvov', 'Lviv', 'applied']],
  },
]

describeRealCopy('real copy: given names and titles hold a surname only right before it', cases)
