import { readFileSync } from 'node:fs'
import type { Copydesk } from '../src/core/api.js'
import { startApy } from '../scripts/apertium/apy.js'
import { apertium } from '../src/translate/providers/apertium/index.js'
import type { TranslationProvider } from '../src/translate/provider.js'
import { createTranslator, DEFAULT_TRANSLATE_TIMEOUT_MS } from '../src/translate/translate.js'
import { table } from './timing.js'

/** An item of ../shared/datasets/mt-names-dev.json (see its README). */
export interface MtNamesItem {
  id: string
  direction: 'es-en' | 'en-es'
  source: string
  apertium: string
  expectNames: string[]
  forbidNames: string[]
  traps: string[]
}

export function loadMtNames(path = new URL('../../shared/datasets/mt-names-dev.json', import.meta.url)): MtNamesItem[] {
  return JSON.parse(readFileSync(path, 'utf8')) as MtNamesItem[]
}

/** Verbatim, case-sensitive, whole-word occurrence (the dataset README's rule). */
export function occurs(text: string, form: string): boolean {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'u').test(text)
}

export interface Score {
  items: number
  expected: number
  expectedFound: number
  forbidden: number
  forbiddenFound: number
  forbiddenItems: number
  traps: number
  trapsBroken: number
  fullyRight: number
  /** Ids of the items that are not fully right, for reading. */
  wrong: string[]
}

export function score(items: readonly MtNamesItem[], outputs: readonly string[]): Score {
  const s: Score = { items: items.length, expected: 0, expectedFound: 0, forbidden: 0, forbiddenFound: 0, forbiddenItems: 0, traps: 0, trapsBroken: 0, fullyRight: 0, wrong: [] }
  items.forEach((item, i) => {
    const out = outputs[i]!
    const found = item.expectNames.filter((n) => occurs(out, n)).length
    const forbidden = item.forbidNames.filter((n) => occurs(out, n)).length
    const broken = item.traps.filter((n) => !occurs(out, n)).length
    s.expected += item.expectNames.length
    s.expectedFound += found
    s.forbidden += item.forbidNames.length
    s.forbiddenFound += forbidden
    if (forbidden > 0) s.forbiddenItems++
    s.traps += item.traps.length
    s.trapsBroken += broken
    if (found === item.expectNames.length && forbidden === 0 && broken === 0) s.fullyRight++
    else s.wrong.push(item.id)
  })
  return s
}

const pct = (a: number, b: number) => `${a} / ${b} (${((100 * a) / Math.max(b, 1)).toFixed(1)}%)`

export function scoreRow(name: string, s: Score): Record<string, string> {
  return {
    pipeline: name,
    'expected names present': pct(s.expectedFound, s.expected),
    'forbidden forms left (items)': `${s.forbiddenFound} of ${s.forbidden} (${s.forbiddenItems})`,
    'traps broken': `${s.trapsBroken} / ${s.traps}`,
    'items fully right': pct(s.fullyRight, s.items),
  }
}

export interface TranslateBench {
  rows: Record<string, string>[]
  scores: { raw: Score; normalized: Score; copydesk: Score }
  outputs: { raw: string[]; normalized: string[]; copydesk: string[] }
  seed: { chars: number; engineMs: number; pipelineMs: number; addedMs: number }
}

/**
 * The dataset through the real APy: (a) raw Apertium, (b) Apertium then normalization,
 * (c) protection, Apertium, normalization (POST /v1/translate's pipeline). Then the time
 * Copydesk adds around the engine for the seed article (en → es): the pipeline with the
 * engine's answers replayed, so only protection, restoration and normalization are timed.
 */
export async function benchTranslate(copydesk: Copydesk, items = loadMtNames()): Promise<TranslateBench> {
  const apy = await startApy()
  try {
    const provider = apertium({ apertiumUrl: apy.url, deeplAuthKey: undefined, deeplServerUrl: undefined, timeoutMs: DEFAULT_TRANSLATE_TIMEOUT_MS, ai: undefined, fetch })!
    const translator = createTranslator({ copydesk, providers: [provider] })
    const raw: string[] = []
    const normalized: string[] = []
    const full: string[] = []
    for (const item of items) {
      const [from, to] = item.direction.split('-') as [string, string]
      const engine = await provider.translate({ texts: [item.source], from, to, masked: false, names: undefined, undecided: [false], continues: [false], glossary: { id: 'news', version: '' }, signal: AbortSignal.timeout(20_000) })
      raw.push(engine.texts[0]!)
      normalized.push(copydesk.normalize({ text: engine.texts[0]!, language: to }).text)
      full.push((await translator.translate({ text: item.source, from, to })).text)
    }
    const scores = { raw: score(items, raw), normalized: score(items, normalized), copydesk: score(items, full) }
    const rows = [
      scoreRow('(a) raw Apertium', scores.raw),
      scoreRow('(b) Apertium + normalization', scores.normalized),
      scoreRow('(c) protection + Apertium + normalization', scores.copydesk),
    ]
    const seed = await benchSeed(copydesk, provider)
    return { rows, scores, outputs: { raw, normalized, copydesk: full }, seed }
  } finally {
    await apy.stop()
  }
}

async function benchSeed(copydesk: Copydesk, engine: TranslationProvider): Promise<TranslateBench['seed']> {
  const text = readFileSync(new URL('../../shared/fixtures/seed-article-en.txt', import.meta.url), 'utf8')
  const input = { text, from: 'en', to: 'es' }
  const recorded = new Map<string, string>()
  const recorder: TranslationProvider = {
    ...engine,
    async translate(request) {
      const answer = await engine.translate(request)
      request.texts.forEach((t, i) => recorded.set(t, answer.texts[i]!))
      return answer
    },
  }
  const live = createTranslator({ copydesk, providers: [recorder] })
  const start = performance.now()
  await live.translate(input)
  const liveMs = performance.now() - start
  const replay: TranslationProvider = {
    ...engine,
    async pairs() {
      return [{ from: 'en', to: 'es' }]
    },
    async translate(request) {
      return { texts: request.texts.map((t) => recorded.get(t) ?? t) }
    },
  }
  const replayed = createTranslator({ copydesk, providers: [replay] })
  // The pipeline is async (it awaits the engine); the replay answers at once, so each call is
  // timed by running it to completion before the next one.
  const times: number[] = []
  for (let i = 0; i < 5; i++) await replayed.translate(input)
  const until = performance.now() + 1500
  while (times.length < 200 && (times.length < 20 || performance.now() < until)) {
    const t0 = performance.now()
    await replayed.translate(input)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const addedMs = times[Math.floor(times.length / 2)]!
  return { chars: text.length, engineMs: liveMs - addedMs, pipelineMs: liveMs, addedMs }
}

export function printTranslate(result: TranslateBench): void {
  console.log('\n## Translation: names through Apertium (../shared/datasets/mt-names-dev.json, 90 items, real APy)\n')
  console.log(table(result.rows))
  const { seed } = result
  console.log(`\nSeed article (${seed.chars} characters, en → es): Copydesk adds ${seed.addedMs.toFixed(3)} ms median around the engine (protection, restoration, normalization); one live request took ${seed.pipelineMs.toFixed(0)} ms in all.`)
}

