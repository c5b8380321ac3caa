import type { Copydesk } from '../src/core/api.js'
import { emptyScore, parsePassage, passages, scorePassage, type Score } from '../test/fixtures/passages/index.js'
import { table } from './timing.js'

/**
 * Correctness on annotated multi-paragraph copy (test/fixtures/passages/): per language, the
 * passages that come out exactly right, applied changes that are wrong, suggestions that
 * should have been applied, misses (not even suggested) and needless suggestions.
 */
export function benchPassages(copydesk: Copydesk): Record<string, Score> {
  const scores: Record<string, Score> = {}
  const normalize = (text: string, language: string, apply: 'confident' | 'all' | 'none') => copydesk.normalize({ text, language, apply })
  for (const [language, list] of Object.entries(passages)) {
    const score = (scores[language] = emptyScore())
    for (const passage of list) scorePassage(parsePassage(passage), normalize, score)
  }
  return scores
}

export function printPassages(scores: Record<string, Score>): void {
  console.log('\n## Annotated passages (test/fixtures/passages; target: no wrong applied change, no miss)\n')
  console.log(table(Object.entries(scores).map(([language, s]) => ({
    language,
    passages: String(s.passages),
    exact: String(s.exact),
    'marks right': `${s.right}/${s.marks}`,
    'wrong applied': String(s.wrongApplied.length),
    'suggested, should apply': String(s.shouldHaveApplied.length),
    misses: String(s.misses.length),
    'needless suggestions': String(s.noise.length),
  }))))
  for (const [language, s] of Object.entries(scores)) {
    for (const [what, list] of [['wrong applied', s.wrongApplied], ['suggested, should apply', s.shouldHaveApplied], ['miss', s.misses], ['needless suggestion', s.noise]] as const) {
      for (const item of list) console.log(`- ${language} ${what}: ${item}`)
    }
  }
}
