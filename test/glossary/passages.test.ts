import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { glossaries } from '../../src/generated/glossaries.js'
import { emptyScore, parsePassage, passages, scorePassage } from '../fixtures/passages/index.js'

/**
 * The target of issue 11 on multi-paragraph copy: no applied change is wrong, and no name that
 * should change goes unreported (it is at least suggested). `npm run bench` prints the figures.
 */
const copydesk = createCopydesk({ glossaries })
const normalize = (text: string, language: string, apply: 'confident' | 'all' | 'none') => copydesk.normalize({ text, language, apply })

describe.each(Object.entries(passages))('annotated passages, %s', (_language, list) => {
  it.each(list.map((p) => [p.id, p] as const))('%s: no wrong applied change, no silent miss', (_id, passage) => {
    const parsed = parsePassage(passage)
    const score = emptyScore()
    scorePassage(parsed, normalize, score)
    expect(score.wrongApplied).toEqual([])
    expect(score.misses).toEqual([])
  })
})
