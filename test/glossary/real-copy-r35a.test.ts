import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 35 (helper a): two wrong applications of Dnipropetrovsk → Dnipro that round 34's note
 * left open. The city was renamed Dnipro in 2016; the region is still Dnipropetrovsk oblast, so
 * copy that may mean the region is a suggestion, not a change.
 *
 * 1. "The governor said Russia struck Dnipropetrovsk overnight" was applied although "governor"
 *    is an English doubt word: the paragraph's doubt leaves out the name's own sentence, which the
 *    neighbour rules decide, and "governor" is none of their words. An English doubt (one that
 *    names its `links`) now reads its words before the name within the window too.
 * 2. "ne se sont pas limitées à Dnipropetrovsk ; d'autres régions…" was applied: the semicolon
 *    ended the neighbour window, and the paragraph's doubt counted the clause after it as the
 *    name's own sentence. The paragraph's doubt now ends the name's sentence at a semicolon too.
 *
 * Built on the brief's sentences (round 34 cites the French one from Le Courrier européen).
 */
const cases: RealCopyCase[] = [
  {
    why: 'English: the governor four words before the name, a verb of saying between, leaves city or region open',
    text: 'The governor said Russia struck Dnipropetrovsk overnight.',
    language: 'en',
    expect: 'The governor said Russia struck Dnipropetrovsk overnight.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'English: so does the regional governor there, and the governor of the German spelling (it was "The governor of Dnipro")',
    text: 'The regional governor said drones hit Dnipropetrovsk.\n\nThe governor of Dnipropetrowsk said drones were downed.',
    language: 'en',
    expect: 'The regional governor said drones hit Dnipropetrovsk.\n\nThe governor of Dnipropetrowsk said drones were downed.',
    findings: [
      ['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous'],
      ['Dnipropetrowsk', 'Dnipro', 'suggested', 'context-ambiguous'],
    ],
  },
  {
    why: 'English: a governor beside the city\'s mayor in a list is a doubt, never a hold in silence',
    text: 'Governor Serhiy Lysak and Dnipropetrovsk mayor Borys Filatov visited the site.',
    language: 'en',
    expect: 'Governor Serhiy Lysak and Dnipropetrovsk mayor Borys Filatov visited the site.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'English: the governor farther back than the window, or after the name as the attribution, still changes',
    text: 'Oblast governor Serhiy Lysak said a missile hit Dnipropetrovsk.\n\nRussia struck Dnipropetrovsk overnight, the governor said.\n\nThe governor said Russia had struck the city of Dnipropetrovsk.',
    language: 'en',
    expect: 'Oblast governor Serhiy Lysak said a missile hit Dnipro.\n\nRussia struck Dnipro overnight, the governor said.\n\nThe governor said Russia had struck the city of Dnipro.',
    findings: [
      ['Dnipropetrovsk', 'Dnipro', 'applied'],
      ['Dnipropetrovsk', 'Dnipro', 'applied'],
      ['Dnipropetrovsk', 'Dnipro', 'applied'],
    ],
  },
  {
    why: 'English: the governor past a semicolon is read by the paragraph, as in the next sentence',
    text: 'The governor spoke at noon; Russia struck Dnipropetrovsk overnight.',
    language: 'en',
    expect: 'The governor spoke at noon; Russia struck Dnipropetrovsk overnight.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'French: a region word past a semicolon in the name\'s sentence was read by neither the neighbour window nor the paragraph (round 34\'s note; Le Courrier européen)',
    text: "Les attaques ne se sont pas limitées à Dnipropetrovsk ; d'autres régions ont été touchées.",
    language: 'fr',
    expect: "Les attaques ne se sont pas limitées à Dnipropetrovsk ; d'autres régions ont été touchées.",
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'English: the same shape, after the name and before it',
    text: 'Strikes were not limited to Dnipropetrovsk; other regions were hit too.\n\nOther regions were spared; Dnipropetrovsk was hit.',
    language: 'en',
    expect: 'Strikes were not limited to Dnipropetrovsk; other regions were hit too.\n\nOther regions were spared; Dnipropetrovsk was hit.',
    findings: [
      ['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous'],
      ['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous'],
    ],
  },
  {
    why: 'English: a list set out with semicolons under "the regions of" (it was "and Dnipro")',
    text: 'Attacks hit the regions of Sumy; Kharkiv; and Dnipropetrovsk.',
    language: 'en',
    expect: 'Attacks hit the regions of Sumy; Kharkiv; and Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Spanish: the same shape',
    text: 'Los ataques no se limitaron a Dnipropetrovsk; otras regiones también fueron alcanzadas.',
    language: 'es',
    expect: 'Los ataques no se limitaron a Dnipropetrovsk; otras regiones también fueron alcanzadas.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'German: the same shape',
    text: 'Die Angriffe beschränkten sich nicht auf Dnipropetrowsk; auch andere Regionen wurden getroffen.',
    language: 'de',
    expect: 'Die Angriffe beschränkten sich nicht auf Dnipropetrowsk; auch andere Regionen wurden getroffen.',
    findings: [['Dnipropetrowsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Italian: the same shape',
    text: 'Gli attacchi non si sono limitati a Dnipropetrovsk; anche altre regioni sono state colpite.',
    language: 'it',
    expect: 'Gli attacchi non si sono limitati a Dnipropetrovsk; anche altre regioni sono state colpite.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Portuguese: the same shape',
    text: 'Os ataques não se limitaram a Dnipropetrovsk; outras regiões também foram atingidas.',
    language: 'pt',
    expect: 'Os ataques não se limitaram a Dnipropetrovsk; outras regiões também foram atingidas.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'English: a semicolon with no doubt word after it changes as before',
    text: 'Russia struck Dnipropetrovsk; Kharkiv was also hit.',
    language: 'en',
    expect: 'Russia struck Dnipro; Kharkiv was also hit.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'French: so too',
    text: 'Les frappes ont touché Dnipropetrovsk ; Kharkiv a aussi été visée.',
    language: 'fr',
    expect: 'Les frappes ont touché Dnipro ; Kharkiv a aussi été visée.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'French: the regional governor in the name\'s own clause still changes it (round 34)',
    text: 'Les frappes ont touché Dnipropetrovsk dans la nuit, a indiqué le gouverneur régional ; Kharkiv a aussi été visée.',
    language: 'fr',
    expect: 'Les frappes ont touché Dnipro dans la nuit, a indiqué le gouverneur régional ; Kharkiv a aussi été visée.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
]

describeRealCopy('real copy, round 35: Dnipropetrovsk by a governor and past a semicolon', cases, ['news', 'ap', 'reuters', 'bbc'])
