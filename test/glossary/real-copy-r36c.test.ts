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
