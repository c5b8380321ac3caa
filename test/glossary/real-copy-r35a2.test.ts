import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 35, helper a2: the regional governor (or another region word) before Dnipropetrovsk in
 * its own sentence. English reads its doubt's words within the window before the name since
 * 16dc1b8 (decide.ts, nearDoubt, for a doubt that names its `links`); Spanish, French, German,
 * Italian and Portuguese named no links, so the same copy was applied there. Each now names the
 * words its language puts between a region word and the name; French, Italian and Portuguese,
 * which say the same in more words, read a wider window. Copy adapted from the shape of the
 * wire's "the regional governor said" (Serhiy Lysak, head of the Dnipropetrovsk oblast
 * administration) in each language.
 */
const cases: RealCopyCase[] = [
  {
    why: 'Spanish: the governor before the name was applied; after it, or beyond the window, the city',
    text: 'El gobernador dijo que Rusia atacó Dnipropetrovsk.\n\nEl gobernador regional, Serhiy Lysak, dijo que un misil impactó en Dnipropetrovsk.',
    language: 'es',
    expect: 'El gobernador dijo que Rusia atacó Dnipropetrovsk.\n\nEl gobernador regional, Serhiy Lysak, dijo que un misil impactó en Dnipro.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous'], ['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'Spanish: a list the region words head stays held through its links',
    text: 'Los ataques alcanzaron regiones como Dnipropetrovsk y Donetsk.\n\nHubo ataques en las regiones de Donetsk y Dnipropetrovsk.',
    language: 'es',
    expect: 'Los ataques alcanzaron regiones como Dnipropetrovsk y Donetsk.\n\nHubo ataques en las regiones de Donetsk y Dnipropetrovsk.',
    findings: [],
  },
  {
    why: 'French: the governor eight words before the name was applied',
    text: 'Le gouverneur a dit que la Russie a frappé Dnipropetrovsk.\n\nLe gouverneur de l\'oblast, Serhiy Lyssak, a indiqué qu\'un missile avait touché Dnipropetrovsk.\n\nDes missiles ont frappé Dnipropetrovsk dans la nuit, a indiqué le gouverneur régional.',
    language: 'fr',
    expect: 'Le gouverneur a dit que la Russie a frappé Dnipropetrovsk.\n\nLe gouverneur de l\'oblast, Serhiy Lyssak, a indiqué qu\'un missile avait touché Dnipro.\n\nDes missiles ont frappé Dnipro dans la nuit, a indiqué le gouverneur régional.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous'], ['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'German: the governor before the name was applied; the comma before reported speech ends no clause, as in English',
    text: 'Der Gouverneur sagte, Russland habe Dnipropetrowsk angegriffen.\n\nGouverneur Serhij Lyssak sagte, eine Rakete habe Dnipropetrowsk getroffen.\n\nRussische Raketen trafen Dnipropetrowsk, sagte der Gouverneur.',
    language: 'de',
    expect: 'Der Gouverneur sagte, Russland habe Dnipropetrowsk angegriffen.\n\nGouverneur Serhij Lyssak sagte, eine Rakete habe Dnipro getroffen.\n\nRussische Raketen trafen Dnipro, sagte der Gouverneur.',
    findings: [['Dnipropetrowsk', 'Dnipro', 'suggested', 'context-ambiguous'], ['Dnipropetrowsk', 'Dnipro', 'applied'], ['Dnipropetrowsk', 'Dnipro', 'applied']],
  },
  {
    why: 'Italian: the governor before the name was applied',
    text: 'Il governatore ha detto che la Russia ha colpito Dnipropetrovsk.\n\nIl governatore dell\'oblast, Serhiy Lysak, ha detto che un missile ha colpito Dnipropetrovsk.\n\nI missili hanno colpito Dnipropetrovsk nella notte, ha detto il governatore regionale.',
    language: 'it',
    expect: 'Il governatore ha detto che la Russia ha colpito Dnipropetrovsk.\n\nIl governatore dell\'oblast, Serhiy Lysak, ha detto che un missile ha colpito Dnipro.\n\nI missili hanno colpito Dnipro nella notte, ha detto il governatore regionale.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous'], ['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'Italian: a region word with another word between it and the name ("e poi") held it in silence; with the links it is set off, a suggestion, while "le regioni di Sumy e di Dnipropetrovsk" stays held',
    text: 'I missili hanno colpito la regione di Kharkiv e poi Dnipropetrovsk.\n\nColpite le regioni di Sumy e di Dnipropetrovsk.',
    language: 'it',
    expect: 'I missili hanno colpito la regione di Kharkiv e poi Dnipropetrovsk.\n\nColpite le regioni di Sumy e di Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Portuguese: the governor before the name was applied',
    text: 'O governador disse que a Rússia atacou Dnipropetrovsk.\n\nO governador da oblast, Serhiy Lysak, disse que um míssil atingiu Dnipropetrovsk.\n\nOs mísseis atingiram Dnipropetrovsk durante a noite, disse o governador regional.',
    language: 'pt',
    expect: 'O governador disse que a Rússia atacou Dnipropetrovsk.\n\nO governador da oblast, Serhiy Lysak, disse que um míssil atingiu Dnipro.\n\nOs mísseis atingiram Dnipro durante a noite, disse o governador regional.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous'], ['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'English: "The regional capital, Dnipropetrovsk," was a suggestion (helper a\'s risky case, judged wrong): the region\'s capital is the city; "the regional capital of Dnipropetrovsk" names the region and stays in doubt',
    text: 'The regional capital, Dnipropetrovsk, was hit. The region was shelled too.\n\nThe regional capital of Dnipropetrovsk was hit.',
    language: 'en',
    expect: 'The regional capital, Dnipro, was hit. The region was shelled too.\n\nThe regional capital of Dnipropetrovsk was hit.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'and in French, Italian, Spanish and Portuguese, where the adjective follows the noun',
    text: 'La capitale régionale, Dnipropetrovsk, a été frappée.',
    language: 'fr',
    expect: 'La capitale régionale, Dnipro, a été frappée.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'Italian',
    text: 'Il capoluogo regionale, Dnipropetrovsk, è stato colpito.',
    language: 'it',
    expect: 'Il capoluogo regionale, Dnipro, è stato colpito.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'Spanish',
    text: 'La capital regional, Dnipropetrovsk, fue atacada.',
    language: 'es',
    expect: 'La capital regional, Dnipro, fue atacada.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'Portuguese',
    text: 'A capital regional, Dnipropetrovsk, foi atacada.',
    language: 'pt',
    expect: 'A capital regional, Dnipro, foi atacada.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'English: "a regional hospital" may stand anywhere in the oblast, a suggestion (helper a\'s risky case, judged right)',
    text: 'A regional hospital in Dnipropetrovsk was hit.',
    language: 'en',
    expect: 'A regional hospital in Dnipropetrovsk was hit.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
]

describeRealCopy('real copy, round 35 (a2): the governor before the name in every language', cases)
