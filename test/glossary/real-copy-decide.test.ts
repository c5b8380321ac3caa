import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 32: what decides one mention against the rest of the text. The country set off right
 * after a place's name ("Odessa, Ukraine") decides that mention, whatever other places of the
 * same name the text names (a text-wide doubt); a bare gloss in brackets ("Lviv (Leópolis)")
 * keeps the text's other mentions of the glossed form as suggestions with a reason of its own,
 * not as a historical name. The findings are listed whole, suggestions included.
 */
const cases: RealCopyCase[] = [
  {
    why: 'a bare gloss in brackets, "Lviv (Leópolis)", made the text\'s other "Lviv" a `historical-passage` suggestion: the text glosses the name, it does not call it historical (`glossed-passage`)',
    text: 'Lviv (Leópolis) es una ciudad del oeste de Ucrania. En Lviv hubo alarmas antiaéreas el lunes.',
    language: 'es',
    expect: 'Lviv (Leópolis) es una ciudad del oeste de Ucrania. En Lviv hubo alarmas antiaéreas el lunes.',
    findings: [['Lviv', 'Leópolis', 'suggested', 'self-gloss'], ['Lviv', 'Leópolis', 'suggested', 'glossed-passage']],
  },
  {
    why: 'and in English, "Kiev (Kyiv)" or "Kharkov (Ukrainian: Kharkiv)": glosses, not a name given as the old one ("Kharkov (now Kharkiv)" stays `historical-passage`, names-discussed.test.ts)',
    text: 'Kharkov (Ukrainian: Kharkiv) was the first capital of Soviet Ukraine. Kharkov’s tractor plant employed 20,000 workers.',
    language: 'en',
    expect: 'Kharkov (Ukrainian: Kharkiv) was the first capital of Soviet Ukraine. Kharkov’s tractor plant employed 20,000 workers.',
    findings: [['Kharkov', 'Kharkiv', 'suggested', 'self-gloss'], ['Kharkov', 'Kharkiv', 'suggested', 'glossed-passage']],
  },
]

describeRealCopy('real copy: what decides a mention (round 32)', cases)
