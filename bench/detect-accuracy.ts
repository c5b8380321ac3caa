// `npx tsx bench/detect-accuracy.ts [dataset.json] [--tune]`: detection accuracy of each
// detector on the labelled news dataset, by kind and by language, with the share of `und` and
// the time per call; then how right the answers are by number of letters and by confidence,
// on word-by-word prefixes of the headlines and ledes (the evidence for MIN_LETTERS and
// MIN_CONFIDENCE). `--tune` adds the sweeps that chose the temperatures and MIN_CONFIDENCE.
// `und` counts as not correct (the text had a language) but is shown on its own, because a
// wrong language is worse than none: `und` only falls back to the glossary's language.
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import {
  applyCyrillicRule,
  createEldDetector,
  createFrancDetector,
  detectLanguage,
  detectors,
  MIN_LETTERS,
  prepareText,
  SUPPORTED_LANGUAGES,
} from '../src/core/detect/index.js'
import type { Detector } from '../src/core/detect/index.js'
import { table } from './timing.js'

/** shared/ sits beside the repository, in development and in CI. */
export const DATASET_PATH = fileURLToPath(new URL('../../shared/datasets/langid-news-dev.json', import.meta.url))

export const KINDS = ['short', 'headline', 'hard', 'lede', 'article'] as const

export interface LabelledText {
  lang: string
  kind: string
  text: string
}

/** Accuracy and `und` share, in percent, over `count` texts. */
export interface Score {
  count: number
  accuracy: number
  und: number
}

export interface DetectorAccuracy {
  detector: string
  overall: Score
  byKind: Record<string, Score>
  byLanguage: Record<string, Score>
  /** Median microseconds per `detectLanguage` call over the dataset's texts (when timed). */
  medianMicros?: number
}

export interface MeasureOptions {
  /** Default: the dataset at DATASET_PATH. */
  items?: readonly LabelledText[]
  /** Default: `detectors` (franc and eld). */
  detectors?: Record<string, Detector>
  /** Also measure the time per call. Default: true. */
  timing?: boolean
}

export function loadDataset(path: string = DATASET_PATH): LabelledText[] {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledText[]
}

/** Runs every detector through `detectLanguage` (thresholds and Cyrillic rule included) on every text. */
export function measureDetectionAccuracy(options: MeasureOptions = {}): Record<string, DetectorAccuracy> {
  const items = options.items ?? loadDataset()
  const chosen = options.detectors ?? detectors
  const timing = options.timing ?? true
  const result: Record<string, DetectorAccuracy> = {}
  for (const [name, detector] of Object.entries(chosen)) {
    const outcomes = items.map((item) => ({ item, code: detectLanguage(item.text, { detector }).code }))
    result[name] = {
      detector: name,
      overall: score(outcomes),
      byKind: groupScores(outcomes, (o) => o.item.kind),
      byLanguage: groupScores(outcomes, (o) => o.item.lang),
      ...(timing ? { medianMicros: medianMicros(items.map((i) => i.text), detector) } : {}),
    }
  }
  return result
}

interface Outcome {
  item: LabelledText
  code: string
}

function score(outcomes: readonly Outcome[]): Score {
  const count = outcomes.length
  const correct = outcomes.filter((o) => o.code === o.item.lang).length
  const und = outcomes.filter((o) => o.code === 'und').length
  return { count, accuracy: percent(correct, count), und: percent(und, count) }
}

function groupScores(outcomes: readonly Outcome[], key: (o: Outcome) => string): Record<string, Score> {
  const groups = new Map<string, Outcome[]>()
  for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o])
  return Object.fromEntries([...groups].map(([k, group]) => [k, score(group)]))
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole
}

/** Median over `rounds` passes of each text, after a warm-up pass (JIT, eld's lazy tables). */
function medianMicros(texts: readonly string[], detector: Detector, rounds = 5): number {
  for (const text of texts) detectLanguage(text, { detector })
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const start = performance.now()
      detectLanguage(text, { detector })
      times.push((performance.now() - start) * 1000)
    }
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? 0
}

/** A ~5 KB article: the dataset's articles in one language, concatenated. */
function longArticle(items: readonly LabelledText[], lang: string, chars = 5000): string {
  const parts = items.filter((i) => i.kind === 'article' && i.lang === lang).map((i) => i.text)
  let text = ''
  while (text.length < chars && parts.length > 0) text += parts.join('\n\n') + '\n\n'
  return text.slice(0, chars)
}

/**
 * Word-by-word prefixes (1 to 8 words) of the headlines and ledes: many short texts of known
 * language, to see where detection stops being reliable. Not of `hard` items, whose first
 * words are often in another language on purpose ("No comment, dijo…").
 */
export function prefixes(items: readonly LabelledText[]): LabelledText[] {
  return items
    .filter((i) => i.kind === 'headline' || i.kind === 'lede')
    .flatMap((i) => {
      const words = i.text.split(/\s+/)
      return words.slice(1, 9).map((_, n) => ({ lang: i.lang, kind: 'prefix', text: words.slice(0, n + 1).join(' ') }))
    })
}

type Verdict = 'right' | 'wrong' | 'und'

function verdict(code: string, lang: string): Verdict {
  return code === 'und' ? 'und' : code === lang ? 'right' : 'wrong'
}

/** "right / wrong / und" percentages of a list of verdicts. */
function split(verdicts: readonly Verdict[]): string {
  const pct = (v: Verdict) => percent(verdicts.filter((x) => x === v).length, verdicts.length).toFixed(0)
  return verdicts.length === 0 ? '-' : `${pct('right')}/${pct('wrong')}/${pct('und')}`
}

const LETTER_BUCKETS: ReadonlyArray<readonly [number, number]> = [
  [1, 3], [4, 5], [6, 7], [8, 9], [10, 14], [15, 19], [20, 29], [30, Infinity],
]
const CONFIDENCE_BUCKETS: ReadonlyArray<readonly [number, number]> = [
  [0.15, 0.3], [0.3, 0.5], [0.5, 0.7], [0.7, 0.9], [0.9, 1.01],
]

export function printReport(items: readonly LabelledText[], tune: boolean): void {
  const results = measureDetectionAccuracy({ items })
  const names = Object.keys(results)
  const cell = (s: Score | undefined) =>
    s === undefined ? '-' : s.und > 0 ? `${s.accuracy.toFixed(1)} (und ${s.und.toFixed(1)})` : s.accuracy.toFixed(1)

  console.log(`Language detection, ${items.length} texts (${DATASET_PATH}); accuracy %, und % in brackets\n`)
  console.log(
    table(
      names.map((name) => {
        const r = results[name]!
        return {
          detector: name,
          ...Object.fromEntries(KINDS.map((k) => [k, cell(r.byKind[k])])),
          overall: cell(r.overall),
          'µs/call (median)': r.medianMicros?.toFixed(0) ?? '-',
        }
      }),
    ),
  )
  console.log('\nBy language\n')
  console.log(
    table(
      names.map((name) => ({
        detector: name,
        ...Object.fromEntries(SUPPORTED_LANGUAGES.map((l) => [l, cell(results[name]!.byLanguage[l])])),
      })),
    ),
  )
  console.log('\n~5 KB article, median µs per detectLanguage call\n')
  console.log(
    table(
      Object.entries(detectors).map(([name, detector]) => ({
        detector: name,
        ...Object.fromEntries(
          ['en', 'de', 'ru'].map((lang) => [lang, medianMicros([longArticle(items, lang)], detector, 300).toFixed(0)]),
        ),
      })),
    ),
  )

  const short = prefixes(items)
  console.log(`\nBy letters, on ${short.length} prefixes: right/wrong/und % of the top answer alone | with the defaults\n`)
  console.log(
    table(
      Object.entries(detectors).map(([name, detector]) => ({
        detector: name,
        ...Object.fromEntries(
          LETTER_BUCKETS.map(([lo, hi]) => {
            const inBucket = short.filter((t) => {
              const letters = prepareText(t.text).letters
              return letters >= lo && letters <= hi
            })
            const raw = inBucket.map((t) => verdict(detectLanguage(t.text, { detector, minLetters: 1, minConfidence: 0 }).code, t.lang))
            const used = inBucket.map((t) => verdict(detectLanguage(t.text, { detector }).code, t.lang))
            return [hi === Infinity ? `${lo}+` : `${lo}-${hi}`, `${split(raw)} | ${split(used)}`]
          }),
        ),
      })),
    ),
  )

  const all = [...items, ...short]
  console.log(`\nBy confidence, dataset and prefixes (${all.length} texts): % right among answers (count)\n`)
  console.log(
    table(
      Object.entries(detectors).map(([name, detector]) => {
        const answers = all
          .map((t) => ({ t, r: detectLanguage(t.text, { detector }) }))
          .filter(({ r }) => r.code !== 'und')
        return {
          detector: name,
          ...Object.fromEntries(
            CONFIDENCE_BUCKETS.map(([lo, hi]) => {
              const inBucket = answers.filter(({ r }) => r.confidence >= lo && r.confidence < hi)
              const right = inBucket.filter(({ t, r }) => r.code === t.lang).length
              return [`${lo}-${Math.min(hi, 1)}`, `${percent(right, inBucket.length).toFixed(0)} (${inBucket.length})`]
            }),
          ),
        }
      }),
    ),
  )

  if (tune) printTuning(all)
}

/**
 * The sweeps behind the constants: log-loss of the true language's share (after the Cyrillic
 * rule) for each softmax temperature, then right/wrong/und % for each MIN_CONFIDENCE.
 */
function printTuning(texts: readonly LabelledText[]): void {
  const prepared = texts
    .map((t) => ({ ...t, ...prepareText(t.text) }))
    .filter((t) => t.letters >= MIN_LETTERS)
  const logLoss = (detector: Detector) => {
    let sum = 0
    for (const t of prepared) {
      const candidates = applyCyrillicRule(t.sample, detector.detect(t.sample, SUPPORTED_LANGUAGES), SUPPORTED_LANGUAGES)
      sum -= Math.log(Math.max(1e-4, candidates.find((c) => c.code === t.lang)?.score ?? 0))
    }
    return (sum / prepared.length).toFixed(3)
  }
  console.log(`\nTuning: log-loss of the true language's share, ${prepared.length} texts of ${MIN_LETTERS}+ letters\n`)
  const franc = [1, 1.6, 2, 2.5, 3, 4].map((temperature) => [`T=${temperature}`, logLoss(createFrancDetector({ temperature }))])
  const eld = [0.003, 0.005, 0.0075, 0.01, 0.02].map((temperature) => [`T=${temperature}`, logLoss(createEldDetector({ temperature }))])
  console.log(table([{ detector: 'franc', ...Object.fromEntries(franc) }]))
  console.log(table([{ detector: 'eld', ...Object.fromEntries(eld) }]))

  console.log('\nTuning: right/wrong/und % by minimum confidence, same texts\n')
  console.log(
    table(
      Object.entries(detectors).map(([name, detector]) => ({
        detector: name,
        ...Object.fromEntries(
          [0, 0.05, 0.1, 0.15, 0.2, 0.3].map((minConfidence) => [
            `min ${minConfidence}`,
            split(texts.map((t) => verdict(detectLanguage(t.text, { detector, minConfidence }).code, t.lang))),
          ]),
        ),
      })),
    ),
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  printReport(loadDataset(args.find((a) => !a.startsWith('--')) ?? DATASET_PATH), args.includes('--tune'))
}
