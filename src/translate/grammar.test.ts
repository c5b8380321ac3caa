import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../core/copydesk.js'
import type { GlossarySource } from '../core/glossary/source.js'
import { glossaries } from '../generated/glossaries.js'
import { nameFormAt } from './grammar.js'

const news = createCopydesk({ glossaries }).glossary('news')!

/** `translated` with the name written at `<>` as nameFormAt chooses it. */
function write(formAt: ReturnType<typeof nameFormAt>, translated: string, span: { concept: string; replacement: string }): string {
  const at = translated.indexOf('<>')
  const { form, before } = formAt(span, translated, at)
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
