import { applyPatch } from 'diff'
import { describe, expect, it } from 'vitest'
import { downloadName, guessFormat } from './formats.js'
import { parseProviders, targetsOf } from './providers.js'
import { carryDecisions, counts, decide, decideAll, findingsOf, newReview, resultDiff, resultText } from './review.js'

const text = 'Zelenskyy flew from Kiev to Odessa, Texas.'
const changes = [
  { start: 0, end: 9, original: 'Zelenskyy', replacement: 'Zelensky', concept: 'volodymyr_zelensky', rule: 'preferred-surname', message: 'Use “Zelensky”' },
  { start: 20, end: 24, original: 'Kiev', replacement: 'Kyiv', concept: 'kyiv', rule: 'preferred-form', message: 'Use “Kyiv”', note: 'Kyiv note' },
  { start: 28, end: 34, original: 'Odessa', replacement: 'Odesa', concept: 'odesa', rule: 'preferred-form', status: 'suggested', reason: 'place-ambiguous' },
]

describe('the review of a check', () => {
  const review = newReview(text, findingsOf(changes, { odesa: { note: 'Odesa note' } }, text))

  it('numbers the findings in text order, with the note from the change or the concepts map', () => {
    expect(review.findings.map((f) => [f.number, f.original, f.note, f.suggested, f.reason])).toEqual([
      [1, 'Zelenskyy', undefined, false, undefined],
      [2, 'Kiev', 'Kyiv note', false, undefined],
      [3, 'Odessa', 'Odesa note', true, 'place-ambiguous'],
    ])
  })

  it('applies pending changes as proposed and leaves suggestions out until accepted', () => {
    expect(resultText(review)).toBe('Zelensky flew from Kyiv to Odessa, Texas.')
    expect(counts(review)).toEqual({ pending: 3, accepted: 0, rejected: 0 })
    const decided = decide(decide(review, 1, 'rejected'), 2, 'accepted')
    expect(resultText(decided)).toBe('Zelensky flew from Kiev to Odesa, Texas.')
    expect(counts(decided)).toEqual({ pending: 1, accepted: 1, rejected: 1 })
  })

  it('accepts or rejects all of one kind', () => {
    expect(resultText(decideAll(review, 'rejected', false))).toBe(text)
    expect(resultText(decideAll(review, 'accepted', true))).toBe('Zelensky flew from Kyiv to Odesa, Texas.')
  })

  it('writes a unified diff that turns the input into the result', () => {
    const decided = decide(review, 0, 'rejected')
    const diff = resultDiff(decided, 'story.txt')
    expect(applyPatch(text, diff)).toBe(resultText(decided))
  })

  it('keeps decisions across a fresh answer (another locale) by place and replacement', () => {
    const fresh = newReview(text, findingsOf(changes.map((c) => ({ ...c, message: 'autre' })), undefined, text))
    expect(carryDecisions(decide(review, 1, 'rejected'), fresh).decisions).toEqual(['pending', 'rejected', 'pending'])
  })

  it('keeps the language of a change’s house style only where it is not the document’s', () => {
    const copy = 'El alcalde de Kyiv dijo: "We will defend Kyiv and Kharkov".'
    const answer = [
      { start: 14, end: 18, original: 'Kyiv', replacement: 'Kiev', concept: 'kyiv', language: 'es' },
      { start: 50, end: 57, original: 'Kharkov', replacement: 'Kharkiv', concept: 'kharkiv', language: 'en' },
    ]
    expect(findingsOf(answer, undefined, copy, 'es').map((f) => [f.original, f.language])).toEqual([['Kyiv', undefined], ['Kharkov', 'en']])
    // A region subtag is the same language; without a document language, or a change's, nothing is shown.
    expect(findingsOf(answer, undefined, copy, 'ES-es').map((f) => f.language)).toEqual([undefined, 'en'])
    expect(findingsOf(answer, undefined, copy).map((f) => f.language)).toEqual([undefined, undefined])
    expect(review.findings.map((f) => f.language)).toEqual([undefined, undefined, undefined])
  })

  // Round 35: a `form-unknown` change (Polish "Dniepropietrowska policja": the old name's genitive or
  // its adjective) has its original as its replacement. The card showed "X → X" with buttons that
  // changed nothing; it is marked to edit by hand, and never decided.
  it('marks a change with no form to accept (its replacement is its original) to edit by hand', () => {
    const copy = 'Dniepropietrowska policja i władze Kijowa.'
    const answer = [
      { start: 0, end: 17, original: 'Dniepropietrowska', replacement: 'Dniepropietrowska', concept: 'dnipro_city', status: 'suggested', reason: 'form-unknown' },
      { start: 35, end: 41, original: 'Kijowa', replacement: 'Kyjowa', concept: 'kyiv', status: 'suggested' },
    ]
    const byHand = newReview(copy, findingsOf(answer, undefined, copy, 'pl'))
    expect(byHand.findings.map((f) => [f.original, f.byHand])).toEqual([['Dniepropietrowska', true], ['Kijowa', false]])
    const all = decideAll(byHand, 'accepted', true)
    expect(all.decisions).toEqual(['pending', 'accepted'])
    expect(decide(byHand, 0, 'accepted').decisions).toEqual(['pending', 'pending'])
    expect(resultText(all)).toBe('Dniepropietrowska policja i władze Kyjowa.')
    expect(review.findings.every((f) => !f.byHand)).toBe(true)
  })

  it('drops changes that do not fit the text rather than garble it', () => {
    const odd = findingsOf([{ start: 5, end: 99, original: '?', replacement: 'x' }, { start: 20, end: 24, original: 'Kiev', replacement: 'Kyiv' }, { start: 21, end: 23, original: 'ie', replacement: 'x' }], undefined, text)
    expect(odd.map((f) => f.original)).toEqual(['Kiev'])
  })
})

describe('formats and providers', () => {
  it('guesses the format of a pasted text', () => {
    expect(guessFormat('<p>Kiev</p>')).toBe('html')
    expect(guessFormat('# Title\n\nKiev')).toBe('markdown')
    expect(guessFormat('See [Kiev](https://example.com).')).toBe('markdown')
    expect(guessFormat('He flew to Kiev - then home.')).toBe('text')
    expect(downloadName(undefined, 'markdown')).toBe('story.md')
    expect(downloadName('a.html', 'html', 'es')).toBe('a.es.html')
  })

  it('reads the providers list tolerantly', () => {
    const providers = parseProviders({
      default: 'apertium',
      providers: [
        { id: 'deepl', reachable: false, pairs: [] },
        { id: 'apertium', reachable: true, pairs: [{ from: 'es', to: 'en' }, 'en|es'] },
      ],
    })
    expect(providers.map((p) => [p.id, p.reachable, p.isDefault])).toEqual([['apertium', true, true], ['deepl', false, false]])
    expect(targetsOf(providers[0], 'auto')).toEqual(['en', 'es'])
    expect(targetsOf(providers[0], 'es-ES')).toEqual(['en'])
    expect(parseProviders(undefined)).toEqual([])
  })
})
