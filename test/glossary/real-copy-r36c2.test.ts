import { describe, expect, it } from 'vitest'
import { compileGlossary } from '../../src/core/glossary/compile.js'
import type { ContextSource, GlossarySource } from '../../src/core/glossary/source.js'
import { issuesOf } from '../fixtures/glossary-issues.js'
import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 36 (c2): Dnipropetrovsk, the city renamed Dnipro in 2016, in the region that keeps the
 * name. A singular region word before a list of names ("the region of Kharkiv and
 * Dnipropetrovsk") held the name in silence: two places under one region word may be a region
 * and a city, and the text does not decide. The plural names the regions, and holds.
 */
const cases: RealCopyCase[] = [
  {
    why: 'a singular region word before a list held the name in silence',
    text: 'Strikes hit the region of Kharkiv and Dnipropetrovsk overnight.',
    language: 'en',
    expect: 'Strikes hit the region of Kharkiv and Dnipropetrovsk overnight.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Spanish: "la región de Járkov y Dnipropetrovsk"',
    text: 'Los ataques golpearon la región de Járkov y Dnipropetrovsk.',
    language: 'es',
    expect: 'Los ataques golpearon la región de Járkov y Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'French: "la région de Kharkiv et Dnipropetrovsk"',
    text: 'Les frappes ont touché la région de Kharkiv et Dnipropetrovsk.',
    language: 'fr',
    expect: 'Les frappes ont touché la région de Kharkiv et Dnipropetrovsk.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'German: "das Gebiet Charkiw und Dnipropetrowsk"',
    text: 'Angriffe trafen das Gebiet Charkiw und Dnipropetrowsk.',
    language: 'de',
    expect: 'Angriffe trafen das Gebiet Charkiw und Dnipropetrowsk.',
    findings: [['Dnipropetrowsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'the plural names the regions: held, as before; so is the name first after a singular one',
    text: 'Strikes hit the regions of Kharkiv and Dnipropetrovsk. Drones hit the region of Dnipropetrovsk and Kharkiv.',
    language: 'en',
    expect: 'Strikes hit the regions of Kharkiv and Dnipropetrovsk. Drones hit the region of Dnipropetrovsk and Kharkiv.',
    findings: [],
  },
  {
    why: 'the plural in Spanish and German: held, as before',
    text: 'Los ataques golpearon las regiones de Járkov y Dnipropetrovsk.',
    language: 'es',
    expect: 'Los ataques golpearon las regiones de Járkov y Dnipropetrovsk.',
    findings: [],
  },
  {
    why: 'an ordinary sentence still changes',
    text: 'Oblast governor Serhiy Lysak said a missile hit Dnipropetrovsk.',
    language: 'en',
    expect: 'Oblast governor Serhiy Lysak said a missile hit Dnipro.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
]

describeRealCopy('real copy, round 36 (c2): a singular region word before a list of names', cases)

describe('doubt.single in the glossary format', () => {
  const source = (context: unknown): GlossarySource => ({
    id: 't', name: 'T', fallbackLanguage: 'en', languages: ['en'], languageRules: { en: { file: 'glossaries/t/languages/en.yaml', coordinators: ['and'] } },
    concepts: [{ id: 'dnipro', kind: 'place', file: 'dnipro.yaml', forms: { en: { preferred: 'Dnipro', variants: [{ form: 'Dnipropetrovsk', context: context as ContextSource }] } } }],
  })
  const region = { notPrecededBy: ['region', 'regions'], window: 5 }
  const find = (context: unknown, text: string) => compileGlossary(source(context)).matcherFor('en')!.find(text).map((c) => [c.original, c.status, c.reason ?? null])

  it('sets a single word off from a name a list separates from it, with links', () => {
    const context = { ...region, doubt: { words: ['region', 'regions'], scope: 'paragraph', links: ['of', 'the'], single: ['region'] } }
    expect(find(context, 'Strikes hit the region of Kharkiv and Dnipropetrovsk.')).toEqual([['Dnipropetrovsk', 'suggested', 'context-ambiguous']])
    expect(find(context, 'Strikes hit the regions of Kharkiv and Dnipropetrovsk.')).toEqual([])
    expect(find({ ...context, doubt: { ...context.doubt, single: undefined } }, 'Strikes hit the region of Kharkiv and Dnipropetrovsk.')).toEqual([])
  })

  it('refuses words not of the doubt, and single without links', () => {
    const at = 'dnipro.yaml: dnipro.forms.en.variants[0].context.doubt.single'
    expect(issuesOf(source({ ...region, doubt: { words: ['region'], links: ['of'], single: ['province'] } }))).toEqual([`${at}: must list words of doubt.words (those that name one place, like region)`])
    expect(issuesOf(source({ ...region, doubt: { words: ['region'], single: ['region'] } }))).toEqual([`${at}: is read with links only: list the doubt's links too`])
  })
})
