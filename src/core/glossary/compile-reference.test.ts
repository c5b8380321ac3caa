import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { glossaries } from '../../generated/glossaries.js'
import { syntheticGlossary } from '../../../bench/synthetic-glossary.js'
import { newsText } from '../../../test/fixtures/arbitraries.js'
import { createMatcher, matcherTables } from '../match/matcher.js'
import { PRIORITY, type Entry, type VariantEntry } from '../match/entry.js'
import { buildTrie, placesBelow, type Trie, type TriePlace } from '../match/trie.js'
import { mapTrie, type MapTrieNode } from '../match/map-trie.fixture.js'
import { foldForm, isWordUnit } from '../text/chars.js'
import { FNV_SEED, fnvStep } from '../text/hash.js'
import { EXCEPTION, keyFacts, MAY_START_LOWER, NOT_ONE_WORD, VARIANT } from '../match/key-facts.js'
import { mayStartLower } from '../match/casing.js'
import { closeUnderReplacement } from './close.js'
import { compileGlossary, glossaryVersion, languageRulesFor, resolvedEntries, variantFilter } from './compile.js'
import { expandConcept, type Candidate } from './expand.js'
import { CandidatesByForm, resolveEntries } from './resolve.js'
import type { GlossaryIssue } from './glossary-error.js'
import { resolveGlossaries } from './extend.js'
import type { ConceptSource, GlossarySource } from './source.js'
import { canonical, canonicalSlow, contentVersion } from './version.js'
import { validateSource } from './validate.js'

// The compile is built for speed (one fold per form, hashed word runs in the closure, a radix
// build of the trie). These are the straightforward versions it replaced, kept as the
// reference it must agree with on the real glossaries and on generated ones.

/** Every [start, end) of a run of whole words, by scanning. */
function wordSpans(form: string): [number, number][] {
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < form.length; i++) {
    const word = isWordUnit(form.charCodeAt(i))
    if (word && (i === 0 || !isWordUnit(form.charCodeAt(i - 1)))) starts.push(i)
    if (word && (i === form.length - 1 || !isWordUnit(form.charCodeAt(i + 1)))) ends.push(i + 1)
  }
  return starts.flatMap((s) => ends.filter((e) => e > s).map((e): [number, number] => [s, e]))
}

function referenceClose(entries: Entry[]): Entry[] {
  const byReplacement = new Map<string, VariantEntry[]>()
  const known = new Set(entries.map((e) => foldForm(e.form)))
  for (const entry of entries) {
    if (entry.kind !== 'variant') continue
    const key = foldForm(entry.replacement)
    byReplacement.set(key, [...(byReplacement.get(key) ?? []), entry])
  }
  const out = [...entries]
  let frontier = entries.filter((e): e is VariantEntry => e.kind === 'variant')
  for (let round = 0; round < 3 && frontier.length > 0; round++) {
    const added: VariantEntry[] = []
    for (const variant of frontier) {
      for (const [start, end] of wordSpans(variant.form)) {
        for (const source of byReplacement.get(foldForm(variant.form.slice(start, end))) ?? []) {
          if (source.concept === variant.concept) continue
          const form = variant.form.slice(0, start) + source.form + variant.form.slice(end)
          if (known.has(foldForm(form))) continue
          known.add(foldForm(form))
          added.push({ ...variant, form })
        }
      }
    }
    out.push(...added)
    frontier = added
  }
  return out
}

/** The reference trie, written depth-first: one line per node, its labels' path and its forms by priority. */
function referenceTrie(entries: Entry[]): string[] {
  const root = mapTrie(entries.map((entry) => foldForm(entry.form)))
  const lines: string[] = []
  const walk = (node: MapTrieNode, path: string): void => {
    lines.push(`${path} ${[...node.forms].sort((a, b) => PRIORITY[entries[b]!.kind] - PRIORITY[entries[a]!.kind]).join(',')}`)
    for (const code of [...node.children.keys()].sort((a, b) => a - b)) walk(node.children.get(code)!, `${path}/${code}`)
  }
  walk(root, '')
  return lines
}

/**
 * The flat trie written the same way, one unit of its runs at a time, following its sibling
 * chains (which must be in ascending order); and every node's run must end where its path
 * branches or a form ends (no node more than needed).
 */
function flatTrie(trie: Trie): string[] {
  const lines: string[] = []
  const walk = (place: TriePlace, path: string): void => {
    const forms: number[] = []
    if (place.at === trie.run[place.node + 1]) for (let e = trie.firstEntry[place.node]!; e !== 0; e = trie.nextEntry[e - 1]!) forms.push(e - 1)
    lines.push(`${path} ${forms.join(',')}`)
    for (const [unit, below] of placesBelow(trie, place)) walk(below, `${path}/${unit}`)
  }
  walk({ node: 0, at: 0 }, '')
  expect(trie.units.length + 1).toBe(lines.length)
  for (let node = 1; node < trie.firstChild.length; node++) {
    const child = trie.firstChild[node]!
    expect(trie.firstEntry[node] !== 0 || (child !== 0 && trie.nextSibling[child] !== 0)).toBe(true)
  }
  return lines
}

/**
 * Concepts whose forms share words, hyphens, odd spaces, apostrophes, non-ASCII case and astral
 * letters (two code units, two nodes of the trie), so
 * that forms collide, variants contain other concepts' replacements (Dynamo Kiev → Dynamo
 * Kyiv) and the closure runs several rounds.
 */
function tangledGlossary(seed: number, count: number): GlossarySource {
  const words = ['Kiev', 'Kyiv', 'Dynamo', 'Ki\u00e9v', 'İzmir', 'Izmir', 'KIEV', 'Lavra', 'Pechersk', 'St', 'Mykola', 'Mikolaj', 'Öl', 'öl', 'O’Brien', "O'Brien", '\u{20BB7}野家', '\u{1D400}thens']
  const separators = [' ', '-', '  ', '\u00a0', ' of ', '’s ']
  let state = seed
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return (state >>> 8) % n
  }
  const phrase = () => {
    let out = words[next(words.length)]!
    for (let i = next(3); i > 0; i--) out += separators[next(separators.length)]! + words[next(words.length)]!
    return out
  }
  // Preferred forms end in the concept's number, so replacements are distinct; one variant in
  // three contains an earlier concept's preferred form, whose variants the closure substitutes.
  const concepts: ConceptSource[] = []
  for (let i = 0; i < count; i++) {
    const forms = (language: string) => {
      const earlier = i > 0 && next(3) === 0 ? concepts[next(i)]!.forms[language]!.preferred! : undefined
      return { preferred: `${phrase()} ${i}`, variants: [phrase(), earlier === undefined ? phrase() : `${phrase()}${separators[next(separators.length)]}${earlier}`], ...(next(4) === 0 ? { exceptions: [phrase()] } : {}) }
    }
    concepts.push({ id: `t${i}`, kind: 'place', forms: { en: forms('en'), de: forms('de') } })
  }
  return { id: `tangled-${seed}`, name: 'Tangled', fallbackLanguage: 'en', languages: ['en', 'de'], concepts }
}

const sources: GlossarySource[] = [...resolveGlossaries(glossaries), syntheticGlossary(2000), tangledGlossary(1, 200), tangledGlossary(7, 400)]

describe.each(sources.map((s) => [s.id, s] as const))('compile against the reference, glossary %s', (_id, source) => {
  it('closes, keys and builds the trie as the straightforward versions do', () => {
    for (const language of source.languages) {
      const resolved = resolvedEntries(source, language, () => source.id, [])
      expect(resolved.keys).toEqual(resolved.entries.map((e) => foldForm(e.form)))
      const { entries, keys } = closeUnderReplacement(resolved.entries, resolved.keys)
      expect(entries).toEqual(referenceClose(resolved.entries))
      expect(keys).toEqual(entries.map((e) => foldForm(e.form)))
      expect(flatTrie(buildTrie(entries, keys))).toEqual(referenceTrie(entries))
    }
  })

  it('finds and decides the same changes as a matcher built from the reference entries', () => {
    // The tangled glossaries have conflicts and do not compile; their entries still do.
    const compiled = source.id.startsWith('tangled') ? undefined : compileGlossary(source)
    const forms = source.concepts.slice(0, 60).flatMap((c) => Object.values(c.forms).flatMap((f) => [f.preferred ?? '', ...(f.variants ?? []).map(String)])).filter(Boolean)
    const formsText = fc.array(fc.tuple(fc.constantFrom(...forms), fc.constantFrom(' ', '. ', ', ', '\n', '-', "'s ", 'x')), { maxLength: 20 }).map((p) => p.flat().join(''))
    for (const language of source.languages) {
      const resolved = resolvedEntries(source, language, () => source.id, [])
      const rules = compiled === undefined ? undefined : languageRulesFor(source.languageRules?.[language])
      const fast = compiled?.matcherFor(language) ?? createMatcher(language, closeUnderReplacement(resolved.entries, resolved.keys).entries)
      const reference = createMatcher(language, referenceClose(resolved.entries), rules)
      fc.assert(fc.property(fc.oneof(newsText, formsText), (text) => {
        expect(fast.find(text)).toEqual(reference.find(text))
      }), { numRuns: 100 })
    }
  })
})

/** How far forms reach across a replacement's first and last word (matcher.ts BoundaryTables), word by word. */
function referenceReach(entries: readonly Entry[]) {
  const before = new Map<string, number>()
  const after = new Map<string, number>()
  let widest = 0
  for (const entry of entries) {
    const form = foldForm(entry.form)
    const solid = [...form].filter((c) => !/\s/u.test(c)).join('').length
    widest = Math.max(widest, solid)
    // Words as the matcher reads them, unit by unit: an astral letter's surrogates are not word units.
    const words = [...form.matchAll(/(?:(?=[\u0000-\uffff])[\p{L}\p{M}\p{N}_])+/gu)].map((m) => {
      const solidBefore = form.slice(0, m.index).replace(/\s/gu, '').length
      return { word: m[0], solidBefore, solidThrough: solidBefore + m[0].length }
    })
    for (let k = 1; k < words.length; k++) {
      before.set(words[k]!.word, Math.max(before.get(words[k]!.word) ?? 0, words[k]!.solidBefore))
      after.set(words[k - 1]!.word, Math.max(after.get(words[k - 1]!.word) ?? 0, solid - words[k - 1]!.solidThrough))
    }
  }
  return { before, after, widest }
}

describe.each(sources.map((s) => [s.id, s] as const))('the matcher tables from the compile\'s keys, glossary %s', (_id, source) => {
  it('are those derived from the entries, and reach as far as the forms do', () => {
    for (const language of source.languages) {
      const resolved = resolvedEntries(source, language, () => source.id, [])
      const { entries, keys } = closeUnderReplacement(resolved.entries, resolved.keys)
      const trie = buildTrie(entries, keys)
      const tables = matcherTables(trie, {}, keys)
      expect(tables).toEqual(matcherTables(trie))
      const reach = referenceReach(entries)
      expect(new Map([...tables.reach.before].sort())).toEqual(new Map([...reach.before].sort()))
      expect(new Map([...tables.reach.after].sort())).toEqual(new Map([...reach.after].sort()))
      expect(tables.reach.widest).toBe(reach.widest)
    }
  })
})

// A one-word variant that is another concept's replacement (a conflict, reported; the closure
// still spells it with that concept's variants): the closure walks it, where it skips a
// one-word variant no replacement has the hash of.
const oneWordClash: GlossarySource = {
  id: 'one-word-clash', name: 'One-word clash', fallbackLanguage: 'en', languages: ['en'],
  concepts: [
    { id: 'kyiv', kind: 'place', forms: { en: { preferred: 'Kyiv', variants: ['Kiev', 'Kyjiw'] } } },
    { id: 'other', kind: 'place', forms: { en: { preferred: 'Other', variants: ['Kyiv', 'Dynamo-Kyiv'] } } },
  ],
}

describe.each([...sources, oneWordClash].map((s) => [s.id, s] as const))('the facts the grouping notes, glossary %s', (_id, source) => {
  // The closure, the stability filter and the matcher's tables read each entry's kind, each
  // key's hash and words from these columns instead of the entries and keys (key-facts.ts).
  it('are what each entry and key says, and give the same closure, tables and filter', () => {
    for (const language of source.languages) {
      const resolved = resolvedEntries(source, language, () => source.id, [])
      expect(resolved.facts).toEqual(keyFacts(resolved.entries, resolved.keys))
      const closed = closeUnderReplacement(resolved.entries, resolved.keys, resolved.facts)
      const plain = closeUnderReplacement(resolved.entries, resolved.keys)
      expect([closed.entries, closed.keys]).toEqual([plain.entries, plain.keys])
      expect(closed.facts).toEqual(keyFacts(closed.entries, closed.keys))
      for (let e = 0; e < closed.entries.length; e++) {
        const { flags, hashes } = closed.facts
        const key = closed.keys[e]!
        let hash = FNV_SEED
        for (let i = 0; i < key.length; i++) hash = fnvStep(hash, key.charCodeAt(i))
        expect([(flags[e]! & VARIANT) !== 0, (flags[e]! & EXCEPTION) !== 0, (flags[e]! & MAY_START_LOWER) !== 0, (flags[e]! & NOT_ONE_WORD) !== 0, hashes[e]]).toEqual([
          closed.entries[e]!.kind === 'variant', closed.entries[e]!.kind === 'exception', mayStartLower(closed.entries[e]!), /[^\p{L}\p{M}\p{N}_]|[^\u0000-\uffff]/u.test(key), hash])
      }
      const trie = buildTrie(closed.entries, closed.keys)
      expect(matcherTables(trie, {}, closed.keys, closed.facts)).toEqual(matcherTables(trie, {}, closed.keys))
      const withFacts = variantFilter(closed.entries, closed.keys, closed.facts)
      const without = variantFilter(closed.entries, closed.keys)
      for (const entry of closed.entries) expect(withFacts(entry.form)).toBe(without(entry.form))
    }
  })
})

describe('candidates grouped by form', () => {
  it('groups, orders and finds them as a Map of lists does', () => {
    for (const source of sources) {
      for (const language of source.languages) {
        const grouped = new CandidatesByForm()
        const reference = new Map<string, Candidate[]>()
        for (const concept of source.concepts) {
          for (const candidate of expandConcept(concept, language, foldForm)) {
            grouped.add(candidate)
            reference.set(candidate.key, [...(reference.get(candidate.key) ?? []), candidate])
          }
        }
        expect(grouped.keys).toEqual([...reference.keys()])
        expect(grouped.groups.map((g) => (Array.isArray(g) ? g : [g]))).toEqual([...reference.values()])
        // The groups addSpacedSpellings reads: every one with a hyphenated candidate that is not a keep, ascending, once.
        const hyphenated = [...reference.values()].flatMap((list, g) => (list.some((c) => c.entry.kind !== 'keep' && c.entry.form.includes('-')) ? [g] : []))
        expect(grouped.hyphenated).toEqual(hyphenated)
        for (const [key, list] of reference) {
          expect(grouped.has(key)).toBe(true)
          expect(grouped.get(key)).toEqual(list)
          expect(grouped.has(`${key}\u0000`)).toBe(false)
        }
      }
    }
  })

  it('holds a form one candidate claims as its entry alone, and gives the same groups, candidates and entries as when every candidate is held', () => {
    for (const source of sources) {
      for (const language of source.languages) {
        const expand = (c: number) => expandConcept(source.concepts[c]!, language, foldForm)
        // Sized small, so that the origins grow too.
        const held = new CandidatesByForm(16, expand)
        const whole = new CandidatesByForm(16)
        for (let c = 0; c < source.concepts.length; c++) {
          const candidates = expand(c)
          for (let k = 0; k < candidates.length; k++) {
            held.add(candidates[k]!, c, k)
            whole.add(candidates[k]!)
          }
        }
        expect(held.keys).toEqual(whole.keys)
        expect(held.hyphenated).toEqual(whole.hyphenated)
        // The very entries added (the matcher gets them), re-created candidates included.
        let shared = 0
        const otherEntries: number[] = []
        const heldGroups = whole.keys.map((_key, g) => held.group(g))
        for (let g = 0; g < whole.size; g++) {
          const group = whole.group(g)
          const list = Array.isArray(group) ? group : [group]
          const heldGroup = heldGroups[g]!
          const heldList = Array.isArray(heldGroup) ? heldGroup : [heldGroup]
          const sole = held.soleEntry(g)
          if ((list.length === 1 ? sole !== list[0]!.entry : sole !== undefined) || heldList.some((c, i) => c.entry !== list[i]!.entry)) otherEntries.push(g)
          if (list.length > 1) shared++
        }
        expect(otherEntries).toEqual([])
        expect(heldGroups).toEqual(whole.groups)
        const some = whole.keys.filter((_key, g) => g % 97 === 0 || Array.isArray(whole.group(g)))
        expect(some.map((key) => held.get(key))).toEqual(some.map((key) => whole.get(key)))
        const heldIssues: GlossaryIssue[] = []
        const wholeIssues: GlossaryIssue[] = []
        const resolved = resolveEntries(held, language, () => source.id, heldIssues)
        const reference = resolveEntries(whole, language, () => source.id, wholeIssues)
        expect(resolved.keys).toEqual(reference.keys)
        expect(resolved.entries.filter((entry, i) => entry !== reference.entries[i])).toEqual([])
        expect(resolved.entries.length).toBe(reference.entries.length)
        expect(heldIssues).toEqual(wholeIssues)
        if (source.id === 'news') expect(shared).toBeGreaterThan(0)
      }
    }
  })
})

describe.each(sources.map((s) => [s.id, s] as const))('the stability pre-check, glossary %s', (_id, source) => {
  // checkStable runs the matcher only on forms the variant filter lets through: it must never
  // pass over a text the matcher would change.
  it('lets through every text the matcher changes', () => {
    let changed = 0
    for (const language of source.languages) {
      const resolved = resolvedEntries(source, language, () => source.id, [])
      const { entries, keys } = closeUnderReplacement(resolved.entries, resolved.keys)
      const matcher = createMatcher(language, buildTrie(entries, keys), languageRulesFor(source.languageRules?.[language]))
      const mayChange = variantFilter(entries, keys)
      const forms = source.concepts.flatMap((c) => Object.values(c.forms).flatMap((f) => [f.preferred, f.surname, ...(f.variants ?? []).map(String), ...(f.exceptions ?? [])]))
        .filter((f): f is string => f !== undefined)
      for (const form of forms) {
        if (matcher.find(form).length === 0) continue
        changed++
        expect(mayChange(form), form).toBe(true)
      }
      const sample = forms.slice(0, 80)
      fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...sample), fc.constantFrom(' ', '  ', '-', "'s ", 'x', '\u00a0')), { maxLength: 6 }).map((p) => p.flat().join('')), (text) => {
        if (matcher.find(text).length > 0) expect(mayChange(text)).toBe(true)
      }), { numRuns: 200 })
    }
    // Not vacuous: variants change.
    expect(changed).toBeGreaterThan(0)
  })
})

/** validate.ts's form rules as first written: every form trimmed and tested by regular expression, each list's forms in a Map; its characters read one by one. */
function referenceFormIssues(concept: { id: string; forms: { en: { preferred: unknown; variants: unknown[]; exceptions: unknown[] } } }): string[] {
  const issues: string[] = []
  const check = (form: unknown, path: string) => {
    const at = (message: string) => issues.push(`${concept.id}.forms.en${path}: ${message}`)
    if (typeof form !== 'string' || form.trim() === '') at('empty form')
    else if (form !== form.trim()) at(`"${form}" has leading or trailing spaces`)
    else if (!/[\p{L}\p{N}]/u.test(form)) at(`"${form}" has no letters or digits`)
    else if (!/^[\p{L}\p{N}]/u.test(form)) at(`"${form}" must start with a letter or digit`)
    else {
      // The characters a form may not hold, unit by unit: the first that is one is reported.
      const spaces = ' \u00a0\u202f'
      const invisible = (c: string) => /[\u0000-\u001f\u007f-\u009f\u00ad\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/.test(c)
      for (let i = 0; i < form.length; i++) {
        const c = form[i]!
        const unit = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
        if (/[\ud800-\udfff]/.test(c)) at(`"${form}" has a character beyond U+FFFF (such as 𝐀 or 𠮷), which the matcher does not read as part of a word: the form would never match`)
        else if (/\s/.test(c) && !spaces.includes(c)) at(`${JSON.stringify(form)} has a tab, line break or other space (${unit}) between words: the words of a form are separated by one space`)
        else if (invisible(c)) at(`${JSON.stringify(form)} has an invisible or control character (${unit}), which would be written into the copy`)
        else if (spaces.includes(c) && spaces.includes(form[i + 1] ?? 'x')) at(`${JSON.stringify(form)} has two spaces in a row: the words of a form are separated by one`)
        else continue
        break
      }
    }
  }
  const { preferred, variants, exceptions } = concept.forms.en
  if (preferred !== undefined) check(preferred, '.preferred')
  // A variant that is not a string is an object {form, context, note}: none here.
  variants.forEach((v, i) => (typeof v === 'string' ? check(v, `.variants[${i}]`) : issues.push(`${concept.id}.forms.en.variants[${i}]: must be a form or {form, context, note}`)))
  const seen = new Map<string, number>()
  variants.forEach((v, i) => {
    if (typeof v !== 'string') return
    const first = seen.get(v)
    if (first === undefined) seen.set(v, i)
    else issues.push(`${concept.id}.forms.en.variants[${i}]: "${v}" is listed twice (also variants[${first}])`)
  })
  exceptions.forEach((e, i) => check(e, `.exceptions[${i}]`))
  return issues
}

describe('form validation', () => {
  it('reports the forms the straightforward rules report, with the same paths', () => {
    const form = fc.oneof(
      fc.constantFrom('Kyiv', 'Kyiv', 'Kiev', ' Kyiv', 'Kyiv ', 'Kyiv\u00a0', '\u3000Kyiv', '', '  ', '-Kyiv', '’s', 'Öl', '9 May', 'Kyiv!', 'Kyiv\t', '(Kyiv)', 'a\u007f', '\ud83d'),
      fc.string({ unit: 'binary-ascii', maxLength: 6 }),
      fc.string({ maxLength: 4 }),
      fc.constant(undefined), fc.constant(7),
    )
    fc.assert(fc.property(fc.array(fc.tuple(form, fc.array(form, { maxLength: 5 }), fc.array(form, { maxLength: 2 })), { minLength: 1, maxLength: 4 }), (specs) => {
      const concepts = specs.map(([preferred, variants, exceptions], i) => ({ id: `c${i}`, kind: 'place', forms: { en: { preferred, variants, exceptions } } }))
      const glossary = { id: 'forms', name: 'Forms', fallbackLanguage: 'en', languages: ['en'], concepts } as unknown as GlossarySource
      const issues = validateSource(glossary).filter((issue) => /\.(preferred|variants|exceptions)/.test(issue.path)).map((issue) => `${issue.path}: ${issue.message}`)
      expect(issues).toEqual(concepts.flatMap(referenceFormIssues))
    }), { numRuns: 400 })
  })

  it('reports the repeats of a long list as of a short one', () => {
    // Past 16 forms the repeats are found by a map, not pairwise: same issues, same paths.
    const form = fc.constantFrom('Kiev', 'Kyiv', 'Kiew', 'Kijów', 'Kíev', 'Kiyev', 'Kijev', 'Kiova', 'Kiefe', 'Kyjiw', 'Kyïv', 'Kiiv', 'Kief', 'Kiev!', ' Kiev')
    fc.assert(fc.property(fc.array(form, { minLength: 10, maxLength: 40 }), (variants) => {
      const concept = { id: 'kyiv', kind: 'place', forms: { en: { preferred: 'Kyiv', variants, exceptions: [] } } }
      const glossary = { id: 'forms', name: 'Forms', fallbackLanguage: 'en', languages: ['en'], concepts: [concept] } as unknown as GlossarySource
      const issues = validateSource(glossary).filter((issue) => /\.(preferred|variants|exceptions)/.test(issue.path)).map((issue) => `${issue.path}: ${issue.message}`)
      expect(issues).toEqual(referenceFormIssues(concept))
    }), { numRuns: 200 })
  })

  it('checks an uploaded list of 200,000 forms for repeats and names the repeat', () => {
    // A 1 MB upload holds about this many short forms; compared pairwise they took minutes.
    const variants = Array.from({ length: 200_000 }, (_, i) => `Kiev ${i}`)
    variants.push('Kiev 123456')
    const concepts = [{ id: 'kyiv', kind: 'place', forms: { en: { preferred: 'Kyiv', variants } } }]
    const glossary = { id: 'big', name: 'Big', fallbackLanguage: 'en', languages: ['en'], concepts } as unknown as GlossarySource
    expect(validateSource(glossary).map((issue) => `${issue.path}: ${issue.message}`)).toEqual(['kyiv.forms.en.variants[200000]: "Kiev 123456" is listed twice (also variants[123456])'])
  })
})

/** cyrb53 of the canonical text, built whole: what contentVersion hashes as it walks. */
function referenceVersion(value: unknown): string {
  const text = canonical(value)
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 2654435761)
    h2 = Math.imul(h2 ^ text.charCodeAt(i), 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}

describe('the content version', () => {
  it('hashes the canonical text without building it', () => {
    for (const source of sources) expect(contentVersion(source)).toBe(referenceVersion(source))
    const odd: unknown[] = [
      'quote " backslash \\ tab \t newline \n control \u0001 lone \ud800 and \udc00, a pair \ud83d\ude00',
      { b: [1, -0, 1.5e300, NaN, Infinity, { z: null, a: 'x', c: undefined, f: () => 1 }], e: 'é', E: 'E', '\ud83d': true, '': false },
      // What the walk leaves to canonical's text: index-like keys, a Set, toJSON, a hole, no prototype, __proto__.
      { a: { 10: 'ten', 9: 'nine' } }, { d: new Set([1]) }, [undefined, 1], { t: { toJSON: () => 'q' } }, Object.create(null), JSON.parse('{"__proto__": 1, "a": 2}'),
      true, null, 3, [],
    ]
    for (const value of odd) expect(contentVersion(value)).toBe(referenceVersion(value))
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(contentVersion(value)).toBe(referenceVersion(value))
    }), { numRuns: 300 })
  })


  it('hashes a glossary\'s concepts without their files as it hashed copies of them', () => {
    // What glossaryVersion hashed before it walked the concepts as they are.
    const copies = (source: GlossarySource) => {
      const parts: unknown[] = source.concepts.map(({ file: _file, ...rest }) => rest)
      parts.push({ ...source, concepts: [] })
      return referenceVersion(parts)
    }
    for (const source of sources) expect(glossaryVersion(source)).toBe(copies(source))
    class Concept {
      id = 'kyiv'
      file = 'a.yaml'
    }
    const odd: unknown[] = [
      { id: 'kyiv', file: 'places.yaml', forms: { en: { preferred: 'Kyiv', file: 'inner.yaml' } } },
      Object.assign(Object.create(null), { id: 'kyiv', file: 'places.yaml' }), new Concept(), [1, 2], 'kyiv',
      { id: 'kyiv', toJSON: () => 'q' }, JSON.parse('{"__proto__": 1, "id": "kyiv"}'), { 2: 'two', id: 'kyiv' }, { fil: 1, filf: 2, file: 3 },
    ]
    for (const concept of odd) {
      const source = { ...sources[0]!, concepts: [sources[0]!.concepts[0]!, concept as ConceptSource] }
      expect(glossaryVersion(source)).toBe(copies(source))
    }
    // eslint-disable-next-line no-sparse-arrays
    const holes = { ...sources[0]!, concepts: [sources[0]!.concepts[0]!, , sources[0]!.concepts[1]!] as ConceptSource[] }
    expect(glossaryVersion(holes)).toBe(copies(holes))
    expect(glossaryVersion({ ...sources[0]!, concepts: [] })).toBe(copies({ ...sources[0]!, concepts: [] }))
  })

  it('reads objects by their own keys when a library has given Object\'s prototype one', () => {
    const source = sources[0]!
    const before = glossaryVersion(source)
    const value = { b: 1, a: [{ c: 'x' }] }
    const reference = referenceVersion(value)
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true })
    try {
      expect(glossaryVersion(source)).toBe(before)
      expect(contentVersion(value)).toBe(reference)
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted
    }
  })

  it('hashes an object of 200,000 keys (a note in as many language codes) as its canonical text', () => {
    // Keys sorted by insertion took minutes for this many: a 1 MB upload holds them.
    const note: Record<string, string> = {}
    for (let i = 0; i < 200_000; i++) note[`x${(i * 7919) % 200_000}`] = 'n'
    const concept = { id: 'kyiv', kind: 'place', note, forms: { en: { preferred: 'Kyiv' } } }
    expect(contentVersion([concept])).toBe(referenceVersion([concept]))
  })

  it('serializes glossaries as the straightforward canonical JSON does', () => {
    for (const source of sources) expect(canonical(source)).toBe(canonicalSlow(source))
    const odd = { b: [1, { z: null, a: 'x' }], a: { 10: 'ten', 9: 'nine' }, c: undefined, d: new Set([1]) }
    expect(canonical(odd)).toBe(canonicalSlow(odd))
    expect(canonical('text')).toBe(canonicalSlow('text'))
  })
})
