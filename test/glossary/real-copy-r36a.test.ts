import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 36: words about spelling near a name. Twelve English concepts listed "spelled", "spelt"
 * and "spelling" as neighbour words after the name, which held it with no finding: in a
 * sentence on the name ("Kiev, spelled with an e"), but also in ordinary copy where "spelled" is
 * the idiom ("The fall of Kiev spelled disaster", "Kiev spelled out its demands"). The cues of a
 * name discussed say it now: a `name-discussed` suggestion where the text may be about the name,
 * the name changed where the words after the verb say it is the idiom ("spelled out", "spelled
 * disaster", "spelling bee"), never a silent hold.
 */
const cases: RealCopyCase[] = [
  {
    why: '"spelled" as the idiom for "meant" after the name: held in silence by the neighbour word "spelled"',
    text: 'The fall of Kiev spelled disaster for the regime.',
    language: 'en',
    expect: 'The fall of Kyiv spelled disaster for the regime.',
    findings: [['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: '"spelled the end" after the name: held in silence',
    text: 'Kharkov spelled the end of the offensive.',
    language: 'en',
    expect: 'Kharkiv spelled the end of the offensive.',
    findings: [['Kharkov', 'Kharkiv', 'applied']],
  },
  {
    why: '"spelled out" after the name: held in silence',
    text: 'Kiev spelled out its demands on Monday.',
    language: 'en',
    expect: 'Kyiv spelled out its demands on Monday.',
    findings: [['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: '"spelled out" before the name was read as the spelling cue ("He spelled out the Kiev plan", a name-discussed suggestion)',
    text: 'He spelled out the Kiev plan to reporters.',
    language: 'en',
    expect: 'He spelled out the Kyiv plan to reporters.',
    findings: [['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: '"spelled disaster for" before the name was read as the spelling cue',
    text: "Russia's retreat spelled disaster for Kiev, he said.",
    language: 'en',
    expect: "Russia's retreat spelled disaster for Kyiv, he said.",
    findings: [['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: 'and for Donbass, which listed the spelling words before the name as neighbour words too: "spelled out" would have held it in silence',
    text: 'Officials spelled out the Donbass plan.',
    language: 'en',
    expect: 'Officials spelled out the Donbas plan.',
    findings: [['Donbass', 'Donbas', 'applied']],
  },
  {
    why: 'a spelling bee is no spelling of the name',
    text: 'She won a spelling bee in Kiev in 1998.',
    language: 'en',
    expect: 'She won a spelling bee in Kyiv in 1998.',
    findings: [['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: 'the name discussed after it ("Kiev, spelled with an e"): held in silence by the neighbour word, now reported',
    text: 'Kiev, spelled with an e, was the Soviet-era form.',
    language: 'en',
    expect: 'Kiev, spelled with an e, was the Soviet-era form.',
    findings: [['Kiev', 'Kyiv', 'suggested', 'name-discussed']],
  },
  {
    why: '"spelt" too, and in other concepts (Zhitomir, Lugansk): held in silence',
    text: 'Zhitomir, spelt the Russian way, and Lugansk spelled with a g appear on old maps.',
    language: 'en',
    expect: 'Zhitomir, spelt the Russian way, and Lugansk spelled with a g appear on old maps.',
    findings: [['Zhitomir', 'Zhytomyr', 'suggested', 'name-discussed'], ['Lugansk', 'Luhansk', 'suggested', 'name-discussed']],
  },
  {
    why: '"spelled" four words after the name was beyond the neighbour words\' window, and the name was changed ("Kyiv has long been spelled that way")',
    text: 'Kiev has long been spelled that way in English.',
    language: 'en',
    expect: 'Kiev has long been spelled that way in English.',
    findings: [['Kiev', 'Kyiv', 'suggested', 'name-discussed']],
  },
  {
    why: 'the possessive of a name followed by "spelling" is the name\'s spelling: held in silence by the neighbour word',
    text: "Kiev's spelling changed in 2019.",
    language: 'en',
    expect: "Kiev's spelling changed in 2019.",
    findings: [['Kiev', 'Kyiv', 'suggested', 'name-discussed']],
  },
  {
    why: '"spellings" before the names was no cue ("Russian spellings of Kyiv and Kharkiv")',
    text: 'Russian spellings of Kiev and Kharkov linger on old maps.',
    language: 'en',
    expect: 'Russian spellings of Kiev and Kharkov linger on old maps.',
    findings: [['Kiev', 'Kyiv', 'suggested', 'name-discussed'], ['Kharkov', 'Kharkiv', 'suggested', 'name-discussed']],
  },
  {
    why: 'the right form right after the variant still leaves both (both-forms, not silence)',
    text: 'Kiev or Kyiv, the city is the same.',
    language: 'en',
    expect: 'Kiev or Kyiv, the city is the same.',
    findings: [['Kiev', 'Kyiv', 'suggested', 'both-forms']],
  },
  {
    why: 'a list of romanizations after a colon (the opening of Wikipedia\'s article on the president, adapted): no cue reached that far, and the later forms were changed ("Volodymyr Zelensky, Volodymyr Zelensky, or Volodymyr Zelensky from Russian")',
    text: 'His name has been romanized in various ways: Volodymyr Zelensky, Volodymyr Zelenskyy, or Vladimir Zelenskiy from Russian.',
    language: 'en',
    expect: 'His name has been romanized in various ways: Volodymyr Zelensky, Volodymyr Zelenskyy, or Vladimir Zelenskiy from Russian.',
    findings: [['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'suggested', 'self-gloss'], ['Vladimir Zelenskiy', 'Volodymyr Zelensky', 'suggested', 'name-discussed']],
  },
]

describeRealCopy('real copy: words about spelling near a name', cases)

/**
 * The same in the other languages: Kyiv, the Ukrainian form in copy that writes Kiev (Kyjiw in
 * German), listed the verbs of writing (and French, Italian, Portuguese "nom"/"nome") as
 * neighbour words before it, which held a place in silence ("La carta fue escrita en Kyiv",
 * "in Kyiv geschrieben", "au nom de Kyiv"); the name discussed is the cues' to say.
 */
const others: RealCopyCase[] = [
  {
    why: 'Spanish, a letter written in the city: held in silence by "escrita"',
    text: 'La carta fue escrita en Kyiv.',
    language: 'es',
    expect: 'La carta fue escrita en Kiev.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Spanish, a correspondent writing from the city: held in silence by "escribe"',
    text: 'Nuestro corresponsal escribe desde Kyiv.',
    language: 'es',
    expect: 'Nuestro corresponsal escribe desde Kiev.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Spanish, "escrito también en Kyiv": the place, held in silence',
    text: 'El texto, escrito también en Kyiv, circuló por las redes.',
    language: 'es',
    expect: 'El texto, escrito también en Kiev, circuló por las redes.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Spanish, the form given after ", escrito": held in silence, now reported',
    text: 'Kiev, escrito Kyiv por los ucranianos, es la capital.',
    language: 'es',
    expect: 'Kiev, escrito Kyiv por los ucranianos, es la capital.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Spanish, "escribir Kyiv": held in silence, now reported',
    text: 'Hay dos maneras de escribir Kyiv en español.',
    language: 'es',
    expect: 'Hay dos maneras de escribir Kyiv en español.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'German, "in Kyiv geschrieben" is the place (the cue leaves it, notAfterWords), held in silence by the neighbour word "geschrieben"',
    text: 'Der Brief wurde in Kyiv geschrieben.',
    language: 'de',
    expect: 'Der Brief wurde in Kyjiw geschrieben.',
    findings: [['Kyiv', 'Kyjiw', 'applied']],
  },
  {
    why: 'German, the English transcription named before the form: held in silence by "Transkription"',
    text: 'Die englische Transkription Kyiv ist heute verbreitet.',
    language: 'de',
    expect: 'Die englische Transkription Kyiv ist heute verbreitet.',
    findings: [['Kyiv', 'Kyjiw', 'suggested', 'name-discussed']],
  },
  {
    why: 'French, written from the city: held in silence by "écrit"',
    text: 'Il a écrit depuis Kyiv la semaine dernière.',
    language: 'fr',
    expect: 'Il a écrit depuis Kiev la semaine dernière.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'French, "au nom de Kyiv" (on behalf of): held in silence by "nom"',
    text: "Il s'exprimait au nom de Kyiv.",
    language: 'fr',
    expect: "Il s'exprimait au nom de Kiev.",
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'French, "écrire Kyiv": held in silence, now reported',
    text: 'Il faut désormais écrire Kyiv, disent-ils.',
    language: 'fr',
    expect: 'Il faut désormais écrire Kyiv, disent-ils.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'French, "la transcription Kyiv": held in silence by the neighbour word "transcription", which was no cue',
    text: 'La transcription Kyiv est courante.',
    language: 'fr',
    expect: 'La transcription Kyiv est courante.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'French, "le nom Kyiv": held in silence, now reported',
    text: "Le nom Kyiv vient de l'ukrainien.",
    language: 'fr',
    expect: "Le nom Kyiv vient de l'ukrainien.",
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Italian, written from the city: held in silence by "scritto"',
    text: 'Ha scritto da Kyiv ieri sera.',
    language: 'it',
    expect: 'Ha scritto da Kiev ieri sera.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Italian, "a nome di Kyiv" (on behalf of): held in silence by "nome"',
    text: 'Parlava a nome di Kyiv.',
    language: 'it',
    expect: 'Parlava a nome di Kiev.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Italian, "il nome Kyiv": held in silence, now reported',
    text: "Il nome Kyiv viene dall'ucraino.",
    language: 'it',
    expect: "Il nome Kyiv viene dall'ucraino.",
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Portuguese, written in the city: held in silence by "escrito"',
    text: 'O texto foi escrito em Kyiv.',
    language: 'pt',
    expect: 'O texto foi escrito em Kiev.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Portuguese, "em nome de Kyiv" (on behalf of): held in silence by "nome"',
    text: 'Falava em nome de Kyiv.',
    language: 'pt',
    expect: 'Falava em nome de Kiev.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Portuguese, the form given after ", escrita": held in silence, now reported',
    text: 'Kiev, escrita Kyiv pelos ucranianos, é a capital.',
    language: 'pt',
    expect: 'Kiev, escrita Kyiv pelos ucranianos, é a capital.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
]

others.push(
  {
    why: 'Spanish, the plural verb with a subject of its own names the name: held in silence by "escriben"',
    text: 'Los medios en inglés escriben Kyiv.',
    language: 'es',
    expect: 'Los medios en inglés escriben Kyiv.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Spanish, the plural verb opening its clause after a quote: the names are its subject (a joint op-ed), not a spelling',
    text: '«Resistiremos», escriben Zelensky y Macron en una tribuna.',
    language: 'es',
    expect: '«Resistiremos», escriben Zelenski y Macron en una tribuna.',
    findings: [['Zelensky', 'Zelenski', 'applied']],
  },
  {
    why: 'French, "« … », écrit Zelenskiy" is the writer: no cue for ", écrit" (it would read the present tense as the participle)',
    text: '« Nous tiendrons », écrit Zelenskiy sur Telegram.',
    language: 'fr',
    expect: '« Nous tiendrons », écrit Zelensky sur Telegram.',
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'French, the plural verb with a subject of its own',
    text: 'Les Ukrainiens écrivent Kyiv.',
    language: 'fr',
    expect: 'Les Ukrainiens écrivent Kyiv.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Italian, the plural verb opening its clause: the writers',
    text: '«Resisteremo», scrivono Zelenskiy e Macron.',
    language: 'it',
    expect: '«Resisteremo», scrivono Zelensky e Macron.',
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'Portuguese, the plural verb with a subject of its own',
    text: 'Os ucranianos escrevem Kyiv.',
    language: 'pt',
    expect: 'Os ucranianos escrevem Kyiv.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
)

describeRealCopy('real copy: verbs of writing near a name, in the other languages', others)
