import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDraft } from '../../src/core/glossary/check-draft.js'
import type { GlossarySource } from '../../src/core/glossary/source.js'
import { glossaries } from '../../src/generated/glossaries.js'

// A draft comes from a desk's upload (PUT /v1/glossaries/:id, YAML or JSON): any value may stand
// at any key. Whatever it is, the check answers with the issues, by entry, never with an
// exception of its own (which the API answered as a 500).
const news = glossaries.find((g): g is GlossarySource => g.id === 'news')!
/** The concepts below and every concept their rules require, so that the draft is valid as it stands. */
function withRequired(ids: string[]): Set<string> {
  const wanted = new Set(ids)
  for (let grew = true; grew; ) {
    grew = false
    for (const c of news.concepts) {
      if (!wanted.has(c.id)) continue
      for (const [, id] of JSON.stringify(c).matchAll(/"requires":\[([^\]]*)\]/g)) {
        for (const r of JSON.parse(`[${id}]`) as string[]) if (!wanted.has(r)) (wanted.add(r), (grew = true))
      }
    }
  }
  return wanted
}
const chosen = withRequired(['kyiv', 'volodymyr_zelensky', 'dnipro_city', 'odesa', 'lviv', 'kyiv_pechersk_lavra'])
const base = structuredClone({
  id: 'news',
  name: news.name,
  fallbackLanguage: news.fallbackLanguage,
  languages: news.languages,
  languageRules: news.languageRules,
  concepts: news.concepts.filter((c) => chosen.has(c.id)).map(({ file: _file, ...c }) => c),
}) as Record<string, unknown>

/** Every path to a value of `value` (object keys and array indexes), the root excluded. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...prefix, i]), paths(v, [...prefix, i], out)))
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) (out.push([...prefix, k]), paths(v, [...prefix, k], out))
  return out
}
const all = paths(base)

/** `base` with the value at each of `changes`' paths replaced (or, for undefined, removed). */
function mutated(changes: [number, unknown][]): unknown {
  const copy = structuredClone(base)
  for (const [which, value] of changes) {
    const path = all[which % all.length]!
    let parent: any = copy
    for (const step of path.slice(0, -1)) {
      if (parent === null || typeof parent !== 'object') break
      parent = parent[step]
    }
    if (parent === null || typeof parent !== 'object') continue
    const last = path[path.length - 1]!
    // Removed: a key, or an element (JSON and YAML have no holes in lists).
    if (value === undefined) Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last]
    else parent[last] = value
  }
  return copy
}

const odd = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.constantFrom(null, 0, -1, 7, 1.5, '', ' ', 'x', true, [], {}, [null], [1], [''], { a: 1 }))

// Each run checks a draft of about twenty concepts whole (validation, compile, examples): 400
// runs here; 6,000 ran clean when the checks were fixed (18 places had thrown).
describe('a malformed draft', () => {
  it('gets issues, never an exception, whatever value stands at whatever key', () => {
    const clean = checkDraft(structuredClone(base), 'news')
    expect(clean.ok ? [] : clean.issues).toEqual([])
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(), odd), { minLength: 1, maxLength: 3 }), (changes) => {
      const draft = mutated(changes)
      let result
      try {
        result = checkDraft(draft, 'news')
      } catch (error) {
        throw new Error(`threw ${String(error)} for ${JSON.stringify(changes.map(([w, v]) => [all[w % all.length]!.join('.'), v === undefined ? '<removed>' : v]))}`)
      }
      if (!result.ok) for (const issue of result.issues) expect(issue).toMatchObject({ file: expect.any(String), path: expect.any(String), message: expect.any(String) })
    }), { numRuns: 400 })
  }, 60_000)

  // Found by the property above (round 38): a verb of speakerBefore that is an object with a
  // "toString" key made the check of pluralVerbs throw (String() of it).
  it('names a verb of speakerBefore that is no text, beside pluralVerbs', () => {
    const draft = structuredClone(base) as { concepts: { id: string; forms: { en: { variants: { context?: Record<string, unknown> }[] } } }[] }
    const context = draft.concepts.find((c) => c.id === 'lviv')!.forms.en.variants.find((v) => v.context?.pluralVerbs !== undefined)!.context!
    context.speakerBefore = [{ toString: 1 }, 'say']
    const result = checkDraft(draft, 'news')
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toContain(`lviv.forms.en.variants[0].context.speakerBefore[0]`)
  })

  // Found reading validate.ts (round 39), as the case above: String() of an object with a
  // "toString" key threw where an article, a word of unsureAfter, of notPrecededBy or of a
  // doubt's words was shown or compared.
  it.each([
    ['forms.en.article', { article: { toString: 1 } }, {}],
    ['context.unsureAfter[0]', {}, { speakerBefore: ['said'], unsureAfter: [{ toString: 1 }], placeAfter: ['region of'] }],
    ['context.doubt.words[0]', {}, { doubt: { words: [{ toString: 1 }, 'region'], links: ['of'], single: ['region'] } }],
    ['context.notPrecededBy[0]', {}, { notPrecededBy: [{ toString: 1 }, 'region'], doubt: { words: ['region'], links: ['of'], needsLink: ['region'] } }],
  ])('names %s of {"toString": 1}', (path, forms, context) => {
    const draft = structuredClone(base) as { concepts: { id: string; context?: unknown; forms: { en: Record<string, unknown> } }[] }
    const kyiv = draft.concepts.find((c) => c.id === 'kyiv')!
    Object.assign(kyiv.forms.en, forms)
    if (Object.keys(context).length > 0) kyiv.context = context
    const result = checkDraft(draft, 'news')
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toContain(`kyiv.${path}`)
  })

  // The same, by a sweep that put {"toString": 1} and a null-prototype object at every path of
  // a draft (scratch, round 39): each of these threw.
  it.each([
    [['fallbackLanguage']], [['languages', 0]], [['languageRules', 'en', 'cues', 0]], [['languageRules', 'pl', 'cases', 'names', 1]],
    [['concepts', 0, 'id']], [['concepts', 0, 'context']],
  ])('reports {"toString": 1} or a null-prototype object at %j', (path) => {
    for (const hostile of [{ toString: 1 }, Object.create(null)]) {
      const draft = structuredClone(base)
      let parent: Record<string | number, unknown> = draft
      for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>
      const last = path[path.length - 1]!
      // A cue's gap is compared only beside notAfterSpeaker and before; a context's requires names concepts.
      if (last === 0 && path[2] === 'cues') parent[last] = { before: ['said'], notAfterSpeaker: ['said'], gap: hostile }
      else if (last === 'context') parent[last] = { requires: [hostile] }
      else parent[last] = hostile
      const result = checkDraft(draft, 'news')
      expect(result.ok).toBe(false)
    }
  })

  // Helper a's sweep (round 39) found this one before validation: the id compared with the path's
  // was shown by String(), which throws on such an object.
  it('names an id of {"toString": 1} or a null-prototype object that is not the path\'s', () => {
    for (const [hostile, written] of [[{ toString: 1 }, '{"toString":1}'], [Object.create(null), '{}']] as const) {
      const result = checkDraft({ ...structuredClone(base), id: hostile }, 'news')
      expect(result).toEqual({ ok: false, issues: [{ file: 'glossary news', path: 'id', message: `"${written}" does not match the glossary in the path, "news"` }] })
    }
  })

  // Found by the property above (seed -881752950, round 34): a language's `file` of [1] was
  // passed on as the file of its issues, which must name one in a string.
  it('names the glossary as the file of a language whose file is not a text', () => {
    const draft = structuredClone(base) as { languageRules: Record<string, Record<string, unknown>> }
    draft.languageRules.pl!.file = [1]
    ;(draft.languageRules.pl!.cues as Record<string, unknown>[])[0]!.before = null
    const result = checkDraft(draft as never, 'news')
    expect(result.ok ? [] : result.issues.filter((issue) => issue.path === 'languageRules.pl.cues[0].before')).toEqual([{ file: 'glossary news', path: 'languageRules.pl.cues[0].before', message: 'must be a list' }])
  })

  // Found by the property above (seed 2048644298): Polish concepts write case forms, and a
  // language's `cases` of null was read as an object when their case forms were checked.
  it.each([[null], ['nominative'], [[]], [7]])('reports a language whose cases are %j, and the case forms that need them', (cases: unknown) => {
    const draft = structuredClone(base) as { languageRules: Record<string, Record<string, unknown>> }
    draft.languageRules.pl!.cases = cases
    const result = checkDraft(draft, 'news')
    expect(result.ok).toBe(false)
    const issues = result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)
    expect(issues).toContain('languageRules.pl.cases: must be an object with names and governors')
    expect(issues.some((issue) => /\.forms\.pl\.cases: the language has no cases/.test(issue))).toBe(true)
  })
})
