import { Engine } from 'prh'
import { unifiedDiff } from '../src/core/normalize/diff.js'
import { compileGlossary, languageTrie } from '../src/core/glossary/compile.js'
import type { CompiledGlossary } from '../src/core/glossary/compiled.js'
import type { GlossarySource } from '../src/core/glossary/source.js'
import { formOf } from '../src/core/glossary/validate.js'
import { applyChanges } from '../src/core/normalize/apply-changes.js'
import { articleOfSize, seedArticle } from './corpus.js'
import { collectGarbage, measure, mbPerSecond, table } from './timing.js'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every variant of `language` with what it becomes, as a regex-based tool would list them. */
function variantsOf(source: GlossarySource, language: string): [string, string][] {
  const out: [string, string][] = []
  for (const concept of source.concepts) {
    const forms = concept.forms[language]
    if (!forms?.preferred) continue
    for (const v of forms.variants ?? []) out.push([formOf(v), forms.preferred])
    for (const v of forms.surnameVariants ?? []) out.push([formOf(v), forms.surname!])
  }
  return out
}

/**
 * The yardstick: one longest-first alternation of all variants, replaced through a map, as
 * fast as V8's regex engine searches. It has none of our rules (exceptions, casing, context,
 * protected spans) and its ASCII `\b` hits inside words with accents: not a replacement.
 */
function alternation(variants: [string, string][]) {
  const to = new Map(variants)
  const sorted = [...to.keys()].sort((a, b) => b.length - a.length)
  const re = new RegExp(`\\b(?:${sorted.map(escape).join('|')})\\b`, 'g')
  return (text: string) => text.replace(re, (m) => to.get(m) ?? m)
}

/**
 * The second yardstick: the search our matcher must do, as well as one regular expression can
 * do it. Every form the language's matcher looks for (variants with their inflections and
 * possessives, right forms, exceptions: 1,792 for `news` in English, against the ~150 variants
 * as written above), in any case (`i`), whitespace runs between words, prefixes factored into
 * a trie so that V8 tests each unit once, not once per form (a flat alternation of the same
 * forms runs at 6-26 MB/s). It only finds: no casing rules, no entry, no decision. Built only
 * for small glossaries: for 10,000 concepts and more the source runs to megabytes.
 */
function searchRegex(source: GlossarySource, language: string): ((text: string) => number) | undefined {
  const re = searchPattern(source, language)
  if (re === undefined) return undefined
  return (text) => {
    let found = 0
    re.lastIndex = 0
    while (re.exec(text) !== null) found++
    return found
  }
}

/** The expression of searchRegex (global, any case); undefined above 1,000 concepts. */
export function searchPattern(source: GlossarySource, language: string): RegExp | undefined {
  if (source.concepts.length > 1000) return undefined
  const { trie } = languageTrie(source, language, () => source.id, [])
  type Node = { next: Map<string, Node>; end: boolean }
  const root: Node = { next: new Map(), end: false }
  for (const entry of trie.entries) {
    let node = root
    for (const ch of entry.form.replace(/\s+/gu, ' ')) {
      let child = node.next.get(ch)
      if (child === undefined) node.next.set(ch, (child = { next: new Map(), end: false }))
      node = child
    }
    node.end = true
  }
  const spell = (node: Node): string => {
    const options = [...node.next].map(([ch, child]) => (ch === ' ' ? '\\s+' : escape(ch)) + spell(child))
    if (options.length === 0) return ''
    const body = options.length === 1 ? options[0]! : `(?:${options.join('|')})`
    return node.end ? `(?:${body})?` : body
  }
  return new RegExp(`\\b(?:${spell(root)})`, 'gi')
}

/** prh (https://github.com/prh/prh), the proofreading engine our glossary format learned from: one rule per concept. */
function prhEngine(source: GlossarySource, language: string) {
  const byExpected = new Map<string, string[]>()
  for (const [variant, expected] of variantsOf(source, language)) byExpected.set(expected, [...(byExpected.get(expected) ?? []), variant])
  const engine = new Engine({
    version: 1,
    rules: [...byExpected].map(([expected, patterns]) => ({ expected, patterns: patterns.map((p) => `/\\b${escape(p)}\\b/`) })),
  })
  return (text: string) => engine.makeChangeSet('bench.txt', text).applyChangeSets(text)
}

export interface GlossaryFigures {
  glossary: string
  concepts: number
  compileMs: number
  /** CPU time of this process during the compile (GC threads included): less noisy on a shared machine. */
  compileCpuMs: number
  /**
   * CPU time of the thread that compiles (with the collector's pauses it works in): our code's
   * own cost. On this 2-core machine the wall time is this plus the time the collector's and the
   * optimizing compiler's threads take the cores from it.
   */
  compileThreadMs: number
  /** Heap and array buffers held by the compiled glossary, after a full GC (when --expose-gc). */
  retainedMb: number | undefined
}

export interface NormalizeBench {
  glossaries: GlossaryFigures[]
  rows: Record<string, string | number>[]
}

const gc = (globalThis as { gc?: () => void }).gc
/** The heap and array buffers in use once what is dead is gone (timing.ts, collectGarbage). */
function heldBytes(): number {
  collectGarbage()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

/**
 * A text as a request hands it to the matcher: the `text` of a JSON body, parsed. JSON.parse
 * (Hono's `c.req.json()`, `Request.json()`) makes a flat string; the texts below are made with
 * `slice`, a view into a longer string that V8 reads through its parent, and a loop over the
 * units of such a view runs 1.4-1.6× slower than over the same text flat (`find` 8-9 %):
 * measured on the view, the figures were below what a request gets (docs/performance-history.md,
 * "Matcher, round 27"). The content is the same, unit for unit.
 */
const asRequestText = (text: string): string => (JSON.parse(JSON.stringify({ text })) as { text: string }).text

/**
 * The bench corpus (articleOfSize: the seed article with a leaky sentence every third
 * paragraph, a name every ~55 characters) at three sizes, and the seed article itself repeated
 * to 1 MB: copy as published, a name every ~700 characters.
 */
export const TEXTS: Record<string, () => string> = {
  '2 KB': () => asRequestText(articleOfSize(2 * 1024)),
  '50 KB': () => asRequestText(articleOfSize(50 * 1024)),
  '1 MB': () => asRequestText(articleOfSize(1024 * 1024)),
  '1 MB, seed article repeated': () => asRequestText(seedArticle.repeat(Math.ceil(2 ** 20 / seedArticle.length)).slice(0, 2 ** 20)),
}

/**
 * prh runs one regular expression per rule over the whole text: it is measured where a call
 * takes well under a second (1 MB with the built-in glossary takes about 20 s).
 */
const prhAffordable = (rules: number, size: number) => (rules <= 1000 && size <= 50 * 1024) || (rules <= 40_000 && size <= 2 * 1024)

/**
 * For each glossary: compile time and retained heap, then per text size the MB/s of our
 * match-and-replace (find + apply), of the whole normalize core (with the diff; language
 * declared), of the single-alternation regex and of prh, measured in this same run.
 */
export function benchNormalize(sources: GlossarySource[]): NormalizeBench {
  const figures: GlossaryFigures[] = []
  const rows: Record<string, string | number>[] = []
  for (const source of sources) {
    const before = heldBytes()
    const start = performance.now()
    const cpu = process.cpuUsage()
    const thread = process.threadCpuUsage()
    let compiled: CompiledGlossary | undefined = compileGlossary(source)
    const compileMs = performance.now() - start
    const { user, system } = process.cpuUsage(cpu)
    const own = process.threadCpuUsage(thread)
    const retained = heldBytes() - before
    figures.push({ glossary: source.id, concepts: source.concepts.length, compileMs, compileCpuMs: (user + system) / 1000, compileThreadMs: (own.user + own.system) / 1000, retainedMb: gc ? retained / 2 ** 20 : undefined })
    const matcher = compiled.matcherFor('en')!
    compiled = undefined
    const variants = variantsOf(source, 'en')
    const regex = alternation(variants)
    const search = searchRegex(source, 'en')
    const prh = prhAffordable(variants.length, 0) ? prhEngine(source, 'en') : undefined
    for (const [name, make] of Object.entries(TEXTS)) {
      const text = make()
      const size = text.length
      const big = size > 100 * 1024
      const runs = big ? { minRuns: 3, maxRuns: 10, budgetMs: 800 } : { maxRuns: 100, budgetMs: 600 }
      const ours = measure(() => applyChanges(text, matcher.find(text)), runs)
      // As createCopydesk's normalize: the findings with their output, then the patch.
      const full = measure(() => {
        const { changes, text: out } = matcher.normalize(text)
        return unifiedDiff(text, out, changes)
      }, runs)
      const re = measure(() => regex(text), runs)
      const searched = search === undefined ? undefined : measure(() => search(text), runs)
      const slow = { minRuns: 1, maxRuns: 3, budgetMs: 0, warmupMs: 0 }
      const prhMs = prh && prhAffordable(variants.length, size) ? measure(() => prh(text), variants.length > 1000 ? slow : runs) : undefined
      rows.push({
        glossary: `${source.id} (${source.concepts.length})`,
        text: name,
        'match+replace MB/s': mbPerSecond(text.length, ours),
        'normalize MB/s': mbPerSecond(text.length, full),
        'regex MB/s': mbPerSecond(text.length, re),
        'x regex time': ours / re,
        'search regex MB/s': searched === undefined ? '-' : mbPerSecond(text.length, searched),
        'x search regex time': searched === undefined ? '-' : ours / searched,
        'prh MB/s': prhMs === undefined ? '-' : mbPerSecond(text.length, prhMs),
        'x faster than prh': prhMs === undefined ? '-' : prhMs / ours,
      })
    }
  }
  return { glossaries: figures, rows }
}

export function printNormalize(result: NormalizeBench): void {
  console.log('\n## Glossaries: compile time and retained heap\n')
  console.log(table(result.glossaries.map((g) => ({
    glossary: g.glossary, concepts: g.concepts, 'compile ms (wall)': g.compileMs, 'compile ms (CPU)': g.compileCpuMs, 'compile ms (main thread)': g.compileThreadMs,
    'retained MB': g.retainedMb ?? 'run with node --expose-gc',
  }))))
  console.log('\n(targets: 100,000 concepts in 1 s and 150 MB; 10,000 in 20 MB)')
  console.log('\n## Matching and replacing (en), median per call, all in this run\n')
  console.log(table(result.rows))
  console.log(
    '\nmatch+replace: find + apply; normalize: the same plus the diff (language declared; detection is in the markup and',
    'HTTP sections). regex: one longest-first alternation of all variants, without our rules (a yardstick: "x regex time"',
    'is our time over its time). search regex: every form the matcher looks for (inflections, right forms, exceptions too),',
    'any case, as one prefix-factored regex that only finds (the same search done by V8; news only). prh: one rule per concept; "-" where it would take minutes. Target: match+replace',
    '200 MB/s with news and with 100,000 concepts.',
  )
}
