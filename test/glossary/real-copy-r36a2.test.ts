import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 36 (a2): the singular present of a verb of writing right before a form. Until this
 * round Spanish Kyiv listed "escribe" as a neighbour word, which held "Reuters escribe Kyiv" in
 * silence; the round made the plural a cue ("los ucranianos escriben Kyiv") but left the
 * singular out, so the sentence on how an agency spells the name was changed ("Reuters escribe
 * Kiev"). The singular now says the name is discussed where it has a subject of its own; where
 * it opens its clause (after a quotation, a comma, a colon, a dash, or at the sentence's start)
 * the name is its subject, the writer, and changes as before.
 */
const cases: RealCopyCase[] = [
  {
    why: 'Spanish, an agency\'s spelling: "escribe" with a subject of its own (applied "Reuters escribe Kiev" before the fix)',
    text: 'Reuters escribe Kyiv.',
    language: 'es',
    expect: 'Reuters escribe Kyiv.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Spanish, both forms named: the spelling discussed',
    text: 'La agencia escribe Kyiv y no Kiev.',
    language: 'es',
    expect: 'La agencia escribe Kyiv y no Kiev.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Spanish, "escribe" opening its clause after a quotation: the writer, changed as before',
    text: '«Vamos a ganar», escribe Zelensky en Telegram.',
    language: 'es',
    expect: '«Vamos a ganar», escribe Zelenski en Telegram.',
    findings: [['Zelensky', 'Zelenski', 'applied']],
  },
  {
    why: 'Spanish, "escribe" at the sentence\'s start: the writer',
    text: 'Escribe Zelensky en su mensaje que no cederá.',
    language: 'es',
    expect: 'Escribe Zelenski en su mensaje que no cederá.',
    findings: [['Zelensky', 'Zelenski', 'applied']],
  },
  {
    why: 'Spanish, "escribe sobre Kyiv": the place, not right after the verb',
    text: 'El periódico escribe sobre Kyiv todos los días.',
    language: 'es',
    expect: 'El periódico escribe sobre Kiev todos los días.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Portuguese, an agency\'s spelling with "escreve"',
    text: 'A Reuters escreve Kyiv.',
    language: 'pt',
    expect: 'A Reuters escreve Kyiv.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Portuguese, "escreve" opening its clause after a quotation: the writer',
    text: '«Vamos vencer», escreve Zelenskiy no Telegram.',
    language: 'pt',
    expect: '«Vamos vencer», escreve Zelensky no Telegram.',
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'Italian, an agency\'s spelling with "scrive"',
    text: 'La Reuters scrive Kyiv.',
    language: 'it',
    expect: 'La Reuters scrive Kyiv.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'Italian, "scrive" opening its clause after a quotation: the writer',
    text: '«Vinceremo», scrive Zelenskiy su Telegram.',
    language: 'it',
    expect: '«Vinceremo», scrive Zelensky su Telegram.',
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'French, an agency\'s spelling with "écrit"',
    text: 'Reuters écrit Kyiv.',
    language: 'fr',
    expect: 'Reuters écrit Kyiv.',
    findings: [['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'French, "écrit" after a colon opening its clause: the writer',
    text: 'Sur Telegram : écrit Zelenskiy, « nous tiendrons ».',
    language: 'fr',
    expect: 'Sur Telegram : écrit Zelensky, « nous tiendrons ».',
    findings: [['Zelenskiy', 'Zelensky', 'applied']],
  },
  {
    why: 'French, "écrit sur Kyiv": the place',
    text: 'Le journal écrit sur Kyiv tous les jours.',
    language: 'fr',
    expect: 'Le journal écrit sur Kiev tous les jours.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
]

describeRealCopy('real copy: the singular verb of writing right before a form', cases)
