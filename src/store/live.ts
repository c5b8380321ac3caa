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

export interface LiveGlossariesOptions extends Omit<CopydeskOptions, 'glossaries' | 'defaultGlossary'> {
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
  /** Reads the active versions from the store when the last read is older than `refreshMs` (or `force`). */
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
export async function liveGlossaries(options: LiveGlossariesOptions): Promise<LiveGlossaries> {
  const { store, refreshMs, defaultGlossary } = options
  const now = options.now ?? Date.now
  const cacheSize = options.cacheSize ?? 8
  const coreOptions = { ...(options.detector ? { detector: options.detector } : {}), ...(options.fallbackLanguage ? { fallbackLanguage: options.fallbackLanguage } : {}) }
  const cache = new Map<string, CompiledVersion>()
  let active = new Map<string, CompiledVersion>()
  let summaries: GlossarySummary[] = []
  let readAt = -Infinity
  let reading: Promise<void> | undefined

  function compile(source: GlossarySource): CompiledVersion {
    const core = createCopydesk({ ...coreOptions, glossaries: [source], defaultGlossary: source.id })
    const version = core.glossaries()[0]!.version
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
    const next = new Map<string, CompiledVersion>()
    for (const { glossary, version: v } of await store.activeVersions()) {
      const compiled = await version(glossary, v)
      if (compiled) next.set(glossary, compiled)
    }
    if (!next.has(defaultGlossary)) throw new Error(`the glossary store has no active version of the default glossary "${defaultGlossary}"`)
    active = next
    summaries = [...next.values()].map((c) => c.core.glossaries()[0]!)
    readAt = now()
  }

  async function refresh(force = false): Promise<void> {
    if (!force && now() - readAt < refreshMs) return
    // Concurrent requests share one read.
    reading ??= read().finally(() => (reading = undefined))
    await reading
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

  await refresh(true)
  return { copydesk, refresh, version, compile, store }
}
