import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 34: correctness gaps round 33's note left open. French, Italian and Portuguese
 * Dnipropetrovsk had no doubt words, so a region word set off in the name's sentence held it in
 * silence and one in the next sentence changed nothing; the region's council became "conseil
 * régional de Dnipro". Each case is adapted from the page it cites, or says that it is built.
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
]

describeRealCopy('real copy, round 34: data and context gaps', cases, ['news', 'ap', 'reuters', 'bbc'])
