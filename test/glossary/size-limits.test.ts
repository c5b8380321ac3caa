import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { MAX_CUE_PHRASES, MAX_FORM_LENGTH, MAX_PHRASE_LENGTH } from '../../src/core/glossary/validate.js'
import type { GlossarySource } from '../../src/core/glossary/source.js'
import { issuesOf } from '../fixtures/glossary-issues.js'

const glossary = (forms: Record<string, unknown>, languageRules?: GlossarySource['languageRules']): GlossarySource => ({
  id: 'g',
  name: 'Limits',
  languages: ['en'],
  fallbackLanguage: 'en',
  concepts: [{ id: 'kyiv', kind: 'place', file: 'kyiv.yaml', forms: { en: { preferred: 'Kyiv', ...forms } } }],
  ...(languageRules ? { languageRules } : {}),
})

/** Words of 7 letters, space-separated, `length` units in all: a form the matcher could walk. */
const words = (length: number) => 'Abcdefg '.repeat(Math.ceil(length / 8)).slice(0, length).trimEnd().padEnd(length, 'x')

// An uploaded glossary may hold a form of a whole megabyte: the compile walks each form once per
// word start in it (the closure, the stability check), so 64,000 units took 5.5 s and a
// megabyte minutes, holding a request (or a Worker past its CPU limit) where it should be refused.
describe('a form longer than a name', () => {
  it('is refused with the file, the entry, its length and the limit, not quoted whole', () => {
    const long = `Kiev ${words(MAX_FORM_LENGTH - 4)}`
    expect(long.length).toBe(MAX_FORM_LENGTH + 1)
    expect(issuesOf(glossary({ variants: ['Kiev', long] }))).toEqual([
      `kyiv.yaml: kyiv.forms.en.variants[1]: "${long.slice(0, 40)}…" is ${MAX_FORM_LENGTH + 1} characters long: a form is a name as copy spells it, at most ${MAX_FORM_LENGTH}`,
    ])
    // One unit shorter is a form like any other.
    expect(issuesOf(glossary({ variants: ['Kiev', long.slice(0, MAX_FORM_LENGTH)] }))).toEqual([])
  })

  it('is refused wherever forms stand: the preferred form, exceptions, a variant with a context', () => {
    const long = words(1_000_000)
    const issues = issuesOf({ ...glossary({}), concepts: [{ id: 'kyiv', kind: 'place', file: 'kyiv.yaml', forms: { en: { preferred: long, variants: [{ form: long, context: { notFollowedBy: ['Oblast'] } }], exceptions: [long] } } }] })
    expect(issues.map((issue) => issue.slice(0, issue.indexOf(':', 'kyiv.yaml: '.length)))).toEqual([
      'kyiv.yaml: kyiv.forms.en.preferred',
      'kyiv.yaml: kyiv.forms.en.variants[0].form',
      'kyiv.yaml: kyiv.forms.en.exceptions[0]',
    ])
    for (const issue of issues) expect(issue).toMatch(/"Abcdefg Abcdefg .{24}…" is 1000000 characters long/)
  })

  it('cuts the quoted start before a surrogate pair, so the message is well-formed', () => {
    const long = `${'K'.repeat(39)}\u{1D400}${'x'.repeat(MAX_FORM_LENGTH)}`
    const [issue] = issuesOf(glossary({ variants: [long] }))
    expect(issue).toContain(`"${'K'.repeat(39)}…"`)
    expect(issue!.isWellFormed()).toBe(true)
  })
})

// The cue phrases are spelled into one regular expression by recursion, one level a unit: a
// phrase of 64,000 units overflowed the stack (a RangeError out of the compile, not an issue).
describe('a cue phrase longer than a few words', () => {
  it('is refused with its place and the limit, not thrown as a stack overflow', () => {
    const long = words(64_000)
    const issues = issuesOf(glossary({ variants: ['Kiev'] }, { en: { file: 'en.yaml', cues: [{ before: ['formerly', long], gap: 1 }, { after: [long] }] } }))
    expect(issues).toEqual([
      `en.yaml: languageRules.en.cues[0].before[1]: "${long.slice(0, 40)}…" is 64000 characters long: a phrase is a few words, at most ${MAX_PHRASE_LENGTH}`,
      `en.yaml: languageRules.en.cues[1].after[0]: "${long.slice(0, 40)}…" is 64000 characters long: a phrase is a few words, at most ${MAX_PHRASE_LENGTH}`,
    ])
  })

  it('is refused as a case governor too', () => {
    const long = 'w'.repeat(MAX_PHRASE_LENGTH + 1)
    const source: GlossarySource = {
      id: 'g', name: 'Limits', languages: ['pl'], fallbackLanguage: 'pl',
      languageRules: { pl: { file: 'pl.yaml', cases: { names: ['nominative', 'locative'], governors: [{ words: ['w', long], cases: ['locative'] }] } } },
      concepts: [{ id: 'kyiv', kind: 'place', file: 'kyiv.yaml', forms: { pl: { preferred: 'Kijów', variants: ['Kyiv'], cases: { locative: 'Kijowie' } } } }],
    }
    expect(issuesOf(source)).toEqual([`pl.yaml: languageRules.pl.cases.governors[0].words[1]: "${long.slice(0, 40)}…" is ${MAX_PHRASE_LENGTH + 1} characters long: a phrase is a few words, at most ${MAX_PHRASE_LENGTH}`])
  })

  it('of the limit still compiles and cues a name', () => {
    const phrase = words(MAX_PHRASE_LENGTH)
    const source = glossary({ variants: ['Kiev'] }, { en: { cues: [{ before: [phrase] }] } })
    expect(issuesOf(source)).toEqual([])
    const copydesk = createCopydesk({ glossaries: [source], defaultGlossary: 'g' })
    const findings = (text: string) => copydesk.normalize({ text, language: 'en', glossary: 'g' }).changes.map((c) => [c.original, c.status, c.reason ?? null])
    expect(findings(`They said ${phrase} Kiev.`)).toEqual([['Kiev', 'suggested', 'name-discussed']])
    expect(findings('They said Kiev.')).toEqual([['Kiev', 'applied', null]])
  })
})

// The words around every name found are searched for every cue phrase of its language: with
// 10,000 phrases a name-dense 120 KB text took 0.6-2 s against 0.03 s with the built-in 61.
describe('more cue phrases than a language needs', () => {
  const phrases = (n: number) => Array.from({ length: n }, (_, i) => `phrase ${i.toString(36)}`)

  it('are refused, counted over every cue of the language', () => {
    expect(issuesOf(glossary({ variants: ['Kiev'] }, { en: { file: 'en.yaml', cues: [{ before: phrases(300) }, { after: phrases(201) }] } }))).toEqual([
      `en.yaml: languageRules.en.cues: has 501 phrases: a language's cues hold at most ${MAX_CUE_PHRASES}, since the words around every name found are searched for them`,
    ])
    expect(issuesOf(glossary({ variants: ['Kiev'] }, { en: { cues: [{ before: phrases(300) }, { after: phrases(200) }] } }))).toEqual([])
  })
})
