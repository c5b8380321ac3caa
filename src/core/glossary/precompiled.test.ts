import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { glossaries } from '../../generated/glossaries.js'
import { precompiled as generated } from '../../generated/precompiled.js'
import { parsePassage, passages } from '../../../test/fixtures/passages/index.js'
import { createCopydesk } from '../copydesk.js'
import { compileGlossary } from './compile.js'
import type { CompiledGlossary } from './compiled.js'
import { resolveGlossaries } from './extend.js'
import { openPrecompiled, precompileGlossaries, PRECOMPILED_FORMAT, type Precompiled } from './precompiled.js'
import type { GlossarySource } from './source.js'

const seed = readFileSync(fileURLToPath(new URL('../../../../shared/fixtures/seed-article-en.txt', import.meta.url)), 'utf8')
const sources = resolveGlossaries(glossaries)
const sourceOf = (id: string) => sources.find((s) => s.id === id)!

/** Each glossary compiled as createCopydesk compiles it (a profile after its base, reusing it). */
function compileAll(): Map<string, CompiledGlossary> {
  const compiled = new Map<string, CompiledGlossary>()
  const compile = (source: GlossarySource): CompiledGlossary => {
    let glossary = compiled.get(source.id)
    if (glossary === undefined) {
      glossary = compileGlossary(source, { base: source.extends === undefined ? undefined : compile(sourceOf(source.extends)) })
      compiled.set(source.id, glossary)
    }
    return glossary
  }
  sources.forEach(compile)
  return compiled
}

/** Each glossary loaded from `artifact`, its base first; throws on any reason not to. */
function loadAll(artifact: Precompiled): Map<string, CompiledGlossary> {
  const store = openPrecompiled(artifact)
  const loaded = new Map<string, CompiledGlossary>()
  const load = (source: GlossarySource): CompiledGlossary => {
    let glossary = loaded.get(source.id)
    if (glossary === undefined) {
      const result = store.load(source, { base: source.extends === undefined ? undefined : load(sourceOf(source.extends)) })
      if (!result.ok) throw new Error(`${source.id}: ${result.reason}`)
      glossary = result.glossary
      loaded.set(source.id, glossary)
    }
    return glossary
  }
  sources.forEach(load)
  return loaded
}

/** The glossary's own examples by language (change, expect, keep, suggest), and the fixtures in every language. */
function textsOf(source: GlossarySource): Map<string, string[]> {
  const texts = new Map<string, string[]>(source.languages.map((language) => [language, [seed]]))
  for (const concept of source.concepts) {
    for (const [language, examples] of Object.entries(concept.examples ?? {})) {
      const list = texts.get(language)
      if (list === undefined) continue
      for (const { text, expect } of examples.change ?? []) list.push(text, expect)
      for (const text of examples.keep ?? []) list.push(text)
      for (const example of examples.suggest ?? []) list.push(typeof example === 'string' ? example : example.text)
    }
  }
  for (const list of texts.values()) for (const group of Object.values(passages)) for (const passage of group) list.push(parsePassage(passage).input)
  return texts
}

describe('precompiled glossaries', () => {
  let compiled: Map<string, CompiledGlossary>
  let artifact: Precompiled
  beforeAll(() => {
    compiled = compileAll()
    artifact = precompileGlossaries(sources)
  })

  it('is what npm run build:glossaries wrote (a stale src/generated/precompiled.ts: run it again)', () => {
    expect(JSON.stringify(generated) === JSON.stringify(artifact)).toBe(true)
  })

  it('finds exactly what the compiled glossaries find, on their own examples and the fixtures, in every language', () => {
    const loaded = loadAll(artifact)
    let compared = 0
    for (const source of sources) {
      for (const [language, texts] of textsOf(source)) {
        const expected = compiled.get(source.id)!.matcherFor(language)!
        const actual = loaded.get(source.id)!.matcherFor(language)!
        for (const text of texts) {
          expect(actual.find(text), `${source.id} ${language}: ${text.slice(0, 60)}`).toEqual(expected.find(text))
          expect(actual.find(text, { apply: 'all' })).toEqual(expected.find(text, { apply: 'all' }))
          compared++
        }
      }
    }
    // 4 glossaries, 7 languages, about 2,000 examples: a real comparison, not an empty loop.
    expect(compared).toBeGreaterThan(8000)
  })

  it('gives the profiles their base matcher where the compile does, and their own where it does not', () => {
    const loaded = loadAll(artifact)
    for (const source of sources.filter((s) => s.extends !== undefined)) {
      for (const language of source.languages) {
        const sharedCompiled = compiled.get(source.id)!.matcherFor(language) === compiled.get(source.extends!)!.matcherFor(language)
        const sharedLoaded = loaded.get(source.id)!.matcherFor(language) === loaded.get(source.extends!)!.matcherFor(language)
        expect(sharedLoaded, `${source.id} ${language}`).toBe(sharedCompiled)
      }
    }
  })

  it('keeps the glossary facts the service reports (version, languages, concepts)', () => {
    const loaded = loadAll(artifact)
    for (const [id, glossary] of compiled) {
      const { matcherFor: _a, ...facts } = glossary
      // The known names the build stored: name-table.test.ts checks them against the tries'.
      const { matcherFor: _b, names: _names, ...loadedFacts } = loaded.get(id)!
      expect(loadedFacts).toEqual(facts)
    }
  })

  it('normalizes through createCopydesk as the compiled service does (auto-detected, Markdown, every glossary)', () => {
    const stale: string[] = []
    const fast = createCopydesk({ glossaries, prevalidated: true, precompiled: { artifact, onStale: (id, reason) => stale.push(`${id}: ${reason}`) } })
    const slow = createCopydesk({ glossaries })
    expect(stale).toEqual([])
    const texts = [seed, ...Object.values(passages).flat().map((p) => parsePassage(p).input)]
    for (const glossary of ['news', 'ap', 'reuters', 'bbc']) {
      for (const text of texts) {
        expect(fast.normalize({ text, glossary })).toEqual(slow.normalize({ text, glossary }))
        expect(fast.normalize({ text, glossary, format: 'markdown' })).toEqual(slow.normalize({ text, glossary, format: 'markdown' }))
      }
    }
  })
})

describe('a precompiled artifact that is not the source', () => {
  const artifact = generated

  it('is refused for a glossary whose content changed, and the service compiles the new content', () => {
    const changed = structuredClone(glossaries)
    const news = changed.find((g) => g.id === 'news')!
    const kyiv = news.concepts.find((c) => c.id === 'kyiv')!
    kyiv.forms!.en!.variants = [...(kyiv.forms!.en!.variants ?? []), 'Kyeev']
    const result = openPrecompiled(artifact).load(resolveGlossaries(changed).find((s) => s.id === 'news')!)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/^the artifact was built from another source \(version [0-9a-f]{14}, this one is [0-9a-f]{14}\)$/)

    const stale: string[] = []
    const copydesk = createCopydesk({ glossaries: changed, prevalidated: true, precompiled: { artifact, onStale: (id) => stale.push(id) } })
    // news changed, and so did every profile built on it.
    expect(stale.sort()).toEqual(['ap', 'bbc', 'news', 'reuters'])
    // The new variant is found: the stale tries were not used.
    expect(copydesk.normalize({ text: 'Officials in Kyeev said the talks would resume.', language: 'en' }).text).toBe('Officials in Kyiv said the talks would resume.')
  })

  it('is refused when written in another format, or for a profile without its base', () => {
    const other = openPrecompiled({ ...artifact, format: PRECOMPILED_FORMAT + 1 }).load(sourceOf('news'))
    expect(other).toEqual({ ok: false, reason: `the artifact's format is ${PRECOMPILED_FORMAT + 1}, this code reads ${PRECOMPILED_FORMAT}` })
    const bbc = openPrecompiled(artifact).load(sourceOf('bbc'))
    expect(bbc).toEqual({ ok: false, reason: "it uses its base glossary's matchers, and no base was given" })
  })

  it('is refused for a glossary it does not hold, which the service compiles', () => {
    const own: GlossarySource = { ...sourceOf('news'), id: 'newsroom' }
    expect(openPrecompiled(artifact).load(own)).toEqual({ ok: false, reason: 'not in the artifact' })
    const stale: string[] = []
    createCopydesk({ glossaries: [{ ...glossaries.find((g) => g.id === 'news')!, id: 'newsroom' }], defaultGlossary: 'newsroom', precompiled: { artifact, onStale: (id, reason) => stale.push(`${id}: ${reason}`) } })
    expect(stale).toEqual(['newsroom: not in the artifact'])
  })

  it('is decoded lazily per language when asked: only the languages used are built', () => {
    const result = openPrecompiled(artifact).load(sourceOf('news'), { lazy: true })
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.glossary.matcherFor('xx')).toBeUndefined()
      expect(result.glossary.matcherFor('en')!.find('They flew to Kiev.').map((c) => c.replacement)).toEqual(['Kyiv'])
    }
  })
})
