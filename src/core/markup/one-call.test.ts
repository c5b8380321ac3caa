import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { glossaries } from '../../generated/glossaries.js'
import { resolveGlossaries } from '../glossary/extend.js'
import { compileGlossary } from '../glossary/compile.js'
import { defaultDetector, detectLanguage } from '../detect/index.js'
import type { Change } from '../normalize/change.js'
import { normalizeDocument } from './normalize-document.js'
import { BLOCK_SEPARATOR, type Finder, type MarkupFormat } from './types.js'

/**
 * The markup layer runs the real matcher once per language over the prose of all its blocks
 * joined by BLOCK_SEPARATOR. This checks, with the bundled glossary, that it finds exactly what
 * a call per block finds (the whole prose as the passage): same changes, same statuses and
 * reasons, on documents built to tempt a rule across a block edge (an elided article ending a
 * block, a gloss or a cue phrase starting the next, a governing preposition, a region word).
 */
const news = compileGlossary(resolveGlossaries(glossaries).find((g) => g.id === 'news')!)

const oneCall: Finder = (text, language, prose) => {
  const matcher = news.matcherFor(language)
  if (matcher === undefined) return []
  return text === prose ? matcher.find(text) : matcher.find(text, { passage: matcher.survey(prose) })
}

/** The reference: the joined text cut back into blocks, each matched on its own. */
const perBlock: Finder = (text, language, prose) => {
  const matcher = news.matcherFor(language)
  if (matcher === undefined) return []
  const passage = matcher.survey(prose)
  const out: Change[] = []
  let offset = 0
  for (const block of text.split(BLOCK_SEPARATOR)) {
    for (const c of matcher.find(block, { passage })) out.push({ ...c, start: c.start + offset, end: c.end + offset })
    offset += block.length + BLOCK_SEPARATOR.length
  }
  return out
}

const PHRASES = [
  'Troops withdrew from Kiev and Kharkov', 'Kharkov', '(now Kharkiv)', '(formerly Kiev)', 'Kyiv', 'Kiev', 'also known as', 'formerly',
  'the Dnipropetrovsk', 'Dnipropetrovsk', 'region', 'This region must remain calm.', 'Odessa', 'Texas', 'Ukraine', 'Volodímir', 'Zelenski',
  'chicken Kiev', 'Zelenskyy said.', 'de', "d'Artemivsk", 'Artemivsk', 'à Kiev', 'w', 'Kijów', 'w Kijowie', 'Kijew', 'Kiew', 'Plaza San Miguel',
  'Verkhovna', 'Rada', 'kiev.ua', '@KievPost', '"Kiev"', 'called', 'Lugansk', 'Donbass', 'Artemovsk', 'Bakhmut', '—', ',', '.',
]
const block = fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 6 }).map((words) => words.join(' '))
const TAGS = ['p', 'h2', 'td', 'li', 'figcaption']

const html = fc.array(fc.tuple(fc.constantFrom(...TAGS), block), { minLength: 1, maxLength: 6 })
  .map((blocks) => blocks.map(([tag, text]) => `<${tag}>${text}</${tag}>`).join(''))
const markdown = fc.array(fc.tuple(fc.constantFrom('', '## ', '> ', '- '), block), { minLength: 1, maxLength: 6 })
  .map((blocks) => blocks.map(([mark, text]) => mark + text).join('\n\n'))

const run = (source: string, format: MarkupFormat, language: string, find: Finder) =>
  normalizeDocument(source, format, { find, detect: (text) => detectLanguage(text, { detector: defaultDetector }), language, fallback: 'en' })

describe('one matcher call per language', () => {
  for (const [format, documents] of [['html', html], ['markdown', markdown]] as const) {
    it(`finds what a call per block finds (${format})`, () => {
      fc.assert(
        fc.property(documents, fc.constantFrom('en', 'fr', 'pl', 'de', 'es', 'auto'), (source, language) => {
          expect(run(source, format, language, oneCall)).toEqual(run(source, format, language, perBlock))
        }),
        { numRuns: 300 },
      )
    })
  }

  it('keeps blocks apart that plain text would read together', () => {
    // A gloss, an elided article and a cue phrase in the next block do not reach this one.
    // The fourth, found by the property above (round 37): a block after one with no final stop
    // read its first word as inside a sentence (passage.ts, opensSentence).
    for (const source of ['<td>Kharkov</td><td>(now Kharkiv) was shelled.</td>', '<p>Il vient de</p><p>Artemivsk.</p>', '<p>formerly</p><p>Kiev</p>', '<p>Troops withdrew from Kiev and Kharkov</p><p>Bakhmut region kiev.ua Dnipropetrovsk</p>']) {
      const language = source.includes('vient') ? 'fr' : 'en'
      expect(run(source, 'html', language, oneCall)).toEqual(run(source, 'html', language, perBlock))
    }
    expect(run('<td>Kharkov</td><td>(now Kharkiv) was shelled.</td>', 'html', 'en', oneCall).changes.map((c) => c.original)).toContain('Kharkov')
  })

  it('holds a block\'s changes for an unstable boundary of that block only', () => {
    // Found by the property above (round 38, seed 561390989): the held "Verkhovna Rada" was
    // released and held again until the last pass, which held every change of the document.
    const source = 'Troops withdrew from Kiev and Kharkov\n\nVerkhovna Verkhovna Rada Troops withdrew from Kiev and Kharkov'
    const one = run(source, 'markdown', 'es', oneCall)
    expect(one).toEqual(run(source, 'markdown', 'es', perBlock))
    expect(one.changes.map((c) => [c.original, c.status])).toEqual([['Kharkov', 'applied'], ['Verkhovna Rada', 'suggested'], ['Kharkov', 'applied']])
  })
})
