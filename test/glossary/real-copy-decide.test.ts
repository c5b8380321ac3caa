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
    why: 'KSHB (https://www.kshb.com/news/local-news/residents-of-odessa-missouri-gather-in-numbers-to-support-sister-city-odessa-ukraine, 2022-04-03) names the three Odessas each with its state or country: the text-wide doubt word "Texas" left "Odessa, Ukraine" only suggested, though the country right after the name says which Odessa it is',
    text: 'ODESSA, Mo. — Dozens of residents in Odessa, Missouri, and Odessa, Texas, gathered in their respective cities on Sunday to support their sister city Odessa, Ukraine.\n\n“If Odessa, Missouri, was in that same situation, it would be wonderful if Odessa, Ukraine, reached out to us as well,” Ehlert said.',
    language: 'en',
    expect: 'ODESSA, Mo. — Dozens of residents in Odessa, Missouri, and Odessa, Texas, gathered in their respective cities on Sunday to support their sister city Odesa, Ukraine.\n\n“If Odessa, Missouri, was in that same situation, it would be wonderful if Odesa, Ukraine, reached out to us as well,” Ehlert said.',
    findings: [['Odessa', 'Odesa', 'applied'], ['Odessa', 'Odesa', 'applied']],
  },
  {
    why: 'the same with the country in brackets, and a bare Odessa in a story that names Texas stays a suggestion: the country decides its own mention only',
    text: 'The plant in Odessa (Ukraine) closed in March. Odessa is far from the refineries of Texas, where the company is based.',
    language: 'en',
    expect: 'The plant in Odesa (Ukraine) closed in March. Odessa is far from the refineries of Texas, where the company is based.',
    findings: [['Odessa', 'Odesa', 'applied'], ['Odessa', 'Odesa', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'and a wire dateline: "ODESSA, Ukraine (AP) —" in a story that also names Texas',
    text: 'ODESSA, Ukraine (AP) — A volunteer from Texas drove the aid convoy to the port.',
    language: 'en',
    expect: 'ODESA, Ukraine (AP) — A volunteer from Texas drove the aid convoy to the port.',
    findings: [['ODESSA', 'ODESA', 'applied']],
  },
  {
    why: 'in Spanish, EFE\'s way of naming the place ("Odessa (Texas)", mt-names-dev es-en-0432a1, whose church raised money for a children\'s hospital in the Ukrainian city; the second sentence is ours) beside the Ukrainian city named the same way, "Odessa (Ucrania)" or "Odessa, en Ucrania": both were only suggested',
    text: 'Una iglesia de Odessa (Texas) recaudó fondos para un hospital infantil de Odessa (Ucrania). El dinero llegará a Odessa, en Ucrania, en mayo.',
    language: 'es',
    expect: 'Una iglesia de Odessa (Texas) recaudó fondos para un hospital infantil de Odesa (Ucrania). El dinero llegará a Odesa, en Ucrania, en mayo.',
    findings: [['Odessa', 'Odesa', 'applied'], ['Odessa', 'Odesa', 'applied']],
  },
  {
    why: 'Lwów named with the country that holds it now is the present city, whatever the text says of Poland (the text-wide doubt of Lwów): only suggested before',
    text: 'Refugees crossed from Poland to Lwów, Ukraine, on Sunday, the regional governor said.',
    language: 'en',
    expect: 'Refugees crossed from Poland to Lviv, Ukraine, on Sunday, the regional governor said.',
    findings: [['Lwów', 'Lviv', 'applied']],
  },
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
