import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { glossaries } from '../../src/generated/glossaries.js'

const seed = readFileSync(fileURLToPath(new URL('../../../shared/fixtures/seed-article-en.txt', import.meta.url)), 'utf8')
const copydesk = createCopydesk({ glossaries })
const normalize = (text: string, language = 'en') => copydesk.normalize({ text, language }).text

describe('built-in glossary "news"', () => {
  it('covers the concepts the house style requires, in en, es and de', () => {
    const news = copydesk.glossary('news')!
    const ids = new Set(news.concepts.map((c) => c.id))
    for (const id of ['kyiv', 'kharkiv', 'odesa', 'lviv', 'mykolaiv', 'zaporizhzhia', 'dnipro_city', 'luhansk', 'bakhmut', 'chernihiv', 'rivne',
      'ternopil', 'vinnytsia', 'zhytomyr', 'uzhhorod', 'sloviansk', 'donbas', 'verkhovna_rada', 'dynamo_kyiv', 'volodymyr_zelensky', 'st_michaels_square']) {
      expect(ids, id).toContain(id)
    }
    const preferred = (id: string, language: string) => news.concepts.find((c) => c.id === id)!.forms[language]?.preferred
    expect(['kyiv', 'volodymyr_zelensky', 'kharkiv', 'odesa', 'lviv', 'st_michaels_square'].map((id) => [preferred(id, 'es'), preferred(id, 'de')])).toEqual([
      ['Kiev', 'Kyjiw'], ['Volodímir Zelenski', 'Wolodymyr Selenskyj'], ['Járkov', 'Charkiw'], ['Odesa', 'Odessa'], ['Leópolis', 'Lwiw'],
      ['plaza de San Miguel', 'Michaelsplatz'],
    ])
  })

  it('changes the seed article in exactly three places', () => {
    const result = copydesk.normalize({ text: seed })
    expect(result.language).toMatchObject({ code: 'en', source: 'detected' })
    expect(result.changes.map((c) => [c.original, c.replacement])).toEqual([
      ['Plaza San Miguel', "St Michael's Square"],
      ['Kiev', 'Kyiv'],
      ['Volodímir Zelenski', 'Volodymyr Zelensky'],
    ])
    for (const c of result.changes) expect(seed.slice(c.start, c.end)).toBe(c.original)
  })

  it('applies the rules the issue names', () => {
    expect(normalize('KIEV (AP) — Zelenskyy’s office said Kiev-based staff ate chicken Kiev.'))
      .toBe('KYIV (AP) — Zelensky’s office said Kyiv-based staff ate chicken Kiev.')
    expect(normalize('Präsident Zelensky reiste nach Kiew.', 'de')).toBe('Präsident Selenskyj reiste nach Kyjiw.')
    expect(normalize('Vladimir Putin and Vladimir Zelenskiy spoke about Kharkov and Járkov.'))
      .toBe('Vladimir Putin and Volodymyr Zelensky spoke about Kharkiv and Kharkiv.')
    expect(normalize('Shelling hit Dnipropetrovsk in Ukraine, not the Dnipropetrovsk region.'))
      .toBe('Shelling hit Dnipro in Ukraine, not the Dnipropetrovsk region.')
    expect(normalize('Police in Odessa, Texas, said nothing.')).toBe('Police in Odessa, Texas, said nothing.')
    for (const frozen of ['The Great Gate of Kiev closes the suite.', 'CHICKEN KIEV is back on the menu.', 'the Battles of Kharkov in 1942',
      'He read The Odessa File again.', 'Kievan Rus was a medieval state.', 'Visit www.kiev.ua or mail info@kiev.ua, @KievPost, #Kiev']) {
      expect(normalize(frozen)).toBe(frozen)
    }
  })

  it('is idempotent where one change would complete a longer variant or free a held one', () => {
    expect(copydesk.normalize({ text: 'Fans of Dynamo-Kiew cheered.', language: 'en' }).changes.map((c) => [c.original, c.replacement, c.concept]))
      .toEqual([['Dynamo-Kiew', 'Dynamo Kyiv', 'dynamo_kyiv']])
    for (const text of ['Fans of Dynamo-Kiew cheered.', 'Kiew Kyjiw', 'Kiev, formerly Kiew, Kyjiw']) {
      const once = normalize(text)
      expect(normalize(once), text).toBe(once)
    }
  })

  it('turns another language’s names into the text language’s', () => {
    expect(normalize('Troops left Lwów and Kijów; Wołodymyr Zełenski spoke.')).toBe('Troops left Lviv and Kyiv; Volodymyr Zelensky spoke.')
    expect(normalize('El presidente Selenskyj visitó Kiew.', 'es')).toBe('El presidente Zelenski visitó Kiev.')
  })
})
