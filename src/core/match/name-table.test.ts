import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MIXED_LANGUAGES } from '../../../test/fixtures/mixed-languages.js'
import { glossaries } from '../../generated/glossaries.js'
import { precompiled } from '../../generated/precompiled.js'
import { compileGlossary } from '../glossary/compile.js'
import type { CompiledGlossary } from '../glossary/compiled.js'
import { resolveGlossaries } from '../glossary/extend.js'
import { openPrecompiled } from '../glossary/precompiled.js'
import type { GlossarySource } from '../glossary/source.js'
import { foldForm, isWordUnit } from '../text/chars.js'
import { FNV_SEED, fnvStep } from '../text/hash.js'
import { capitalize, mayStartLower } from './casing.js'
import type { Entry } from './entry.js'
import { KnownNames, nameSlots, nameTable, type NameTable } from './known-names.js'
import { buildTrie } from './trie.js'

/*
 * `nameTable` reads the known names off a glossary's tries; the build stores them for the
 * bundled glossaries (precompiled.ts). Round 37 made them from the entries: every form folded,
 * a Map of the folded forms, each hashed unit by unit. That construction, kept here as the
 * reference, the one read off the tries and the one read back from the artifact must make the
 * same table, and KnownNames must answer alike with either, on every bundled glossary,
 * precompiled (as the service loads them) and compiled (as a glossary a user stores).
 */

const PREFIX_BITS = 18
const PREFIX_WORDS = (1 << (PREFIX_BITS - 5)) - 1
const SMI_BITS = 0x3fffffff

/** Round 37's KnownNames constructor, the table it made. */
function referenceTable(entries: Iterable<Entry>): NameTable {
  const starts = new Uint8Array(0x10000)
  const prefixes = new Int32Array(1 << (PREFIX_BITS - 5))
  const byKey = new Map<string, string[]>()
  for (const entry of entries) {
    if (entry.kind === 'exception') continue
    const key = foldForm(entry.form)
    if (key === '') continue
    let forms = byKey.get(key)
    if (forms === undefined) byKey.set(key, (forms = []))
    if (!forms.includes(entry.form)) forms.push(entry.form)
    const first = entry.form.trimStart().charCodeAt(0)
    starts[first] = 1
    if (mayStartLower(entry)) {
      const upper = String.fromCharCode(first).toUpperCase()
      const lower = String.fromCharCode(first).toLowerCase()
      if (upper.length === 1) starts[upper.charCodeAt(0)] = 1
      if (lower.length === 1) starts[lower.charCodeAt(0)] = 1
    }
  }
  const size = nameSlots(byKey.size)
  const hashes = new Int32Array(size)
  const ends = new Uint8Array(size)
  const forms = new Array<string[] | undefined>(size).fill(undefined)
  const add = (hash: number, end: number): number => {
    let slot = hash & (size - 1)
    while (hashes[slot] !== 0 && hashes[slot] !== hash + 1) slot = (slot + 1) & (size - 1)
    hashes[slot] = hash + 1
    ends[slot] = ends[slot]! | end
    return slot
  }
  let longest = 0
  for (const [key, keyForms] of byKey) {
    if (key.length > longest) longest = key.length
    let hash = FNV_SEED
    for (let i = 0; i < key.length; i++) {
      hash = fnvStep(hash, key.charCodeAt(i))
      prefixes[(hash >>> 5) & PREFIX_WORDS]! |= 1 << (hash & 31)
      if (i + 1 < key.length && isWordUnit(key.charCodeAt(i)) && !isWordUnit(key.charCodeAt(i + 1))) add(hash & SMI_BITS, 0)
    }
    const slot = add(hash & SMI_BITS, 1)
    forms[slot] = forms[slot] === undefined ? keyForms : [...forms[slot]!, ...keyForms]
  }
  return { hashes, ends, forms, starts, longest, prefixes }
}

/** A table's content apart from where its slots lie (which depends on its size): hash, whole form or not, the forms sorted. */
function contentOf(table: NameTable): string[] {
  const out: string[] = []
  table.hashes.forEach((stored, slot) => {
    if (stored !== 0) out.push(`${stored - 1} ${table.ends[slot]} ${[...(table.forms[slot] ?? [])].sort().join('|')}`)
  })
  return out.sort()
}

const sources = resolveGlossaries(glossaries)
const sourceOf = (id: string) => sources.find((s) => s.id === id)!

/** Every bundled glossary, each a profile after its base: loaded from the build's artifact (lazy, as the service loads profiles), or compiled. */
function everyGlossary(load: (source: GlossarySource, base: CompiledGlossary | undefined) => CompiledGlossary): CompiledGlossary[] {
  const done = new Map<string, CompiledGlossary>()
  const get = (source: GlossarySource): CompiledGlossary => {
    let glossary = done.get(source.id)
    if (glossary === undefined) done.set(source.id, (glossary = load(source, source.extends === undefined ? undefined : get(sourceOf(source.extends)))))
    return glossary
  }
  return sources.map(get)
}

const artifact = openPrecompiled(precompiled)
const loaded = everyGlossary((source, base) => {
  const result = artifact.load(source, { base, lazy: base !== undefined })
  if (!result.ok) throw new Error(`${source.id}: ${result.reason}`)
  return result.glossary
})

const triesOf = (glossary: CompiledGlossary) => glossary.languages.flatMap((code) => glossary.matcherFor(code)?.trie ?? [])

/**
 * Real text, and every form where a name is read: the language-detection set, the seed article,
 * the mixed-language paragraphs, every concept's examples; every form of every glossary in the
 * casings a text may write it (as written, ALL CAPS, lower case, capitalized), whole and cut
 * before each of its words but the first, each followed by words.
 */
function texts(): string[] {
  const shared = (path: string) => readFileSync(fileURLToPath(new URL(`../../../../shared/${path}`, import.meta.url)), 'utf8')
  const out: string[] = (JSON.parse(shared('datasets/langid-news-dev.json')) as { text: string }[]).map((item) => item.text)
  out.push(shared('fixtures/seed-article-en.txt'), ...MIXED_LANGUAGES)
  for (const source of sources) {
    for (const concept of source.concepts) {
      for (const examples of Object.values(concept.examples ?? {})) {
        for (const { text, expect } of examples.change ?? []) out.push(text, expect)
        out.push(...(examples.keep ?? []), ...(examples.suggest ?? []).map(({ text }) => text))
      }
    }
  }
  const forms = new Set<string>()
  for (const glossary of loaded) for (const trie of triesOf(glossary)) for (const entry of trie.entries) forms.add(entry.form)
  for (const form of forms) {
    const words = form.split(' ')
    const cuts = words.map((_, k) => words.slice(0, k + 1).join(' '))
    const cased = cuts.flatMap((cut) => [cut, cut.toUpperCase(), cut.toLowerCase(), capitalize(cut)])
    out.push(`In ${cased.join(' said, and ')} the city.`)
  }
  return out
}

/** What KnownNames answers on `text`: its blanked text (two lengths), its spans (whole, and from each word start within `reach`), the units named and endAt at every word start. */
function answers(names: KnownNames, text: string): unknown[] {
  const out: unknown[] = [names.blank(text), names.blank(text, 40), names.spans(text, 0, text.length, Infinity), names.namedUnits(text, 0, text.length)]
  for (let i = 0; i < text.length; i++) {
    if (!isWordUnit(text.charCodeAt(i)) || (i > 0 && isWordUnit(text.charCodeAt(i - 1)))) continue
    out.push(names.endAt(text, i, text.length))
    if (i % 7 === 0) out.push(names.spans(text, i, text.length, 30))
  }
  return out
}

describe('nameTable: the known names read off the tries are the ones made from the entries', () => {
  const corpus = texts()

  for (const glossary of loaded) {
    it(`${glossary.id}, precompiled: the same table read off the tries and stored by the build, and the same answers on ${corpus.length} texts`, () => {
      const tries = triesOf(glossary)
      const reference = referenceTable(tries.flatMap((trie) => trie.entries))
      const stored = glossary.names!()
      for (const table of [nameTable(tries), stored]) {
        expect(contentOf(table)).toEqual(contentOf(reference))
        expect(table.prefixes).toEqual(reference.prefixes)
        expect(table.starts).toEqual(reference.starts)
        expect(table.longest).toBe(reference.longest)
      }
      const [read, simple] = [new KnownNames(stored), new KnownNames(reference)]
      for (const text of corpus) expect(answers(read, text), text).toEqual(answers(simple, text))
    })
  }

  it('compiled, as a glossary a user stores, and with lazy languages: the same table, read off the tries', () => {
    const compiled = everyGlossary((source, base) => compileGlossary(source, { base, lazy: true }))
    for (const glossary of compiled) {
      expect(glossary.names).toBeUndefined()
      const tries = triesOf(glossary)
      const reference = referenceTable(tries.flatMap((trie) => trie.entries))
      const table = nameTable(tries)
      expect(contentOf(table), glossary.id).toEqual(contentOf(reference))
      expect(table.prefixes, glossary.id).toEqual(reference.prefixes)
      expect(table.starts, glossary.id).toEqual(reference.starts)
      expect(table.longest, glossary.id).toBe(reference.longest)
    }
  })

  it('leaves out a path that leads only to exceptions, and its prefixes; reads a trie given twice once', () => {
    const entries: Entry[] = [
      { kind: 'variant', concept: 'c', form: 'Kiev', replacement: 'Kyiv', rule: 'preferred-form' },
      { kind: 'keep', concept: 'c', form: 'Kyiv' },
      { kind: 'exception', concept: 'c', form: 'chicken Kiev' },
      { kind: 'exception', concept: 'c', form: 'Kiev Rus' },
      { kind: 'keep', concept: 'c', form: 'kievan Rus' },
      { kind: 'exception', concept: 'c', form: 'Kyiv' },
    ]
    const trie = buildTrie(entries)
    const table = nameTable([trie, trie])
    expect(contentOf(table)).toEqual(contentOf(referenceTable(entries)))
    expect(table.prefixes).toEqual(referenceTable(entries).prefixes)
    expect(table.starts).toEqual(referenceTable(entries).starts)
    const names = new KnownNames(table)
    expect(names.blank('chicken Kiev, Kiev Rus, Kievan Rus, kievan Rus, KYIV')).toBe('chicken  ,   Rus,  ,  ,  ')
  })
})
