import { describe, expect, it } from 'vitest'
import { createCopydesk } from './copydesk.js'
import type { ApplyMode } from './api.js'
import { glossaries } from '../generated/glossaries.js'
import { miniGlossary } from '../../test/fixtures/mini-glossary.js'
import { MIXED_LANGUAGES } from '../../test/fixtures/mixed-languages.js'

const news = createCopydesk({ glossaries, prevalidated: true })
const mini = createCopydesk({ glossaries: [miniGlossary()], defaultGlossary: 'mini' })

/** The first run's output and language, and what a second run applies to that output. */
function twice(copydesk: typeof news, text: string, apply: ApplyMode = 'confident', language = 'auto') {
  const once = copydesk.normalize({ text, language, apply })
  const again = copydesk.normalize({ text: once.text, language, apply })
  return { once, again, appliedAgain: again.changes.filter((c) => c.status === 'applied').map((c) => `${c.original}→${c.replacement}`) }
}

describe('language "auto": the language is read without the names normalizing changes', () => {
  it('a text half English, half Spanish is read by its words, not by how its names are spelled', () => {
    // Read with its names, it was English with "Charkiw" and "Selenskyj", Spanish once they were
    // English ("Kharkiv", "Zelensky"), and the second run wrote "Járkov" and "Zelenski".
    const { once, appliedAgain } = twice(news, 'President Selenskyj said on Tuesday that air defences shot down drones over Charkiw. Fue el tercer ataque contra Charkiw esta semana, dijo Selenskyj.')
    expect(appliedAgain).toEqual([])
    expect(once.language.code).toBe('es')
  })

  it('a quotation is read as far in its words whether its names were findings or not (declared English too)', () => {
    // The first run skipped the two "Mykhailivska Square" (findings of English copy) and read the
    // quotation as far as "reporters"; the second read "St Michael's Square" as words, stopped
    // before "been their the", found the quotation German and wrote "Selenskyj".
    const text = 'Officials said: "berichtete das nahe wurde Angriff von der der Regierung. Have Mykhailivska Square Mykhailivska Square Michaelsplatz president would Zelensky been their the reporters." '
    expect(twice(mini, text, 'all', 'en').appliedAgain).toEqual([])
    expect(twice(mini, text, 'all').appliedAgain).toEqual([])
  })

  it('a hyphen does not join a word to the name before it', () => {
    // "Lvov-in-Kharkov": the names were findings, cut out, and "in" was read (English); once they
    // were "Lviv" and "Kharkiv", "Lviv-in-Kharkiv" was one capitalised word and went whole.
    const text = 'İ(Lvov-in-Kharkov pessoas esta forças foram em disse Odesa.\nfrom that yesterday reporters been of were.\n\nsegundo. '
    expect(twice(news, text, 'all').appliedAgain).toEqual([])
  })

  it('nor an apostrophe the possessive after a name (declared French)', () => {
    // Cut out as findings, "Dnipropetrovsk" and "Nikolaev" left "’s" and the paragraph read
    // English by "of s and"; as "Dnipro’s", the name took its "s" along, too few letters were
    // left to confirm English, and French style wrote "Mykolaïv".
    const text = 'Dynamo\n\nof-Dnipropetrovsk’s Nikolaev Ucrania, and \n\nPersonnes a avait Volodymyr ville gouvernement Luhansk les et. "'
    expect(twice(news, text, 'all', 'fr').appliedAgain).toEqual([])
  })
})

describe('language "auto": where the words without the known names do not decide, the names may', () => {
  it('reads a short text with its names when its house forms written in read the same language', () => {
    // Blanked, "está al noroeste de" is Spanish or Portuguese: undetermined, English by fallback,
    // which wrote "Kyiv" where Spanish style keeps "Kiev".
    const { once, again, appliedAgain } = twice(news, 'Bucha está al noroeste de Kiev.')
    expect([once.text, once.language.code, once.language.source]).toEqual(['Bucha está al noroeste de Kiev.', 'es', 'detected'])
    expect(again.language).toEqual(once.language)
    expect(appliedAgain).toEqual([])
  })

  it('reports the confidence of the text as its style writes it, which its normalized copy reads too', () => {
    const { once, again } = twice(news, 'Pomoc z Kyiv dotarła do Charkowa.', 'all')
    expect(once.language.code).toBe('pl')
    expect(once.text).not.toBe('Pomoc z Kyiv dotarła do Charkowa.')
    expect(again.language).toEqual(once.language)
  })

  it('leaves a text of known names alone undetermined, though its copy in the fallback style reads as that language', () => {
    // "St Michael's Square." read whole is English: read so, the first run was the fallback and the second detected.
    const { once, again } = twice(news, 'Mykhailivska Square. ')
    expect([once.language.code, once.language.source]).toEqual(['en', 'fallback'])
    expect(again.language).toEqual(once.language)
  })

  it('leaves a long text whose words do not decide undetermined: its languages are mixed, and its names would tip it', () => {
    // Bilingual fuzz (scratch/bilingual.ts): read with its names, Portuguese.
    const text = 'Presidente depois de disse presidente depois ataque segundo esta exército Kharkov em. “Ejército desde Dnipropetrovsk informó presidente. Presidente personas Bajmut de según ciudad Kyiv región informó personas ciudad las.\nRegião Odessa pessoas a que foram desde governo. “Esta governo presidente pessoas ataque. “'
    const { once } = twice(news, text)
    expect(once.language.source).toBe('fallback')
  })

  it('leaves paragraphs or sentences of two languages undetermined, whichever language the names the first run wrote are of', () => {
    // Bilingual fuzz (scratch/autofuzz.mts): the first run, undetermined, read the Polish
    // paragraph apart and wrote "Lisiczańsk"; read with that name, the copy was Polish, and the
    // second run changed the Spanish paragraph's "Kakhovka" to Polish style's "Kajovka".
    const pairs = [
      'Droga do miejscowości Lisichansk została w poniedziałek ponownie otwarta.\n\nRusia niega estar detrás de la explosión de la presa de Kakhovka, que ha inundado decenas de pueblos.',
      'Le porte-parole a confirmé que Dmitri Peskov se rendra à Bruxelles.\n\nKonsulat we Lviv wznowił pracę.\n\nUn communiqué de Enerhoatom a été publié vendredi.\n\nDroga do miejscowości Belgorod-Dnestrovsky została w poniedziałek ponownie otwarta.',
      // One paragraph: the first run, undetermined, wrote English forms ("Ukraine" for Italian
      // "Ucraina"), and read with them the copy was French, whose style wrote "Oujhorod".
      'La route vers Rivne a été rouverte lundi. Le porte-parole a confirmé que Kyslyzja se rendra à Bruxelles. La route vers Uzhgorod a été rouverte lundi. Nikolaev ha detto che la sua unità si era ritirata da Kharkiv, in Ucraina.',
    ]
    for (const text of pairs) {
      const { once, again, appliedAgain } = twice(news, text)
      expect(once.language.source, text).toBe('fallback')
      expect(again.language, text).toEqual(once.language)
      expect(appliedAgain, text).toEqual([])
    }
  })
})

describe('language "auto": reading without the known names neither hides a mix of languages nor changes why a text of names is undetermined', () => {
  // The short paragraphs of test/runtime/workerd-memory (scripts/workerd-memory.ts).
  const paragraphs = MIXED_LANGUAGES

  it('leaves short paragraphs in six languages undetermined, and reads them one by one', () => {
    // Blanked, their words read as French at 0.99 (eld on the first 450 characters): the document
    // was French, French style keeps "Kiev", and the English paragraph was never read on its own.
    for (const repeat of [1, 2, 50]) {
      const text = Array.from({ length: repeat }, () => paragraphs.join('\n\n')).join('\n\n')
      const { once, again, appliedAgain } = twice(news, text)
      expect([once.language.code, once.language.source], `${repeat}`).toEqual(['en', 'fallback'])
      expect(once.text).toContain('Officials in Kyiv met the mayor on Monday.')
      expect(once.text).toContain('El presidente Volodímir Zelenski visitó Kiev el lunes.')
      expect(again.language).toEqual(once.language)
      expect(appliedAgain).toEqual([])
    }
  })

  it('reads a paragraph whose words are German as German, though its function words are Dutch ("in", "er")', () => {
    // A glossary example (mykolaiv): held to the function words of the whole, as the
    // words alone are, it was undetermined.
    expect(news.normalize({ text: 'Nikolaev sagte am Montag in Kyjiw, er habe nichts gewusst.', language: 'auto' }).language.code).toBe('de')
  })

  it('reads each of those paragraphs as a Markdown block of its own', () => {
    const text = paragraphs.join('\n\n') + '\n'
    const once = news.normalize({ text, language: 'auto', format: 'markdown' })
    expect(once.text).toContain('Officials in Kyiv met the mayor on Monday.')
    expect(once.text).toContain('El presidente Volodímir Zelenski visitó Kiev el lunes.')
    const again = news.normalize({ text: once.text, language: 'auto', format: 'markdown' })
    expect(again.text).toBe(once.text)
  })

  it('does not let the names decide a document its paragraphs say is mixed (HTML, French and Polish)', () => {
    // Markup fuzz (scratch/idem-markup.ts, seed 35), with the whole held to the function words of
    // the whole: the document undetermined, each block read, the Polish one wrote "Plac
    // Michajłowski"; read with that house form, the second run's document was Polish, and its
    // French block too, which then wrote "plac Michajłowski".
    const text = '<article><p>kiev.ua\r\nGate-”</p>\n<p>Président près gouvernement et Mykhailivska Square.</p>\n<p>Michaelsplatz i że wczoraj. Ludzie ich armia do.</p></article>'
    const once = news.normalize({ text, language: 'auto', apply: 'all', format: 'html' })
    expect(once.text).toContain('Président près gouvernement et Mykhailivska Square.')
    expect(once.text).toContain('Plac Michajłowski i że wczoraj.')
    const again = news.normalize({ text: once.text, language: 'auto', apply: 'all', format: 'html' })
    expect(again.changes.filter((c) => c.status === 'applied')).toEqual([])
    const codes = (r: typeof once) => [r.language.code, r.language.confidence, r.language.blocks?.map((b) => b.code)]
    expect(codes(again)).toEqual(codes(once))
  })

  it('explains a text of known names alone as it did read with them: too short, or not confident', () => {
    // Blanked, "Kiev" has no letters left; the reason is about the text the caller sent.
    expect(news.normalize({ text: 'Kiev', language: 'auto' }).language).toEqual({ code: 'en', confidence: 0, source: 'fallback', reason: 'too-short' })
    expect(news.normalize({ text: 'Kyiv', language: 'auto' }).language).toEqual({ code: 'en', confidence: 0, source: 'fallback', reason: 'too-short' })
    const names = twice(news, 'Bakhmut Donetsk Luhansk')
    expect(names.once.language).toEqual({ code: 'en', confidence: 0, source: 'fallback', reason: 'not-confident' })
    expect(names.again.language).toEqual(names.once.language)
  })

  it('still explains a text without letters as having none', () => {
    expect(news.normalize({ text: '2024 — 12:30', language: 'auto' }).language).toEqual({ code: 'en', confidence: 0, source: 'fallback', reason: 'no-letters' })
  })
})
