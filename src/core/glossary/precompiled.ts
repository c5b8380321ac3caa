import { createMatcher, matcherTables, type Matcher, type MatcherOptions, type MatcherTables } from '../match/matcher.js'
import type { Entry } from '../match/entry.js'
import { nameTable, storedNames, storedNameTable, type NameTable } from '../match/known-names.js'
import type { CandidateSearch } from '../match/prefilter.js'
import type { Trie } from '../match/trie.js'
import { compileGlossary, glossaryVersion, languageRulesFor, languageTrie } from './compile.js'
import type { CompiledGlossary } from './compiled.js'
import type { GlossaryIssue } from './glossary-error.js'
import type { ConceptSource, GlossarySource, LanguageCode } from './source.js'
import { contentVersion } from './version.js'

/**
 * The built-in glossaries, compiled by `npm run build:glossaries` and shipped as data
 * (src/generated/precompiled.ts), so that a process or a Worker isolate starts by decoding
 * each language's trie instead of expanding, resolving and closing every concept's forms
 * again. Glossaries stored by users (src/store) still compile at activation.
 *
 * An artifact is used only for the exact glossary it was built from (the hash of the source's
 * JSON must be the one the build recorded: any concept, form, example or language rule changed
 * means another hash) and only in this module's format. Anything else (a stale artifact, a
 * missing language, a glossary the build did not see) is a reason, and the caller compiles.
 * The build's steps are compileGlossary's (`languageTrie`); precompiled.test.ts checks that
 * both give the same findings, and that the generated artifact is current.
 */

/**
 * The layout of `Precompiled` and of what it holds (the trie's arrays, the entries). Change it
 * with any change to `Trie` or `Entry`: an artifact of another format is never read.
 */
export const PRECOMPILED_FORMAT = 6

/**
 * Every built-in glossary's tries. What the glossaries have in common is stored once: an
 * array that is the same in two tries (a profile's language is mostly its base's), an entry
 * that is the same in two languages or glossaries, a context shared by a concept's entries.
 */
export interface Precompiled {
  format: number
  glossaries: PrecompiledGlossary[]
  /** Typed arrays' bytes, base64 (little-endian), each distinct one once. */
  blobs: string[]
  /** The distinct objects of the entries (see `EncodedObject`), children before parents. */
  objects: EncodedObject[]
  /** The key lists of the objects' shapes. */
  shapes: string[][]
}

export interface PrecompiledGlossary {
  id: string
  /** The content version of the source it was compiled from (`CompiledGlossary.version`). */
  version: string
  /**
   * A hash of that source's JSON as the build read it. Checked at start instead of the version:
   * the same hash means the same text, hence the same version, at a fraction of the cost (the
   * version sorts every object's keys first). Any change, even of key order, means "compile".
   */
  source: string
  /** Per language: its trie, or "base" where a profile uses its base glossary's matcher as it is. */
  languages: Record<LanguageCode, PrecompiledTrie | 'base'>
  /** The known names of all its languages (KnownNames): read back on its first text with "auto". */
  names: PrecompiledNames
}

/**
 * A glossary's known names (see `StoredNames`, match/known-names.ts). Made on the first text
 * with "auto", off the tries or the entries, they were 11-14 ms of main-thread CPU of it once a
 * process or isolate, and 40-50 of the process's (V8 compiling the walk); read back, 3 and 5
 * (docs/performance-history.md, round 38).
 */
export interface PrecompiledNames {
  slots: StoredArray
  /** Per whole form, the number of its forms, then for each an entry written so (an index into `objects`). */
  forms: StoredArray
  prefixes: StoredArray
  starts: StoredArray
  longest: number
}

/**
 * A typed array: its element type and its blob. Int32 arrays whose values fit in 16 bits are
 * stored in 16; a Uint8Array (the start filter's class of every code unit: 64 KB of long runs)
 * as runs, (value, length) pairs in 32 bits.
 */
export type StoredArray = ['u16' | 'i32' | 'u32' | 'u8rle', number]

export interface PrecompiledTrie {
  /** The root's children as (code unit, node) pairs: the full table is 65,536 slots, nearly all 0. */
  root: StoredArray
  /** Each node's run in `units` (see `Trie`); the labels are the runs' first units, not stored. */
  run: StoredArray
  units: StoredArray
  firstChild: StoredArray
  nextSibling: StoredArray
  firstEntry: StoredArray
  nextEntry: StoredArray
  /** The entries, as indexes into `objects`. */
  entries: StoredArray
  /** What the matcher derives from the trie (`MatcherTables`), for a matcher with the prefilter on. */
  tables: {
    /** The start filter: its classes, its pairs and singles bit sets. */
    filter: [StoredArray, StoredArray, StoredArray] | null
    /** The candidate search: its regular expressions' sources and flags. */
    candidates: { sources: string[]; flags: string } | null
    before: [string, number][]
    after: [string, number][]
    widest: number
  }
}

/**
 * A value that is an object is `{ r: index }` into `objects`. An object is `[shape, ...values]`
 * (its keys are `shapes[shape]`), `{ a: [...] }` an array, `{ s: [...] }` a Set.
 */
type EncodedValue = string | number | boolean | null | { r: number }
type EncodedObject = EncodedValue[] | { a: EncodedValue[] } | { s: EncodedValue[] }

export type PrecompiledLoad = { ok: true; glossary: CompiledGlossary } | { ok: false; reason: string }

export interface LoadOptions extends MatcherOptions {
  /** Decode each language on first use (as `CompileOptions.lazy`); default false: all now. */
  lazy?: boolean
  /** For a profile: its base, loaded or compiled, whose matchers the "base" languages reuse. */
  base?: CompiledGlossary
}

/**
 * Compiles `sources` (resolved: profiles merged onto their base) as `createCopydesk` does
 * (each profile after its base, reusing the base's matcher where the compile does) and
 * returns what `openPrecompiled` reads. Throws what `compileGlossary` throws.
 */
export function precompileGlossaries(sources: readonly GlossarySource[]): Precompiled {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const compiled = new Map<string, CompiledGlossary>()
  const compile = (source: GlossarySource): CompiledGlossary => {
    const done = compiled.get(source.id)
    if (done) return done
    const baseSource = source.extends === undefined ? undefined : byId.get(source.extends)
    const glossary = compileGlossary(source, { base: baseSource && compile(baseSource) })
    compiled.set(source.id, glossary)
    return glossary
  }
  const writer = new Writer()
  const glossaries = sources.map((source): PrecompiledGlossary => {
    const glossary = compile(source)
    const base = source.extends === undefined ? undefined : compiled.get(source.extends)
    const languages: PrecompiledGlossary['languages'] = {}
    for (const language of source.languages) {
      const shared = base !== undefined && glossary.matcherFor(language) === base.matcherFor(language)
      const trie = shared ? undefined : compiledTrie(source, language)
      languages[language] = trie === undefined ? 'base' : writer.trie(trie, matcherTables(trie))
    }
    const tries = glossary.languages.flatMap((language) => glossary.matcherFor(language)?.trie ?? [])
    return { id: source.id, version: glossary.version, source: sourceHash(source), languages, names: writer.names(nameTable(tries), tries) }
  })
  return { format: PRECOMPILED_FORMAT, glossaries, blobs: writer.blobs, objects: writer.objects, shapes: writer.shapes }
}

/** The trie `compileGlossary` builds for `language`. The source was compiled (validated) first: no issue is expected. */
function compiledTrie(source: GlossarySource, language: string): Trie {
  const issues: GlossaryIssue[] = []
  const { trie } = languageTrie(source, language, (id) => id, issues)
  if (issues.length > 0) throw new Error(`precompile ${source.id} (${language}): ${issues[0]!.message}`)
  return trie
}

/**
 * Reads an artifact: `load` gives the compiled glossary `source` gets from it, or why it
 * cannot be used for that source (then compile the source). Nothing is validated again: the
 * artifact was built from this very content, which the build validated and whose examples it
 * ran. Entries and arrays are decoded once, when a language first needs them.
 */
export function openPrecompiled(artifact: Precompiled): { load(source: GlossarySource, options?: LoadOptions): PrecompiledLoad } {
  const reader = artifact.format === PRECOMPILED_FORMAT ? new Reader(artifact) : undefined
  const byId = new Map(artifact.format === PRECOMPILED_FORMAT ? artifact.glossaries.map((g) => [g.id, g]) : [])
  return {
    load(source, options = {}) {
      const { lazy = false, base, ...matcherOptions } = options
      if (reader === undefined) return { ok: false, reason: `the artifact's format is ${artifact.format}, this code reads ${PRECOMPILED_FORMAT}` }
      if (!LITTLE_ENDIAN) return { ok: false, reason: 'the artifact is little-endian, this platform is not' }
      const stored = byId.get(source.id)
      if (stored === undefined) return { ok: false, reason: 'not in the artifact' }
      if (stored.source !== sourceHash(source)) return { ok: false, reason: `the artifact was built from another source (version ${stored.version}, this one is ${glossaryVersion(source)})` }
      const version = stored.version
      const missing = source.languages.filter((language) => stored.languages[language] === undefined)
      if (missing.length > 0) return { ok: false, reason: `the artifact has no trie for ${missing.join(', ')}` }
      if (base === undefined && source.languages.some((language) => stored.languages[language] === 'base')) {
        return { ok: false, reason: `it uses its base glossary's matchers, and no base was given` }
      }
      const matchers = new Map<string, Matcher>()
      const matcherFor = (language: string): Matcher | undefined => {
        let matcher = matchers.get(language)
        const trie = source.languages.includes(language) ? stored.languages[language] : undefined
        if (matcher !== undefined || trie === undefined) return matcher
        if (trie === 'base') matcher = base?.matcherFor(language) // a base was given: checked above
        else {
          // The stored tables are those of a matcher with the prefilter; without it, derived again.
          const tables = matcherOptions.prefilter === false ? undefined : reader.tables(trie)
          matcher = createMatcher(language, reader.trie(trie), languageRulesFor(source.languageRules?.[language]), matcherOptions, tables)
        }
        if (matcher !== undefined) matchers.set(language, matcher)
        return matcher
      }
      if (!lazy) for (const language of source.languages) matcherFor(language)
      return {
        ok: true,
        glossary: {
          id: source.id,
          version,
          name: source.name,
          fallbackLanguage: source.fallbackLanguage,
          languages: [...source.languages],
          concepts: new Map<string, ConceptSource>(source.concepts.map((c) => [c.id, c])),
          source,
          matcherFor,
          names: () => reader.names(stored.names),
        },
      }
    },
  }
}

function searchFlags(flags: string): CandidateSearch['flags'] {
  if (flags === 'g' || flags === 'gi') return flags
  throw new Error(`precompiled candidate search: flags "${flags}", not g or gi`)
}

const sourceHash = (source: GlossarySource): string => contentVersion(JSON.stringify(source))

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** Builds the artifact's tables: each distinct blob, shape and object once. */
class Writer {
  readonly blobs: string[] = []
  readonly objects: EncodedObject[] = []
  readonly shapes: string[][] = []
  private readonly blobIndex = new Map<string, number>()
  private readonly objectIndex = new Map<string, number>()
  private readonly shapeIndex = new Map<string, number>()
  /** By identity, before the lookup by content: most objects are seen once per language. */
  private readonly seen = new Map<object, number>()

  trie(trie: Trie, tables: MatcherTables): PrecompiledTrie {
    const pairs: number[] = []
    trie.root.forEach((node, unit) => {
      if (node !== 0) pairs.push(unit, node)
    })
    return {
      root: this.array(Int32Array.from(pairs)),
      run: this.array(trie.run),
      units: this.array(trie.units),
      firstChild: this.array(trie.firstChild),
      nextSibling: this.array(trie.nextSibling),
      firstEntry: this.array(trie.firstEntry),
      nextEntry: this.array(trie.nextEntry),
      entries: this.array(Int32Array.from(trie.entries, (entry) => this.object(entry))),
      tables: {
        filter: tables.filter === undefined ? null : [this.array(tables.filter.classes), this.array(tables.filter.pairs), this.array(tables.filter.singles)],
        candidates: tables.candidates === undefined ? null : { sources: [...tables.candidates.sources], flags: tables.candidates.flags },
        before: [...tables.reach.before],
        after: [...tables.reach.after],
        widest: tables.reach.widest,
      },
    }
  }

  /** `table`, each form as an entry of `tries` written so (entries are stored already; a form alone is not an object). */
  names(table: NameTable, tries: readonly Trie[]): PrecompiledNames {
    const entryOf = new Map<string, Entry>()
    for (const trie of tries) for (const entry of trie.entries) if (!entryOf.has(entry.form)) entryOf.set(entry.form, entry)
    const stored = storedNames(table)
    const forms: number[] = []
    for (const written of stored.forms) forms.push(written.length, ...written.map((form) => this.object(entryOf.get(form)!)))
    return { slots: this.array(stored.slots), forms: this.array(Int32Array.from(forms)), prefixes: this.array(stored.prefixes), starts: this.array(stored.starts), longest: stored.longest }
  }

  private array(values: Int32Array | Uint16Array | Uint32Array | Uint8Array): StoredArray {
    if (values instanceof Uint32Array) return ['u32', this.blob(toBase64(values))]
    if (values instanceof Uint8Array) {
      const runs: number[] = []
      for (let i = 0; i < values.length; ) {
        let end = i + 1
        while (end < values.length && values[end] === values[i]) end++
        runs.push(values[i]!, end - i)
        i = end
      }
      return ['u8rle', this.blob(toBase64(Uint32Array.from(runs)))]
    }
    const narrow = values.every((v) => v >= 0 && v <= 0xffff)
    return [narrow ? 'u16' : 'i32', this.blob(toBase64(narrow && !(values instanceof Uint16Array) ? Uint16Array.from(values) : values))]
  }

  private blob(text: string): number {
    let index = this.blobIndex.get(text)
    if (index === undefined) {
      index = this.blobs.push(text) - 1
      this.blobIndex.set(text, index)
    }
    return index
  }

  private object(value: object): number {
    const known = this.seen.get(value)
    if (known !== undefined) return known
    let encoded: EncodedObject
    if (value instanceof Set) encoded = { s: [...value].map((v) => this.value(v)) }
    else if (Array.isArray(value)) encoded = { a: value.map((v) => this.value(v)) }
    else if (Object.getPrototypeOf(value) === Object.prototype) {
      const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      encoded = [this.shape(keys), ...keys.map((key) => this.value((value as Record<string, unknown>)[key]))]
    } else throw new Error(`precompile: cannot store a ${Object.prototype.toString.call(value)} in an entry`)
    const text = JSON.stringify(encoded)
    let index = this.objectIndex.get(text)
    if (index === undefined) {
      index = this.objects.push(encoded) - 1
      this.objectIndex.set(text, index)
    }
    this.seen.set(value, index)
    return index
  }

  private value(value: unknown): EncodedValue {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
    if (typeof value === 'number' && Number.isFinite(value)) return value
    if (typeof value === 'object') return { r: this.object(value) }
    throw new Error(`precompile: cannot store ${String(value)} in an entry`)
  }

  private shape(keys: string[]): number {
    const text = keys.join('\n')
    let index = this.shapeIndex.get(text)
    if (index === undefined) {
      index = this.shapes.push(keys) - 1
      this.shapeIndex.set(text, index)
    }
    return index
  }
}

/** Decodes what the tries ask for, each blob and object once (shared objects stay shared). */
class Reader {
  private readonly objects: unknown[]
  constructor(private readonly artifact: Precompiled) {
    this.objects = new Array(artifact.objects.length)
  }

  /** Throws on arrays that do not fit together (an artifact not written by `Writer`). */
  trie(stored: PrecompiledTrie): Trie {
    const pairs = this.array(stored.root)
    const run = Int32Array.from(this.array(stored.run))
    const units = Uint16Array.from(this.array(stored.units))
    const firstChild = Int32Array.from(this.array(stored.firstChild))
    const nextSibling = Int32Array.from(this.array(stored.nextSibling))
    const firstEntry = Int32Array.from(this.array(stored.firstEntry))
    const nextEntry = Int32Array.from(this.array(stored.nextEntry))
    const entries = Array.from(this.array(stored.entries), (i) => this.object(i) as Entry)
    const nodes = firstChild.length
    if (run.length !== nodes + 1 || nextSibling.length !== nodes || firstEntry.length !== nodes || nextEntry.length !== entries.length) {
      throw new Error(`precompiled trie: arrays of ${run.length - 1}, ${nodes}, ${nextSibling.length} and ${firstEntry.length} nodes, ${nextEntry.length} links for ${entries.length} entries`)
    }
    // The root's run is empty, every other node's holds at least its label, each where the one before ends.
    let ordered = run[0] === 0 && (nodes === 1 || run[1] === 0) && run[nodes] === units.length
    for (let n = 2; ordered && n <= nodes; n++) ordered = run[n]! > run[n - 1]!
    if (!ordered) throw new Error(`precompiled trie: runs that do not lie one after another within ${units.length} units`)
    // A child and a next sibling numbered after their node, as buildTrie numbers them (see `Trie`).
    let depthFirst = true
    for (let n = 0; depthFirst && n < nodes; n++) depthFirst = (firstChild[n] === 0 || firstChild[n]! > n) && (nextSibling[n] === 0 || nextSibling[n]! > n)
    if (!depthFirst) throw new Error('precompiled trie: a child or a sibling numbered before its node')
    // A node's label is its run's first unit (the root's run is empty: label 0, as built).
    const label = new Uint16Array(nodes)
    for (let n = 1; n < nodes; n++) label[n] = units[run[n]!]!
    const root = new Int32Array(0x10000)
    for (let i = 0; i < pairs.length; i += 2) root[pairs[i]!] = pairs[i + 1]!
    return { root, label, firstChild, nextSibling, firstEntry, nextEntry, run, units, entries }
  }

  /** Throws on arrays that do not fit together (an artifact not written by `Writer`). */
  names(stored: PrecompiledNames): NameTable {
    const starts = this.array(stored.starts)
    if (!(starts instanceof Uint8Array) || starts.length !== 0x10000) throw new Error('precompiled known names: starts not a flag per code unit')
    // Each longest path is a form's folded units: a count, as the build wrote it.
    if (!Number.isSafeInteger(stored.longest) || stored.longest < 0) throw new Error(`precompiled known names: a longest form of ${String(stored.longest)} units`)
    const flat = this.array(stored.forms)
    const forms: string[][] = []
    for (let i = 0; i < flat.length; ) {
      const end = i + 1 + flat[i]!
      if (flat[i]! < 1 || end > flat.length) throw new Error(`precompiled known names: a list of ${flat[i]} forms at ${i}, in ${flat.length} numbers`)
      const written: string[] = []
      for (let k = i + 1; k < end; k++) written.push(this.entryForm(flat[k]!))
      forms.push(written)
      i = end
    }
    const slots = Int32Array.from(this.array(stored.slots))
    // A stored slot is 1 + a hash of 30 bits (StoredNames): 0 would read as an empty slot.
    for (let i = 0; i < slots.length; i++) if ((slots[i]! & 0x7fffffff) === 0) throw new Error(`precompiled known names: slot ${i} holds no hash`)
    return storedNameTable({ slots, forms, prefixes: Int32Array.from(this.array(stored.prefixes)), starts, longest: stored.longest })
  }

  /** The form of the entry stored as object `i`: a known name is read as it is written. */
  private entryForm(i: number): string {
    const entry = this.object(i)
    const form = entry !== null && typeof entry === 'object' && 'form' in entry ? entry.form : undefined
    if (typeof form !== 'string' || form === '') throw new Error(`precompiled known names: object ${i} is not an entry with a form`)
    return form
  }

  tables({ tables }: PrecompiledTrie): MatcherTables {
    const bits = (stored: StoredArray) => {
      const array = this.array(stored)
      if (!(array instanceof Uint32Array) || array.length !== 0x800) throw new Error('precompiled start filter: not a set of 65,536 bits')
      return array
    }
    const classes = (stored: StoredArray) => {
      const array = this.array(stored)
      if (!(array instanceof Uint8Array) || array.length !== 0x10000) throw new Error('precompiled start filter: not a class per code unit')
      return array
    }
    const filter = tables.filter && { classes: classes(tables.filter[0]), pairs: bits(tables.filter[1]), singles: bits(tables.filter[2]) }
    const candidates = tables.candidates
    return {
      filter: filter ?? undefined,
      candidates: candidates === null ? undefined : { sources: candidates.sources, flags: searchFlags(candidates.flags) },
      reach: { before: new Map(tables.before), after: new Map(tables.after), widest: tables.widest },
    }
  }

  private array([type, blob]: StoredArray): Uint16Array | Int32Array | Uint32Array | Uint8Array {
    const text = this.artifact.blobs[blob]
    if (text === undefined) throw new Error(`precompiled trie: no blob ${blob}`)
    const bytes = fromBase64(text)
    if (type === 'u8rle') {
      const runs = new Uint32Array(bytes.buffer)
      let length = 0
      for (let i = 1; i < runs.length; i += 2) length += runs[i]!
      const values = new Uint8Array(length)
      for (let i = 0, at = 0; i < runs.length; at += runs[i + 1]!, i += 2) values.fill(runs[i]!, at, at + runs[i + 1]!)
      return values
    }
    return type === 'u16' ? new Uint16Array(bytes.buffer) : type === 'u32' ? new Uint32Array(bytes.buffer) : new Int32Array(bytes.buffer)
  }

  private object(i: number): unknown {
    const done = this.objects[i]
    if (done !== undefined) return done
    const stored = this.artifact.objects[i]
    if (stored === undefined) throw new Error(`precompiled entries: no object ${i}`)
    let value: unknown
    if (Array.isArray(stored)) {
      const keys = this.artifact.shapes[stored[0] as number]
      if (keys === undefined) throw new Error(`precompiled entries: no shape ${String(stored[0])}`)
      const o: Record<string, unknown> = {}
      for (let k = 0; k < keys.length; k++) o[keys[k]!] = this.value(stored[k + 1]!)
      value = o
    } else if ('s' in stored) value = new Set(stored.s.map((v) => this.value(v)))
    else value = stored.a.map((v) => this.value(v))
    this.objects[i] = value
    return value
  }

  private value(value: EncodedValue): unknown {
    return value !== null && typeof value === 'object' ? this.object(value.r) : value
  }
}

function toBase64(array: ArrayBufferView): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
  let binary = ''
  // In slices: a spread of a million arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** atob is in both runtimes (Node's Buffer is not in workerd without nodejs_compat). */
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
