import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 36: Dnipropetrovsk, the city renamed Dnipro in 2016, in the region that keeps the name.
 * A region word joined to the name by a conjunction heads a noun phrase of its own ("the city of
 * Dnipropetrovsk and the region"): it left the name held in silence, even where "the city of"
 * said it was the city. Now a doubt, which such a phrase decides; the region words that hold the
 * name are doubt words in German too ("Die Gebiete Charkiw und die Stadt Dnipropetrowsk").
 */
const cases: RealCopyCase[] = [
  {
    why: 'a region word after the name and a conjunction held the city "the city of" names in silence',
    text: 'The city of Dnipropetrovsk and the region were hit.',
    language: 'en',
    expect: 'The city of Dnipro and the region were hit.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'and without a city word it was held in silence: the city and its region, or the region? Not decided',
    text: 'Strikes hit Dnipropetrovsk and the region overnight.',
    language: 'en',
    expect: 'Strikes hit Dnipropetrovsk and the region overnight.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'so too a region word before the name and a conjunction',
    text: 'Strikes hit the Kharkiv region and Dnipropetrovsk overnight.',
    language: 'en',
    expect: 'Strikes hit the Kharkiv region and Dnipropetrovsk overnight.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'a list of names after the region word still names the regions',
    text: 'Strikes hit the regions of Kharkiv and Dnipropetrovsk overnight. Drones hit the Dnipropetrovsk and Donetsk regions.',
    language: 'en',
    expect: 'Strikes hit the regions of Kharkiv and Dnipropetrovsk overnight. Drones hit the Dnipropetrovsk and Donetsk regions.',
    findings: [],
  },
  {
    why: 'German: "Region" after the name and "und die" held "die Stadt Dnipropetrowsk" in silence',
    text: 'Die Stadt Dnipropetrowsk und die Region wurden getroffen.',
    language: 'de',
    expect: 'Die Stadt Dnipro und die Region wurden getroffen.',
    findings: [['Dnipropetrowsk', 'Dnipro', 'applied']],
  },
  {
    why: 'German: "Gebiete" held the name but was no doubt word, so "die Stadt" could not decide it',
    text: 'Die Gebiete Charkiw und die Stadt Dnipropetrowsk wurden getroffen.',
    language: 'de',
    expect: 'Die Gebiete Charkiw und die Stadt Dnipro wurden getroffen.',
    findings: [['Dnipropetrowsk', 'Dnipro', 'applied']],
  },
  {
    why: 'German: the region\'s capital is the city ("Gebietshauptstadt", as "the regional capital" in English)',
    text: 'Die Region und die Gebietshauptstadt Dnipropetrowsk wurden getroffen.',
    language: 'de',
    expect: 'Die Region und die Gebietshauptstadt Dnipro wurden getroffen.',
    findings: [['Dnipropetrowsk', 'Dnipro', 'applied']],
  },
  {
    why: 'German: "Angriffe trafen die Region und Dnipropetrowsk" was held in silence',
    text: 'Angriffe trafen die Region und Dnipropetrowsk.',
    language: 'de',
    expect: 'Angriffe trafen die Region und Dnipropetrowsk.',
    findings: [['Dnipropetrowsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Spanish: "la región y Dnipropetrovsk" was held in silence',
    text: 'Los ataques golpearon la región y Dnipropetrovsk.',
    language: 'es',
    expect: 'Los ataques golpearon la región y Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Spanish: "la ciudad de Dnipropetrovsk y el óblast" was held in silence',
    text: 'La ciudad de Dnipropetrovsk y el óblast fueron atacados.',
    language: 'es',
    expect: 'La ciudad de Dnipro y el óblast fueron atacados.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'French: "la région et Dnipropetrovsk" was held in silence',
    text: 'Les frappes ont touché la région et Dnipropetrovsk.',
    language: 'fr',
    expect: 'Les frappes ont touché la région et Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Italian: "la regione e Dnipropetrovsk" was held in silence',
    text: 'Gli attacchi hanno colpito la regione e Dnipropetrovsk.',
    language: 'it',
    expect: 'Gli attacchi hanno colpito la regione e Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Portuguese: "a região e Dnipropetrovsk" was held in silence',
    text: 'Os ataques atingiram a região e Dnipropetrovsk.',
    language: 'pt',
    expect: 'Os ataques atingiram a região e Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'a list of names after the region word still names the regions, in each language',
    text: 'Los ataques golpearon las regiones de Járkov y Dnipropetrovsk.',
    language: 'es',
    expect: 'Los ataques golpearon las regiones de Járkov y Dnipropetrovsk.',
    findings: [],
  },
]

describeRealCopy('real copy: Dnipropetrovsk beside a region word joined by a conjunction', cases)

/**
 * Round 36: a town of the region, or its rank among the region's towns, names the region, as
 * English's exceptions say ("Nikopol, a city in Dnipropetrovsk"). In French, Spanish, Italian and
 * Portuguese "une ville de", "una ciudad de" became "une ville de Dnipro"; the definite "la ville
 * de Dnipropetrovsk" is still the city (confirmedBy), and so are "les villes de Dnipropetrovsk et
 * Kharkiv" (a plural with "de" may be the cities).
 */
const towns: RealCopyCase[] = [
  { why: 'French: a town of the region', text: 'Nikopol, une ville de Dnipropetrovsk, a été bombardée.', language: 'fr', expect: 'Nikopol, une ville de Dnipropetrovsk, a été bombardée.', findings: [] },
  { why: 'French: the region\'s second city', text: 'Kryvyi Rih, deuxième ville de Dnipropetrovsk, a été touchée.', language: 'fr', expect: 'Kryvyi Rih, deuxième ville de Dnipropetrovsk, a été touchée.', findings: [] },
  { why: 'French: the region\'s largest city after its capital', text: 'Kryvyï Rih, la plus grande ville de Dnipropetrovsk après la capitale régionale, a été touchée.', language: 'fr', expect: 'Kryvyï Rih, la plus grande ville de Dnipropetrovsk après la capitale régionale, a été touchée.', findings: [] },
  { why: 'French: the city itself is still changed', text: 'Les missiles ont frappé la ville de Dnipropetrovsk.', language: 'fr', expect: 'Les missiles ont frappé la ville de Dnipro.', findings: [['Dnipropetrovsk', 'Dnipro', 'applied']] },
  { why: 'German: a town in the region', text: 'Nikopol, eine Stadt in Dnipropetrowsk, wurde beschossen.', language: 'de', expect: 'Nikopol, eine Stadt in Dnipropetrowsk, wurde beschossen.', findings: [] },
  { why: 'German: the region\'s second city', text: 'Krywyj Rih, die zweitgrößte Stadt von Dnipropetrowsk, wurde getroffen.', language: 'de', expect: 'Krywyj Rih, die zweitgrößte Stadt von Dnipropetrowsk, wurde getroffen.', findings: [] },
  { why: 'Spanish: a town of the region', text: 'Nikopol, una ciudad de Dnipropetrovsk, fue bombardeada.', language: 'es', expect: 'Nikopol, una ciudad de Dnipropetrovsk, fue bombardeada.', findings: [] },
  { why: 'Spanish: the region\'s second city', text: 'Krivói Rog, la segunda ciudad de Dnipropetrovsk, fue atacada.', language: 'es', expect: 'Krivói Rog, la segunda ciudad de Dnipropetrovsk, fue atacada.', findings: [] },
  { why: 'Italian: a town of the region', text: 'Nikopol, una città di Dnipropetrovsk, è stata bombardata.', language: 'it', expect: 'Nikopol, una città di Dnipropetrovsk, è stata bombardata.', findings: [] },
  { why: 'Italian: the region\'s second city', text: 'Kryvyi Rih, la seconda città di Dnipropetrovsk, è stata colpita.', language: 'it', expect: 'Kryvyi Rih, la seconda città di Dnipropetrovsk, è stata colpita.', findings: [] },
  { why: 'Portuguese: a town of the region', text: 'Nikopol, uma cidade de Dnipropetrovsk, foi bombardeada.', language: 'pt', expect: 'Nikopol, uma cidade de Dnipropetrovsk, foi bombardeada.', findings: [] },
  { why: 'Portuguese: the region\'s second city', text: 'Kryvyi Rih, a segunda cidade de Dnipropetrovsk, foi atingida.', language: 'pt', expect: 'Kryvyi Rih, a segunda cidade de Dnipropetrovsk, foi atingida.', findings: [] },
  { why: 'Polish: a town in the region (Polish names the region by its adjective, but "miasto w Dniepropietrowsku" said of Nikopol is the region)', text: 'Nikopol, miasto w Dniepropietrowsku, został ostrzelany. Ostrzał trafił kilka wsi w Dniepropietrowsku.', language: 'pl', expect: 'Nikopol, miasto w Dniepropietrowsku, został ostrzelany. Ostrzał trafił kilka wsi w Dniepropietrowsku.', findings: [] },
  { why: 'Polish: the city itself is still changed', text: 'W Dniepropietrowsku zginęła jedna osoba.', language: 'pl', expect: 'W Dnieprze zginęła jedna osoba.', findings: [['Dniepropietrowsku', 'Dnieprze', 'applied']] },
  { why: 'Spanish: cities named together are still the cities', text: 'Los misiles alcanzaron las ciudades de Dnipropetrovsk y Járkov.', language: 'es', expect: 'Los misiles alcanzaron las ciudades de Dnipro y Járkov.', findings: [['Dnipropetrovsk', 'Dnipro', 'applied']] },
]

describeRealCopy('real copy: a town of the Dnipropetrovsk region', towns)

/**
 * Round 36: a region word standing alone in the name's sentence, farther back than the window,
 * left the name applied, while the shorter sentence and the word in the next sentence leave it in
 * doubt. The governor's title farther back still says nothing of the name (round 35).
 */
const sentence: RealCopyCase[] = [
  { why: 'Spanish: "En la región" eight words back', text: 'En la región, los misiles cayeron sobre el puente de Dnipropetrovsk.', language: 'es', expect: 'En la región, los misiles cayeron sobre el puente de Dnipropetrovsk.', findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']] },
  { why: 'Portuguese: "Na região" farther back', text: 'Na região, os mísseis russos caíram durante a noite sobre a ponte de Dnipropetrovsk.', language: 'pt', expect: 'Na região, os mísseis russos caíram durante a noite sobre a ponte de Dnipropetrovsk.', findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']] },
  { why: 'English: "In the region" farther back', text: 'In the region, Russian missiles fell overnight on the main bridge over the river in Dnipropetrovsk.', language: 'en', expect: 'In the region, Russian missiles fell overnight on the main bridge over the river in Dnipropetrovsk.', findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']] },
  { why: 'French: "Dans la région" farther back', text: 'Dans la région, les missiles russes sont tombés pendant la nuit sur le pont principal de Dnipropetrovsk.', language: 'fr', expect: 'Dans la région, les missiles russes sont tombés pendant la nuit sur le pont principal de Dnipropetrovsk.', findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']] },
  { why: 'German: "In der Region" farther back', text: 'In der Region fielen in der Nacht russische Raketen auf die große Brücke über den Fluss in Dnipropetrowsk.', language: 'de', expect: 'In der Region fielen in der Nacht russische Raketen auf die große Brücke über den Fluss in Dnipropetrowsk.', findings: [['Dnipropetrowsk', 'Dnipro', 'suggested', 'context-ambiguous']] },
  { why: 'Italian: "Nella regione" farther back', text: 'Nella regione, i missili russi sono caduti durante la notte sul ponte principale di Dnipropetrovsk.', language: 'it', expect: 'Nella regione, i missili russi sono caduti durante la notte sul ponte principale di Dnipropetrovsk.', findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']] },
  { why: 'the governor\'s title farther back still changes it', text: 'Oblast governor Serhiy Lysak said a missile hit the main railway station in Dnipropetrovsk.', language: 'en', expect: 'Oblast governor Serhiy Lysak said a missile hit the main railway station in Dnipro.', findings: [['Dnipropetrovsk', 'Dnipro', 'applied']] },
  { why: 'and in French, the article elided', text: "Le gouverneur de l'oblast, Serhiy Lyssak, a indiqué qu'un missile avait touché la gare de Dnipropetrovsk.", language: 'fr', expect: "Le gouverneur de l'oblast, Serhiy Lyssak, a indiqué qu'un missile avait touché la gare de Dnipro.", findings: [['Dnipropetrovsk', 'Dnipro', 'applied']] },
  { why: 'and in Italian', text: "Il governatore dell'oblast, Serhiy Lysak, ha detto che un missile ha colpito la stazione di Dnipropetrovsk.", language: 'it', expect: "Il governatore dell'oblast, Serhiy Lysak, ha detto che un missile ha colpito la stazione di Dnipro.", findings: [['Dnipropetrovsk', 'Dnipro', 'applied']] },
  { why: 'and a region its sentence names', text: 'Russian troops pushed into the Kharkiv region, and missiles hit the main railway station in Dnipropetrovsk.', language: 'en', expect: 'Russian troops pushed into the Kharkiv region, and missiles hit the main railway station in Dnipro.', findings: [['Dnipropetrovsk', 'Dnipro', 'applied']] },
]

describeRealCopy('real copy: a region word farther back in the sentence of Dnipropetrovsk', sentence)
