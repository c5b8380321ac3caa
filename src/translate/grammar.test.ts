import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../core/copydesk.js'
import type { GlossarySource } from '../core/glossary/source.js'
import { glossaries } from '../generated/glossaries.js'
import { nameFormAt } from './grammar.js'

const news = createCopydesk({ glossaries }).glossary('news')!

/** `translated` with the name written at `<>` (the engine's token, ending after it) as nameFormAt chooses it. */
function write(formAt: ReturnType<typeof nameFormAt>, translated: string, span: { concept: string; replacement: string }): string {
  const at = translated.indexOf('<>')
  const { form, before } = formAt(span, translated, at, false, at + 2)
  const head = before === undefined ? translated.slice(0, at) : translated.slice(0, before.start) + before.text
  return head + form + translated.slice(at + 2)
}

// Round 33: Apertium carried Spanish "la" over the protected name: "tomó la isla de las
// Serpientes" → "took the Snake Island". English house style writes no article there (AP,
// Reuters: "withdraw from Ukraine's Snake Island", "captured Snake Island").
describe('a name that takes no article (article: false)', () => {
  const en = nameFormAt(news, 'en')
  const snake = { concept: 'snake_island', replacement: 'Snake Island' }

  it('loses the article the engine wrote before it, with the capital of a sentence start', () => {
    expect(write(en, 'The Russian army took the <>, in the Black Sea.', snake)).toBe('The Russian army took Snake Island, in the Black Sea.')
    expect(write(en, 'The <> was recovered by Ukraine.', snake)).toBe('Snake Island was recovered by Ukraine.')
    expect(write(en, 'The defenders of the <> refused.', snake)).toBe('The defenders of Snake Island refused.')
    expect(write(en, 'THE <> FALLS', { concept: 'snake_island', replacement: 'SNAKE ISLAND' })).toBe('SNAKE ISLAND FALLS')
    expect(write(en, 'Crowds gathered in the <> of Kyiv.', { concept: 'st_michaels_square', replacement: "St Michael's Square" })).toBe("Crowds gathered in St Michael's Square of Kyiv.")
  })

  it('leaves what is no article right before it', () => {
    for (const text of ['Russia took <> in February.', 'They bathe <> daily.', 'The strategic <> fell.', 'the\n\n<> fell.']) {
      expect(write(en, text, snake), text).toBe(text.replace('<>', 'Snake Island'))
    }
  })

  // Round 34: the drop read only the words before the name, so "the <Snake Island> garrison"
  // (a right English noun phrase: the article is the garrison's) lost its article too.
  it('drops it only where the name ends its noun phrase', () => {
    const square = { concept: 'st_michaels_square', replacement: "St Michael's Square" }
    for (const [text, expected] of [
      ['Russia took the <>.', 'Russia took Snake Island.'],
      ['They left the <>, which is in the Black Sea.', 'They left Snake Island, which is in the Black Sea.'],
      ['They left the <>\nin June', 'They left Snake Island\nin June'],
      ['They left the <>', 'They left Snake Island'],
      ['The defenders of the <> in June refused.', 'The defenders of Snake Island in June refused.'],
      ["The <>'s defenders refused.", "Snake Island's defenders refused."],
      ['Russia took the <> (Zmiinyi).', 'Russia took Snake Island (Zmiinyi).'],
      ['The <> captured in 2022 is small.', 'Snake Island captured in 2022 is small.'],
    ] as const) expect(write(en, text, snake), text).toBe(expected)
    expect(write(en, 'THE <> FELL IN JUNE', { concept: 'snake_island', replacement: 'SNAKE ISLAND' })).toBe('SNAKE ISLAND FELL IN JUNE')
    for (const text of ['Russia hit the <> garrison.', 'The <> defenders refused.', 'The <>-based unit withdrew.', 'The <> Garrison withdrew.', 'The <> 2022 raid failed.', 'The <> seabed is rocky.', 'The <> and Odesa garrisons held.']) {
      expect(write(en, text, snake), text).toBe(text.replace('<>', 'Snake Island'))
    }
    expect(write(en, 'Police watched the <> protests.', square)).toBe("Police watched the St Michael's Square protests.")
    expect(write(en, 'Police cleared the <> on Monday.', square)).toBe("Police cleared St Michael's Square on Monday.")
    // Khreshchatyk takes none either (Kyiv Post: "travel along Khreshchatyk"; round 34).
    const street = { concept: 'khreshchatyk', replacement: 'Khreshchatyk' }
    expect(write(en, 'We walk by the <>.', street)).toBe('We walk by Khreshchatyk.')
    expect(write(en, 'The <> metro station closed.', street)).toBe('The Khreshchatyk metro station closed.')
  })

  it('keeps the article where the words after the name do not decide, and says so', () => {
    const ask = (text: string, end = true) => {
      const at = text.indexOf('<>')
      return end ? en(snake, text, at, false, at + 2) : en(snake, text, at)
    }
    expect(ask('Russia hit the <> garrison.')).toEqual({ form: 'Snake Island', caseUnsure: false, articleUnsure: true })
    expect(ask('Russia took the <>.').articleUnsure).toBeUndefined()
    // Where the token's end is not known, nothing after it decides.
    expect(ask('Russia took the <>.', false)).toEqual({ form: 'Snake Island', caseUnsure: false, articleUnsure: true })
    // No article before it: nothing to decide.
    expect(ask('Russia hit <> garrison.').articleUnsure).toBeUndefined()
  })

  it('leaves the article of a name that takes one, or whose concept says nothing', () => {
    for (const [concept, replacement] of [['donetsk_peoples_republic', "Donetsk People's Republic"], ['verkhovna_rada', 'Verkhovna Rada'], ['kyiv', 'Kyiv']] as const) {
      const text = 'Putin recognised the self-proclaimed <> on Monday.'
      expect(write(en, text, { concept, replacement })).toBe(text.replace('<>', replacement))
    }
  })

  // A language whose articles agree (Spanish): every spelling is an article, one joined to a
  // preposition leaves the preposition.
  it('drops a language\'s agreeing articles, a joined one down to its preposition', () => {
    const glossary: GlossarySource = {
      id: 't', name: 'T', fallbackLanguage: 'es', languages: ['es'],
      languageRules: { es: { articles: { spellings: { el: ['el', 'del', 'al'], la: ['la', 'de la', 'a la'] } } } },
      concepts: [{ id: 'isla', kind: 'place', forms: { es: { preferred: 'isla Serpiente', article: false } } }],
    }
    const es = nameFormAt(glossary, 'es')
    const isla = { concept: 'isla', replacement: 'isla Serpiente' }
    expect(write(es, 'Tomó la <>.', isla)).toBe('Tomó isla Serpiente.')
    expect(write(es, 'Los soldados del <> y de la <>.'.replace('de la <>', 'de la isla'), isla)).toBe('Los soldados de isla Serpiente y de la isla.')
    expect(write(es, 'Fue AL <>.', isla)).toBe('Fue A isla Serpiente.')
    expect(write(es, 'La <> cayó.', isla)).toBe('Isla Serpiente cayó.')
  })
})
