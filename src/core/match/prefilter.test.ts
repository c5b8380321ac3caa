import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileGlossary, languageTrie } from '../glossary/compile.js'
import type { GlossarySource } from '../glossary/source.js'
import { matcherTables } from './matcher.js'
import { glossaries } from '../../generated/glossaries.js'
import { resolveGlossaries } from '../glossary/extend.js'
import { newsText } from '../../../test/fixtures/arbitraries.js'
import { miniGlossary } from '../../../test/fixtures/mini-glossary.js'
import { syntheticGlossary } from '../../../bench/synthetic-glossary.js'

// The prefilter may only skip positions where no form can start: with it and without it
// (every word start tried), the matcher finds exactly the same changes. Both candidate
// searches are tried: the whole forms, caseless (formStarts), and, for a glossary too large
// for that, the heads (headStarts): see the first test.
const news = resolveGlossaries(glossaries).find((g) => g.id === 'news')!
const large = syntheticGlossary(4000)
const sources = [miniGlossary(), news, syntheticGlossary(300), large]

describe('the candidate search', () => {
  const searchOf = (source: GlossarySource) => matcherTables(languageTrie(source, 'en', () => source.id, []).trie).candidates
  it('spells whole forms, caseless, for a glossary of news size, and only heads for a large one', () => {
    expect(searchOf(news)).toMatchObject({ flags: 'gi', sources: [expect.stringMatching(/^\\b/), expect.any(String)] })
    expect(searchOf(large)).toMatchObject({ flags: 'g', sources: [expect.any(String)] })
  })
})

/** The same text with its letters' case shuffled: a prefilter that trusted case would show. */
const recased = fc.tuple(newsText, fc.array(fc.constantFrom('upper', 'lower', 'same', 'capital'), { minLength: 1, maxLength: 8 })).map(([text, modes]) =>
  text.split(/(?<=\s)/u).map((word, i) => {
    const mode = modes[i % modes.length]
    return mode === 'upper' ? word.toUpperCase() : mode === 'lower' ? word.toLowerCase() : mode === 'capital' ? word.charAt(0).toUpperCase() + word.slice(1) : word
  }).join(''))

describe.each(sources.map((s) => [s.id, s] as const))('prefilter, glossary %s', (_id, source) => {
  const fast = compileGlossary(source)
  const reference = compileGlossary(source, { prefilter: false })
  const synthetic = source.concepts.slice(0, 40).flatMap((c) => Object.values(c.forms).flatMap((f) => [f.preferred ?? '', ...(f.variants ?? []).map(String)]))
  const formsText = fc.array(fc.tuple(fc.constantFrom(...synthetic.filter(Boolean)), fc.constantFrom(' ', '. ', ', ', '\n', '-', "'s ", 'x')), { maxLength: 20 }).map((p) => p.flat().join(''))

  it('finds the same changes as trying every word start', () => {
    fc.assert(fc.property(fc.oneof(newsText, recased, formsText), fc.constantFrom(...source.languages), (text, language) => {
      expect(fast.matcherFor(language)!.find(text)).toEqual(reference.matcherFor(language)!.find(text))
    }), { numRuns: 300 })
  })

  it('agrees on exceptions and lower-case forms, in any case', () => {
    for (const text of [
      'She ordered chicken Kiev in Kiev.', 'the great gate of Kiev; the battle of Kharkov', 'Llegó a Kiev y vio la plaza San Miguel.',
      'born in odessa, texas, she moved to Odessa', 'CHICKEN KIEV and chicken kiev', 'vladimir zelenskyy', 'plaza de San Miguel',
      // The walk reads a run of whitespace as one space: so must the prefilter's lookahead.
      'Plaza  San Miguel, plaza\n  de San Miguel', 'chicken \t Kiev; the battle  of   Kharkov', 'Volodímir\u00a0\u00a0Zelenski',
    ]) {
      for (const language of source.languages) expect(fast.matcherFor(language)!.find(text)).toEqual(reference.matcherFor(language)!.find(text))
    }
  })

  it('agrees on case folds outside ASCII (Kelvin sign, dotted I, final sigma)', () => {
    for (const text of ['\u212Aiev and \u212AIEV', 'İstanbul, KİEV', 'ΚΙΕΒ and Kieς', 'KIEV’S KIEV\u2011BASED', 'caféKiev, éKiev, ÉKiev, 1Kiev, _Kiev, 𝐀Kiev, ŁKiev, ﬁKiev']) {
      for (const language of source.languages) expect(fast.matcherFor(language)!.find(text)).toEqual(reference.matcherFor(language)!.find(text))
    }
  })
})
