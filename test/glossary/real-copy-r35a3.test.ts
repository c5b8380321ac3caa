import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 35, helper a3: a noun phrase that names the city right before Dnipropetrovsk ("the city
 * of", "la ville de", "la città di", "la ciudad de", "a cidade de", "die Stadt") decides it as the
 * city, as "The regional capital, Dnipropetrovsk," does since 8a916cb (`confirmedBy`, read right
 * before the name: passage.ts, confirmedBefore). A region word nearby left it a
 * context-ambiguous suggestion; in German, where the noun is capitalised and so passed for a name
 * of a list, "Die Region Charkiw und die Stadt Dnipropetrowsk" was held in silence. A region word
 * after the name, or between the phrase and the name, still says it is the region. Copy in the
 * shape of the wire's round-ups of strikes ("the Kharkiv region and the city of Dnipro").
 */
const cases: RealCopyCase[] = [
  {
    why: 'English: "the city of" decides it; "the regional capital of" names the region and stays in doubt; a region word after the name holds it',
    text: 'The Kharkiv region and the city of Dnipropetrovsk were hit.\n\nThe regional capital of Dnipropetrovsk was hit.\n\nThe Kharkiv region and the city of Dnipropetrovsk region were hit.',
    language: 'en',
    expect: 'The Kharkiv region and the city of Dnipro were hit.\n\nThe regional capital of Dnipropetrovsk was hit.\n\nThe Kharkiv region and the city of Dnipropetrovsk region were hit.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'English: a region word set off in the sentence, and the governor before it',
    text: 'In the region, the city of Dnipropetrovsk was hit.\n\nThe governor said Russia struck the city of Dnipropetrovsk overnight.',
    language: 'en',
    expect: 'In the region, the city of Dnipro was hit.\n\nThe governor said Russia struck the city of Dnipro overnight.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'French: "la ville de" decides it; "la ville de la région de" and "la capitale régionale de" do not',
    text: 'La région de Kharkiv et la ville de Dnipropetrovsk ont été touchées.\n\nLa ville de la région de Dnipropetrovsk a été touchée.\n\nLa capitale régionale de Dnipropetrovsk a été touchée.',
    language: 'fr',
    expect: 'La région de Kharkiv et la ville de Dnipro ont été touchées.\n\nLa ville de la région de Dnipropetrovsk a été touchée.\n\nLa capitale régionale de Dnipropetrovsk a été touchée.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Italian: "la città di", and with the article joined to a preposition ("nella città di")',
    text: 'La regione di Kharkiv e la città di Dnipropetrovsk sono state colpite.\n\nNella regione, i missili sono caduti nella città di Dnipropetrovsk.\n\nLa città della regione di Dnipropetrovsk è stata colpita.',
    language: 'it',
    expect: 'La regione di Kharkiv e la città di Dnipro sono state colpite.\n\nNella regione, i missili sono caduti nella città di Dnipro.\n\nLa città della regione di Dnipropetrovsk è stata colpita.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'Spanish: "la ciudad de" (the longer copy of the brief, the region beyond the window, was applied already)',
    text: 'La región y la ciudad de Dnipropetrovsk fueron atacadas.\n\nLa región de Járkov y la ciudad de Dnipropetrovsk fueron atacadas.\n\nLa ciudad de la región de Dnipropetrovsk fue atacada.',
    language: 'es',
    expect: 'La región y la ciudad de Dnipro fueron atacadas.\n\nLa región de Járkov y la ciudad de Dnipro fueron atacadas.\n\nLa ciudad de la región de Dnipropetrovsk fue atacada.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'Portuguese: "a cidade de", "na cidade de"',
    text: 'A região e a cidade de Dnipropetrovsk foram atingidas.\n\nNa região, os mísseis caíram na cidade de Dnipropetrovsk.\n\nA cidade da região de Dnipropetrovsk foi atingida.',
    language: 'pt',
    expect: 'A região e a cidade de Dnipro foram atingidas.\n\nNa região, os mísseis caíram na cidade de Dnipro.\n\nA cidade da região de Dnipropetrovsk foi atingida.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    why: 'German: "die Stadt" decides it; "Die Region Charkiw und die Stadt Dnipropetrowsk" was held in silence (the noun passed for a name of a list); "im Gebiet" right before the name still holds it',
    text: 'Die Region Charkiw und die Stadt Dnipropetrowsk wurden getroffen.\n\nIn der Region trafen Raketen die Stadt Dnipropetrowsk.\n\nDie Stadt im Gebiet Dnipropetrowsk wurde getroffen.',
    language: 'de',
    expect: 'Die Region Charkiw und die Stadt Dnipro wurden getroffen.\n\nIn der Region trafen Raketen die Stadt Dnipro.\n\nDie Stadt im Gebiet Dnipropetrowsk wurde getroffen.',
    findings: [['Dnipropetrowsk', 'Dnipro', 'applied'], ['Dnipropetrowsk', 'Dnipro', 'applied']],
  },
  {
    why: 'English: a town of the region, or its rank among them, names the region ("Nikopol, a city in Dnipro" and "the second city of Dnipro" were applied); the city itself still changes',
    text: 'Nikopol, a city in Dnipropetrovsk, was shelled again.\n\nKryvyi Rih, the second city of Dnipropetrovsk, was hit, the regional governor said.\n\nKryvyi Rih, the second-largest city in Dnepropetrovsk, was shelled.\n\nRussian missiles hit Dnipropetrovsk, a city in central Ukraine.',
    language: 'en',
    expect: 'Nikopol, a city in Dnipropetrovsk, was shelled again.\n\nKryvyi Rih, the second city of Dnipropetrovsk, was hit, the regional governor said.\n\nKryvyi Rih, the second-largest city in Dnepropetrovsk, was shelled.\n\nRussian missiles hit Dnipro, a city in central Ukraine.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
]

describeRealCopy('real copy, round 35 (a3): "the city of Dnipropetrovsk" in every language', cases)
