import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../core/copydesk.js'
import { glossaries } from '../generated/glossaries.js'
import { createNameMatcher } from './names.js'
import { planProtection } from './protect.js'

const news = createCopydesk({ glossaries }).glossary('news')!
const enEs = createNameMatcher(news, 'en', 'es')

// The translation matcher had no cues of the source language: a name its normalization only
// suggests as discussed ("formerly called Kharkov") was protected and written in the target's
// house style ("antes llamada Járkov"), the old name rewritten.
describe('the source language\'s cues', () => {
  it('leave a name discussed as a name to the engine, as normalization leaves it', () => {
    expect(planProtection('The city was formerly called Kharkov.', enEs)).toEqual({ spans: [], undecided: true })
    expect(planProtection('The mayor of Kharkov spoke.', enEs).spans.map((s) => `${s.original}→${s.replacement}`)).toEqual(['Kharkov→Járkov'])
  })
})
