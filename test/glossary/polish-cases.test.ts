import { describe, expect, it } from 'vitest'
import { compileGlossary } from '../../src/core/glossary/compile.js'
import { createCopydesk } from '../../src/core/copydesk.js'
import type { GlossarySource } from '../../src/core/glossary/source.js'
import { glossaries } from '../../src/generated/glossaries.js'
import { issuesOf } from '../fixtures/glossary-issues.js'

const copydesk = createCopydesk({ glossaries })
const pl = (text: string, apply: 'confident' | 'all' | 'none' = 'confident') => copydesk.normalize({ text, language: 'pl', apply })

describe('Polish cases (glossaries/news/languages/pl.yaml)', () => {
  it('inflects a leak by the preposition before it', () => {
    expect(pl('Władze w Kyiv ogłosiły godzinę policyjną.').text).toBe('Władze w Kijowie ogłosiły godzinę policyjną.')
    expect(pl('Delegacja przyjechała do Kyiv, a potem do Kharkiv i do Odesa.').text).toBe('Delegacja przyjechała do Kijowa, a potem do Charkowa i do Odessy.')
    expect(pl('Pociąg przejechał przez Lviv i dotarł we Lviv.').text).toBe('Pociąg przejechał przez Lwów i dotarł we Lwowie.')
    expect(pl('Konwój dotarł do Zaporizhzhia, potem do Kherson.').text).toBe('Konwój dotarł do Zaporoża, potem do Chersonia.')
    expect(pl('Prezydent Zelensky rozmawiał z prezydentem Macronem.').text).toBe('Prezydent Zełenski rozmawiał z prezydentem Macronem.')
    expect(pl('Kanclerz spotkał się z Zelensky, a premier wręczył order prezydentowi Volodymyr Zelensky.').text)
      .toBe('Kanclerz spotkał się z Zełenskim, a premier wręczył order prezydentowi Wołodymyrowi Zełenskiemu.')
  })

  it('reports each change at its place in the input, cased like the input', () => {
    const text = 'W KYIV ogłoszono alarm. W Kyiv też.'
    const { changes } = pl(text)
    expect(changes.map((c) => [c.original, c.replacement, c.status, text.slice(c.start, c.end)])).toEqual([
      ['KYIV', 'KIJOWIE', 'applied', 'KYIV'],
      ['Kyiv', 'Kijowie', 'applied', 'Kyiv'],
    ])
  })

  it('suggests the nominative where the context does not decide the case', () => {
    for (const text of [
      'Kyiv odpowiedział w poniedziałek.', // the subject: no governing word
      'Pomoc z Kyiv dotarła w nocy.', // "z": from (genitive) or with (instrumental)
      'Rakieta uderzyła w Kyiv nad ranem.', // "uderzyć w" also takes the accusative
      'Władze miasta Kyiv ogłosiły alarm.', // apposition: nominative or genitive
      'Walki na Zaporizhzhia nie ustają.', // "na Zaporożu" (region) or "na Zaporoże"
      'Panie prezydencie Zelensky, witamy.', // vocative or locative
    ]) {
      const result = pl(text)
      expect(result.text, text).toBe(text)
      expect(result.changes, text).toEqual([expect.objectContaining({ status: 'suggested', reason: 'inflection-unsure' })])
    }
    // Applying suggestions writes the nominative, which the editor then inflects.
    expect(pl('Kyiv odpowiedział w poniedziałek.', 'all').text).toBe('Kijów odpowiedział w poniedziałek.')
  })

  it('suggests the case of the governed name a conjunction joins a leak to, not the nominative', () => {
    const found = (text: string) => pl(text).changes.map((c) => [c.original, c.replacement, c.status, c.reason ?? null])
    expect(found('Drony zaatakowały obiekty w Kyiv i Kharkiv.')).toEqual([
      ['Kyiv', 'Kijowie', 'applied', null],
      ['Kharkiv', 'Charkowie', 'suggested', 'inflection-unsure'],
    ])
    // The name before the conjunction may already be right: its governor still decides.
    expect(found('W Kijowie oraz Lviv ogłoszono alarm.')).toEqual([['Lviv', 'Lwowie', 'suggested', 'inflection-unsure']])
    expect(found('Pociągi jadą do Kyiv albo Odesa.')).toEqual([
      ['Kyiv', 'Kijowa', 'applied', null],
      ['Odesa', 'Odessy', 'suggested', 'inflection-unsure'],
    ])
    // A name joined in its turn takes the case chosen for the one before it.
    expect(found('Drony nad obiektami w Kyiv i Kharkiv i Odesa.')).toEqual([
      ['Kyiv', 'Kijowie', 'applied', null],
      ['Kharkiv', 'Charkowie', 'suggested', 'inflection-unsure'],
      ['Odesa', 'Odessie', 'suggested', 'inflection-unsure'],
    ])
    // Across a single line break still; not across a blank line, which ends the paragraph.
    expect(found('Byłem w Kyiv\ni Kharkiv.')[1]).toEqual(['Kharkiv', 'Charkowie', 'suggested', 'inflection-unsure'])
    expect(found('Byłem w Kyiv\n\ni Kharkiv odpowiedział.')[1]).toEqual(['Kharkiv', 'Charków', 'suggested', 'inflection-unsure'])
    // Applied with the suggestions, the editor gets the governed case.
    expect(pl('Drony zaatakowały obiekty w Kyiv i Kharkiv.', 'all').text).toBe('Drony zaatakowały obiekty w Kijowie i Charkowie.')
  })

  it("suggests the governed case along a list's commas", () => {
    const found = (text: string) => pl(text).changes.map((c) => [c.original, c.replacement, c.status, c.reason ?? null])
    expect(found('Alarm ogłoszono w Kyiv, Kharkiv i Odesa.')).toEqual([
      ['Kyiv', 'Kijowie', 'applied', null],
      ['Kharkiv', 'Charkowie', 'suggested', 'inflection-unsure'],
      ['Odesa', 'Odessie', 'suggested', 'inflection-unsure'],
    ])
    expect(found('Pociągi jadą do Kyiv, Lviv, Odesa.')).toEqual([
      ['Kyiv', 'Kijowa', 'applied', null],
      ['Lviv', 'Lwowa', 'suggested', 'inflection-unsure'],
      ['Odesa', 'Odessy', 'suggested', 'inflection-unsure'],
    ])
    expect(pl('Alarm ogłoszono w Kyiv, Kharkiv i Odesa.', 'all').text).toBe('Alarm ogłoszono w Kijowie, Charkowie i Odessie.')
    // Not across other punctuation, nor a blank line.
    expect(found('Alarm w Kyiv; Kharkiv odpowiedział.')[1]).toEqual(['Kharkiv', 'Charków', 'suggested', 'inflection-unsure'])
    expect(found('Alarm w Kyiv,\n\nKharkiv odpowiedział.')[1]).toEqual(['Kharkiv', 'Charków', 'suggested', 'inflection-unsure'])
  })

  it('gives a joined name of another kind no case its governor does not admit for it', () => {
    const found = (text: string) => pl(text).changes.map((c) => [c.original, c.replacement, c.status, c.reason ?? null])
    // "w" governs places only: the person after "i" or a comma is likelier the subject.
    expect(found('Rozmawiali w Kyiv i Zelensky odpowiedział.')[1]).toEqual(['Zelensky', 'Zełenski', 'suggested', 'inflection-unsure'])
    expect(found('W Kyiv, Zelensky powiedział.')[1]).toEqual(['Zelensky', 'Zełenski', 'suggested', 'inflection-unsure'])
    // Along a chain too: Kharkiv took the locative, Zelensky does not.
    expect(found('Alarm w Kyiv i Kharkiv i Zelensky odpowiedział.')[2]).toEqual(['Zelensky', 'Zełenski', 'suggested', 'inflection-unsure'])
  })

  it('keeps the nominative where the conjunction does not follow a governed name', () => {
    const found = (text: string) => pl(text).changes.map((c) => [c.original, c.replacement, c.status])
    // No governor before the first name either.
    expect(found('Kyiv i Kharkiv odpowiedziały.')).toEqual([['Kyiv', 'Kijów', 'suggested'], ['Kharkiv', 'Charków', 'suggested']])
    // A governor that admits two cases whose forms differ decides neither name.
    expect(found('Pomoc z Kyiv i Kharkiv dotarła.')).toEqual([['Kyiv', 'Kijów', 'suggested'], ['Kharkiv', 'Charków', 'suggested']])
    // Words between the name and the conjunction: not joined.
    expect(found('W Kijowie było cicho i Kharkiv odpowiedział.')).toEqual([['Kharkiv', 'Charków', 'suggested']])
    // A conjunction the language does not list.
    expect(found('W Kijowie czy Kharkiv?')).toEqual([['Kharkiv', 'Charków', 'suggested']])
  })

  it('holds back the nominative of a concept without case forms where a governor calls for another case', () => {
    const found = (text: string) => pl(text).changes.map((c) => [c.original, c.replacement, c.status, c.reason ?? null])
    // Andrij Jermak, Bachmut and Mariupol list no Polish case forms: the nominative is all there is.
    expect(found('Spotkanie z Andriy Yermak trwało godzinę.')).toEqual([['Andriy Yermak', 'Andrij Jermak', 'suggested', 'inflection-unsure']])
    expect(found('Droga do Bakhmut jest zamknięta.')).toEqual([['Bakhmut', 'Bachmut', 'suggested', 'inflection-unsure']])
    expect(found('Walki w Mariúpol trwają.')).toEqual([['Mariúpol', 'Mariupol', 'suggested', 'inflection-unsure']])
    // Joined to a governed name, as with case forms.
    expect(found('W Kyiv i Bakhmut ogłoszono alarm.')[1]).toEqual(['Bakhmut', 'Bachmut', 'suggested', 'inflection-unsure'])
    // Where nothing governs the name, the nominative stands (most often the subject).
    expect(found('Andriy Yermak przyjechał wczoraj.')).toEqual([['Andriy Yermak', 'Andrij Jermak', 'applied', null]])
    expect(found('Bakhmut się broni.')).toEqual([['Bakhmut', 'Bachmut', 'applied', null]])
    // The accusative of a place may be its nominative (sameAsNominative in pl.yaml); a person's is not.
    expect(found('Atak na Bakhmut trwa.')).toEqual([['Bakhmut', 'Bachmut', 'applied', null]])
    expect(found('Rosjanie nacierają na Siversk.')).toEqual([['Siversk', 'Siwersk', 'applied', null]])
    expect(found('Rozmowy prowadzono przez Andriy Yermak.')).toEqual([['Andriy Yermak', 'Andrij Jermak', 'suggested', 'inflection-unsure']])
    // Accepted, the suggestion writes the nominative for the editor to inflect.
    expect(pl('Spotkanie z Andriy Yermak trwało godzinę.', 'all').text).toBe('Spotkanie z Andrij Jermak trwało godzinę.')
  })

  it('maps a leak already inflected to the same case of the house form, wherever it stands', () => {
    expect(pl("Doradca Zelenskiego i doradca Zelensky'ego potwierdzili wizytę.").text).toBe('Doradca Zełenskiego i doradca Zełenskiego potwierdzili wizytę.')
    expect(pl('Zelenskiemu wręczono nagrodę, a z Zelenskim rozmawiano.').text).toBe('Zełenskiemu wręczono nagrodę, a z Zełenskim rozmawiano.')
    expect(pl('Statki wypłynęły z Odesy, a w Odesie ogłoszono alarm.').text).toBe('Statki wypłynęły z Odessy, a w Odessie ogłoszono alarm.')
  })

  it('leaves correct Polish, frozen English titles and Polish look-alikes alone', () => {
    for (const text of [
      'W Kijowie, Charkowie i Lwowie ogłoszono alarm; rozmowy z Kijowem utknęły.',
      'Doradca Zełenskiego rozmawiał z Wołodymyrem Zełenskim.',
      'Artykuł ukazał się w Kyiv Independent.',
      'Tadeusz Boy-Żeleński przetłumaczył Prousta; przekłady Boya-Żeleńskiego ukazały się przed wojną.',
      'Rakieta uderzyła w Kijów nad ranem.',
    ]) {
      expect(pl(text).changes, text).toEqual([])
    }
  })

  it('is idempotent', () => {
    const text = 'Prezydent Zelensky przyjechał do Kyiv. Zelensky powiedział, że w Kharkiv jest spokojnie.'
    const once = pl(text, 'all').text
    expect(pl(once, 'all').changes.filter((c) => c.status === 'applied')).toEqual([])
    const confident = pl(text).text
    expect(confident).toBe('Prezydent Zełenski przyjechał do Kijowa. Zelensky powiedział, że w Charkowie jest spokojnie.')
    expect(pl(confident).text).toBe(confident)
  })
})

describe('cases in the glossary format', () => {
  const source = (forms: Record<string, unknown>, governors: unknown = [{ words: ['w'], cases: ['locative'] }]): GlossarySource => ({
    id: 't', name: 'T', fallbackLanguage: 'pl', languages: ['pl'],
    languageRules: { pl: { file: 'glossaries/t/languages/pl.yaml', cases: { names: ['nominative', 'genitive', 'locative'], governors } as never } },
    concepts: [{ id: 'kyiv', kind: 'place', file: 'kyiv.yaml', forms: { pl: { preferred: 'Kijów', variants: ['Kyiv'], ...forms } } }],
  })

  it('applies the governed case of a concept of its own', () => {
    const glossary = compileGlossary(source({ cases: { genitive: 'Kijowa', locative: 'Kijowie' } }))
    expect(glossary.matcherFor('pl')!.find('Byli w Kyiv.')).toEqual([expect.objectContaining({ replacement: 'Kijowie', status: 'applied' })])
    expect(glossary.matcherFor('pl')!.find('Byli do Kyiv.')).toEqual([expect.objectContaining({ replacement: 'Kijów', status: 'suggested', reason: 'inflection-unsure' })])
  })

  it('refuses conjunctions that are not single words', () => {
    const bad = source({ cases: { genitive: 'Kijowa', locative: 'Kijowie' } })
    bad.languageRules!.pl!.cases!.coordinators = ['i', 'i oraz']
    expect(issuesOf(bad)).toEqual(["glossaries/t/languages/pl.yaml: languageRules.pl.cases.coordinators: must list single words, and ',' for a list's comma, like [',', i, oraz]"])
    bad.languageRules!.pl!.cases!.coordinators = ['i', ';']
    expect(issuesOf(bad)).toHaveLength(1)
    bad.languageRules!.pl!.cases!.coordinators = ['i', 'oraz']
    expect(issuesOf(bad)).toEqual([])
    expect(compileGlossary(bad).matcherFor('pl')!.find('Byli w Kyiv oraz Kyiv.').map((c) => [c.replacement, c.status])).toEqual([['Kijowie', 'applied'], ['Kijowie', 'suggested']])
    // A comma joins only where the language lists it.
    expect(compileGlossary(bad).matcherFor('pl')!.find('Byli w Kyiv, Kyiv.').map((c) => [c.replacement, c.status])).toEqual([['Kijowie', 'applied'], ['Kijów', 'suggested']])
    bad.languageRules!.pl!.cases!.coordinators = [',', 'i']
    expect(compileGlossary(bad).matcherFor('pl')!.find('Byli w Kyiv, Kyiv.').map((c) => [c.replacement, c.status])).toEqual([['Kijowie', 'applied'], ['Kijowie', 'suggested']])
  })

  it('checks the cases written like the nominative', () => {
    const bad = source({ cases: { genitive: 'Kijowa', locative: 'Kijowie' } })
    const at = 'glossaries/t/languages/pl.yaml: languageRules.pl.cases.sameAsNominative'
    // As an upload would send it: JSON that the types do not vouch for.
    Object.assign(bad.languageRules!.pl!.cases!, { sameAsNominative: [{ cases: ['nominative'] }, { cases: ['genitive'], kinds: ['city'] }] })
    expect(issuesOf(bad)).toEqual([
      `${at}[0].cases: must list cases among genitive, locative`,
      `${at}[1].kinds: must list kinds among place, person, landmark, organization, institution, region, term`,
    ])
    bad.languageRules!.pl!.cases!.sameAsNominative = [{ cases: ['genitive'], kinds: ['place'] }]
    expect(issuesOf(bad)).toEqual([])
  })

  it('names the file and entry of bad case forms and governors', () => {
    expect(issuesOf(source({ cases: { genitive: 'Kijowa', nominative: 'Kijów', dativ: 'Kijowowi' } }))).toEqual([
      'kyiv.yaml: kyiv.forms.pl.cases.nominative: the nominative is the preferred form; list the other cases',
      'kyiv.yaml: kyiv.forms.pl.cases.dativ: unknown case "dativ" (expected one of genitive, locative)',
      'kyiv.yaml: kyiv.forms.pl.cases: missing the locative',
    ])
    expect(issuesOf(source({ cases: { genitive: 'Kijowa', locative: { form: 'w Kijowie', variants: [' Kyjiwie'] } } }))).toEqual([
      'kyiv.yaml: kyiv.forms.pl.cases.locative.variants[0]: " Kyjiwie" has leading or trailing spaces',
      'kyiv.yaml: kyiv.forms.pl.cases.locative: "w Kijowie" must have as many words as "Kijów"',
    ])
    expect(issuesOf(source({ cases: { genitive: 'Kijowa', locative: 'Kijowie' } }, [{ words: ['w,'], cases: ['ablative'], kinds: ['city'] }]))).toEqual([
      'glossaries/t/languages/pl.yaml: languageRules.pl.cases.governors[0].words[0]: must be one to three words, separated by single spaces',
      'glossaries/t/languages/pl.yaml: languageRules.pl.cases.governors[0].cases: must list cases among nominative, genitive, locative',
      'glossaries/t/languages/pl.yaml: languageRules.pl.cases.governors[0].kinds: must list kinds among place, person, landmark, organization, institution, region, term',
    ])
  })

  it('refuses case forms in a language without cases', () => {
    const bad: GlossarySource = { ...source({}), languageRules: {}, concepts: [{ id: 'kyiv', kind: 'place', file: 'kyiv.yaml', forms: { pl: { preferred: 'Kijów', cases: { genitive: 'Kijowa' } } } }] }
    expect(issuesOf(bad)).toEqual(['kyiv.yaml: kyiv.forms.pl.cases: the language has no cases (languages/<lang>.yaml: cases)'])
  })

  it('rejects a case form that another concept claims as a variant', () => {
    const clash: GlossarySource = {
      ...source({ cases: { genitive: 'Kijowa', locative: 'Kijowie' } }),
    }
    clash.concepts.push({ id: 'other', kind: 'term', file: 'other.yaml', forms: { pl: { preferred: 'Inny', variants: ['Kijowie'] } } })
    expect(issuesOf(clash)).toContain('other.yaml: other.forms.pl.variants[0]: variant "Kijowie" is the preferred form of concept kyiv (pl)')
  })
})
