import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { glossaries } from '../../src/generated/glossaries.js'
import { checkDraft } from '../../src/core/glossary/check-draft.js'
import { resolveGlossaries } from '../../src/core/glossary/extend.js'
import type { FormsSource, GlossarySource } from '../../src/core/glossary/source.js'
import { exchangeFormats, mergeImported, type NotCarried } from '../../src/core/glossary/exchange/index.js'
import { readRecords } from '../../src/core/glossary/exchange/csv.js'
import { conceptTerms, type TermRole } from '../../src/core/glossary/exchange/terms.js'

/**
 * A standards editor who exports the glossary and imports the file back gets the same glossary,
 * or is told exactly what the format could not carry. Checked on the real news glossary, every
 * language, every format (and every language pair of the one-direction formats): what a format
 * really loses is found here by comparing the glossary with what comes back from the file (an
 * import into an empty glossary, or a read of the MT engine's file), independently of the
 * format's own code, and each lost field must be in the format's report, for the concepts that
 * lose it; and the report claims nothing that is not lost.
 */
const news = resolveGlossaries(glossaries).find((g) => g.id === 'news')!
const LANGUAGES = [...new Set(news.concepts.flatMap((c) => Object.keys(c.forms)))]

type Lost = Map<string, Set<string>>
type Segment = string | number
const LISTS = new Set(['variants', 'surnameVariants'])
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
const formOf = (v: unknown): unknown => (isObject(v) ? v.form : v)

/** A concrete path (`forms.es.variants.3.context.speakerAfter`) as the schema names it (`forms.<lang>.variants[].context.speakerAfter`). */
function schemaPath(segments: readonly Segment[], lang: (code: string) => string): string {
  const [first, second, third, , fifth, sixth] = segments
  if (first === 'forms') {
    const base = `forms.${lang(String(second))}`
    if (third === undefined) return base
    if (LISTS.has(String(third)) && segments.length > 4 && fifth !== 'form') {
      return `${base}.${String(third)}[].${String(fifth)}${fifth === 'context' && sixth !== undefined ? `.${String(sixth)}` : ''}`
    }
    return `${base}.${String(third)}`
  }
  if (first === 'context' && second !== undefined) return `context.${String(second)}`
  return String(first)
}

/** Every field of `a` that `b` lacks or has otherwise, by concept ('' for the glossary's own fields). */
function lostFields(a: GlossarySource, b: GlossarySource, lang: (code: string) => string = () => '<lang>'): Lost {
  const lost: Lost = new Map()
  const note = (path: string, concept: string): void => {
    lost.set(path, (lost.get(path) ?? new Set()).add(concept))
  }
  const walk = (x: unknown, y: unknown, segments: Segment[], record: (segments: Segment[]) => void): void => {
    if (isDeepStrictEqual(x, y)) return
    if (isObject(x)) {
      // A variant written back as its bare form has lost its other fields, not its form.
      const other = isObject(y) ? y : typeof y === 'string' && typeof x.form === 'string' ? { form: y } : {}
      for (const key of new Set([...Object.keys(x), ...Object.keys(other)])) walk(x[key], other[key], [...segments, key], record)
    } else if (Array.isArray(x)) {
      const ys = Array.isArray(y) ? y : []
      if (!isDeepStrictEqual(x.map(formOf), ys.map(formOf))) record(segments)
      x.forEach((item, i) => {
        if (isObject(item)) walk(item, formOf(ys[i]) === item.form ? ys[i] : undefined, [...segments, i], record)
      })
    } else if (x !== undefined) {
      record(segments)
    }
  }
  const { concepts: _a, languageRules: rulesA, ...glossaryA } = a
  const { concepts: _b, languageRules: rulesB, ...glossaryB } = b
  walk(glossaryA, glossaryB, [], (s) => note(`glossary.${String(s[0])}`, ''))
  walk(rulesA ?? {}, rulesB ?? {}, [], (s) => s[1] !== 'file' && note(`languageRules.<lang>.${String(s[1])}`, ''))
  const byId = new Map(b.concepts.map((c) => [c.id, c]))
  for (const concept of a.concepts) {
    const { file: _file, ...fields } = concept
    walk(fields, byId.get(concept.id) ?? {}, [], (s) => note(schemaPath(s, lang), concept.id))
  }
  return lost
}

/** Whether a report entry (a schema path) names `path`, or a field `path` is part of. */
const covers = (entry: string, path: string): boolean => path === entry || path.startsWith(`${entry}.`) || path.startsWith(`${entry}[]`)

const KEY: Record<TermRole, string> = {
  preferred: 'preferred', surname: 'surname', variant: 'variants', 'surname-variant': 'surnameVariants', 'given-variant': 'givenVariants', exception: 'exceptions',
}

/** What a file for an MT engine loses: each form it does not hold as house style, and every field that is not a form. */
function lostToEngine(glossary: GlossarySource, held: (concept: string, language: string, role: TermRole, form: string) => boolean, lang: (code: string) => string): Lost {
  // The engine's file holds no field of the glossary's own, and of a concept only its forms.
  // Its forms are checked one by one below: here they are bare forms, all there.
  const bareForms = (forms: FormsSource): FormsSource => {
    const { preferred, surname, variants, surnameVariants, givenVariants, exceptions } = forms
    const bare = { preferred, surname, variants: variants?.map(formOf), surnameVariants: surnameVariants?.map(formOf), givenVariants, exceptions } as FormsSource
    return Object.fromEntries(Object.entries(bare).filter(([, v]) => v !== undefined))
  }
  const concepts = glossary.concepts.map((c) => ({ id: c.id, kind: c.kind, forms: Object.fromEntries(Object.entries(c.forms).map(([l, f]) => [l, bareForms(f)])) }))
  const skeleton = { id: glossary.id, concepts } as GlossarySource
  const lost = lostFields(glossary, skeleton, lang)
  for (const concept of glossary.concepts) {
    // The engine's file names no concept: what it holds is forms, not concepts.
    lost.set('id', (lost.get('id') ?? new Set()).add(concept.id))
    const { forms: _forms, ...rest } = concept
    if (rest.kind) lost.set('kind', (lost.get('kind') ?? new Set()).add(concept.id))
    for (const { language, role, form } of conceptTerms(concept)) {
      if (held(concept.id, language, role, form)) continue
      const path = `forms.${lang(language)}.${KEY[role]}`
      lost.set(path, (lost.get(path) ?? new Set()).add(concept.id))
    }
  }
  return lost
}

/**
 * The format's static list (`cannotCarry`, the docs' table) names every lost field; its report
 * for this glossary (`notCarried`, the export's header) names exactly the lost fields, each with
 * every concept that loses it.
 */
function expectReported(format: string, lost: Lost, cannotCarry: readonly string[], report: readonly NotCarried[], lang: (code: string) => string = () => '<lang>'): void {
  // A field lost by every concept that has it is one the format cannot carry; one lost by some
  // (a concept with no form in the target language) is in the report only.
  const used = lostFields(news, { id: news.id, concepts: news.concepts.map((c) => ({ id: c.id })) } as GlossarySource, lang)
  const always = [...lost].filter(([path, concepts]) => [...(used.get(path) ?? [])].every((c) => concepts.has(c))).map(([path]) => path)
  const missing = always.filter((path) => !cannotCarry.some((entry) => covers(entry, path)))
  expect(missing, `${format}: lost, not in cannotCarry`).toEqual([])
  expect(report.map((r) => r.field).sort(), `${format}: notCarried names the lost fields`).toEqual([...lost.keys()].sort())
  for (const { field, concepts } of report) {
    const losing = [...lost.get(field)!].filter(Boolean)
    expect(losing.filter((c) => !concepts.includes(c)), `${format}: concepts that lose ${field}, not reported`).toEqual([])
  }
}

describe('the full-fidelity round trips: the same glossary back', () => {
  const all = resolveGlossaries(glossaries)
  it.each(['tbx', 'csv'])('%s: export, then import into the glossary it came from, gives that glossary (news and each profile)', (format) => {
    const f = exchangeFormats[format]!
    expect(all.map((g) => g.id)).toEqual(expect.arrayContaining(['news', 'ap', 'bbc', 'reuters']))
    for (const g of all) expect(mergeImported(g, f.import!(f.export(g)), format), g.id).toEqual(g)
  })

  it('the glossary as JSON (GET /v1/glossaries/:id/versions/:version, PUT /v1/glossaries/:id) comes back whole', () => {
    const check = checkDraft(JSON.parse(JSON.stringify(news)), news.id)
    expect(check.ok).toBe(true)
    const { concepts, ...rest } = news
    expect(check.ok && check.source).toEqual({ ...rest, concepts: concepts.map(({ file: _file, ...c }) => c) })
  })
})

describe('what a file cannot carry is reported, field by field', () => {
  const bare: GlossarySource = { id: news.id, name: '', fallbackLanguage: 'und', languages: [], concepts: [] }

  it.each(['tbx', 'csv'])('%s: every field an import into an empty glossary does not get back is in cannotCarry', (format) => {
    const f = exchangeFormats[format]!
    const lost = lostFields(news, mergeImported(bare, f.import!(f.export(news)), format))
    expect([...lost.keys()].filter((path) => path.endsWith('.speakerAfter'))).toEqual(['forms.<lang>.variants[].context.speakerAfter'])
    expectReported(format, lost, f.cannotCarry, f.notCarried(news))
  })

  for (const format of ['deepl', 'amazon']) {
    it(`${format}: every field the file for each language pair does not hold is in cannotCarry`, () => {
      const f = exchangeFormats[format]!
      for (const from of LANGUAGES) {
        for (const to of LANGUAGES.filter((l) => l !== from)) {
          const text = f.export(news, { from, to })
          const rows = format === 'deepl' ? text.trimEnd().split('\n').map((l) => l.split('\t')) : readRecords(text).slice(1)
          const entries = new Map(rows.map(([s, t]) => [s!, t!]))
          const targets = new Set(entries.values())
          const forms = new Map(news.concepts.map((c) => [c.id, c.forms]))
          const held = (concept: string, language: string, role: TermRole, form: string): boolean => {
            const target = forms.get(concept)![to]
            const surname = role === 'surname' || role === 'surname-variant'
            const house = surname ? target?.surname : target?.preferred
            if (language === from && (role === 'preferred' || role === 'variant' || surname)) return house !== undefined && entries.get(form) === house
            if (language === to && (role === 'preferred' || role === 'surname')) return targets.has(form)
            return false
          }
          const lang = (code: string): string => (code === from ? '<from>' : code === to ? '<to>' : '<lang>')
          expectReported(`${format} ${from}→${to}`, lostToEngine(news, held, lang), f.cannotCarry, f.notCarried(news, { from, to }), lang)
        }
      }
    })
  }

  it('google: every field the equivalent term sets do not hold is in cannotCarry', () => {
    const f = exchangeFormats.google!
    const [header, ...rows] = readRecords(f.export(news))
    const held = (_concept: string, language: string, role: TermRole, form: string): boolean =>
      (role === 'preferred' || role === 'surname') && rows.some((row) => row[header!.indexOf(language)] === form)
    expectReported('google', lostToEngine(news, held, () => '<lang>'), f.cannotCarry, f.notCarried(news))
  })
})

describe('the fields the last rounds added are in every report', () => {
  const field = (report: readonly NotCarried[], name: string) => report.find((r) => r.field === name)
  it.each(['tbx', 'csv'])('%s: speakerAfter, mentions, definiteArticles, the article, confirmedBy', (format) => {
    const report = exchangeFormats[format]!.notCarried(news)
    expect(field(report, 'forms.<lang>.variants[].context.speakerAfter')?.concepts.sort()).toEqual(['lviv', 'mykolaiv'])
    for (const name of ['languageRules.<lang>.mentions', 'languageRules.<lang>.definiteArticles', 'forms.<lang>.article', 'forms.<lang>.variants[].context.confirmedBy', 'forms.<lang>.variants[].context.doubt', 'forms.<lang>.variants[].context.window', 'languageRules.<lang>.cues']) {
      expect(field(report, name), name).toBeDefined()
      expect(exchangeFormats[format]!.cannotCarry, name).toContain(name)
    }
  })

  it('deepl es→en: the concepts with no English form are named, their Spanish forms being left out', () => {
    const report = exchangeFormats.deepl!.notCarried(news, { from: 'es', to: 'en' })
    expect(field(report, 'forms.<from>.preferred')?.concepts).toEqual(expect.arrayContaining(['kyiv_independent']))
    // kyiv_post has an English form since round 34 (Kiev Post → Kyiv Post): it is carried.
    expect(field(report, 'forms.<from>.preferred')?.concepts).not.toContain('kyiv_post')
    expect(field(report, 'forms.<from>.variants[].context.speakerAfter')).toBeUndefined() // no Spanish speakerAfter
    expect(field(report, 'forms.<to>.variants[].context.speakerAfter')?.concepts.sort()).toEqual(['lviv', 'mykolaiv'])
  })
})

describe('docs/glossary-exchange.md', () => {
  it('lists in its table every field each format cannot carry, and no field a format carries', async () => {
    const { readFile } = await import('node:fs/promises')
    const docs = await readFile(new URL('../../docs/glossary-exchange.md', import.meta.url), 'utf8')
    const section = docs.slice(docs.indexOf('## What a file carries'), docs.indexOf('## Import'))
    const glob = (entry: string): RegExp => new RegExp(`^${entry.replace(/[.[\]<>]/g, (ch) => `\\${ch}`).replace(/\*/g, '.*')}$`)
    for (const [id, format] of Object.entries(exchangeFormats)) {
      const row = section.split('\n').find((line) => line.startsWith('| ') && line.split('|')[1]!.includes(`\`${id}\``))
      expect(row, id).toBeDefined()
      const cell = row!.split(' | ')[2]!
      const entries = [...cell.matchAll(/`([^`]+)`/g)].map((m) => glob(m[1]!))
      expect(format.cannotCarry.filter((field) => !entries.some((e) => e.test(field))), `${id}: not in the docs`).toEqual([])
      expect(entries.filter((e) => !format.cannotCarry.some((field) => e.test(field))).map(String), `${id}: in the docs, carried`).toEqual([])
    }
  })
})
