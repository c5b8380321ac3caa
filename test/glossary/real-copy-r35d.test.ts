import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { glossaries } from '../../src/generated/glossaries.js'
import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 35 (d). Polish "Dniepropietrowska" is the genitive of the old name of Dnipro and also the
 * feminine adjective ("Dniepropietrowska policja", the region's or the city's police). Where no
 * word before it decided the case, the finding carried the nominative "Dniepr" as its replacement,
 * wrong in either reading, and `apply: all` wrote "Dniepr policja". Now the form is listed as a
 * genitive that only a governor decides: governed, it becomes "Dniepru"; elsewhere it is reported
 * with no replacement (reason form-unknown, the original as its replacement), which no mode applies.
 * Spanish copy's spellings of Khreshchatyk (Spanish Wikipedia's Jreshchátyk, EFE's Jreshchatik)
 * were no form of the concept, so Spanish copy translated to English kept them.
 */
const cases: RealCopyCase[] = [
  {
    why: 'Polish: the feminine adjective of the old name is no noun to replace (built on the round 34 example)',
    text: 'Dniepropietrowska policja poinformowała o ataku.',
    language: 'pl',
    expect: 'Dniepropietrowska policja poinformowała o ataku.',
    findings: [['Dniepropietrowska', 'Dniepropietrowska', 'suggested', 'form-unknown']],
  },
  {
    why: 'Polish: the genitive after a noun no governor lists is reported with no replacement, not as the nominative',
    text: 'Lotnisko Dniepropietrowska zostało zniszczone.',
    language: 'pl',
    expect: 'Lotnisko Dniepropietrowska zostało zniszczone.',
    findings: [['Dniepropietrowska', 'Dniepropietrowska', 'suggested', 'form-unknown']],
  },
  {
    why: 'Polish: "z" admits the genitive and the instrumental; the form is a genitive, so "z Dniepru" (was suggested as "Dniepr")',
    text: 'Wiele osób z Dniepropietrowska uciekło na zachód kraju.',
    language: 'pl',
    expect: 'Wiele osób z Dniepru uciekło na zachód kraju.',
    findings: [['Dniepropietrowska', 'Dniepru', 'applied']],
  },
  {
    why: 'Polish: "na" admits the accusative and the locative, neither the genitive: no replacement',
    text: 'Spojrzał na Dniepropietrowska mapę.',
    language: 'pl',
    expect: 'Spojrzał na Dniepropietrowska mapę.',
    findings: [['Dniepropietrowska', 'Dniepropietrowska', 'suggested', 'form-unknown']],
  },
  {
    why: 'Polish: a governor of the genitive still decides the noun (round 34 example)',
    text: 'Pociąg do Dniepropietrowska przyjechał punktualnie.',
    language: 'pl',
    expect: 'Pociąg do Dniepru przyjechał punktualnie.',
    findings: [['Dniepropietrowska', 'Dniepru', 'applied']],
  },
  {
    why: 'Polish: the nominative leak, ungoverned, keeps its nominative suggestion',
    text: 'Kyiv odpowiedział na zarzuty.',
    language: 'pl',
    expect: 'Kyiv odpowiedział na zarzuty.',
    findings: [['Kyiv', 'Kijów', 'suggested', 'inflection-unsure']],
  },
  {
    why: 'English: Spanish Wikipedia\'s Jreshchátyk carried over by translation (https://es.stringtranslate.com/wiki/Jreshchatyk: "Jreshchátyk es un lugar tradicional de conciertos")',
    text: 'Thousands gathered on Jreshchátyk Street.',
    language: 'en',
    expect: 'Thousands gathered on Khreshchatyk Street.',
    findings: [['Jreshchátyk', 'Khreshchatyk', 'applied']],
  },
  {
    why: 'English: EFE\'s Jreshchatik carried over by translation (EFE via https://portalpolitico.tv/internacionales/kiev-se-llena-de-tanques-rusos-para-celebrar-el-dia-de-la-independencia-de-ucrania: "se exhiben juntos en Jreshchatik, el principal bulevar de Kiev")',
    text: 'The vehicles are on display together on Jreshchatik, the main boulevard of Kyiv.',
    language: 'en',
    expect: 'The vehicles are on display together on Khreshchatyk, the main boulevard of Kyiv.',
    findings: [['Jreshchatik', 'Khreshchatyk', 'applied']],
  },
  {
    why: 'Spanish: the spellings Spanish copy writes stay as written (EFE, as above)',
    text: 'Los blindados se exhiben juntos en Jreshchatik, el principal bulevar de Kiev.',
    language: 'es',
    expect: 'Los blindados se exhiben juntos en Jreshchatik, el principal bulevar de Kiev.',
    findings: [],
  },
  {
    why: 'German: the Spanish spelling leaks like any other language\'s',
    text: 'Auf dem Jreshchatyk wurden russische Panzer ausgestellt.',
    language: 'de',
    expect: 'Auf dem Chreschtschatyk wurden russische Panzer ausgestellt.',
    findings: [['Jreshchatyk', 'Chreschtschatyk', 'applied']],
  },
  {
    why: 'German: the adjective of the old name with the region\'s administration is the region\'s, which keeps its name (was suggested as "Dniproer")',
    text: 'Die Dnipropetrowsker Gebietsverwaltung teilte mit, dass zwei Menschen verletzt wurden.',
    language: 'de',
    expect: 'Die Dnipropetrowsker Gebietsverwaltung teilte mit, dass zwei Menschen verletzt wurden.',
    findings: [],
  },
  {
    why: 'German: the region\'s governor likewise',
    text: 'Der Dnipropetrowsker Gouverneur Serhij Lyssak sagte, die Flugabwehr sei im Einsatz gewesen.',
    language: 'de',
    expect: 'Der Dnipropetrowsker Gouverneur Serhij Lyssak sagte, die Flugabwehr sei im Einsatz gewesen.',
    findings: [],
  },
  {
    why: 'German: elsewhere the adjective may be the region\'s or the city\'s, and no adjective of the new name is house style: reported with no replacement',
    text: 'Die Dnipropetrowsker Polizei meldete zwei Verletzte.',
    language: 'de',
    expect: 'Die Dnipropetrowsker Polizei meldete zwei Verletzte.',
    findings: [['Dnipropetrowsker', 'Dnipropetrowsker', 'suggested', 'form-unknown']],
  },
  {
    why: 'German: so too Kirowohrad, whose region kept its name (was suggested as "Kropywnyzkyjer Gebietsverwaltung")',
    text: 'Die Kirowohrader Gebietsverwaltung meldete einen Drohnenangriff.',
    language: 'de',
    expect: 'Die Kirowohrader Gebietsverwaltung meldete einen Drohnenangriff.',
    findings: [],
  },
  {
    why: 'German: the noun still changes, and the adjective of a city that kept its region\'s name is still suggested',
    text: 'Raketen trafen Dnipropetrowsk. Die Kiewer Regierung widersprach.',
    language: 'de',
    expect: 'Raketen trafen Dnipro. Die Kiewer Regierung widersprach.',
    findings: [['Dnipropetrowsk', 'Dnipro', 'applied'], ['Kiewer', 'Kyjiwer', 'suggested', 'inflection-unsure']],
  },
]

describeRealCopy('real copy, round 35 (d): Polish adjective, Spanish Khreshchatyk', cases, ['news', 'ap', 'reuters', 'bbc'])

const copydesk = createCopydesk({ glossaries })

describe('round 35 (d): a finding with no known form is never applied', () => {
  it('apply: all leaves "Dniepropietrowska policja" as written (it wrote "Dniepr policja")', () => {
    const result = copydesk.normalize({ text: 'Dniepropietrowska policja poinformowała o ataku.', language: 'pl', apply: 'all' })
    expect(result.text).toBe('Dniepropietrowska policja poinformowała o ataku.')
    expect(result.changes.map((c) => [c.original, c.replacement, c.preferred, c.status, c.reason])).toEqual([['Dniepropietrowska', 'Dniepropietrowska', 'Dniepr', 'suggested', 'form-unknown']])
  })
  it('apply: all leaves the German adjective of a renamed city as written', () => {
    const result = copydesk.normalize({ text: 'Die Dnipropetrowsker Polizei meldete zwei Verletzte.', language: 'de', apply: 'all' })
    expect(result.text).toBe('Die Dnipropetrowsker Polizei meldete zwei Verletzte.')
    expect(result.changes.map((c) => [c.replacement, c.preferred, c.reason])).toEqual([['Dnipropetrowsker', 'Dnipro', 'form-unknown']])
  })
  it('apply: none reports it with its own reason', () => {
    const result = copydesk.normalize({ text: 'Dniepropietrowska policja poinformowała o ataku.', language: 'pl', apply: 'none' })
    expect(result.changes.map((c) => [c.original, c.replacement, c.status, c.reason])).toEqual([['Dniepropietrowska', 'Dniepropietrowska', 'suggested', 'form-unknown']])
  })
  it('apply: all still applies a governed genitive and the likely nominative of a leak', () => {
    const result = copydesk.normalize({ text: 'Pociąg do Dniepropietrowska przyjechał. Kyiv odpowiedział.', language: 'pl', apply: 'all' })
    expect(result.text).toBe('Pociąg do Dniepru przyjechał. Kijów odpowiedział.')
  })
})
