import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 34: correctness gaps round 33's note left open. French, Italian and Portuguese
 * Dnipropetrovsk had no doubt words, so a region word set off in the name's sentence held it in
 * silence and one in the next sentence changed nothing; the region's council became "conseil
 * régional de Dnipro". A language named after a name ("en anglais", "en inglés") was read as
 * the name discussed where it said the language its speaker spoke ("« … », a déclaré Zelenskiy en
 * anglais"). A form right in one language that another writes as a variant needing a mention
 * (German "Odessa": English's variant, as Odessa, Texas is written so) confirmed another such
 * name: "Nikolaev zog 1990 nach Odessa" was applied. Polish had no form for the city of Dnipro, so
 * "Rakiety uderzyły w Dniepropietrowsk" was left in silence. Each case is adapted from the page it cites, or says that it is built.
 */
const cases: RealCopyCase[] = [
  {
    why: 'French: the region\'s council kept its name (AFP via RTL Belgique, https://rtl.be/actu/monde/europe/trois-mort-et-neuf-blesses-dans-des-frappes-russes-dans-le-sud/2024-04-19/article/660217: "Selon Mykola Lukashuk, chef du conseil régional de Dnipropetrovsk")',
    text: 'Selon Mykola Lukashuk, chef du conseil régional de Dnipropetrovsk, deux personnes ont été tuées.',
    language: 'fr',
    expect: 'Selon Mykola Lukashuk, chef du conseil régional de Dnipropetrovsk, deux personnes ont été tuées.',
    findings: [],
  },
  {
    why: 'French: a region word set off in the name\'s sentence was a hold in silence (built on the brief\'s sentence)',
    text: 'Dans la région, les frappes ont touché Dnipropetrovsk.',
    language: 'fr',
    expect: 'Dans la région, les frappes ont touché Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'French: the regional governor in the next sentence leaves city or region open (AFP via RTL Belgique, as above: "a écrit … le gouverneur régional")',
    text: 'Les frappes ont touché Dnipropetrovsk dans la nuit. Un immeuble est en flammes, a écrit le gouverneur régional.',
    language: 'fr',
    expect: 'Les frappes ont touché Dnipropetrovsk dans la nuit. Un immeuble est en flammes, a écrit le gouverneur régional.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'French: the city with no region word, and with the governor in its own sentence, still changes',
    text: 'Les frappes ont touché Dnipropetrovsk dans la nuit, a indiqué le gouverneur régional.',
    language: 'fr',
    expect: 'Les frappes ont touché Dnipro dans la nuit, a indiqué le gouverneur régional.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'French: "oblast" far back in the sentence holds nothing',
    text: "Le gouverneur de l'oblast, Serhiy Lyssak, a indiqué qu'un missile avait touché Dnipropetrovsk.",
    language: 'fr',
    expect: "Le gouverneur de l'oblast, Serhiy Lyssak, a indiqué qu'un missile avait touché Dnipro.",
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'Italian: a region word set off in the name\'s sentence was a hold in silence',
    text: 'Nella regione, i missili hanno colpito Dnipropetrovsk.',
    language: 'it',
    expect: 'Nella regione, i missili hanno colpito Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Italian: the city still changes',
    text: 'I missili hanno colpito Dnipropetrovsk nella notte.',
    language: 'it',
    expect: 'I missili hanno colpito Dnipro nella notte.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'Portuguese: a region word in the next sentence changed nothing',
    text: 'Os mísseis atingiram Dnipropetrovsk durante a noite. A região voltou a ser atacada.',
    language: 'pt',
    expect: 'Os mísseis atingiram Dnipropetrovsk durante a noite. A região voltou a ser atacada.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Portuguese: the city still changes',
    text: 'Os mísseis atingiram Dnipropetrovsk durante a noite, disse o governador regional.',
    language: 'pt',
    expect: 'Os mísseis atingiram Dnipro durante a noite, disse o governador regional.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'French: the language Zelensky spoke, after a verb of saying whose speaker he is, was read as his name discussed (Reuters in French via Zonebourse, https://ch.zonebourse.com/actualite-bourse/L-Ukrainien-Zelenskiy-irrite-par-l-interprete-traduit-lui-meme-ses-commentaires-41357368: "« Merci beaucoup. C\'est important », a déclaré Zelenskiy")',
    text: "« Merci beaucoup. C'est important », a déclaré Zelenskiy en anglais.",
    language: 'fr',
    expect: "« Merci beaucoup. C'est important », a déclaré Zelensky en anglais.",
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'French: the brief\'s quotation, the language set off by commas',
    text: '« Nous tiendrons », a déclaré Zelenskiy, en anglais, devant le Congrès.',
    language: 'fr',
    expect: '« Nous tiendrons », a déclaré Zelensky, en anglais, devant le Congrès.',
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'French: a real discussion of the spelling stays a suggestion',
    text: "Zelenskiy, en anglais, s'écrit aussi Zelensky.",
    language: 'fr',
    expect: "Zelenskiy, en anglais, s'écrit aussi Zelensky.",
    findings: [['Zelenskiy', 'Zelensky', 'suggested', 'name-discussed']],
  },
  {
    why: 'French: a verb with a subject of its own names the name',
    text: 'Reuters écrit Zelenskiy en anglais.',
    language: 'fr',
    expect: 'Reuters écrit Zelenskiy en anglais.',
    findings: [['Zelenskiy', 'Zelensky', 'suggested', 'name-discussed']],
  },
  {
    why: 'Spanish: the same quotation ("dijo Zelenskiy en inglés") was read as his name discussed',
    text: '«Resistiremos», dijo Zelenskiy en inglés.',
    language: 'es',
    expect: '«Resistiremos», dijo Zelenski en inglés.',
    findings: [['Zelenskiy', 'Zelenski', 'applied']],
  },
  {
    why: 'Spanish: a real discussion of the spelling stays a suggestion',
    text: 'Zelenskiy, en inglés, es la grafía de Reuters.',
    language: 'es',
    expect: 'Zelenskiy, en inglés, es la grafía de Reuters.',
    findings: [['Zelenskiy', 'Zelenski', 'suggested', 'name-discussed']],
  },
  {
    why: 'German: the same quotation was and is applied (no cue after the name)',
    text: '„Wir halten durch“, sagte Zelenskiy auf Englisch.',
    language: 'de',
    expect: '„Wir halten durch“, sagte Selenskyj auf Englisch.',
    findings: [['Zelenskiy', 'Selenskyj', 'applied']],
  },
  {
    why: 'Italian: the same quotation was and is applied',
    text: '«Resisteremo», ha detto Zelenskiy in inglese.',
    language: 'it',
    expect: '«Resisteremo», ha detto Zelensky in inglese.',
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'Portuguese: the same quotation was and is applied',
    text: '«Vamos resistir», disse Zelenskiy em inglês.',
    language: 'pt',
    expect: '«Vamos resistir», disse Zelensky em inglês.',
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'German: "Odessa" is right in German and also Odessa, Texas; it confirmed the surname-or-city "Nikolaev", which was applied (round 33\'s note; the brief\'s sentence)',
    text: 'Nikolaev zog 1990 nach Odessa.',
    language: 'de',
    expect: 'Nikolaev zog 1990 nach Odessa.',
    findings: [['Nikolaev', 'Mykolajiw', 'suggested', 'context-missing']],
  },
  {
    why: 'German: so with Odessa in Texas',
    text: 'Nikolaev zog 1990 nach Odessa, Texas.',
    language: 'de',
    expect: 'Nikolaev zog 1990 nach Odessa, Texas.',
    findings: [['Nikolaev', 'Mykolajiw', 'suggested', 'context-missing']],
  },
  {
    why: 'German: a list of names, or Ukraine named, still confirms',
    text: 'Russische Raketen trafen Nikolaev und Odessa. Nikolaev zog 1990 nach Odessa in der Ukraine.',
    language: 'de',
    expect: 'Russische Raketen trafen Mykolajiw und Odessa. Mykolajiw zog 1990 nach Odessa in der Ukraine.',
    findings: [['Nikolaev', 'Mykolajiw', 'applied'], ['Nikolaev', 'Mykolajiw', 'applied']],
  },
  {
    why: 'German: a Ukrainian word in the story confirms Odessa, and through it Nikolaev',
    text: 'Die ukrainische Luftwaffe meldete Angriffe auf Odessa. In Nikolaev fiel der Strom aus.',
    language: 'de',
    expect: 'Die ukrainische Luftwaffe meldete Angriffe auf Odessa. In Mykolajiw fiel der Strom aus.',
    findings: [['Nikolaev', 'Mykolajiw', 'applied']],
  },
  {
    why: 'French: the same with French "Odessa"',
    text: "Nikolaev s'est installé à Odessa en 1990.",
    language: 'fr',
    expect: "Nikolaev s'est installé à Odessa en 1990.",
    findings: [['Nikolaev', 'Mykolaïv', 'suggested', 'context-missing']],
  },
  {
    why: 'Spanish: "Nikolaev", which Spanish leaves as written (also a surname), confirmed "Odessa", which was applied',
    text: 'Nikolaev se mudó a Odessa en 1990.',
    language: 'es',
    expect: 'Nikolaev se mudó a Odessa en 1990.',
    findings: [['Odessa', 'Odesa', 'suggested', 'context-missing']],
  },
  {
    why: 'Spanish: the brief\'s sentence, with the Spanish form, has nothing to change (Spanish has no form for Mykolaiv)',
    text: 'Nikolaev se mudó a Odesa en 1990.',
    language: 'es',
    expect: 'Nikolaev se mudó a Odesa en 1990.',
    findings: [],
  },
  {
    why: 'Polish: a case of "Odessa" is no surer a mention',
    text: 'Nikolaev przeniósł się do Odessy w 1990 roku.',
    language: 'pl',
    expect: 'Nikolaev przeniósł się do Odessy w 1990 roku.',
    findings: [['Nikolaev', 'Mikołajów', 'suggested', 'context-missing']],
  },
  {
    why: 'Polish: the old name of the city was left in silence (built on the brief\'s sentence; TVN24 with PAP writes the city Dniepr, https://tvn24.pl/swiat/ukraina-atak-dronow-na-miasto-dniepr-st8676375: "atak dronowego na miasto Dniepr")',
    text: 'Rakiety uderzyły w Dniepropietrowsk.',
    language: 'pl',
    expect: 'Rakiety uderzyły w Dniepr.',
    findings: [['Dniepropietrowsk', 'Dniepr', 'applied']],
  },
  {
    why: 'Polish: its cases become the same cases of Dniepr (RMF24, https://www.rmf24.pl/raporty/raport-wojna-z-rosja/news-rosja-uderzyla-rakietami-balistycznymi-zaloba-w-dnieprze,nId,8045643: "Władze Dniepru powiadomiły o ataku")',
    text: 'Władze Dniepropietrowska powiadomiły o ataku. W Dniepropietrowsku zginęły cztery osoby.',
    language: 'pl',
    expect: 'Władze Dniepru powiadomiły o ataku. W Dnieprze zginęły cztery osoby.',
    findings: [['Dniepropietrowska', 'Dniepru', 'applied'], ['Dniepropietrowsku', 'Dnieprze', 'applied']],
  },
  {
    why: 'Polish: the region\'s adjective and the region by its noun stay (TVN24, as above: "szef władz obwodu dniepropietrowskiego")',
    text: 'Szef władz obwodu dniepropietrowskiego przekazał, że Dniepropietrowska Obwodowa Administracja Wojskowa i obwód Dniepropietrowsk liczą straty.',
    language: 'pl',
    expect: 'Szef władz obwodu dniepropietrowskiego przekazał, że Dniepropietrowska Obwodowa Administracja Wojskowa i obwód Dniepropietrowsk liczą straty.',
    findings: [],
  },
  {
    why: 'Polish: the other languages\' "Dnipro", the city\'s form and the river\'s, still becomes Dniepr in its case',
    text: 'W Dnipro zginęła jedna osoba.',
    language: 'pl',
    expect: 'W Dnieprze zginęła jedna osoba.',
    findings: [['Dnipro', 'Dnieprze', 'applied']],
  },
]

describeRealCopy('real copy, round 34: data and context gaps', cases, ['news', 'ap', 'reuters', 'bbc'])
