import type { Copydesk, CopydeskOptions, GlossarySource, GlossarySummary } from '../core/api.js'
import { createCopydesk } from '../core/copydesk.js'
import type { GlossaryStore } from './types.js'

/** One glossary at one version, compiled once: never per request. */
export interface CompiledVersion {
  id: string
  version: string
  source: GlossarySource
  core: Copydesk
}

export interface LiveGlossariesOptions extends Omit<CopydeskOptions, 'defaultGlossary' | 'glossaries'> {
  /**
   * The core over the built-in glossaries, already compiled: served until the store is first
   * read, and seeded into it.
   */
  builtIn: Copydesk
  store: GlossaryStore
  defaultGlossary: string
  /** How long an isolate or process may serve the active set it last read. */
  refreshMs: number
  /** Compiled versions kept besides the active ones (drafts under preview, the one rolled back from). */
  cacheSize?: number
  now?: () => number
}

export interface LiveGlossaries {
  /**
   * A Copydesk whose glossaries are the active versions. Every call reads the active set as
   * it is at that moment; a request's glossary work runs without awaiting in between (after
   * its body is read), so a request sees one version from start to end.
   */
  readonly copydesk: Copydesk
  /**
   * Reads the active versions from the store when the last read is older than `refreshMs` (or
   * `force`); the first call creates the tables and seeds the built-in glossaries. No promise is
   * shared between calls: a Worker refuses I/O begun by another request.
   */
  refresh(force?: boolean): Promise<void>
  /** A stored version compiled (cached), or undefined when the store has no such version. */
  version(id: string, version: string): Promise<CompiledVersion | undefined>
  /** Compiles a source (cached by its version): validation errors throw a GlossaryError. */
  compile(source: GlossarySource): CompiledVersion
  readonly store: GlossaryStore
}

/**
 * The glossaries as the store says they are now. The active set is replaced whole, in one
 * assignment, after every new version it names is compiled: a request never sees half of an
 * activation.
 */
export function liveGlossaries(options: LiveGlossariesOptions): LiveGlossaries {
  const { store, refreshMs, defaultGlossary } = options
  if (!options.builtIn.glossary(defaultGlossary)) {
    throw new Error(`default glossary "${defaultGlossary}" is not among the built-in glossaries`)
  }
  const now = options.now ?? Date.now
  const cacheSize = options.cacheSize ?? 8
  const coreOptions = { ...(options.detector ? { detector: options.detector } : {}), ...(options.fallbackLanguage ? { fallbackLanguage: options.fallbackLanguage } : {}) }
  const cache = new Map<string, CompiledVersion>()
  let active = new Map<string, CompiledVersion>()
  let summaries: GlossarySummary[] = []
  let readAt = -Infinity
  let seeded = false

  function compile(source: GlossarySource): CompiledVersion {
    const core = createCopydesk({ ...coreOptions, glossaries: [source], defaultGlossary: source.id })
    const version = core.glossaries()[0]!.version // the only one
    const key = `${source.id}@${version}`
    const cached = cache.get(key)
    if (cached) return cached
    const compiled = { id: source.id, version, source, core }
    remember(key, compiled)
    return compiled
  }

  function remember(key: string, compiled: CompiledVersion): void {
    cache.delete(key)
    cache.set(key, compiled)
    const activeKeys = new Set([...active.values()].map((v) => `${v.id}@${v.version}`))
    for (const old of cache.keys()) {
      if (cache.size <= cacheSize + activeKeys.size) break
      if (!activeKeys.has(old)) cache.delete(old)
    }
  }

  async function version(id: string, v: string): Promise<CompiledVersion | undefined> {
    const cached = cache.get(`${id}@${v}`)
    if (cached) return cached
    const source = await store.source(id, v)
    return source === undefined ? undefined : compile(source)
  }

  async function read(): Promise<void> {
    if (!seeded) {
      await store.init(builtIns.map(({ source, version: v }) => ({ source, version: v })))
      seeded = true
    }
    const next = new Map<string, CompiledVersion>()
    for (const { glossary, version: v } of await store.activeVersions()) {
      const compiled = await version(glossary, v)
      if (compiled) next.set(glossary, compiled)
    }
    if (!next.has(defaultGlossary)) throw new Error(`the glossary store has no active version of the default glossary "${defaultGlossary}"`)
    serve(next)
  }

  function serve(next: Map<string, CompiledVersion>): void {
    const same = next.size === active.size && [...next].every(([id, c]) => active.get(id) === c)
    if (same) return
    active = next
    summaries = [...next.values()].map((c) => c.core.glossaries().find((g) => g.id === c.id)!)
  }

  async function refresh(force = false): Promise<void> {
    if (!force && now() - readAt < refreshMs) return
    try {
      await read()
    } finally {
      // A store that fails is asked again after refreshMs, not on every request meanwhile.
      readAt = now()
    }
  }

  const coreOf = (id: string | undefined): Copydesk => {
    const compiled = active.get(id ?? defaultGlossary)
    if (!compiled) throw new Error(`unknown glossary "${id}"`)
    return compiled.core
  }

  const copydesk: Copydesk = {
    normalize: (input) => coreOf(input.glossary).normalize(input),
    detect: (text) => coreOf(defaultGlossary).detect(text),
    glossaries: () => summaries,
    glossary: (id) => active.get(id)?.core.glossary(id),
    supports: (id, language) => active.get(id)?.core.supports(id, language) ?? false,
    defaultGlossary,
  }

  const builtIns = options.builtIn.glossaries().map(({ id }): CompiledVersion => {
    const { version: v, ...source } = options.builtIn.glossary(id)!
    const compiled = { id, version: v, source, core: options.builtIn }
    cache.set(`${id}@${v}`, compiled)
    return compiled
  })
  serve(new Map(builtIns.map((c) => [c.id, c])))
  return { copydesk, refresh, version, compile, store }
}
