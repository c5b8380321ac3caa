import { compileGlossary } from '../src/core/glossary/compile.js'
import type { GlossarySource } from '../src/core/glossary/source.js'
import { applyChanges } from '../src/core/normalize/apply-changes.js'
import { formOf } from '../src/core/glossary/validate.js'
import { articleOfSize, seedArticle } from './corpus.js'
import { measure, mbPerSecond, table } from './timing.js'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The baseline: one regular expression per variant, applied in turn (how prh-style tools work). */
function naiveNormalizer(source: GlossarySource, language: string) {
  const rules: [RegExp, string][] = []
  for (const concept of source.concepts) {
    const forms = concept.forms[language]
    if (!forms?.preferred) continue
    for (const v of forms.variants ?? []) rules.push([new RegExp(`(?<![\\p{L}\\p{N}])${escape(formOf(v))}(?![\\p{L}\\p{N}])`, 'gu'), forms.preferred])
    for (const v of forms.surnameVariants ?? []) rules.push([new RegExp(`(?<![\\p{L}\\p{N}])${escape(formOf(v))}(?![\\p{L}\\p{N}])`, 'gu'), forms.surname!])
  }
  return { rules: rules.length, run: (text: string) => rules.reduce((t, [re, to]) => t.replace(re, to), text) }
}

export interface NormalizeBench {
  rows: Record<string, string | number>[]
  /** Cost of the large glossary over the built-in one on the 50 KB text (target: under 2). */
  sizeRatio: number
}

export function benchNormalize(builtIn: GlossarySource, large: GlossarySource): NormalizeBench {
  const texts = { 'seed article': seedArticle, '50 KB text': articleOfSize(50 * 1024) }
  const rows: Record<string, string | number>[] = []
  const costs = new Map<string, number>()
  for (const source of [builtIn, large]) {
    const matcher = compileGlossary(source).matcherFor('en')!
    const naive = naiveNormalizer(source, 'en')
    for (const [name, text] of Object.entries(texts)) {
      const ours = measure(() => applyChanges(text, matcher.find(text)))
      const big = naive.rules > 1000
      const baseline = measure(() => naive.run(text), big ? { minRuns: 1, maxRuns: 3, budgetMs: 0, warmupMs: 0 } : {})
      costs.set(`${source.id}/${name}`, ours)
      rows.push({
        glossary: `${source.id} (${source.concepts.length} concepts)`, text: `${name} (${(text.length / 1024).toFixed(1)} KB)`,
        'ms/call': ours, 'MB/s': mbPerSecond(text.length, ours),
        'naive ms': baseline, 'naive MB/s': mbPerSecond(text.length, baseline), 'x faster': baseline / ours,
      })
    }
  }
  const sizeRatio = costs.get(`${large.id}/50 KB text`)! / costs.get(`${builtIn.id}/50 KB text`)!
  return { rows, sizeRatio }
}

export function printNormalize(result: NormalizeBench): void {
  console.log('\n## Matching and replacing (en), median per call\n')
  console.log(table(result.rows))
  console.log(`\n10,000-concept glossary / built-in glossary cost on 50 KB: ${result.sizeRatio.toFixed(2)}x (target < 2x)`)
}
