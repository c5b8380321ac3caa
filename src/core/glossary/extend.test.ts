import { describe, expect, it } from 'vitest'
import { miniGlossary } from '../../../test/fixtures/mini-glossary.js'
import { createCopydesk } from '../copydesk.js'
import { compileGlossary } from './compile.js'
import { runExamples } from './examples.js'
import { resolveGlossaries, type GlossaryProfileSource } from './extend.js'
import { formatIssue, GlossaryError } from './glossary-error.js'
import { spacedSpellings } from './compound.js'
import { applyChanges } from '../normalize/apply-changes.js'

const zelenskyy = (extra: Partial<GlossaryProfileSource['concepts'][number]> = {}): GlossaryProfileSource['concepts'][number] => ({
  id: 'zelensky',
  file: 'glossaries/ap/concepts/zelensky.yaml',
  note: 'AP: Zelenskyy.',
  sources: ['https://mediablog.prnewswire.com/2022/03/16/ap-style-roundup-march2022/'],
  forms: { en: { preferred: 'Volodymyr Zelenskyy', surname: 'Zelenskyy', surnameVariants: ['Zelensky', 'Zelenski'], givenVariants: ['Vladimir'] } },
  examples: { en: { change: [{ text: 'Zelensky spoke.', expect: 'Zelenskyy spoke.' }], keep: ['Zelenskyy spoke.'] } },
  ...extra,
})
const ap = (...concepts: GlossaryProfileSource['concepts']): GlossaryProfileSource => ({ id: 'ap', name: 'AP', extends: 'mini', concepts })

function issuesOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof GlossaryError) return error.issues.map(formatIssue)
    throw error
  }
  return []
}

describe('profiles (extends)', () => {
  it('override a concept per language and inherit everything else', () => {
    const copydesk = createCopydesk({ glossaries: [miniGlossary(), ap(zelenskyy())], defaultGlossary: 'mini' })
    const normalize = (text: string, glossary: string, language = 'en') => copydesk.normalize({ text, glossary, language }).text
    expect(normalize('Zelensky and Zelenski left Kiev.', 'ap')).toBe('Zelenskyy and Zelenskyy left Kyiv.')
    expect(normalize('Zelenskyy and Zelenski left Kiev.', 'mini')).toBe('Zelensky and Zelensky left Kyiv.')
    // Spanish is not overridden: the base's house style holds in the profile.
    expect(normalize('Zelensky visitó Kyiv.', 'ap', 'es')).toBe('Zelenski visitó Kiev.')
    expect(copydesk.glossaries().map((g) => [g.id, g.extends, g.concepts])).toEqual([['mini', undefined, 7], ['ap', 'mini', 7]])
    expect(copydesk.glossary('ap')).toMatchObject({ extends: 'mini', languages: ['en', 'es', 'de'], fallbackLanguage: 'en', overrides: { en: ['zelensky'] } })
  })

  it('validate the merged result: a profile cannot claim a variant another concept holds', () => {
    const [, merged] = resolveGlossaries([miniGlossary(), ap(zelenskyy({ forms: { en: { preferred: 'Volodymyr Zelenskyy', surname: 'Zelenskyy', surnameVariants: ['Kiev'] } } }))])
    expect(issuesOf(() => compileGlossary(merged!))).toEqual([
      'glossary ap: kyiv.forms.en.variants[0]: variant "Kiev" is also claimed by concept zelensky (en)',
      'glossary ap: kyiv.forms.de (from another language: "Kiev"): "Kiev" comes from other languages of concepts kyiv and zelensky; list it under exceptions of one of them (de)',
    ])
  })

  it('refuse a preferred form another rule of the merged glossary changes again', () => {
    const kyiv = { id: 'kyiv', file: 'glossaries/ap/concepts/kyiv.yaml', note: 'x', sources: ['https://example.org'], forms: { en: { preferred: 'Kharkov' } }, examples: { en: { change: [], keep: ['Kharkov'] } } }
    const [, merged] = resolveGlossaries([miniGlossary(), ap(kyiv)])
    expect(issuesOf(() => compileGlossary(merged!))).toContain('glossaries/ap/concepts/kyiv.yaml: kyiv.forms.en.preferred: "Kharkov" would be changed again: "Kharkov" → "Kharkiv" by concept kharkiv (en)')
  })

  it('require examples, a note and sources where forms are overridden', () => {
    expect(issuesOf(() => resolveGlossaries([miniGlossary(), ap(zelenskyy({ examples: {}, note: undefined, sources: [] }))]))).toEqual([
      'glossaries/ap/concepts/zelensky.yaml: zelensky.examples.en: the profile overrides forms.en, so it needs its own examples for en',
      'glossaries/ap/concepts/zelensky.yaml: zelensky.note: a profile that overrides forms must say why (note)',
      'glossaries/ap/concepts/zelensky.yaml: zelensky.sources: a profile that overrides forms must cite its sources',
    ])
    expect(issuesOf(() => resolveGlossaries([miniGlossary(), ap(zelenskyy({ kind: 'place' }))]))).toEqual([
      'glossaries/ap/concepts/zelensky.yaml: zelensky.kind: is "person" in the base glossary; a profile cannot change it',
    ])
  })

  it('name a missing base and refuse cycles', () => {
    expect(issuesOf(() => resolveGlossaries([{ ...ap(), extends: 'nope' }]))).toEqual(['glossaries/ap/glossary.yaml: extends: no glossary "nope" to extend (ap)'])
    expect(() => resolveGlossaries([{ ...ap(), extends: 'ap' }])).toThrow('glossary "ap" extends itself (ap → ap)')
  })

  it('run the base examples under the profile, without the changes of the concepts it overrides', () => {
    const base = miniGlossary()
    base.concepts.find((c) => c.id === 'kyiv')!.examples = { en: { change: [{ text: 'Zelenskyy went to Kiev.', expect: 'Zelensky went to Kyiv.' }], keep: ['Zelensky is in Kyiv.'] } }
    const [, merged] = resolveGlossaries([base, ap(zelenskyy())])
    const results = runExamples(compileGlossary(merged!))
    expect(results.map((r) => [r.path, r.message])).toEqual([
      ['kyiv.examples.en.change[0]', 'ok'], ['kyiv.examples.en.keep[0]', 'ok'],
      ['zelensky.examples.en.change[0]', 'ok'], ['zelensky.examples.en.keep[0]', 'ok'],
    ])
    const broken = ap(zelenskyy({ examples: { en: { change: [{ text: 'Zelensky spoke.', expect: 'Zelensky spoke!' }], keep: ['Zelensky spoke.'] } } }))
    expect(runExamples(compileGlossary(resolveGlossaries([base, broken])[1]!)).filter((r) => !r.ok).map((r) => [r.file, r.path])).toEqual([
      ['glossaries/ap/concepts/zelensky.yaml', 'zelensky.examples.en.change[0]'], ['glossaries/ap/concepts/zelensky.yaml', 'zelensky.examples.en.keep[0]'],
    ])
  })

  it('chain: a profile of a profile keeps both overlays', () => {
    const house = { id: 'house', name: 'House', extends: 'ap', concepts: [{ id: 'kyiv', file: 'k.yaml', note: 'Kyiv', sources: ['https://example.org'], forms: { de: { preferred: 'Kiew', variants: ['Kyjiw'] } }, examples: { de: { change: [{ text: 'Kyjiw', expect: 'Kiew' }], keep: ['Kiew'] } } }] }
    const copydesk = createCopydesk({ glossaries: [miniGlossary(), ap(zelenskyy()), house], defaultGlossary: 'mini' })
    expect(copydesk.normalize({ text: 'Zelensky in Kyjiw', glossary: 'house', language: 'de' }).text).toBe('Selenskyj in Kiew')
    expect(copydesk.normalize({ text: 'Zelensky in Kiev', glossary: 'house', language: 'en' }).text).toBe('Zelenskyy in Kyiv')
    expect(copydesk.glossary('house')!.overrides).toEqual({ en: ['zelensky'], de: ['kyiv'] })
  })
})

describe('hyphen and space spellings of a compound', () => {
  it('are one form: the editor lists the hyphenated one', () => {
    expect(spacedSpellings('Kiev-Pechersk Lavra')).toEqual(['Kiev Pechersk Lavra'])
    expect(spacedSpellings('Kiev-88-CM')).toEqual(['Kiev 88-CM', 'Kiev-88 CM', 'Kiev 88 CM'])
    expect(spacedSpellings('Kyiv')).toEqual([])
    expect(spacedSpellings('-Kyiv')).toEqual([])
    const base = miniGlossary()
    base.concepts.find((c) => c.id === 'kyiv')!.forms.en!.exceptions!.push('Kiev-class')
    base.concepts.find((c) => c.id === 'kharkiv')!.forms.en!.variants!.push('Khar-kov')
    const copydesk = createCopydesk({ glossaries: [base], defaultGlossary: 'mini' })
    const normalize = (text: string) => copydesk.normalize({ text, language: 'en' }).text
    expect(normalize('The Kiev class and the Kiev-class carriers left Kiev.')).toBe('The Kiev class and the Kiev-class carriers left Kyiv.')
    expect(normalize('Khar kov and Khar-kov')).toBe('Kharkiv and Kharkiv')
  })
})

describe('a compiled profile', () => {
  const override = (id: string, es: object) => ({ id, file: `glossaries/ap/concepts/${id}.yaml`, note: 'n', sources: ['https://example.org'], forms: { es }, examples: { es: { change: [], keep: ['x'] } } })
  it("reuses the base's matcher for a language whose entries it does not change", () => {
    const base = compileGlossary(miniGlossary())
    const [, same] = resolveGlossaries([miniGlossary(), ap(override('odesa', { preferred: 'Odesa' }))])
    const profile = compileGlossary(same!, { base, lazy: true })
    for (const language of ['en', 'es', 'de']) expect(profile.matcherFor(language), language).toBe(base.matcherFor(language))
  })

  it('builds its own where an override changes the entries, leaks into other languages included', () => {
    const base = compileGlossary(miniGlossary())
    const [, changed] = resolveGlossaries([miniGlossary(), ap(override('kharkiv', { preferred: 'Jarkov', variants: ['Járkov'] }))])
    const profile = compileGlossary(changed!, { base, lazy: true })
    for (const language of ['en', 'es', 'de']) expect(profile.matcherFor(language), language).not.toBe(base.matcherFor(language))
    const normalize = (text: string, language: string) => applyChanges(text, profile.matcherFor(language)!.find(text))
    expect(normalize('Jarkov', 'en')).toBe('Kharkiv')
    expect(normalize('Járkov', 'es')).toBe('Jarkov')
  })
})
